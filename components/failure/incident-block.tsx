/**
 * The panel's offer to keep a trace of a problem: shown by itself on ANEF's error, maintenance and
 * session-expired pages, and on any page after "It doesn't work". It records the date and time,
 * the page, ANEF's error text, what the person was doing and, if they want, a photo of the tab
 * (kept on this computer only), then points to the next step (the CCC) in the dashboard.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFrenchDate } from '../../utils/dates/format.ts';
import type { PhotoOutcome } from '../../utils/failure/journal.ts';
import { parseMoment } from '../../utils/letter/moments.ts';
import type { RecordIncidentReply } from '../../utils/messaging/protocol.ts';
import { useOverlayStore } from '../../utils/state/overlay-store.ts';
import { usePageStore } from '../../utils/state/page-store.ts';
import { useOverlayActions } from '../overlay/overlay-actions.ts';
import { ArrowIcon, InfoIcon } from '../shared/icons.tsx';
import { Rich } from '../shared/rich-text.tsx';
import { attachIncidentPhoto, incidentKind, recordIncident } from './record-incident.ts';

type Phase =
  | { step: 'form'; failed?: boolean }
  | { step: 'sending' }
  | { step: 'locked' }
  | { step: 'done'; id: string; at: string; photo: PhotoOutcome; retrying?: boolean };

const OFFERED_ON = ['error', 'maintenance', 'session-expired'];

/** The last "It doesn't work" request the block acted on (shared by every mount of the block). */
let handledRequest = 0;

export function IncidentBlock() {
  const { t } = useTranslation('failure');
  const page = usePageStore((state) => state.page);
  const request = useOverlayStore((state) => state.incidentRequest);
  const actions = useOverlayActions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const [asked, setAsked] = useState(false);
  const [action, setAction] = useState('');
  const [photo, setPhoto] = useState(true);
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [focusPending, setFocusPending] = useState(false);
  const pageKey = `${page.kind}|${page.route ?? ''}|${page.formStep?.index ?? ''}`;

  // A new page is a new problem: start again (what was typed for the old page is not kept).
  useEffect(() => {
    setPhase({ step: 'form' });
    setAction('');
  }, [pageKey]);

  useEffect(() => {
    if (request <= handledRequest) return;
    handledRequest = request;
    setAsked(true);
    setFocusPending(true);
  }, [request]);

  // Focus moves once the heading is on screen: after the request above (and after the dock has
  // placed its own focus when it opened), and after recording, whose button disappears.
  useEffect(() => {
    const heading = headingRef.current;
    if (!focusPending || !heading) return;
    setFocusPending(false);
    heading.scrollIntoView?.({ block: 'nearest' });
    heading.focus();
  }, [focusPending, asked]);

  if (!asked && !OFFERED_ON.includes(page.kind)) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPhase({ step: 'sending' });
    let reply: RecordIncidentReply;
    try {
      reply = await recordIncident({ kind: incidentKind(page), errorText: page.errorText ?? '', action: action.trim(), photo, page }, headingRef.current);
    } catch {
      setPhase({ step: 'form', failed: true });
      return;
    }
    if (reply.status === 'locked') setPhase({ step: 'locked' });
    else setPhase({ step: 'done', id: reply.id, at: reply.at, photo: reply.photo });
    setFocusPending(true);
  };

  const retryPhoto = async (done: Extract<Phase, { step: 'done' }>) => {
    setPhase({ ...done, retrying: true });
    let outcome: PhotoOutcome | 'locked';
    try {
      outcome = await attachIncidentPhoto(done.id, headingRef.current);
    } catch {
      outcome = 'failed';
    }
    setPhase(outcome === 'locked' ? { step: 'locked' } : { ...done, photo: outcome, retrying: false });
    // The "Take the photo" button disappears once the photo is there: keep the focus in the block.
    if (outcome === 'attached' || outcome === 'locked') setFocusPending(true);
  };

  return (
    <section className="repere-incident" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>{t('panel.title')}</h3>
      {phase.step === 'done' ? (
        <Recorded phase={phase} onRetry={() => void retryPhoto(phase)} onNext={() => actions.openDashboard('failure')} onAgain={() => setPhase({ step: 'form' })} />
      ) : phase.step === 'locked' ? (
        <div role="alert">
          <p>{t('panel.locked')}</p>
          <button type="button" className="repere-button repere-button--secondary" onClick={() => actions.openDashboard('privacy')}>
            {t('panel.openDashboard')}
          </button>
        </div>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <p>{t('panel.intro')}</p>
          <div className="repere-field">
            <label htmlFor={`${ids}-action`}>{t('panel.action.label')}</label>
            <textarea id={`${ids}-action`} rows={2} maxLength={1000} value={action} aria-describedby={`${ids}-action-hint`}
              onChange={(event) => setAction(event.target.value)} />
            <span id={`${ids}-action-hint`} className="repere-hint">{t('panel.action.hint')}</span>
          </div>
          <div className="repere-check">
            <input id={`${ids}-photo`} type="checkbox" checked={photo} aria-describedby={`${ids}-photo-hint`}
              onChange={(event) => setPhoto(event.target.checked)} />
            <label htmlFor={`${ids}-photo`}>{t('panel.photo.label')}</label>
          </div>
          <p id={`${ids}-photo-hint`} className="repere-hint">{t('panel.photo.hint')}</p>
          {phase.step === 'form' && phase.failed ? <p role="alert" className="repere-alert">{t('panel.failed')}</p> : null}
          <button type="submit" className="repere-button" disabled={phase.step === 'sending'}>
            {phase.step === 'sending' ? t('panel.sending') : t('panel.record')}
          </button>
          <button type="button" className="repere-button repere-button--secondary" onClick={() => actions.openDashboard('failure')}>
            {t('panel.steps')}
          </button>
        </form>
      )}
    </section>
  );
}

function Recorded({ phase, onRetry, onNext, onAgain }: {
  phase: Extract<Phase, { step: 'done' }>;
  onRetry(): void;
  onNext(): void;
  onAgain(): void;
}) {
  const { t } = useTranslation('failure');
  const moment = parseMoment(phase.at);
  const values = { date: moment ? formatFrenchDate(moment.date) : phase.at, time: moment?.time ?? '' };
  return (
    <div>
      <div role="status" className="repere-incident__done">
        <p><InfoIcon /> <Rich ns="failure" k="panel.done" values={values} /></p>
        {phase.photo !== 'not-asked' ? <p>{t(`panel.photoOutcome.${phase.photo}`)}</p> : null}
      </div>
      {phase.photo === 'no-permission' || phase.photo === 'not-visible' || phase.photo === 'failed' ? (
        <button type="button" className="repere-button repere-button--secondary" onClick={onRetry} disabled={phase.retrying}>
          {t('panel.takePhoto')}
        </button>
      ) : null}
      <p>{t('panel.next')}</p>
      <button type="button" className="repere-button" onClick={onNext}>
        {t('panel.steps')}
        <ArrowIcon size={20} />
      </button>
      <button type="button" className="repere-button repere-button--secondary" onClick={onAgain}>
        {t('panel.again')}
      </button>
    </div>
  );
}
