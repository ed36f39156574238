/**
 * Pack text without its markup (`<fr>…</fr>`, `<strong>…</strong>`, `<term id="…">…</term>`), for
 * places that take plain text only: `<option>` labels, notifications, calendar events, read-aloud,
 * search. Only the tags packs may use (components/shared/rich-text.tsx RICH_TAGS; a test keeps the
 * two lists equal) are removed, with their attributes; the words stay, and any other `<…>` stays
 * as text. Kept apart from the React component so that the background can use it.
 */
export const PLAIN_TEXT_TAGS = ['fr', 'strong', 'term'] as const;

const TAGS = new RegExp(`</?(?:${PLAIN_TEXT_TAGS.join('|')})(?:\\s[^>]*)?>`, 'g');

export function plainText(text: string): string {
  return text.replace(TAGS, '');
}
