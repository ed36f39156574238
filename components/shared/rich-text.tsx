/**
 * Translated text with a little markup, safely. Packs are untrusted (style rule 12): they may only
 * use the tags listed here, which React builds itself; anything else shows as plain text.
 *   <fr>…</fr>        French words, numbers, dates, phone numbers: marked French, isolated from
 *                     right-to-left text (RGAA 8.7, 8.10)
 *   <strong>…</strong> emphasis
 * Values (`{{phone}}`) come from our code, never from the page or the person.
 */
import type { ReactElement } from 'react';
import { Trans } from 'react-i18next';

export const RICH_TAGS = ['fr', 'strong'] as const;

const COMPONENTS: Record<(typeof RICH_TAGS)[number], ReactElement> = {
  fr: <bdi lang="fr" dir="ltr" />,
  strong: <strong />,
};

/** `lng` shows the text of another loaded language (e.g. the French words beside a translation). */
export function Rich({ ns, k, values, lng }: { ns: string; k: string; values?: Record<string, string | number>; lng?: string }) {
  return <Trans ns={ns} i18nKey={k} values={values} components={COMPONENTS} tOptions={lng ? { lng } : undefined} />;
}
