/**
 * Steps 2 and 3: the Centre de contact citoyen (how to reach it, what it can and cannot do, what
 * to say, each contact recorded) and the point d'accueil numérique of the préfecture (what it
 * is, how appointments work, what to bring, each request or visit recorded). Every statement
 * names its source; what the sources leave unsure is said to be unsure, or left out (the CCC's
 * hours).
 */
import { useTranslation } from 'react-i18next';
import { buildCccScript } from '../../utils/failure/ccc-script.ts';
import { addContact, isCccContact, removeContact, sortedContacts, updateContact, type Journal } from '../../utils/failure/journal.ts';
import type { Person } from '../../utils/failure/person.ts';
import {
  ANEF_CONTACT_FORM_PARTICULIERS,
  ANEF_CONTACT_FORM_USAGERS,
  ANTS_PHONE,
  ANTS_PHONE_ABROAD,
  CCC_PHONE,
} from '../../utils/legal/sources.ts';
import type { ContactChannel } from '../../utils/letter/substitution-letter.ts';
import { Rich } from '../shared/rich-text.tsx';
import { ContactForm, ContactList } from './contacts.tsx';
import { Lines, Sources } from './form-parts.tsx';
import { CopyButton } from './small-controls.tsx';

const CCC_CHANNELS: readonly ContactChannel[] = ['ccc-phone', 'ccc-form'];
const PAN_CHANNELS: readonly ContactChannel[] = ['pan'];

function Contacts({ journal, onSave, channels, kind }: {
  journal: Journal;
  onSave(next: Journal): void;
  channels: readonly ContactChannel[];
  kind: 'ccc' | 'pan';
}) {
  const { t } = useTranslation('failure');
  const contacts = sortedContacts(journal).filter((contact) => (kind === 'ccc' ? isCccContact(contact) : contact.channel === 'pan'));
  return (
    <>
      <h3>{t(`${kind}.record`)}</h3>
      <ContactForm channels={channels} submitLabel={t('contact.add')} onSave={(contact) => onSave(addContact(journal, contact))} />
      <h3>{t(`${kind}.list`)}</h3>
      <ContactList contacts={contacts} channels={channels} empty={t('contact.empty')}
        onChange={(contact) => onSave(updateContact(journal, contact.id, contact))}
        onRemove={(id) => onSave(removeContact(journal, id))} />
    </>
  );
}

export function CccStep({ journal, person, onSave }: { journal: Journal; person: Person; onSave(next: Journal): void }) {
  const { t } = useTranslation('failure');
  const script = buildCccScript({ person, procedure: journal.letter.procedure, journal });
  return (
    <>
      <p>{t('ccc.what')}</p>
      <h3>{t('ccc.reach')}</h3>
      <ul>
        <li><Rich ns="failure" k="ccc.phone" values={{ phone: CCC_PHONE }} /> {t('ccc.noHours')}</li>
        <li><Rich ns="failure" k="ccc.fallback" values={{ phone: ANTS_PHONE, abroad: ANTS_PHONE_ABROAD }} /></li>
        <li>
          {t('ccc.form')}{' '}
          <a href={ANEF_CONTACT_FORM_PARTICULIERS} target="_blank" rel="noreferrer noopener" lang="fr" dir="ltr">…/particuliers/#/contact</a>
          {' '}{t('ccc.formNote')}{' '}
          <a href={ANEF_CONTACT_FORM_USAGERS} target="_blank" rel="noreferrer noopener" lang="fr" dir="ltr">…/usagers/#/contact</a>
        </li>
      </ul>
      <Sources ids={['ccc-phone', 'numero-gris', 'ants-3400', 'anef-contact-form']} />
      <h3>{t('ccc.can.title')}</h3>
      <Lines keys={['ccc.can.file', 'ccc.can.inform', 'ccc.can.forward']} />
      <Sources ids={['ccc-role']} />
      <h3>{t('ccc.cannot.title')}</h3>
      <Lines keys={['ccc.cannot.decide', 'ccc.cannot.repair']} />
      <Sources ids={['gisti-anef']} />
      <h3>{t('ccc.script.title')}</h3>
      <p>{t('ccc.script.intro')}</p>
      <pre className="repere-script" lang="fr" dir="ltr" tabIndex={0} aria-label={t('ccc.script.label')}>{script}</pre>
      <CopyButton text={script} label={t('ccc.script.copy')} done={t('copied')} />
      <p className="repere-notice">{t('ccc.tip')}</p>
      <Contacts journal={journal} onSave={onSave} channels={CCC_CHANNELS} kind="ccc" />
    </>
  );
}

export function PanStep({ journal, onSave }: { journal: Journal; onSave(next: Journal): void }) {
  const { t } = useTranslation('failure');
  return (
    <>
      <p>{t('pan.what')}</p>
      <Sources ids={['pan-role']} />
      <p>{t('pan.unsure')}</p>
      <p>{t('pan.when')}</p>
      <h3>{t('pan.appointment.title')}</h3>
      <p>{t('pan.appointment.text')}</p>
      <Sources ids={['pan-appointments', 'anef-contact-form']} />
      <h3>{t('pan.bring.title')}</h3>
      <Lines keys={['pan.bring.papers', 'pan.bring.documents', 'pan.bring.account', 'pan.bring.journal']} />
      <p className="repere-notice">{t('pan.askProof')}</p>
      <Contacts journal={journal} onSave={onSave} channels={PAN_CHANNELS} kind="pan" />
    </>
  );
}
