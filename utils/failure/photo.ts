/**
 * Making a screenshot small enough to keep: at most MAX_WIDTH pixels wide, JPEG, and under
 * TARGET_CHARS as a data URL (lower quality, then smaller, until it fits). Runs where a canvas
 * exists: the background (OffscreenCanvas in Chrome's service worker and Firefox's event page)
 * and extension pages (a file the person chooses). Not pure: it decodes and draws images.
 */
import type { Photo } from './journal.ts';

export const MAX_WIDTH = 1280;
/** Aim for about 200 kB of JPEG per photo. */
export const TARGET_CHARS = 280_000;

type Canvas = OffscreenCanvas | HTMLCanvasElement;

function makeCanvas(width: number, height: number): Canvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

async function toJpeg(canvas: Canvas, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))), 'image/jpeg', quality);
  });
}

async function dataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return `data:image/jpeg;base64,${btoa(binary)}`;
}

/** The image in `source` (PNG, JPEG, WebP…) as a small JPEG; rejects when it cannot be read. */
export async function shrinkImage(source: Blob): Promise<Omit<Photo, 'source'>> {
  const bitmap = await createImageBitmap(source);
  try {
    let width = Math.min(bitmap.width, MAX_WIDTH);
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const height = Math.max(1, Math.round((bitmap.height * width) / bitmap.width));
      const canvas = makeCanvas(width, height);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
      if (!context) throw new Error('no canvas');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      context.drawImage(bitmap, 0, 0, width, height);
      for (const quality of [0.72, 0.55]) {
        const url = await dataUrl(await toJpeg(canvas, quality));
        if (url.length <= TARGET_CHARS) return { dataUrl: url, width, height };
      }
      width = Math.max(200, Math.round(width * 0.75));
    }
    throw new Error('image too large');
  } finally {
    bitmap.close();
  }
}
