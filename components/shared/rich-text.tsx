/**
 * Translated text with a little markup, safely. Packs are untrusted (style rule 12): they may only
 * use the tags listed here, which React builds itself; anything else shows as plain text.
 *   <fr>…</fr>              French words, numbers, dates, phone numbers: marked French, isolated
 *                           from right-to-left text (RGAA 8.7, 8.10)
 *   <strong>…</strong>      emphasis
 *   <term id="api">…</term> a word of the glossary: a button that opens its entry (utils/glossary)
 * i18next passes a tag's attributes to its component as props, so each component below takes only
 * what it needs and drops the rest (a pack cannot add `style`, `href` or handlers).
 * Values (`{{phone}}`) come from our code, never from the page or the person.
 */
import type { ReactElement, ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { TermLink } from '../glossary/term-link.tsx';

export const RICH_TAGS = ['fr', 'strong', 'term'] as const;

/** The only attribute a pack may write, per tag: `<term id="…">`. */
export const RICH_TAG_ATTRIBUTES: Record<(typeof RICH_TAGS)[number], readonly string[]> = {
  fr: [],
  strong: [],
  term: ['id'],
};

function French({ children }: { children?: ReactNode }) {
  return <bdi lang="fr" dir="ltr">{children}</bdi>;
}

function Strong({ children }: { children?: ReactNode }) {
  return <strong>{children}</strong>;
}

// Built on first use, not at import: the glossary imports this module too (import cycle).
let components: Record<(typeof RICH_TAGS)[number], ReactElement> | undefined;

/** `lng` shows the text of another loaded language (e.g. the French words beside a translation). */
export function Rich({ ns, k, values, lng }: { ns: string; k: string; values?: Record<string, string | number>; lng?: string }) {
  components ??= { fr: <French />, strong: <Strong />, term: <TermLink /> };
  return <Trans ns={ns} i18nKey={k} values={values} components={components} tOptions={lng ? { lng } : undefined} />;
}

export { plainText } from '../../utils/i18n/plain-text.ts';
