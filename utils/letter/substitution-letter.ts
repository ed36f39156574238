/**
 * The letter asking the préfet for the "solution de substitution" of article R. 431-2 CESEDA,
 * always in French (design/contracts.md). Pure: everything it writes comes from the input, and a
 * line whose data is missing is left out rather than filled with a placeholder.
 *
 * Structure (facts/legal.md §3.5, with legal-update.md §1): sender, recipient (the préfecture's
 * foreigners' service), place and date, sending mode, subject citing R. 431-2, the person's
 * situation, the dated facts (ANEF incidents and contacts with the CCC, the PAN… in chronological
 * order), the steps taken, the legal grounds (R. 431-2 al. 3, arrêté du 1er août 2023, CE Section
 * 3 juin 2022 n° 452798, and R. 431-5 / R. 431-15-1 when a title expiry is known), the requests
 * (invite the person to the substitution solution, register the file within a short stated time
 * since the arrêté sets none, deliver the document proving regular stay, answer in writing),
 * numbered annexes and the signature line.
 *
 * The model also carries the letter as blocks (for the print page and the PDF), the photos to put
 * in annexes, and warnings (things that weaken the letter but do not prevent it).
 */
import { formatFrenchDate } from '../dates/format.ts';
import { findDepartment, prefectureName } from './prefecture.ts';
import { plusDays } from '../deadlines/civil.ts';
import { renewalWindow } from '../deadlines/rules.ts';
import { frenchMoment, momentKey, parseMoment, type Moment } from './moments.ts';

import type { Result } from '../result.ts';

export type { Result };

export type ContactChannel = 'ccc-phone' | 'ccc-form' | 'pan' | 'prefecture-email' | 'other';

/** What puts the person at risk if nothing happens (extra field; the person ticks them). */
export type LetterRisk = 'job' | 'caf' | 'france-travail';

export interface LetterIncident {
  /** ISO date-time (or civil date) of the attempt, in the local time it was recorded in. */
  at: string;
  /** The ANEF page, in ANEF's words, with its address. */
  page?: string;
  /** The error text ANEF showed, as it was. */
  errorText?: string;
  /** A screenshot is attached: it becomes an annex. */
  screenshot?: boolean;
  /** Extra: what the person was trying to do. */
  action?: string;
  /** Extra: what Repère recognised on the page. */
  kind?: 'error' | 'maintenance' | 'session-expired' | 'other';
}

export interface LetterContact {
  channel: ContactChannel;
  /** Civil date, or date-time. */
  on: string;
  reference?: string;
  outcome?: string;
  /** Extra, for the PAN: an appointment request or a visit. */
  step?: 'request' | 'visit';
  /** Extra, for 'other': what the step was. */
  what?: string;
  /** Extra: a written trace (e-mail, document) the person attaches: it becomes an annex. */
  proof?: boolean;
}

export interface LetterInput {
  today: string;
  person: {
    fullName: string; birthDate?: string; nationality?: string; address: string;
    foreignerNumber?: string; anefRequestNumber?: string; phone?: string; email?: string;
  };
  prefecture: { departmentCode: string; name?: string; address?: string };
  /** e.g. "renouvellement de titre de séjour étudiant". */
  procedure: string;
  currentTitleExpiry?: string;
  incidents: LetterIncident[];
  contacts: LetterContact[];
  /** Extra: the town written before the date ("Amiens, le …"). */
  place?: string;
  /** Extra: the time asked for registration, in days (default 15). */
  requestedDelayDays?: number;
  /** Extra: what is at risk. */
  risks?: LetterRisk[];
  /** Extra: another risk, in the person's words (in French). */
  otherRisk?: string;
  /** Extra: more annexes the person adds. */
  extraAnnexes?: string[];
}

export type LetterBlock =
  | { kind: 'sender' | 'recipient' | 'signature'; lines: string[] }
  | { kind: 'dateline' | 'mode' | 'subject' | 'salutation' | 'paragraph' | 'closing'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'annexes'; title: string; items: string[] };

export interface PhotoAnnex {
  /** Number of the annex in the list. */
  annex: number;
  /** Index of the incident in `input.incidents`. */
  incident: number;
  caption: string;
}

/** Something that weakens the letter without preventing it. */
export type LetterWarning = 'no-ccc' | 'no-pan' | 'no-prefecture-address' | 'attempts-same-week';

export interface LetterModel {
  subject: string;
  text: string;
  annexes: string[];
  /** Extra: the same letter in blocks, for layout. */
  blocks: LetterBlock[];
  /** Extra: annexes that are screenshots of incidents. */
  photoAnnexes: PhotoAnnex[];
  warnings: LetterWarning[];
}

/** Fields the letter cannot do without, or that hold something unusable. */
export type LetterField =
  | 'today' | 'person.fullName' | 'person.address' | 'person.birthDate' | 'prefecture.departmentCode'
  | 'procedure' | 'currentTitleExpiry' | 'incidents' | 'incident.at' | 'contact.on' | 'contact.channel'
  | 'requestedDelayDays';

export interface LetterProblem {
  field: LetterField;
  problem: 'missing' | 'invalid';
  /** Position in `incidents` or `contacts` for 'incident.at', 'contact.on', 'contact.channel'. */
  index?: number;
}

/** Default time asked for the registration (days from receipt). The arrêté sets none. */
export const DEFAULT_DELAY_DAYS = 15;

const CHANNELS: readonly ContactChannel[] = ['ccc-phone', 'ccc-form', 'pan', 'prefecture-email', 'other'];

const FIELD_NAMES: Record<LetterField, string> = {
  today: 'date de la lettre',
  'person.fullName': 'nom et prénom',
  'person.address': 'adresse postale',
  'person.birthDate': 'date de naissance',
  'prefecture.departmentCode': 'département de la préfecture',
  procedure: 'démarche',
  currentTitleExpiry: "date d'expiration du titre de séjour",
  incidents: 'au moins un problème noté sur ANEF',
  'incident.at': "date d'un problème",
  'contact.on': "date d'une démarche",
  'contact.channel': "type d'une démarche",
  requestedDelayDays: 'délai demandé',
};

const RISKS: Record<LetterRisk, string> = {
  job: 'mon emploi',
  caf: 'mes droits auprès de la CAF',
  'france-travail': 'mes droits auprès de France Travail',
};

/** One line: trimmed, inner white space (new lines included) collapsed. */
function line(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Several lines (addresses): each line trimmed, empty lines dropped. */
function lines(value: string | undefined): string[] {
  return (value ?? '').split(/\r?\n/).map(line).filter(Boolean);
}

/** What prevents the letter from being written (empty when it can be). */
export function checkLetterInput(input: LetterInput): LetterProblem[] {
  const problems: LetterProblem[] = [];
  const need = (field: LetterField, value: string | undefined) => {
    if (!line(value)) problems.push({ field, problem: 'missing' });
  };
  const valid = (field: LetterField, value: string | undefined, index?: number) => {
    if (value !== undefined && line(value) && !parseMoment(value)) {
      problems.push({ field, problem: 'invalid', ...(index === undefined ? {} : { index }) });
    }
  };

  need('today', input.today);
  if (line(input.today) && !(/^\d{4}-\d{2}-\d{2}$/.test(input.today.trim()) && parseMoment(input.today))) {
    problems.push({ field: 'today', problem: 'invalid' });
  }
  need('person.fullName', input.person.fullName);
  need('person.address', input.person.address);
  valid('person.birthDate', input.person.birthDate);
  need('prefecture.departmentCode', input.prefecture.departmentCode);
  if (line(input.prefecture.departmentCode) && !findDepartment(input.prefecture.departmentCode) && !line(input.prefecture.name)) {
    problems.push({ field: 'prefecture.departmentCode', problem: 'invalid' });
  }
  need('procedure', input.procedure);
  valid('currentTitleExpiry', input.currentTitleExpiry);
  if (input.incidents.length === 0) problems.push({ field: 'incidents', problem: 'missing' });
  input.incidents.forEach((incident, index) => {
    if (!parseMoment(incident.at)) problems.push({ field: 'incident.at', problem: 'invalid', index });
  });
  input.contacts.forEach((contact, index) => {
    if (!parseMoment(contact.on)) problems.push({ field: 'contact.on', problem: 'invalid', index });
    if (!CHANNELS.includes(contact.channel)) problems.push({ field: 'contact.channel', problem: 'invalid', index });
  });
  const delay = input.requestedDelayDays;
  if (delay !== undefined && (!Number.isInteger(delay) || delay < 1 || delay > 90)) {
    problems.push({ field: 'requestedDelayDays', problem: 'invalid' });
  }
  return problems;
}

/** "Champs manquants : nom et prénom ; date d'un problème (n° 2) invalide". */
function describeProblems(problems: LetterProblem[]): string {
  const parts = problems.map((problem) => {
    const name = FIELD_NAMES[problem.field] + (problem.index === undefined ? '' : ` (n° ${problem.index + 1})`);
    return problem.problem === 'missing' ? `${name} manquant(e)` : `${name} invalide`;
  });
  return `La lettre ne peut pas être écrite : ${parts.join(' ; ')}.`;
}

type Event =
  | { type: 'incident'; moment: Moment; index: number; incident: LetterIncident }
  | { type: 'contact'; moment: Moment; index: number; contact: LetterContact };

/** Incidents and contacts in one time line (wall clock; input order on ties). */
function timeline(input: LetterInput): Event[] {
  const events: Event[] = [
    ...input.incidents.map((incident, index): Event => ({ type: 'incident', moment: parseMoment(incident.at)!, index, incident })),
    ...input.contacts.map((contact, index): Event => ({ type: 'contact', moment: parseMoment(contact.on)!, index, contact })),
  ];
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => {
      const ka = momentKey(a.event.moment);
      const kb = momentKey(b.event.moment);
      return ka < kb ? -1 : ka > kb ? 1 : a.order - b.order;
    })
    .map(({ event }) => event);
}

function contactLabel(contact: LetterContact): string {
  switch (contact.channel) {
    case 'ccc-phone':
      return 'appel au Centre de contact citoyen (CCC)';
    case 'ccc-form':
      return 'message au Centre de contact citoyen (CCC) par le formulaire de contact du site ANEF';
    case 'pan':
      return contact.step === 'visit'
        ? 'rendez-vous au point d\'accueil numérique (PAN) de la préfecture'
        : contact.step === 'request'
          ? 'demande de rendez-vous au point d\'accueil numérique (PAN) de la préfecture'
          : 'démarche auprès du point d\'accueil numérique (PAN) de la préfecture';
    case 'prefecture-email':
      return 'courriel à la préfecture';
    case 'other':
      return line(contact.what) ? `autre démarche : ${line(contact.what)}` : 'autre démarche';
  }
}

function proofAnnexLabel(contact: LetterContact, when: string): string {
  switch (contact.channel) {
    case 'ccc-phone':
    case 'ccc-form':
      return `Courriel ou message du Centre de contact citoyen (démarche du ${when})`;
    case 'pan':
      return `Document du point d'accueil numérique (démarche du ${when})`;
    case 'prefecture-email':
      return `Courriel échangé avec la préfecture (${when})`;
    case 'other':
      return `Document de la démarche du ${when}`;
  }
}

function incidentText(incident: LetterIncident, when: string, annex: number | undefined): string {
  const page = line(incident.page);
  const parts = [`${capitalise(when)} : tentative sur le téléservice ANEF${page ? `, page « ${page} »` : ''}.`];
  const action = line(incident.action);
  if (action) parts.push(`Ce que je faisais : ${action}.`);
  const error = line(incident.errorText);
  if (error) parts.push(`Message affiché : « ${error} ».`);
  else if (incident.kind === 'maintenance') parts.push('Le site affichait une page de maintenance.');
  else if (incident.kind === 'session-expired') parts.push('Le site a mis fin à ma session.');
  else parts.push("La démarche n'a pas pu aboutir.");
  if (annex !== undefined) parts.push(`Capture d'écran : annexe ${annex}.`);
  return parts.map(stripDoublePeriod).join(' ');
}

function contactText(contact: LetterContact, when: string, annex: number | undefined): string {
  const parts = [`${capitalise(when)} : ${contactLabel(contact)}.`];
  const reference = line(contact.reference);
  if (reference) parts.push(`Référence : ${reference}.`);
  const outcome = line(contact.outcome);
  if (outcome) parts.push(`Réponse obtenue : ${outcome}.`);
  if (annex !== undefined) parts.push(`Trace écrite : annexe ${annex}.`);
  return parts.map(stripDoublePeriod).join(' ');
}

/**
 * No double stop when the person's or ANEF's own text already ends a sentence:
 * "…erreur.." → "…erreur.", "« …ultérieurement. »." → "« …ultérieurement. »".
 */
function stripDoublePeriod(sentence: string): string {
  return sentence.replace(/([.!?…])( »)?\.$/, '$1$2');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinFrench(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** The letter, or an error naming what is missing or invalid. */
export function buildSubstitutionLetter(input: LetterInput): Result<LetterModel> {
  const problems = checkLetterInput(input);
  if (problems.length > 0) return { ok: false, error: describeProblems(problems) };

  const today = formatFrenchDate(input.today.trim());
  const person = input.person;
  const fullName = line(person.fullName);
  const procedure = line(input.procedure);
  const expiry = line(input.currentTitleExpiry) ? parseMoment(input.currentTitleExpiry!)!.date : undefined;
  const delay = input.requestedDelayDays ?? DEFAULT_DELAY_DAYS;
  const events = timeline(input);

  // Annex numbers: screenshots and written traces in the order of the facts, then documents.
  const annexes: string[] = [];
  const photoAnnexes: PhotoAnnex[] = [];
  const annexOf = new Map<Event, number>();
  for (const event of events) {
    const when = frenchMoment(event.moment).replace(/^le /, '');
    if (event.type === 'incident' && event.incident.screenshot) {
      const caption = `Capture d'écran du téléservice ANEF du ${when}`;
      annexes.push(caption);
      annexOf.set(event, annexes.length);
      photoAnnexes.push({ annex: annexes.length, incident: event.index, caption });
    }
    if (event.type === 'contact' && event.contact.proof) {
      annexes.push(proofAnnexLabel(event.contact, when));
      annexOf.set(event, annexes.length);
    }
  }
  annexes.push('Copie de mon passeport');
  if (expiry) annexes.push('Copie de mon titre de séjour actuel');
  annexes.push('Justificatif de domicile');
  for (const extra of input.extraAnnexes ?? []) if (line(extra)) annexes.push(line(extra));

  const sender = [
    fullName,
    ...(line(person.birthDate) ? [`Né(e) le ${formatFrenchDate(parseMoment(person.birthDate!)!.date)}`] : []),
    ...(line(person.nationality) ? [`Nationalité : ${line(person.nationality)}`] : []),
    ...(line(person.foreignerNumber) ? [`Numéro étranger : ${line(person.foreignerNumber)}`] : []),
    ...(line(person.anefRequestNumber) ? [`Numéro de demande ANEF : ${line(person.anefRequestNumber)}`] : []),
    ...lines(person.address),
    ...(line(person.phone) ? [`Téléphone : ${line(person.phone)}`] : []),
    ...(line(person.email) ? [`Courriel : ${line(person.email)}`] : []),
  ];

  const recipientName = line(input.prefecture.name) || prefectureName(input.prefecture.departmentCode)!;
  const recipient = [
    recipientName,
    'Service des étrangers',
    'À l\'attention de Madame la Préfète ou de Monsieur le Préfet',
    ...lines(input.prefecture.address),
  ];

  const subject = `Demande de solution de substitution (article R. 431-2 du CESEDA) pour ma demande de ${procedure}`
    + (expiry ? ` – titre de séjour valable jusqu'au ${formatFrenchDate(expiry)}` : '');

  const situation = `Je dois faire une demande de ${procedure}. Cette demande se fait en ligne, sur le téléservice `
    + '« Administration numérique pour les étrangers en France » (ANEF), comme le prévoit l\'article R. 431-2 du code '
    + 'de l\'entrée et du séjour des étrangers et du droit d\'asile (CESEDA).'
    + (expiry ? ` Mon titre de séjour actuel expire le ${formatFrenchDate(expiry)}.` : '');

  const facts = events.map((event) => {
    const when = frenchMoment(event.moment);
    return event.type === 'incident'
      ? incidentText(event.incident, when, annexOf.get(event))
      : contactText(event.contact, when, annexOf.get(event));
  });

  const usedCcc = input.contacts.some((contact) => contact.channel === 'ccc-phone' || contact.channel === 'ccc-form');
  const usedPan = input.contacts.some((contact) => contact.channel === 'pan');
  const helpers = [
    ...(usedCcc ? ['au Centre de contact citoyen'] : []),
    ...(usedPan ? ['au point d\'accueil numérique de la préfecture'] : []),
  ];
  const diligences = helpers.length === 2
    ? 'J\'ai donc accompli les démarches qui m\'incombent : j\'ai fait appel au dispositif d\'accueil et '
      + 'd\'accompagnement prévu par l\'article R. 431-2 du CESEDA (le Centre de contact citoyen et le point '
      + 'd\'accueil numérique de la préfecture), sans pouvoir déposer ma demande.'
    : helpers.length === 1
      ? `J'ai fait appel ${helpers[0]}, sans pouvoir déposer ma demande.`
      : undefined;

  const law = 'L\'article R. 431-2, alinéa 3, du CESEDA prévoit qu\'« une solution de substitution, prenant la forme '
    + 'd\'un accueil physique permettant l\'enregistrement de la demande, est mise en place pour l\'étranger qui, '
    + 'ayant accompli toutes les diligences qui lui incombent, notamment en ayant fait appel au dispositif d\'accueil '
    + 'et d\'accompagnement prévu à l\'alinéa précédent, se trouve dans l\'impossibilité constatée d\'utiliser le '
    + 'téléservice pour des raisons tenant à la conception ou au mode de fonctionnement de celui-ci ». L\'arrêté du '
    + '1er août 2023 fixe les conditions de recours à cette solution de substitution. Le Conseil d\'État a jugé que '
    + 'l\'administration doit garantir une solution de substitution lorsque, malgré l\'accompagnement proposé, une '
    + 'personne ne peut pas utiliser le téléservice (CE, Section, 3 juin 2022, n° 452798).';

  let timing: string | undefined;
  if (expiry) {
    const window = renewalWindow(expiry, true);
    const opens = window.ok ? window.value.opens : expiry;
    const lastDay = window.ok ? window.value.lastDay : expiry;
    timing = 'L\'article R. 431-5 du CESEDA fixe le délai de la demande de renouvellement : pour les titres demandés '
      + `sur le téléservice, entre le 120e et le 60e jour avant l'expiration, soit pour mon titre du ${formatFrenchDate(opens)} `
      + `au ${formatFrenchDate(lastDay)}.`;
    const firstAttempt = events.find((event) => event.type === 'incident')?.moment.date;
    if (firstAttempt && firstAttempt >= opens && firstAttempt <= lastDay) {
      timing += ` Ma première tentative, le ${formatFrenchDate(firstAttempt)}, a eu lieu dans ce délai.`;
    }
  }

  const riskItems = [...new Set(input.risks ?? [])].map((risk) => RISKS[risk]);
  if (line(input.otherRisk)) riskItems.push(line(input.otherRisk));
  const risks = riskItems.length > 0 ? `Cette situation met en danger ${joinFrench(riskItems)}.` : undefined;

  const requests = [
    'de constater que je ne peux pas utiliser le téléservice et de m\'inviter à bénéficier de la solution de '
      + 'substitution prévue par l\'article R. 431-2, alinéa 3, du CESEDA ;',
    `d'enregistrer ma demande par un autre moyen (rendez-vous au guichet ou dépôt par courrier) dans un délai de ${delay} jours `
      + 'après la réception de cette lettre. L\'arrêté du 1er août 2023 ne fixe pas de délai : je vous demande un délai court'
      + (expiry ? `, car mon titre de séjour expire le ${formatFrenchDate(expiry)} ;` : ' ;'),
    expiry
      ? 'une fois ma demande complète enregistrée, de me délivrer l\'attestation de prolongation de l\'instruction prévue par '
        + 'l\'article R. 431-15-1 du CESEDA si l\'instruction se poursuit au-delà de l\'expiration de mon titre, ou un récépissé ;'
      : 'une fois ma demande complète enregistrée, de me remettre le document prévu pendant son instruction ;',
    'de me répondre par écrit.',
  ];

  const blocks: LetterBlock[] = [
    { kind: 'sender', lines: sender },
    { kind: 'recipient', lines: recipient },
    { kind: 'dateline', text: line(input.place) ? `${line(input.place)}, le ${today}` : `Le ${today}` },
    { kind: 'mode', text: 'Lettre recommandée avec accusé de réception' },
    { kind: 'subject', text: `Objet : ${subject}` },
    { kind: 'salutation', text: 'Madame la Préfète, Monsieur le Préfet,' },
    { kind: 'paragraph', text: situation },
    { kind: 'paragraph', text: 'Malgré mes tentatives répétées, je ne parviens pas à déposer ma demande en ligne, pour des '
      + 'raisons qui tiennent au fonctionnement du téléservice. Voici mes tentatives et mes démarches, dans l\'ordre :' },
    { kind: 'list', ordered: false, items: facts },
    ...(diligences ? [{ kind: 'paragraph', text: diligences } as const] : []),
    ...(risks ? [{ kind: 'paragraph', text: risks } as const] : []),
    { kind: 'paragraph', text: law },
    ...(timing ? [{ kind: 'paragraph', text: timing } as const] : []),
    { kind: 'paragraph', text: 'En conséquence, je vous demande :' },
    { kind: 'list', ordered: true, items: requests },
    { kind: 'paragraph', text: 'Je joins les preuves de mes démarches (voir la liste des annexes). Sans réponse de votre '
      + 'part, je me réserve la possibilité de saisir le Défenseur des droits et le juge des référés du tribunal '
      + 'administratif (article L. 521-3 du code de justice administrative).' },
    { kind: 'closing', text: 'Je vous prie d\'agréer, Madame la Préfète, Monsieur le Préfet, l\'expression de ma haute considération.' },
    { kind: 'signature', lines: [fullName, 'Signature :'] },
    { kind: 'annexes', title: 'Annexes', items: annexes },
  ];

  const warnings: LetterWarning[] = [];
  if (!usedCcc) warnings.push('no-ccc');
  if (!usedPan) warnings.push('no-pan');
  if (!lines(input.prefecture.address).length) warnings.push('no-prefecture-address');
  if (!attemptsSpreadOverAWeek(input.incidents.map((incident) => parseMoment(incident.at)!.date))) warnings.push('attempts-same-week');

  return { ok: true, value: { subject, text: letterText(blocks), annexes, blocks, photoAnnexes, warnings } };
}

/**
 * True when the attempts are spread over more than one week (first and last at least 7 days
 * apart): CE 10 juin 2020 n° 435594 asked for failed attempts not made in the same week.
 */
export function attemptsSpreadOverAWeek(dates: string[]): boolean {
  if (dates.length < 2) return false;
  const sorted = [...dates].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return plusDays(first, 7)! <= last;
}

/** The blocks as plain text, in print order. */
export function letterText(blocks: LetterBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'sender':
        case 'recipient':
        case 'signature':
          return block.lines.join('\n');
        case 'list':
          return block.items.map((item, index) => (block.ordered ? `${index + 1}. ${item}` : `– ${item}`)).join('\n');
        case 'annexes':
          return [`${block.title} :`, ...block.items.map((item, index) => `${index + 1}. ${item}`)].join('\n');
        default:
          return block.text;
      }
    })
    .join('\n\n');
}
