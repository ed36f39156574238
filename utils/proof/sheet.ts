/**
 * The proof-of-rights sheet ("ce que prouvent mes documents"), pure: the documents a person
 * chose + who the sheet is for + today → the sheet in French, as data that the printable page and
 * the PDF both lay out. French whatever the UI language: it is handed to the CAF, France Travail,
 * an employer or a landlord.
 *
 * Rules for every line (BRIEF, legal.md, legal-update.md):
 * - each statement about the law names its reference (a SourceId of utils/legal/sources.ts);
 *   lines without a reference are facts read from the person's own documents, marked as such;
 * - where the texts are silent, the sheet says so (the CAF list names the récépissé, not the API);
 * - no amount, no State logo or look, no name or number: the person writes their name by hand.
 */
import { formatFrenchDate } from '../dates/format.ts';
import { continuityEnd, type Result } from '../deadlines/rules.ts';
import type { TrackedDocument } from '../deadlines/documents.ts';
import type { DocumentKind } from '../deadlines/kinds.ts';
import { SOURCES, type SourceId } from '../legal/sources.ts';

export const AUDIENCES = ['caf', 'france-travail', 'employer', 'landlord', 'other'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Kinds a sheet can speak about: residence documents and proofs of filing. */
export const SHEET_KINDS: readonly DocumentKind[] = ['titre-sejour', 'vls-ts', 'api', 'adf', 'recepisse', 'attestation-depot'];

export interface SheetLine {
  text: string;
  /** The text it comes from; absent for facts read from the person's document. */
  source?: SourceId;
}

export interface SheetSection {
  heading: string;
  lines: SheetLine[];
}

export interface ProofSheet {
  title: string;
  addressee: string;
  intro: string[];
  sections: SheetSection[];
  /** Where the texts say nothing (or nothing was found): said plainly. */
  silent: SheetLine[];
  /** Copies to attach. */
  attach: string[];
  /** Every reference used, numbered in order of first use. */
  references: { id: SourceId; citation: string; url: string; checked: string }[];
  footer: string[];
  /** For the short summary in the person's language (i18n data, not French text). */
  summary: { audience: Audience; items: { kind: DocumentKind; date?: string; continuityEnd?: string }[] };
}

export interface ProofInput {
  documents: readonly TrackedDocument[];
  audience: Audience;
  today: string;
}

const ADDRESSEE: Record<Audience, string> = {
  caf: 'la caisse d’allocations familiales (CAF)',
  'france-travail': 'France Travail',
  employer: 'l’employeur',
  landlord: 'la personne ou l’organisme qui loue le logement',
  other: 'la personne ou l’organisme qui demande un justificatif de séjour',
};

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function monthYear(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  return `${MONTHS_FR[Number(month) - 1] ?? month} ${year}`;
}

const NORD: SheetLine = {
  text: 'La préfecture du Nord indique que les attestations provisoires de l’ANEF, sécurisées par un code 2D-DOC, « ont les mêmes effets que les récépissés papier ».',
  source: 'prefecture-nord-anef',
};

function documentSection(doc: TrackedDocument): SheetSection | undefined {
  const until = doc.expiry ? formatFrenchDate(doc.expiry) : undefined;
  switch (doc.kind) {
    case 'api':
      return {
        heading: `Attestation de prolongation d’instruction (API)${until ? `, valable jusqu’au ${until}` : ''}`,
        lines: [
          {
            text: 'Quand une demande complète de titre de séjour, déposée dans les délais, est encore examinée après la fin du document de séjour, le préfet met à disposition une attestation de prolongation d’instruction (API) sur le téléservice ANEF.',
            source: 'ceseda-r431-15-1',
          },
          {
            text: 'Le texte dit : « Ce document, accompagné du document de séjour expiré, lui permet de justifier de la régularité de son séjour pendant la durée qu’il précise. »',
            source: 'ceseda-r431-15-1',
          },
          {
            text: 'Sa durée de validité ne peut pas dépasser trois mois. Elle est renouvelée aussi longtemps que le préfet n’a pas statué sur la demande.',
            source: 'ceseda-r431-15-1',
          },
          {
            text: 'L’API délivrée pour le renouvellement d’un titre de séjour qui autorisait à travailler autorise son titulaire à travailler.',
            source: 'ceseda-r431-15-2',
          },
          NORD,
        ],
      };
    case 'adf':
      return {
        heading: `Attestation de décision favorable (ADF)${until ? `, valable jusqu’au ${until}` : ''}`,
        lines: [
          {
            text: 'Quand le préfet décide de délivrer le titre de séjour, une attestation de décision favorable est mise à disposition sur le téléservice ANEF.',
            source: 'ceseda-r431-15-1',
          },
          {
            text: 'Selon service-public.fr, l’API et l’attestation de décision favorable sont des documents provisoires qui prouvent la régularité du séjour. Elles sont valables trois mois au plus et sont renouvelées jusqu’à la décision ou la remise du titre.',
            source: 'sp-f36206',
          },
          NORD,
        ],
      };
    case 'recepisse':
      return {
        heading: `Récépissé de demande de titre de séjour${until ? `, valable jusqu’au ${until}` : ''}`,
        lines: [
          {
            text: 'Le récépissé autorise la présence de son titulaire en France pendant la durée qu’il indique.',
            source: 'ceseda-r431-12',
          },
          {
            text: 'Le récépissé de demande de renouvellement qui porte la mention « autorise son titulaire à travailler » fait partie des documents qui valent autorisation de travail.',
            source: 'travail-r5221-3',
          },
        ],
      };
    case 'attestation-depot':
      return {
        heading: `Attestation de dépôt en ligne${doc.filedOn ? ` (demande déposée le ${formatFrenchDate(doc.filedOn)})` : ''}`,
        lines: [
          {
            text: 'Le dépôt d’une demande sur le téléservice donne lieu à une attestation de dépôt en ligne. Elle prouve que la demande a été déposée.',
            source: 'ceseda-r431-15-1',
          },
          {
            text: 'Le texte précise : « Ce document ne justifie pas de la régularité du séjour de son titulaire. »',
            source: 'ceseda-r431-15-1',
          },
        ],
      };
    case 'vls-ts':
      return {
        heading: `Visa de long séjour valant titre de séjour (VLS-TS)${until ? `, valable jusqu’au ${until}` : ''}`,
        lines: [
          {
            text: 'Ce visa permet de séjourner en France au-delà de trois mois, à condition d’avoir déclaré, dans les trois mois qui suivent l’entrée en France, la date d’entrée et l’adresse sur le téléservice (validation du visa).',
            source: 'ceseda-r431-17',
          },
          ...(doc.entryDate ? [{ text: `Date d’entrée en France indiquée par la personne : ${formatFrenchDate(doc.entryDate)}.` }] : []),
          { text: doc.validated ? 'La personne indique avoir validé ce visa.' : 'La personne n’indique pas avoir validé ce visa.' },
        ],
      };
    case 'titre-sejour': {
      const lines: SheetLine[] = [];
      if (doc.filedOn) lines.push({ text: `Demande de renouvellement déposée le ${formatFrenchDate(doc.filedOn)}, selon la personne.` });
      if (doc.filedOn && doc.longCard && doc.expiry) {
        const end = continuityEnd(doc.expiry);
        lines.push({
          text: 'Les titulaires d’une carte de séjour pluriannuelle de quatre ans ou d’une carte de résident qui ont demandé son renouvellement peuvent prouver la régularité de leur séjour avec la carte expirée pendant trois mois après sa date d’expiration. Pendant cette période, ils gardent tous leurs droits sociaux et le droit de travailler.',
          source: 'ceseda-l433-3',
        });
        if (end.ok) lines.push({ text: `Pour cette carte, ces trois mois vont jusqu’au ${formatFrenchDate(end.value)}.`, source: 'ceseda-l433-3' });
      }
      if (lines.length === 0) return undefined;
      return { heading: `Titre de séjour${until ? `, date d’expiration : ${until}` : ''}`, lines };
    }
    default:
      return undefined;
  }
}

function audienceSection(audience: Audience, kinds: Set<DocumentKind>): { section?: SheetSection; silent: SheetLine[] } {
  switch (audience) {
    case 'caf':
      return {
        section: {
          heading: 'Pour la CAF',
          lines: [{
            text: 'La liste des titres de séjour acceptés pour les prestations familiales cite le « récépissé de demande de renouvellement ».',
            source: 'css-d512-1',
          }],
        },
        silent: kinds.has('api')
          ? [{
            text: 'Cette liste ne cite pas l’API (attestation de prolongation d’instruction), créée avec le téléservice ANEF en 2021. Aucun texte n’a été trouvé qui dise comment la CAF doit la traiter ; la préfecture du Nord écrit que les attestations de l’ANEF ont les mêmes effets que les récépissés papier.',
            source: 'css-d512-1',
          }]
          : [],
      };
    case 'france-travail':
      return {
        section: {
          heading: 'Pour France Travail',
          lines: [{
            text: 'France Travail demande de déclarer le renouvellement du titre de séjour dans les trois jours, en présentant le titre ou le récépissé de demande de renouvellement.',
            source: 'france-travail-renouvellement',
          }],
        },
        silent: kinds.has('api')
          ? [{ text: 'La page de France Travail cite le titre et le récépissé ; elle ne dit rien de l’API. Aucun autre texte de France Travail sur l’API n’a été trouvé.', source: 'france-travail-renouvellement' }]
          : [],
      };
    case 'employer':
      return {
        section: {
          heading: 'Pour l’employeur',
          lines: [
            {
              text: 'Le code du travail liste les documents qui valent autorisation de travail, dont le récépissé de demande de renouvellement qui porte la mention « autorise son titulaire à travailler ».',
              source: 'travail-r5221-3',
            },
            ...(kinds.has('api')
              ? [{ text: 'Pour l’API, le droit de travailler vient du CESEDA : l’API délivrée pour le renouvellement d’un titre qui autorisait à travailler autorise à travailler.', source: 'ceseda-r431-15-2' as SourceId }]
              : []),
          ],
        },
        silent: [],
      };
    case 'landlord':
    case 'other':
      return { silent: [{ text: 'Aucun texte particulier à cette démarche n’a été trouvé : les textes ci-dessus s’appliquent à tous.' }] };
  }
}

const HEALTH: SheetSection = {
  heading: 'Assurance maladie',
  lines: [{
    text: 'Les droits à la prise en charge des frais de santé ne peuvent pas être arrêtés avant la fin du sixième mois qui suit l’expiration du document de séjour.',
    source: 'css-r111-4',
  }],
};

const ATTACH: Partial<Record<DocumentKind, string>> = {
  api: 'une copie de l’attestation de prolongation d’instruction (API) et du titre de séjour expiré',
  adf: 'une copie de l’attestation de décision favorable',
  recepisse: 'une copie du récépissé',
  'attestation-depot': 'une copie de l’attestation de dépôt',
  'vls-ts': 'une copie du visa (VLS-TS) et de sa validation',
  'titre-sejour': 'une copie du titre de séjour et de la preuve de la demande de renouvellement',
};

/** Whether the sheet has something to say about this document (the page lists only these). */
export function canExplain(doc: TrackedDocument): boolean {
  return SHEET_KINDS.includes(doc.kind) && documentSection(doc) !== undefined;
}

/** Builds the sheet; an error when none of the chosen documents is one a sheet can speak about. */
export function buildProofSheet(input: ProofInput): Result<ProofSheet> {
  const docs = input.documents.filter((doc) => SHEET_KINDS.includes(doc.kind));
  const sections = docs.map(documentSection).filter((section): section is SheetSection => !!section);
  if (sections.length === 0) return { ok: false, error: 'none of the chosen documents can be explained on the sheet' };
  const kinds = new Set(docs.map((doc) => doc.kind));
  const audience = audienceSection(input.audience, kinds);
  if (audience.section) sections.push(audience.section);
  sections.push(HEALTH);
  const silent: SheetLine[] = [...audience.silent];
  if (kinds.has('api')) {
    silent.push({
      text: 'La liste des titres de séjour acceptés par l’assurance maladie date du 10 mai 2017 et n’a pas été mise à jour depuis : elle ne peut pas citer l’API, créée en 2021.',
      source: 'arrete-2017-05-10',
    });
  }

  const used: SourceId[] = [];
  for (const line of [...sections.flatMap((section) => section.lines), ...silent]) {
    if (line.source && !used.includes(line.source)) used.push(line.source);
  }
  const checked = used.map((id) => SOURCES[id].checked).sort().at(-1) ?? '2026-11';

  return {
    ok: true,
    value: {
      title: 'Ce que prouvent mes documents de séjour',
      addressee: `À l’attention de ${ADDRESSEE[input.audience]}`,
      intro: [
        'Nom et prénom (à écrire à la main) : ..................................................',
        'Cette feuille explique ce que prouvent les documents ci-dessous, avec les textes qui le disent. Chaque phrase renvoie à sa référence, numérotée en fin de feuille.',
      ],
      sections,
      silent,
      attach: [...new Set(docs.map((doc) => ATTACH[doc.kind]).filter((text): text is string => !!text))],
      references: used.map((id) => ({ id, citation: SOURCES[id].citation, url: SOURCES[id].url, checked: SOURCES[id].checked })),
      footer: [
        `Feuille préparée le ${formatFrenchDate(input.today)} avec Repère, une aide gratuite et non officielle. Ce n’est pas un document de l’administration ni un conseil juridique.`,
        `Les textes cités ont été vérifiés en ${monthYear(checked)}. Les références permettent de les relire. Pour une situation particulière, une association ou un avocat peut aider.`,
      ],
      summary: {
        audience: input.audience,
        items: docs.map((doc) => {
          const end = doc.kind === 'titre-sejour' && doc.filedOn && doc.longCard && doc.expiry ? continuityEnd(doc.expiry) : undefined;
          return {
            kind: doc.kind,
            ...(doc.expiry ? { date: doc.expiry } : doc.filedOn ? { date: doc.filedOn } : {}),
            ...(end?.ok ? { continuityEnd: end.value } : {}),
          };
        }),
      },
    },
  };
}

/** The reference number of a source on a sheet (1-based), for "[n]" marks. */
export function referenceNumber(sheet: ProofSheet, source: SourceId): number {
  return sheet.references.findIndex((reference) => reference.id === source) + 1;
}
