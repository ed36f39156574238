/**
 * Step 4: the letter asking the préfet for the substitution solution. Everything it needs is
 * pre-filled from the person's data and editable here; what is missing is named plainly; the
 * letter is shown in French with a summary in the person's language, and can be printed,
 * downloaded as PDF or copied. Writing it before the CCC and PAN steps is allowed, with a warning.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFrenchDate } from '../../utils/dates/format.ts';
import { civilToday } from '../../utils/deadlines/civil.ts';
import { LETTER_RISKS, setLetterOptions, type Journal, type LetterOptions } from '../../utils/failure/journal.ts';
import type { LadderState } from '../../utils/failure/ladder.ts';
import { letterExpiry } from '../../utils/failure/letter-input.ts';
import type { Person } from '../../utils/failure/person.ts';
import { DEPARTMENTS, prefectureName } from '../../utils/letter/prefecture.ts';
import type { LetterField, LetterProblem } from '../../utils/letter/substitution-letter.ts';
import { LetterActions } from '../letter/letter-actions.tsx';
import { LetterDocument } from '../letter/letter-document.tsx';
import { LetterSummary } from '../letter/letter-summary.tsx';
import { letterPhotos, type LetterState } from '../letter/use-letter.ts';
import { Rich } from '../shared/rich-text.tsx';
import { Field, Sources, TextField, useDraft } from './form-parts.tsx';

/** Where each letter field is typed (for "go to the field"). */
const FIELD_IDS: Partial<Record<LetterField, string>> = {
  'person.fullName': 'letter-fullName',
  'person.address': 'letter-address',
  'person.birthDate': 'letter-birthDate',
  'prefecture.departmentCode': 'letter-department',
  procedure: 'letter-procedure',
  currentTitleExpiry: 'letter-expiry',
  today: 'letter-date',
  requestedDelayDays: 'letter-delay',
};

/** French procedure names to pick from (the field stays free text). */
const PROCEDURES = [
  'première demande de titre de séjour',
  'renouvellement de titre de séjour',
  'renouvellement de titre de séjour étudiant',
  'renouvellement de titre de séjour salarié',
  'renouvellement de titre de séjour vie privée et familiale',
  'renouvellement de carte de résident',
  'changement de statut',
];

function Saved({ shown }: { shown: boolean }) {
  const { t } = useTranslation('failure');
  return <p role="status">{shown ? t('savedMessage') : ''}</p>;
}

function PersonForm({ person, journal, onSavePerson, onSaveJournal }: {
  person: Person;
  journal: Journal;
  onSavePerson(next: Person): void;
  onSaveJournal(next: Journal): void;
}) {
  const { t } = useTranslation('failure');
  const { draft, set, saved, setSaved } = useDraft<Person>(() => person);
  const [recipient, setRecipient] = useState(journal.letter.recipientName);
  const text = (key: keyof Person, label: string, type = 'text', hint?: string) => (
    <Field id={`letter-${key}`} label={label} hint={hint}>
      <input id={`letter-${key}`} type={type} value={draft[key]} aria-describedby={hint ? `letter-${key}-hint` : undefined}
        onChange={(event) => set({ [key]: event.target.value })} />
    </Field>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSavePerson(draft);
    if (recipient.trim() !== journal.letter.recipientName) onSaveJournal(setLetterOptions(journal, { recipientName: recipient.trim() }));
    setSaved(true);
  };
  const automatic = prefectureName(draft.departmentCode);
  return (
    <form className="repere-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('letter.you')}</legend>
        {text('fullName', t('letter.fields.fullName'))}
        {text('birthDate', t('letter.fields.birthDate'), 'date')}
        {text('nationality', t('letter.fields.nationality'), 'text', t('frenchHint'))}
        <TextField id="letter-address" label={t('letter.fields.address')} value={draft.address} max={500} rows={3} onChange={(address) => set({ address })} />
        {text('foreignerNumber', t('letter.fields.foreignerNumber'), 'text', t('letter.fields.foreignerNumberHint'))}
        {text('anefRequestNumber', t('letter.fields.anefRequestNumber'))}
        {text('phone', t('letter.fields.phone'), 'tel')}
        {text('email', t('letter.fields.email'), 'email')}
      </fieldset>
      <fieldset>
        <legend>{t('letter.prefecture')}</legend>
        <Field id="letter-department" label={t('letter.fields.department')}>
          <select id="letter-department" value={draft.departmentCode} onChange={(event) => set({ departmentCode: event.target.value })}>
            <option value="">{t('letter.fields.departmentChoose')}</option>
            {DEPARTMENTS.map((department) => (
              <option key={department.code} value={department.code} lang="fr">{`${department.code} — ${department.name}`}</option>
            ))}
          </select>
        </Field>
        <p>{t('letter.fields.recipientAuto')} <bdi lang="fr" dir="ltr"><strong>{recipient.trim() || automatic || '—'}</strong></bdi></p>
        <TextField id="letter-recipient" label={t('letter.fields.recipient')} hint={t('letter.fields.recipientHint')} value={recipient} max={200}
          onChange={(value) => { setRecipient(value); setSaved(false); }} />
        <TextField id="letter-prefectureAddress" label={t('letter.fields.prefectureAddress')} hint={t('letter.fields.prefectureAddressHint')}
          value={draft.prefectureAddress} max={500} rows={3} onChange={(prefectureAddress) => set({ prefectureAddress })} />
      </fieldset>
      <button type="submit" className="repere-button">{t('letter.savePerson')}</button>
      <Saved shown={saved} />
    </form>
  );
}

function OptionsForm({ journal, trackerExpiry, onSave }: { journal: Journal; trackerExpiry?: string; onSave(next: Journal): void }) {
  const { t } = useTranslation('failure');
  const listId = useId();
  const { draft, set, saved, setSaved } = useDraft<LetterOptions>(() => ({
    ...journal.letter,
    currentTitleExpiry: letterExpiry(journal, trackerExpiry) ?? '',
  }));
  const [delayText, setDelayText] = useState(String(journal.letter.requestedDelayDays));
  const [delayInvalid, setDelayInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const delay = Number(delayText);
    if (!Number.isInteger(delay) || delay < 1 || delay > 90) {
      setDelayInvalid(true);
      return;
    }
    setDelayInvalid(false);
    // An expiry equal to the tracker's is not stored twice: the tracker stays the source.
    const expiry = draft.currentTitleExpiry === trackerExpiry ? '' : draft.currentTitleExpiry;
    onSave(setLetterOptions(journal, { ...draft, currentTitleExpiry: expiry, requestedDelayDays: delay }));
    setSaved(true);
  };
  return (
    <form className="repere-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('letter.about')}</legend>
        <Field id="letter-procedure" label={t('letter.fields.procedure')} hint={t('letter.fields.procedureHint')}>
          <input id="letter-procedure" list={listId} value={draft.procedure} maxLength={200} lang="fr" aria-describedby="letter-procedure-hint"
            onChange={(event) => set({ procedure: event.target.value })} />
          <datalist id={listId}>{PROCEDURES.map((name) => <option key={name} value={name} />)}</datalist>
        </Field>
        <Field id="letter-expiry" label={t('letter.fields.expiry')} hint={trackerExpiry ? t('letter.fields.expiryFromDocuments') : t('letter.fields.expiryHint')}>
          <input id="letter-expiry" type="date" value={draft.currentTitleExpiry} aria-describedby="letter-expiry-hint"
            onChange={(event) => set({ currentTitleExpiry: event.target.value })} />
        </Field>
        <TextField id="letter-place" label={t('letter.fields.place')} value={draft.place} max={100} onChange={(place) => set({ place })} />
        <Field id="letter-date" label={t('letter.fields.date')} hint={t('letter.fields.dateHint')}>
          <input id="letter-date" type="date" value={draft.date} aria-describedby="letter-date-hint" onChange={(event) => set({ date: event.target.value })} />
        </Field>
        <Field id="letter-delay" label={t('letter.fields.delay')} hint={t('letter.fields.delayHint')}>
          <input id="letter-delay" type="number" min={1} max={90} inputMode="numeric" value={delayText}
            aria-invalid={delayInvalid || undefined} aria-describedby={delayInvalid ? 'letter-delay-error letter-delay-hint' : 'letter-delay-hint'}
            onChange={(event) => { setDelayText(event.target.value); setSaved(false); }} />
          {delayInvalid ? <span id="letter-delay-error" role="alert" className="repere-error">{t('letter.fields.delayInvalid')}</span> : null}
        </Field>
        <Sources ids={['arrete-no-deadline']} />
        <fieldset className="repere-choices">
          <legend>{t('letter.fields.risks')}</legend>
          {LETTER_RISKS.map((risk) => (
            <div className="repere-check" key={risk}>
              <input id={`letter-risk-${risk}`} type="checkbox" checked={draft.risks.includes(risk)}
                onChange={(event) => set({ risks: event.target.checked ? [...draft.risks, risk] : draft.risks.filter((item) => item !== risk) })} />
              <label htmlFor={`letter-risk-${risk}`}>{t(`letter.risk.${risk}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextField id="letter-otherRisk" label={t('letter.fields.otherRisk')} hint={t('frenchHint')} value={draft.otherRisk} max={300} lang="fr"
          onChange={(otherRisk) => set({ otherRisk })} />
        <TextField id="letter-extraAnnexes" label={t('letter.fields.extraAnnexes')} hint={t('frenchHint')} value={draft.extraAnnexes} max={1000} rows={2}
          onChange={(extraAnnexes) => set({ extraAnnexes })} />
      </fieldset>
      <button type="submit" className="repere-button">{t('letter.saveOptions')}</button>
      <Saved shown={saved} />
    </form>
  );
}

function Problems({ problems }: { problems: LetterProblem[] }) {
  const { t } = useTranslation('failure');
  return (
    <div className="repere-alert">
      <p><strong>{t('letter.missing')}</strong></p>
      <ul>
        {problems.map((problem, index) => {
          const name = t(`letter.field.${problem.field}`) + (problem.index === undefined ? '' : ` (${problem.index + 1})`);
          const target = FIELD_IDS[problem.field];
          const text = problem.problem === 'missing' ? t('letter.problem.missing', { field: name }) : t('letter.problem.invalid', { field: name });
          return (
            <li key={index}>
              {target ? (
                <button type="button" className="repere-linklike" onClick={() => document.getElementById(target)?.focus()}>{text}</button>
              ) : text}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SentForm({ journal, onSave }: { journal: Journal; onSave(next: Journal): void }) {
  const { t } = useTranslation('failure');
  const [sentOn, setSentOn] = useState(journal.letter.sentOn || civilToday(new Date()));
  const [saved, setSaved] = useState(false);
  return (
    <form className="repere-form" onSubmit={(event) => { event.preventDefault(); onSave(setLetterOptions(journal, { sentOn })); setSaved(true); }}>
      <Field id="letter-sentOn" label={t('letter.sent.date')} hint={t('letter.sent.hint')}>
        <input id="letter-sentOn" type="date" value={sentOn} aria-describedby="letter-sentOn-hint" onChange={(event) => { setSentOn(event.target.value); setSaved(false); }} />
      </Field>
      <div className="repere-actions">
        <button type="submit" className="repere-button">{t('letter.sent.save')}</button>
        {journal.letter.sentOn ? (
          <button type="button" className="repere-button repere-button--secondary" onClick={() => { onSave(setLetterOptions(journal, { sentOn: '' })); setSaved(true); }}>
            {t('letter.sent.undo')}
          </button>
        ) : null}
      </div>
      <Saved shown={saved} />
    </form>
  );
}

export function LetterStep({ letter, ladder }: { letter: LetterState; ladder: LadderState }) {
  const { t } = useTranslation(['failure', 'letter']);
  const { data, model, input, problems } = letter;
  const photos = letterPhotos(letter);
  const recipient = input.prefecture.name ?? prefectureName(input.prefecture.departmentCode) ?? '';
  return (
    <>
      <p>{t('letter.what')}</p>
      <p>{t('letter.invite')}</p>
      <Sources ids={['ceseda-r431-2', 'arrete-2023-08-01', 'ce-2022-452798']} />
      {ladder.cccContacts === 0 || ladder.panContacts === 0 ? <p className="repere-notice">{t('letter.warnNoSteps')}</p> : null}
      <h3>{t('letter.details')}</h3>
      <PersonForm person={data.person} journal={data.journal} onSavePerson={(next) => void data.savePerson(next)} onSaveJournal={(next) => void data.saveJournal(next)} />
      <OptionsForm journal={data.journal} {...(data.trackerExpiry ? { trackerExpiry: data.trackerExpiry } : {})} onSave={(next) => void data.saveJournal(next)} />
      <h3>{t('letter.result')}</h3>
      {problems.length > 0 || !model ? <Problems problems={problems} /> : (
        <>
          {model.warnings.length > 0 ? (
            <ul className="repere-notice">
              {model.warnings.map((warning) => <li key={warning}>{t(`letter.warning.${warning}`)}</li>)}
            </ul>
          ) : null}
          <LetterSummary model={model} input={input} recipient={recipient} />
          <LetterActions model={model} photos={photos} date={input.today} mode="open" />
          <details className="repere-preview">
            <summary>{t('letter.preview')}</summary>
            <LetterDocument model={model} photos={photos} label={t('letter:documentLabel')} />
          </details>
        </>
      )}
      <h3>{t('letter.sent.title')}</h3>
      {data.journal.letter.sentOn ? <p><Rich ns="failure" k="letter.sent.done" values={{ date: formatFrenchDate(data.journal.letter.sentOn) }} /></p> : null}
      <SentForm journal={data.journal} onSave={(next) => void data.saveJournal(next)} />
    </>
  );
}
