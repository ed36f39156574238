/**
 * Language packs for the background's own words (notifications) and for the panel on ANEF (which
 * cannot read the extension's files): read and checked once, kept in memory while the worker lives.
 */
import { extensionPackLoader } from '../../utils/i18n/extension-packs.ts';
import type { Pack } from '../../utils/i18n/init.ts';

const packs = new Map<string, Promise<Pack>>();

/** One pack from the extension's files; a failed read is not kept, so it is tried again next time. */
export function cachedPack(language: string, namespace: string): Promise<Pack> {
  const key = `${language}/${namespace}`;
  let pack = packs.get(key);
  if (!pack) {
    pack = extensionPackLoader(language, namespace);
    pack.catch(() => packs.delete(key));
    packs.set(key, pack);
  }
  return pack;
}
