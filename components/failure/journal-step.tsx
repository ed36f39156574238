/**
 * Step 1, the journal: why dated attempts spread over more than a week matter (CE 10 juin 2020
 * n° 435594), the incidents in time order with their photos (kept on this computer), each
 * editable, and a form to add one by hand (a problem met on a phone, say).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateParts, formatFrenchDate } from '../../utils/dates/format.ts';
import { civilToday } from '../../utils/deadlines/civil.ts';
import {
  addIncident,
  attachPhoto,
  MAX_PHOTOS,
  photoCount,
  removeIncident,
  removePhoto,
  sortedIncidents,
  updateIncident,
  type Incident,
  type Journal,
} from '../../utils/failure/journal.ts';
import type { LadderState } from '../../utils/failure/ladder.ts';
import { parseMoment } from '../../utils/letter/moments.ts';
import { shrinkImage } from '../../utils/failure/photo.ts';
import { DateTimeFields, FormFooter, Sources, TextField, useDraft } from './form-parts.tsx';
import { ConfirmButton } from './small-controls.tsx';
import { newId } from './use-failure-data.ts';

interface IncidentDraft {
  date: string;
  time: string;
  pageName: string;
  errorText: string;
  action: string;
}

function draftOf(incident?: Incident): IncidentDraft {
  const moment = incident ? parseMoment(incident.at) : undefined;
  return {
    date: moment?.date ?? civilToday(new Date()),
    time: moment?.time ?? '',
    pageName: incident?.pageName ?? '',
    errorText: incident?.errorText ?? '',
    action: incident?.action ?? '',
  };
}

/** Keeps the recorded offset when only the wall-clock time changes. */
function atOf(draft: IncidentDraft, previous?: string): string {
  if (!draft.time) return draft.date;
  const offset = previous ? /([+-]\d{2}:\d{2}|Z)$/.exec(previous)?.[1] ?? '' : '';
  return `${draft.date}T${draft.time}:00${offset}`;
}

function IncidentForm({ initial, submitLabel, onSave, onCancel }: {
  initial?: Incident;
  submitLabel: string;
  onSave(values: Pick<Incident, 'at' | 'pageName' | 'errorText' | 'action'>): void;
  onCancel?(): void;
}) {
  const { t } = useTranslation('failure');
  const id = useId();
  const { draft, setDraft, set, saved, setSaved } = useDraft<IncidentDraft>(() => draftOf(initial));
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dateParts(draft.date)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onSave({ at: atOf(draft, initial?.at), pageName: draft.pageName.trim(), errorText: draft.errorText.trim(), action: draft.action.trim() });
    if (!initial) {
      setDraft(draftOf());
      setSaved(true);
    }
  };
  return (
    <form className="repere-form" onSubmit={submit} noValidate>
      <DateTimeFields id={id} dateLabel={t('incident.date')} timeLabel={t('incident.time')} date={draft.date} time={draft.time} invalid={invalid}
        onDate={(date) => set({ date })} onTime={(time) => set({ time })} />
      <TextField id={`${id}-page`} label={t('incident.page')} value={draft.pageName} max={300} onChange={(pageName) => set({ pageName })} />
      <TextField id={`${id}-error`} label={t('incident.error')} value={draft.errorText} max={2000} rows={2} onChange={(errorText) => set({ errorText })} />
      <TextField id={`${id}-action`} label={t('incident.action')} value={draft.action} max={1000} rows={2} hint={t('frenchHint')}
        onChange={(action) => set({ action })} />
      <FormFooter submitLabel={submitLabel} {...(onCancel ? { onCancel } : {})} status={saved ? t('incident.saved') : ''} />
    </form>
  );
}

/** Choosing an image file for an incident: made small here, kept with the incident. */
function PhotoPicker({ incident, journal, onSave, describedBy }: {
  incident: Incident;
  journal: Journal;
  onSave(next: Journal): void;
  describedBy: string;
}) {
  const { t } = useTranslation('failure');
  const id = useId();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const full = !incident.photo && photoCount(journal) >= MAX_PHOTOS;
  const choose = async (file: File | undefined) => {
    if (!file) return;
    let image;
    try {
      image = await shrinkImage(file);
    } catch {
      setMessage({ kind: 'error', text: t('photo.notImage') });
      return;
    }
    const result = attachPhoto(journal, incident.id, { ...image, source: 'file' });
    if (result.photo !== 'attached') {
      setMessage({ kind: 'error', text: t('photo.limit', { max: MAX_PHOTOS }) });
      return;
    }
    onSave(result.journal);
    setMessage({ kind: 'ok', text: t('photo.added') });
  };
  return (
    <>
      {full ? (
        <p>{t('photo.limit', { max: MAX_PHOTOS })}</p>
      ) : (
        <label className="repere-button repere-button--secondary repere-file" htmlFor={id}>
          {incident.photo ? t('photo.replace') : t('photo.add')}
          <input id={id} type="file" accept="image/png,image/jpeg,image/webp" className="repere-visually-hidden" aria-describedby={describedBy}
            onChange={(event) => {
              void choose(event.target.files?.[0]);
              event.target.value = '';
            }} />
        </label>
      )}
      <p role="status" className={`repere-actions__status${message?.kind === 'error' ? ' repere-error' : ''}`}>{message?.text ?? ''}</p>
    </>
  );
}

function IncidentCard({ incident, journal, onSave }: { incident: Incident; journal: Journal; onSave(next: Journal): void }) {
  const { t } = useTranslation('failure');
  const [editing, setEditing] = useState(false);
  const moment = parseMoment(incident.at)!;
  const when = `${formatFrenchDate(moment.date)}${moment.time ? ` ${moment.time}` : ''}`;
  const titleId = `incident-${incident.id}`;
  if (editing) {
    return (
      <IncidentForm initial={incident} submitLabel={t('save')} onCancel={() => setEditing(false)}
        onSave={(values) => { onSave(updateIncident(journal, incident.id, values)); setEditing(false); }} />
    );
  }
  return (
    <>
      <p className="repere-item__title" id={titleId}>
        <strong><bdi lang="fr" dir="ltr">{when}</bdi></strong> — {t(`incident.kind.${incident.kind}`)}
      </p>
      {incident.pageName || incident.route ? (
        <p>{t('incident.pageShown')} <bdi lang="fr" dir="ltr">{[incident.pageName, incident.route].filter(Boolean).join(' — ')}</bdi></p>
      ) : null}
      {incident.errorText ? <blockquote lang="fr" dir="ltr">{incident.errorText}</blockquote> : null}
      {incident.action ? <p>{t('incident.actionShown')} <bdi dir="auto">{incident.action}</bdi></p> : null}
      {incident.photo ? (
        <img className="repere-thumb" src={incident.photo.dataUrl} width={incident.photo.width} height={incident.photo.height}
          alt={t('incident.photoAlt', { date: when })} />
      ) : null}
      <div className="repere-check">
        <input id={`excluded-${incident.id}`} type="checkbox" checked={incident.excluded}
          onChange={(event) => onSave(updateIncident(journal, incident.id, { excluded: event.target.checked }))} />
        <label htmlFor={`excluded-${incident.id}`}>{t('excluded')}</label>
      </div>
      <div className="repere-actions">
        <button type="button" className="repere-button repere-button--secondary" aria-describedby={titleId} onClick={() => setEditing(true)}>
          {t('edit')}
        </button>
        <PhotoPicker incident={incident} journal={journal} onSave={onSave} describedBy={titleId} />
        {incident.photo ? <ConfirmButton label={t('photo.remove')} describedBy={titleId} onConfirm={() => onSave(removePhoto(journal, incident.id))} /> : null}
        <ConfirmButton label={t('delete')} describedBy={titleId} onConfirm={() => onSave(removeIncident(journal, incident.id))} />
      </div>
    </>
  );
}

export function JournalStep({ journal, ladder, onSave }: { journal: Journal; ladder: LadderState; onSave(next: Journal): void }) {
  const { t } = useTranslation('failure');
  const incidents = sortedIncidents(journal);
  return (
    <>
      <p>{t('journal.why')}</p>
      <p>{t('journal.spread')}</p>
      <Sources ids={['ce-2020-435594', 'gisti-evidence']} />
      {incidents.length > 0 ? (
        <div className={ladder.spreadOverAWeek ? 'repere-slot' : 'repere-notice'}>
          <p>{t('journal.count', { count: ladder.incidents })} {t('journal.days', { days: ladder.attemptDays })}</p>
          <p>{ladder.spreadOverAWeek ? t('journal.spreadOk') : t('journal.spreadNotYet')}</p>
        </div>
      ) : null}
      <p>{t('journal.photosKept', { max: MAX_PHOTOS })}</p>
      {incidents.length === 0 ? <p>{t('journal.empty')}</p> : (
        <ul className="repere-items">
          {incidents.map((incident) => (
            <li key={incident.id} className="repere-item">
              <IncidentCard incident={incident} journal={journal} onSave={onSave} />
            </li>
          ))}
        </ul>
      )}
      <h3>{t('journal.add')}</h3>
      <IncidentForm submitLabel={t('journal.addButton')}
        onSave={(values) => onSave(addIncident(journal, { id: newId(), kind: 'other', route: '', excluded: false, ...values }).journal)} />
    </>
  );
}
