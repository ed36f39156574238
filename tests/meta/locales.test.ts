/**
 * Language packs are untrusted data and must stay in step with the French source (style rule 12;
 * Dark Reader `locales.tests.ts`): same keys, same interpolation variables, the plural forms each
 * language needs (Intl.PluralRules), no empty strings, and only the markup tags we allow.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RICH_TAGS } from '../../components/shared/rich-text.tsx';
import { NAMESPACES } from '../../utils/i18n/init.ts';
import { AVAILABLE_LANGUAGES, LANGUAGES, SOURCE_LANGUAGE } from '../../utils/i18n/languages.ts';
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
const tags = (text: string) => [...text.matchAll(/<\/?([a-zA-Z][\w-]*)[^>]*>/g)].map((m) => m[1]!);

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
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const namespace of NAMESPACES) {
        for (const [base, present] of pluralGroups(pack(language, namespace).keys())) {
          for (const category of needed) expect(present, `${language}/${namespace}:${base}_${category}`).toContain(category);
        }
      }
    });

    it(`${language} has no empty text and only allowed markup`, () => {
      for (const namespace of NAMESPACES) {
        for (const [key, text] of pack(language, namespace)) {
          expect(text.trim(), `${language}/${namespace}:${key}`).not.toBe('');
          for (const tag of tags(text)) expect(RICH_TAGS, `${language}/${namespace}:${key} <${tag}>`).toContain(tag);
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

  it('give twelve month names', () => {
    for (const language of shipped) expect(pack(language, 'common').get('dates.months')?.split('|')).toHaveLength(12);
  });
});
