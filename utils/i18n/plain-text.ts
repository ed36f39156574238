/**
 * Pack text without its markup (`<fr>…</fr>`, `<strong>…</strong>`), for places that take plain
 * text only: `<option>` labels, notifications, calendar events. Only the tags packs may use
 * (components/shared/rich-text.tsx RICH_TAGS; a test keeps the two lists equal) are removed; the
 * words stay. Kept apart from the React component so that the background can use it.
 */
export const PLAIN_TEXT_TAGS = ['fr', 'strong'] as const;

const TAGS = new RegExp(`</?(?:${PLAIN_TEXT_TAGS.join('|')})>`, 'g');

export function plainText(text: string): string {
  return text.replace(TAGS, '');
}
