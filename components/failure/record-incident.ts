/**
 * The panel's side of recording an incident: what the page is (in ANEF's words, for the letter),
 * then the message to the background. The panel is hidden while the background photographs the
 * tab, so the photo shows ANEF's page as the person saw it; its reserved room stays, so ANEF's
 * layout does not move (the photo shows an empty band where the panel was).
 */
import { sendMessage, type RecordIncidentReply } from '../../utils/messaging/protocol.ts';
import type { IncidentDraft, IncidentKind, PhotoOutcome } from '../../utils/failure/journal.ts';
import type { PageInfo } from '../../utils/site/recognize.ts';

/** The kind of incident a recognised page is. */
export function incidentKind(page: PageInfo): IncidentKind {
  return page.kind === 'error' || page.kind === 'maintenance' || page.kind === 'session-expired' ? page.kind : 'other';
}

/** "Demander un titre de séjour — étape 3 sur 6 : Ressources", from ANEF's title and step (French). */
export function pageNameFor(page: PageInfo, title: string): string {
  const step = page.formStep;
  const stepText = step
    ? `étape ${step.index}${step.total ? ` sur ${step.total}` : ''}${step.title ? ` : ${step.title}` : ''}`
    : '';
  return [title.replace(/\s+/g, ' ').trim(), stepText].filter(Boolean).join(' — ').slice(0, 300);
}

/** "/usagers/#/sejour/demande-tse/etudiant": path and hash route, never the query string. */
export function routeFor(page: PageInfo, pathname: string): string {
  return `${pathname}#${page.route || '/'}`.slice(0, 300);
}

/**
 * Hides the panel while `task` runs (two frames so the page repaints). The panel's own dock is
 * hidden, not the shadow host: WXT resets the host with `all: initial !important`, which an
 * inline style on the host cannot override.
 */
async function withPanelHidden<T>(from: Element | null, task: () => Promise<T>): Promise<T> {
  const dock = from?.closest<HTMLElement>('.repere-dock');
  if (!dock) return task();
  const previous = dock.style.visibility;
  dock.style.visibility = 'hidden';
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  try {
    return await task();
  } finally {
    dock.style.visibility = previous;
  }
}

export async function recordIncident(
  draft: Omit<IncidentDraft, 'route' | 'pageName'> & { page: PageInfo },
  from: Element | null,
): Promise<RecordIncidentReply> {
  const { page, ...rest } = draft;
  const message: IncidentDraft = { ...rest, route: routeFor(page, location.pathname), pageName: pageNameFor(page, document.title) };
  const send = () => sendMessage('recordIncident', message);
  return draft.photo ? withPanelHidden(from, send) : send();
}

export async function attachIncidentPhoto(id: string, from: Element | null): Promise<PhotoOutcome | 'locked'> {
  const reply = await withPanelHidden(from, () => sendMessage('attachIncidentPhoto', { id }));
  return reply.status === 'locked' ? 'locked' : reply.photo;
}
