/**
 * One "?" beside an ANEF field, and the short explanation it opens in a dialog: what goes in the
 * field, in the person's language, with ANEF's own label to match, "Listen", and the honest
 * review state of the translation. Rendered inside the field's own shadow root.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageInfo } from '../../utils/i18n/languages.ts';
import type { FieldHelpSpot } from '../../utils/state/field-help-store.ts';
import { usePageStore } from '../../utils/state/page-store.ts';
import { ModalDialog } from '../shared/modal-dialog.tsx';
import { plainText, Rich } from '../shared/rich-text.tsx';
import { ListenButton } from '../speech/listen-button.tsx';

export function FieldHelpButton({ spot }: { spot: FieldHelpSpot }) {
  const { t, i18n } = useTranslation(['fieldhelp', 'common']);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const info = languageInfo(i18n.language);
  const title = t(`fieldhelp:fields.${spot.field}.title`);
  const name = t('fieldhelp:button', { field: title });

  return (
    <div className="repere-root repere-field-help" lang={info.htmlLang} dir={info.dir}>
      <button
        ref={buttonRef}
        type="button"
        className="repere-field-help__button"
        aria-haspopup="dialog"
        title={name}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">?</span>
        {/* The name as text, not aria-label: tools that find ANEF's fields by label must not find us. */}
        <span className="repere-visually-hidden">{name}</span>
      </button>
      {open ? (
        <FieldHelpDialog
          spot={spot}
          title={title}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

function FieldHelpDialog({ spot, title, onClose }: { spot: FieldHelpSpot; title: string; onClose(): void }) {
  const { t } = useTranslation(['fieldhelp', 'common']);
  const headingId = useId();
  const anefLanguage = usePageStore((state) => state.page.language ?? 'fr');
  const textKey = `fields.${spot.field}.text`;
  return (
    <ModalDialog labelledBy={headingId} className="repere-field-help__dialog" onClose={onClose}>
      <h2 id={headingId}>{title}</h2>
      <p className="repere-field-help__anef">
        {t('fieldhelp:anefLabel')} <bdi lang={anefLanguage} dir="ltr">« {spot.anefLabel} »</bdi>
      </p>
      <p><Rich ns="fieldhelp" k={textKey} /></p>
      <ListenButton texts={[title, plainText(t(`fieldhelp:${textKey}`))]} explainMissing />
    </ModalDialog>
  );
}
