/**
 * Recording each contact with the CCC, the PAN or the préfecture (date, channel, reference,
 * answer, written trace), and the list of those already recorded, editable. Dates are shown
 * JJ/MM/AAAA, as they will appear in the letter.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateParts, formatFrenchDate } from '../../utils/dates/format.ts';
import { civilToday } from '../../utils/deadlines/civil.ts';
import type { Contact } from '../../utils/failure/journal.ts';
import type { ContactChannel } from '../../utils/letter/substitution-letter.ts';
import { DateTimeFields, FormFooter, RadioChoices, TextField, useDraft } from './form-parts.tsx';
import { ConfirmButton } from './small-controls.tsx';
import { newId } from './use-failure-data.ts';

interface Draft {
  channel: ContactChannel;
  step: 'request' | 'visit';
  what: string;
  on: string;
  time: string;
  reference: string;
  outcome: string;
  proof: boolean;
}

function draftOf(contact: Contact | undefined, channels: readonly ContactChannel[]): Draft {
  return {
    channel: contact?.channel ?? channels[0]!,
    step: contact?.step ?? 'request',
    what: contact?.what ?? '',
    on: contact?.on ?? civilToday(new Date()),
    time: contact?.time ?? '',
    reference: contact?.reference ?? '',
    outcome: contact?.outcome ?? '',
    proof: contact?.proof ?? false,
  };
}

export function ContactForm({ channels, initial, onSave, onCancel, submitLabel }: {
  channels: readonly ContactChannel[];
  initial?: Contact;
  onSave(contact: Contact): void;
  onCancel?(): void;
  submitLabel: string;
}) {
  const { t } = useTranslation('failure');
  const id = useId();
  const { draft, setDraft, set, saved, setSaved } = useDraft<Draft>(() => draftOf(initial, channels));
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dateParts(draft.on)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onSave({
      id: initial?.id ?? newId(),
      channel: draft.channel,
      on: draft.on,
      time: draft.time,
      ...(draft.channel === 'pan' ? { step: draft.step } : {}),
      what: draft.channel === 'other' ? draft.what.trim() : '',
      reference: draft.reference.trim(),
      outcome: draft.outcome.trim(),
      proof: draft.proof,
      excluded: initial?.excluded ?? false,
    });
    if (!initial) {
      setDraft(draftOf(undefined, channels));
      setSaved(true);
    }
  };

  return (
    <form className="repere-form" onSubmit={submit} noValidate>
      {channels.length > 1 ? (
        <RadioChoices id={`${id}-channel`} legend={t('contact.channel.legend')} value={draft.channel} onChange={(channel) => set({ channel })}
          options={channels.map((channel) => ({ value: channel, label: t(`contact.channel.${channel}`) }))} />
      ) : null}
      {draft.channel === 'pan' ? (
        <RadioChoices id={`${id}-step`} legend={t('contact.step.legend')} value={draft.step} onChange={(step) => set({ step })}
          options={(['request', 'visit'] as const).map((step) => ({ value: step, label: t(`contact.step.${step}`) }))} />
      ) : null}
      {draft.channel === 'other' ? (
        <TextField id={`${id}-what`} label={t('contact.what')} value={draft.what} max={300} onChange={(what) => set({ what })} />
      ) : null}
      <DateTimeFields id={id} dateLabel={t('contact.on')} timeLabel={t('contact.time')} date={draft.on} time={draft.time} invalid={invalid}
        onDate={(on) => set({ on })} onTime={(time) => set({ time })} />
      <TextField id={`${id}-reference`} label={t('contact.reference')} value={draft.reference} max={200} onChange={(reference) => set({ reference })} />
      <TextField id={`${id}-outcome`} label={t('contact.outcome')} value={draft.outcome} max={1000} rows={2} hint={t('frenchHint')}
        onChange={(outcome) => set({ outcome })} />
      <div className="repere-check">
        <input id={`${id}-proof`} type="checkbox" checked={draft.proof} onChange={(event) => set({ proof: event.target.checked })} />
        <label htmlFor={`${id}-proof`}>{t('contact.proof')}</label>
      </div>
      <FormFooter submitLabel={submitLabel} {...(onCancel ? { onCancel } : {})} status={saved ? t('contact.saved') : ''} />
    </form>
  );
}

export function ContactList({ contacts, channels, onChange, onRemove, empty }: {
  contacts: Contact[];
  channels: readonly ContactChannel[];
  onChange(contact: Contact): void;
  onRemove(id: string): void;
  empty: string;
}) {
  const { t } = useTranslation('failure');
  const [editing, setEditing] = useState<string | null>(null);
  if (contacts.length === 0) return <p>{empty}</p>;
  return (
    <ul className="repere-items">
      {contacts.map((contact) => (
        <li key={contact.id} className="repere-item">
          {editing === contact.id ? (
            <ContactForm channels={channels} initial={contact} submitLabel={t('save')} onCancel={() => setEditing(null)}
              onSave={(changed) => { onChange(changed); setEditing(null); }} />
          ) : (
            <>
              <p className="repere-item__title" id={`contact-${contact.id}`}>
                <strong><bdi lang="fr" dir="ltr">{formatFrenchDate(contact.on)}{contact.time ? ` ${contact.time}` : ''}</bdi></strong>
                {' — '}
                {contact.channel === 'pan' && contact.step ? t(`contact.step.${contact.step}`) : t(`contact.channel.${contact.channel}`)}
              </p>
              {contact.what ? <p dir="auto">{contact.what}</p> : null}
              {contact.reference ? <p>{t('contact.referenceShown')} <bdi dir="auto">{contact.reference}</bdi></p> : null}
              {contact.outcome ? <p>{t('contact.outcomeShown')} <bdi dir="auto">{contact.outcome}</bdi></p> : null}
              {contact.proof ? <p>{t('contact.proofShown')}</p> : null}
              <div className="repere-check">
                <input id={`excluded-${contact.id}`} type="checkbox" checked={contact.excluded}
                  onChange={(event) => onChange({ ...contact, excluded: event.target.checked })} />
                <label htmlFor={`excluded-${contact.id}`}>{t('excluded')}</label>
              </div>
              <div className="repere-actions">
                <button type="button" className="repere-button repere-button--secondary" aria-describedby={`contact-${contact.id}`}
                  onClick={() => setEditing(contact.id)}>{t('edit')}</button>
                <ConfirmButton label={t('delete')} describedBy={`contact-${contact.id}`} onConfirm={() => onRemove(contact.id)} />
              </div>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
