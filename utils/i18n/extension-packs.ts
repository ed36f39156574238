/**
 * Language packs read from the extension's own files, for the background and Repère's pages (the
 * panel on ANEF cannot read them: it asks the background).
 */
import { browser } from '#imports';
import { fetchPackLoader } from './init.ts';

export const extensionPackLoader = fetchPackLoader((path) => browser.runtime.getURL(path as '/'));
