/**
 * Folds text for matching and searching: lower case, no Latin accents, straight apostrophes,
 * single spaces. Only the Latin combining accents are removed: in Bengali or Tigrinya, marks are
 * letters. Used by the glossary search and by the matching of ANEF labels (utils/site/fields.ts).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
