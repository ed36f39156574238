// @ts-check
/**
 * For translators: which keys of the French source a language pack lacks (or has in excess).
 *   node tests/tools/missing-keys.mjs [lang …]      (default: every language folder)
 * Prints, per language and namespace, the missing keys with their French text. Plural keys
 * (`_one`, `_other`…) follow the target language's Intl.PluralRules, not French ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const LOCALES = resolve(import.meta.dirname, '../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** @param {Record<string, unknown>} tree @param {string} [prefix] @returns {Map<string, string>} */
function flatten(tree, prefix = '') {
  const out = new Map();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(/** @type {Record<string, unknown>} */ (value), path)) out.set(k, v);
  }
  return out;
}

const read = (/** @type {string} */ lang, /** @type {string} */ ns) => {
  const file = resolve(LOCALES, lang, `${ns}.json`);
  return existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8'))) : new Map();
};

const namespaces = readdirSync(resolve(LOCALES, 'fr')).map((file) => file.replace(/\.json$/, ''));
const wanted = process.argv.slice(2);
const languages = wanted.length ? wanted : readdirSync(LOCALES).filter((lang) => lang !== 'fr');
let total = 0;
for (const lang of languages) {
  const locale = lang === 'fr-FALC' ? 'fr' : lang;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const ns of namespaces) {
    const source = read('fr', ns);
    const target = read(lang, ns);
    const missing = [];
    for (const [key, text] of source) {
      if (PLURAL.test(key)) {
        const base = key.replace(PLURAL, '');
        if (!key.endsWith('_other')) continue;
        for (const category of categories) {
          if (!target.has(`${base}_${category}`)) missing.push(`${base}_${category}\t${text}`);
        }
      } else if (!target.has(key)) missing.push(`${key}\t${text}`);
    }
    const bases = new Set([...source.keys()].map((key) => key.replace(PLURAL, '')));
    const extra = [...target.keys()].filter((key) => !bases.has(key.replace(PLURAL, '')));
    if (missing.length || extra.length) {
      console.log(`\n## ${lang}/${ns}.json: ${missing.length} missing, ${extra.length} extra`);
      for (const line of missing) console.log(`  - ${line}`);
      for (const key of extra) console.log(`  + (not in French) ${key}`);
      total += missing.length + extra.length;
    }
  }
}
console.log(`\n${total} keys to fix`);
