/**
 * A modal dialog for short help (glossary entry, field explanation): the native `<dialog>` shown
 * with showModal(), so focus stays inside, Escape closes it and the page behind is inert; it sits
 * in the top layer, so nothing of ANEF's clips or covers it. Ends with the honest review note of
 * the translation and a "Close" button. Escape is kept from reaching the panel (which would fold).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './icons.tsx';
import { MachineDraftNote } from './machine-draft-note.tsx';

export function ModalDialog({ labelledBy, className, onClose, children }: {
  labelledBy: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);

  return (
    <dialog
      ref={ref}
      className={['repere-dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={labelledBy}
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      {children}
      <MachineDraftNote />
      <form method="dialog" className="repere-dialog__actions">
        <button type="submit" className="repere-button">
          <CloseIcon size={20} />
          {t('close')}
        </button>
      </form>
    </dialog>
  );
}
