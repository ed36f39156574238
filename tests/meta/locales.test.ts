/**
 * Language packs are untrusted data and must stay in step with the French source (style rule 12;
 * Dark Reader `locales.tests.ts`), for all thirteen packs: same keys, same interpolation variables,
 * the plural forms each language needs (Intl.PluralRules of its `intl` locale), no empty strings,
 * only the markup we allow (`<fr>`, `<strong>`, `<term id>` with a glossary id, balanced) and only
 * in the texts the UI renders as rich text; French words in right-to-left packs isolated in `<fr>`;
 * easy-read French in sentences of 15 words or fewer (facts/users-languages.md §3.3).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RICH_TAG_ATTRIBUTES, RICH_TAGS } from '../../components/shared/rich-text.tsx';
import { isTermId } from '../../utils/glossary/terms.ts';
import { NAMESPACES } from '../../utils/i18n/init.ts';
import { AVAILABLE_LANGUAGES, LANGUAGES, languageInfo, SOURCE_LANGUAGE } from '../../utils/i18n/languages.ts';
import { flatPack } from '../components/test-i18n.ts';

const LOCALES = resolve(import.meta.dirname, '../../locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const pack = flatPack;

/** Key without plural suffix → categories present. */
function pluralGroups(keys: Iterable<string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const key of keys) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) continue;
    const base = key.slice(0, -match[0].length);
    if (!groups.has(base)) groups.set(base, new Set());
    groups.get(base)!.add(match[1]!);
  }
  return groups;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Keys the UI renders with `<Rich>` (components/shared/rich-text.tsx); every other text is plain. */
const RICH_KEYS: Record<string, RegExp> = {
  pages: /^kind\.[\w-]+\.todo\.\d+$/,
  dashboard: /^help\.stuck\./,
  glossary: /^terms\.[\w-]+\.(name|text)$/,
  fieldhelp: /^fields\.[\w-]+\.text$/,
  procedures: /^(procedure\.[\w-]+\.who|item\.[\w-]+\.[\w-]+)$/,
  checklist: /^unsure\./,
  documents: /^(next\.|past\.|kinds\.|dateErrors\.|printed\.|proofPage\.summary\.|late$|window$|apiTooLong$|words\.)/,
  failure: /^(after\.(chase|ddd\.post|ddd\.phone)|panel\.done|ccc\.(phone|fallback)|letter\.sent\.done)$/,
  letter: /^summary\.to$/,
};

/** Problems with a text's markup: unknown tags or attributes, bad term ids, unbalanced tags. */
function markupProblems(text: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const match of text.matchAll(/<(\/?)([^\s>/]+)([^>]*)>/g)) {
    const [whole, closing, name, rest] = match as unknown as [string, string, string, string];
    if (!(RICH_TAGS as readonly string[]).includes(name)) {
      problems.push(`tag ${whole}`);
      continue;
    }
    if (closing) {
      if (open.pop() !== name) problems.push(`unbalanced ${whole}`);
      continue;
    }
    const attributes = [...rest.matchAll(/([\w-]+)="([^"]*)"/g)];
    const leftover = rest.replace(/([\w-]+)="([^"]*)"/g, '').trim();
    if (leftover) problems.push(`attribute text "${leftover}" in ${whole}`);
    for (const [, attribute, value] of attributes) {
      if (!RICH_TAG_ATTRIBUTES[name as (typeof RICH_TAGS)[number]].includes(attribute!)) problems.push(`attribute ${attribute} in ${whole}`);
      if (name === 'term' && attribute === 'id' && !isTermId(value)) problems.push(`unknown glossary term ${value}`);
    }
    if (name === 'term' && attributes.length !== 1) problems.push(`term without id: ${whole}`);
    open.push(name);
  }
  if (open.length) problems.push(`unclosed <${open.join('>, <')}>`);
  // Anything that looks like markup but is not a tag we parsed (e.g. "<script" without ">").
  if (/<(?!\/?(fr|strong|term)[\s>])/.test(text)) problems.push('stray "<"');
  return problems;
}

describe('the markup check', () => {
  it('refuses what a hostile or broken pack could hold', () => {
    expect(markupProblems('<script>alert(1)</script>')).not.toEqual([]);
    expect(markupProblems('<fr onclick="x">a</fr>')).not.toEqual([]);
    expect(markupProblems('<strong style="color:red">a</strong>')).not.toEqual([]);
    expect(markupProblems('<term id="nope">a</term>')).not.toEqual([]);
    expect(markupProblems('<term>a</term>')).not.toEqual([]);
    expect(markupProblems('<fr>a')).not.toEqual([]);
    expect(markupProblems('<fr>a</strong>')).not.toEqual([]);
    expect(markupProblems('a <img src=x onerror=alert(1)')).not.toEqual([]);
  });

  it('accepts our own tags', () => {
    expect(markupProblems('Appelez le <term id="ccc">centre</term> au <fr>{{phone}}</fr>, <strong>vite</strong>.')).toEqual([]);
    expect(markupProblems('(<term id="api"><fr>API</fr></term>)')).toEqual([]);
  });
});

const shipped = LANGUAGES.filter((language) => language.packs).map((language) => language.code);

describe('language packs', () => {
  it('exist exactly for the languages the table says are shipped', () => {
    const folders = readdirSync(LOCALES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual([...shipped].sort());
    expect(AVAILABLE_LANGUAGES.map((language) => language.code).sort()).toEqual([...shipped].sort());
  });

  it('have one file per namespace, and no other file', () => {
    for (const language of shipped) {
      const files = readdirSync(resolve(LOCALES, language)).map((file) => file.replace(/\.json$/, ''));
      expect(files.sort(), language).toEqual([...NAMESPACES].sort());
    }
  });

  for (const language of shipped.filter((code) => code !== SOURCE_LANGUAGE)) {
    for (const namespace of NAMESPACES) {
      it(`${language}/${namespace} matches the French keys and variables`, () => {
        const source = pack(SOURCE_LANGUAGE, namespace);
        const target = pack(language, namespace);
        const base = (keys: Iterable<string>) => new Set([...keys].map((key) => key.replace(PLURAL_SUFFIX, '')));
        expect([...base(target.keys())].sort()).toEqual([...base(source.keys())].sort());
        for (const [key, text] of target) {
          const sourceKey = source.has(key) ? key : key.replace(PLURAL_SUFFIX, '_other');
          const sourceText = source.get(sourceKey) ?? '';
          expect(variables(text), `${language}/${namespace}:${key}`).toEqual(
            // A plural form may spell the number out instead of using {{count}}.
            PLURAL_SUFFIX.test(key) ? variables(text).length ? variables(sourceText) : [] : variables(sourceText),
          );
        }
      });
    }
  }

  for (const language of shipped) {
    it(`${language} has the plural forms Intl.PluralRules needs`, () => {
      // The locale i18next resolves for the code (fr-FALC → fr, zh-Hans → zh).
      const needed = new Intl.PluralRules(languageInfo(language).intl).resolvedOptions().pluralCategories;
      for (const namespace of NAMESPACES) {
        for (const [base, present] of pluralGroups(pack(language, namespace).keys())) {
          for (const category of needed) expect(present, `${language}/${namespace}:${base}_${category}`).toContain(category);
        }
      }
    });

    it(`${language} has no empty text and only allowed markup, only in rich texts`, () => {
      for (const namespace of NAMESPACES) {
        for (const [key, text] of pack(language, namespace)) {
          const where = `${language}/${namespace}:${key}`;
          expect(text.trim(), where).not.toBe('');
          expect(markupProblems(text), where).toEqual([]);
          if (!RICH_KEYS[namespace]?.test(key)) expect(text, `${where} is shown as plain text`).not.toMatch(/[<>]/);
        }
      }
    });
  }

  it('keep the name Repère in every landmark label (the panel is found by it)', () => {
    for (const language of shipped) expect(pack(language, 'overlay').get('landmark')).toContain('Repère');
  });

  it('say honestly whether each pack was reviewed', () => {
    for (const language of shipped) {
      const meta = pack(language, 'meta');
      expect(['source', 'machine-draft', 'reviewed']).toContain(meta.get('status'));
      if (meta.get('status') === 'machine-draft') expect(meta.get('reviewedOn')).toBe('none');
      else expect(meta.get('reviewedOn')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('give twelve distinct month names', () => {
    for (const language of shipped) {
      const months = pack(language, 'common').get('dates.months')?.split('|').map((month) => month.trim()) ?? [];
      expect(months, language).toHaveLength(12);
      expect(new Set(months).size, language).toBe(12);
      expect(months.every(Boolean), language).toBe(true);
    }
  });

  it('cover all thirteen languages of the table', () => {
    expect(shipped).toHaveLength(LANGUAGES.length);
  });

  it('say machine drafts are machine drafts, the easy-read French too, until people check them', () => {
    for (const language of shipped.filter((code) => code !== SOURCE_LANGUAGE)) {
      expect(pack(language, 'meta').get('status'), language).toBe('machine-draft');
    }
  });

  it('isolate French words in parentheses inside right-to-left text', () => {
    for (const language of LANGUAGES.filter((info) => info.dir === 'rtl').map((info) => info.code)) {
      for (const namespace of NAMESPACES) {
        for (const [key, text] of pack(language, namespace)) {
          // "(préfecture)" in Arabic script must be "(<fr>préfecture</fr>)" (RGAA 8.7, 8.10) in rich
          // texts; in plain texts (no markup allowed) it is isolated with the Unicode first-strong
          // isolate U+2068 … U+2069, the plain-text twin of <bdi>.
          expect(text.match(/\((?!<fr>|\u2068)[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9'’ ,.-]*\)/g) ?? [], `${language}/${namespace}:${key}`)
            .toEqual(text.includes('(Esc)') ? ['(Esc)'] : []);
        }
      }
    }
  });

  it('write easy-read French in sentences of 15 words or fewer', () => {
    for (const namespace of NAMESPACES) {
      for (const [key, text] of pack('fr-FALC', namespace)) {
        if (key === 'dates.months') continue;
        for (const sentence of text.replace(/<[^>]+>/g, '').split(/(?<=[.!?])\s+/)) {
          expect(sentence.split(/\s+/).filter(Boolean).length, `fr-FALC/${namespace}:${key}: ${sentence}`).toBeLessThanOrEqual(15);
        }
      }
    }
  });
});
