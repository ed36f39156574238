// @ts-check
/**
 * Renders public/icon/icon.svg to the PNG sizes the stores and browsers ask for
 * (public/icon/<size>.png, picked up by WXT). Run by hand after changing the SVG:
 *   node tests/tools/make-icons.mjs
 * Uses Debian's Chromium through playwright-core (no browser download).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browsers.mjs';

const root = resolve(import.meta.dirname, '../..');
const svg = readFileSync(resolve(root, 'public/icon/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: resolve(root, `public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
