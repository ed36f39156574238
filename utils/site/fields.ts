/**
 * The ANEF form fields Repère explains ("what goes here"), and how to find them on a page of
 * either UI era, in French or English. Pure: the document is passed in; nothing is changed.
 *
 * A field is found from a `<label for>` (or a fieldset's `<legend>`), never from its position in
 * the page: first by the id of the control it labels, then by the label's text in French or
 * English. Facts: ../shared/facts/anef-site.md §1.5 (labels transcribed by ANEF's own QA testers,
 * [C-QA]) and §1.4 (field ids in capitals; TELEPHONE_PORTABLE, TYPE_ETABLISSEMENT, CYCLE_ETUDES,
 * NIVEAU_ETUDES, DISCIPLINE, SITUATION_FAMILIALE and ORIGINE are ANEF's own, [C]). The other ids
 * and every English label are those of our fixtures (assumed: the English portal's wording is not
 * documented), which is why the French and English label texts are matched too.
 * Every rule below names the fixture pages it is tested against (tests/unit/site/fields.test.ts).
 */
import { foldForSearch } from '../i18n/fold.ts';

export type FieldHelpId =
  | 'usage-name' | 'family-situation' | 'children-in-france' | 'address' | 'phone' | 'email'
  | 'previous-year-student' | 'institution-type' | 'institution-name' | 'study-cycle' | 'study-level'
  | 'target-degree' | 'discipline' | 'eu-mobility'
  | 'resources-origin' | 'resources-amount' | 'hosted-free'
  | 'residence-permit-copy' | 'passport' | 'proof-of-address' | 'enrolment-certificate' | 'transcript'
  | 'resources-proof' | 'ephoto-code' | 'foreigner-number';

export interface FieldRule {
  id: FieldHelpId;
  /** Ids of the control (or of the fieldset of a radio group), exactly. */
  controlIds: readonly string[];
  /** The label text, folded (lower case, no accents, `*` and `:` removed), French | English. */
  label: RegExp;
}

/** Séjour form (F5, student renewal) and account creation (F9). Order = order in the form. */
export const FIELD_RULES: readonly FieldRule[] = [
  // Step 1 "Je vérifie et complète mes informations personnelles" — fixtures {dsfr,primeng}[/en]/sejour-etudiant-1
  { id: 'usage-name', controlIds: ['NOM_USAGE'], label: /^nom d'usage$|^name in use$|^usual name$/ },
  { id: 'family-situation', controlIds: ['SITUATION_FAMILIALE'], label: /marie, pacse ou en concubinage|married, in a civil partnership or cohabiting/ },
  { id: 'children-in-france', controlIds: ['ENFANTS_FRANCE'], label: /avez-vous des enfants en france|do you have children in france/ },
  { id: 'address', controlIds: ['ADRESSE'], label: /^adresse$|^address$/ },
  { id: 'phone', controlIds: ['TELEPHONE_PORTABLE'], label: /^telephone( portable)?$|^(mobile )?(tele)?phone( number)?$/ },
  { id: 'email', controlIds: ['EMAIL'], label: /^adresse (electronique|e-?mail)$|^e-?mail address$/ },
  // Step 2 "Je m'engage à remplir les conditions de séjour suivantes" — fixtures …/sejour-etudiant-2
  { id: 'previous-year-student', controlIds: ['ETUDIANT_ANNEE_PRECEDENTE'], label: /^j'etais etudiant en france|^i was a student in france/ },
  { id: 'institution-type', controlIds: ['TYPE_ETABLISSEMENT'], label: /^type d'etablissement$|^type of (institution|establishment)$/ },
  { id: 'institution-name', controlIds: ['NOM_ETABLISSEMENT'], label: /^nom de l'etablissement$|^name of the (institution|establishment)$/ },
  { id: 'study-cycle', controlIds: ['CYCLE_ETUDES'], label: /^cycle d'etudes$|^stud(y|ies) cycle$/ },
  { id: 'study-level', controlIds: ['NIVEAU_ETUDES'], label: /^niveau d'etudes en fin d'annee$|^level of study at the end of the year$/ },
  { id: 'target-degree', controlIds: ['DIPLOME_VISE'], label: /^diplome vise en fin d'etudes$|^degree aimed for at the end of studies$/ },
  { id: 'discipline', controlIds: ['DISCIPLINE'], label: /^discipline$|^field of study$/ },
  { id: 'eu-mobility', controlIds: ['MOBILITE_UE'], label: /mobilite au sein de l'union europeenne|mobility period within the european union/ },
  // Step 3 "Je renseigne mes ressources et leur(s) origine(s)" — fixtures …/sejour-etudiant-3
  { id: 'resources-origin', controlIds: ['ORIGINE', 'ORIGINE_RESSOURCES'], label: /^origine des ressources|^origin of (the )?resources/ },
  { id: 'resources-amount', controlIds: ['MONTANT_RESSOURCES'], label: /^montant .*mois$|^amount .*month$/ },
  { id: 'hosted-free', controlIds: ['HEBERGE_GRATUIT'], label: /^je suis heberge\(e\) a titre gratuit$|^i am housed free of charge$/ },
  // Step 4 "Je joins mes documents justificatifs" — fixtures …/sejour-etudiant-4 (also #upload-error)
  { id: 'residence-permit-copy', controlIds: ['TITRE_SEJOUR_RECTO_VERSO'], label: /recto et le verso de votre titre de sejour|front and back of your valid residence permit/ },
  { id: 'passport', controlIds: ['PASSEPORT'], label: /de votre passeport en cours de validite|of your valid passport/ },
  { id: 'proof-of-address', controlIds: ['JUSTIFICATIF_DOMICILE'], label: /^justificatif de domicile|^proof of address/ },
  { id: 'enrolment-certificate', controlIds: ['CERTIFICAT_INSCRIPTION'], label: /^certificat d'inscription|^certificate of enrolment/ },
  { id: 'transcript', controlIds: ['RELEVE_NOTES'], label: /^releve de notes$|^transcript of marks$/ },
  { id: 'resources-proof', controlIds: ['JUSTIFICATIF_RESSOURCES'], label: /^justificatif de ressources|^proof of resources/ },
  { id: 'ephoto-code', controlIds: ['CODE_EPHOTO'], label: /^code e-?photo$|^e-?photo code$/ },
  // Account creation (F9) "Numéro de votre visa ou votre numéro étranger :" — fixtures {dsfr,primeng}/inscription
  { id: 'foreigner-number', controlIds: ['NUMERO_ETRANGER'], label: /^numero de votre visa ou votre numero etranger$|^your visa number or your foreign national number$/ },
];

export const FIELD_SELECTORS = {
  /** Labels that can name a field: `label[for]`, and the legend of a radio group's fieldset. */
  labels: 'label[for], fieldset > legend',
  /**
   * Parts of a label that are not its name: DSFR hint `span.fr-hint-text`, PrimeNG `small.anef-hint`
   * (both kept out of the text matched and of where the "?" goes) — fixtures …/sejour-etudiant-1, -4.
   */
  labelHint: '.fr-hint-text, .anef-hint, small',
  /** Repère's own "?" hosts, never part of ANEF's labels. */
  ownHost: 'repere-field-help',
} as const;

export interface FoundField {
  id: FieldHelpId;
  /** The `<label>` or `<legend>` that names the field. */
  label: HTMLElement;
  /** The control (input, select) or, for a radio group, its fieldset. */
  control: Element;
  /** The label's own text as ANEF shows it, without hint, asterisk or colon. */
  labelText: string;
}

/** The label's visible name: its text without hints, without a trailing "* :". */
export function labelOwnText(label: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.textContent ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(`${FIELD_SELECTORS.labelHint}, ${FIELD_SELECTORS.ownHost}`)) walk(child);
    }
  };
  walk(label);
  return text.replace(/\s+/g, ' ').replace(/[\s*:]+$/u, '').trim();
}

/** Folds a label for matching: lower case, no accents, no "*" or ":". */
function foldLabel(text: string): string {
  return foldForSearch(text).replace(/[*:]/g, ' ').replace(/\s+/g, ' ').replace(/\s*\?$/, '').trim();
}

function controlOf(label: HTMLElement, doc: Document): Element | null {
  if (label.tagName === 'LEGEND') return label.parentElement;
  const target = label.getAttribute('for');
  return target ? doc.getElementById(target) : null;
}

function ruleFor(control: Element, labelText: string): FieldRule | undefined {
  const folded = foldLabel(labelText);
  return FIELD_RULES.find((rule) => rule.controlIds.includes(control.id))
    ?? FIELD_RULES.find((rule) => rule.label.test(folded));
}

/** The known fields on a page, each once, in document order. Never throws. */
export function findHelpFields(doc: Document): FoundField[] {
  const found: FoundField[] = [];
  const seen = new Set<FieldHelpId>();
  try {
    for (const label of doc.querySelectorAll<HTMLElement>(FIELD_SELECTORS.labels)) {
      if (label.closest(FIELD_SELECTORS.ownHost)) continue;
      const control = controlOf(label, doc);
      if (!control) continue;
      const labelText = labelOwnText(label);
      const rule = ruleFor(control, labelText);
      if (!rule || seen.has(rule.id)) continue;
      seen.add(rule.id);
      found.push({ id: rule.id, label, control, labelText });
    }
  } catch {
    return found;
  }
  return found;
}
