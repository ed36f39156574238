/** i18next for component tests, reading the real packs from locales/ on disk. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { i18n as I18n } from 'i18next';
import * as v from 'valibot';
import { createI18n, NAMESPACES, PackSchema } from '../../utils/i18n/init.ts';
import type { LanguageCode } from '../../utils/i18n/languages.ts';

const LOCALES = resolve(import.meta.dirname, '../../locales');

export function diskPack(language: string, namespace: string): unknown {
  return JSON.parse(readFileSync(resolve(LOCALES, language, `${namespace}.json`), 'utf8'));
}

/** i18next with the packs checked as the extension checks them when it reads its files. */
export function testI18n(language: LanguageCode, namespaces: readonly string[] = NAMESPACES): Promise<I18n> {
  return createI18n({ language, namespaces, loader: async (lang, ns) => v.parse(PackSchema, diskPack(lang, ns)) });
}

type Tree = { [key: string]: string | Tree };

/** A pack as flat `a.b.c` keys → text. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** One pack from disk, flattened. */
export function flatPack(language: string, namespace: string): Map<string, string> {
  return flatten(diskPack(language, namespace) as Tree);
}
