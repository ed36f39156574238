/**
 * The letter as a PDF file the person downloads (A4, selectable text), then its screenshot
 * annexes, one per page. Built with pdf-lib and its standard Helvetica font, which uses the
 * WinAnsi encoding: every French letter is there (é è ê à â ç ô û ù ï œ æ « » – … ’ €). A
 * character WinAnsi lacks (a name in Arabic script, Turkish ş or ı…) cannot be drawn: it is written
 * without its accent when that gives a WinAnsi letter (ş → s), otherwise as "?", and reported so
 * the page can say so (the print page keeps every character). No network, no embedded font file.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { LetterBlock, LetterModel } from './substitution-letter.ts';

export interface PdfPhoto {
  annex: number;
  caption: string;
  /** `data:image/jpeg;base64,…` */
  jpegDataUrl: string;
}

export interface LetterPdf {
  bytes: Uint8Array;
  /** Characters that could not be written as they are (each once). */
  replaced: string[];
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 62;
const SIZE = 10.5;
const LEADING = 14.5;
const COLUMN = 310; // left edge of the recipient, date and signature column
const INK = rgb(0.1, 0.1, 0.1);

/** Letters WinAnsi lacks and that do not lose their accent by Unicode decomposition. */
const FALLBACKS: Record<string, string> = {
  'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H',
  '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u2011': '-', '\u2010': '-', '\u2012': '-', '\u2212': '-',
};

/** Makes text drawable with a WinAnsi font, noting what had to change. */
export function makeWinAnsi(text: string, supported: ReadonlySet<number>, replaced: Set<string>): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (supported.has(code) || char === '\n') {
      out += char;
      continue;
    }
    const fallback = FALLBACKS[char] ?? char.normalize('NFD').replace(/\p{M}+/gu, '');
    if (fallback && [...fallback].every((c) => supported.has(c.codePointAt(0)!))) {
      out += fallback;
      if (!/^[\s-]$/.test(fallback)) replaced.add(char); // typographic spaces and dashes are no loss
    } else {
      out += '?';
      replaced.add(char);
    }
  }
  return out;
}

/** Splits a paragraph into lines no wider than `width`. Long words are cut. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const result: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        current = candidate;
        continue;
      }
      if (current) result.push(current);
      current = word;
      while (font.widthOfTextAtSize(current, size) > width && current.length > 1) {
        let cut = current.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(current.slice(0, cut), size) > width) cut -= 1;
        result.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
    result.push(current);
  }
  return result;
}

class Writer {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly clean: (text: string) => string,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN;
  }

  gap(lines = 1): void {
    this.y -= LEADING * lines;
  }

  /** Writes wrapped text from `x`, with `hang` extra indent after the first line. */
  text(text: string, options: { x?: number; bold?: boolean; hang?: number; prefix?: string } = {}): void {
    const x = options.x ?? MARGIN;
    const font = options.bold ? this.bold : this.regular;
    const hang = options.hang ?? 0;
    const width = A4.width - MARGIN - x - hang;
    const wrapped = wrap(this.clean(text), font, SIZE, width);
    wrapped.forEach((content, index) => {
      if (this.y < MARGIN + LEADING) this.newPage();
      if (index === 0 && options.prefix) {
        this.page.drawText(this.clean(options.prefix), { x, y: this.y, size: SIZE, font, color: INK });
      }
      this.page.drawText(content, { x: x + hang, y: this.y, size: SIZE, font, color: INK });
      this.y -= LEADING;
    });
  }

  /** Several lines kept together on one page when they fit. */
  lines(lines: string[], options: { x?: number; bold?: boolean } = {}): void {
    if (this.y - lines.length * LEADING < MARGIN && lines.length * LEADING < A4.height - 2 * MARGIN) this.newPage();
    for (const entry of lines) this.text(entry, options);
  }
}

function drawBlock(writer: Writer, block: LetterBlock): void {
  switch (block.kind) {
    case 'sender':
      writer.lines(block.lines);
      writer.gap();
      return;
    case 'recipient':
      writer.lines(block.lines, { x: COLUMN });
      writer.gap();
      return;
    case 'dateline':
      writer.text(block.text, { x: COLUMN });
      writer.gap();
      return;
    case 'mode':
    case 'subject':
      writer.text(block.text, { bold: true });
      writer.gap(0.6);
      return;
    case 'list':
      block.items.forEach((item, index) => {
        writer.text(item, { hang: 16, prefix: block.ordered ? `${index + 1}.` : '–' });
        writer.gap(0.3);
      });
      writer.gap(0.4);
      return;
    case 'signature':
      writer.gap();
      writer.lines(block.lines, { x: COLUMN });
      writer.gap(3);
      return;
    case 'annexes':
      writer.text(`${block.title} :`, { bold: true });
      block.items.forEach((item, index) => writer.text(item, { hang: 20, prefix: `${index + 1}.` }));
      return;
    default:
      writer.text(block.text);
      writer.gap(0.6);
  }
}

function jpegBytes(dataUrl: string): Uint8Array | undefined {
  const match = /^data:image\/jpeg;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) return undefined;
  const binary = atob(match[1]!);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The letter and its screenshot annexes as PDF bytes. */
export async function buildLetterPdf(model: LetterModel, photos: PdfPhoto[] = []): Promise<LetterPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle('Demande de solution de substitution (article R. 431-2 du CESEDA)');
  doc.setLanguage('fr-FR');
  doc.setCreator('Repère (aide non officielle)');
  doc.setProducer('Repère');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const supported = new Set(regular.getCharacterSet());
  const replaced = new Set<string>();
  const clean = (text: string) => makeWinAnsi(text, supported, replaced);
  const writer = new Writer(doc, regular, bold, clean);

  for (const block of model.blocks) drawBlock(writer, block);

  for (const photo of photos) {
    const bytes = jpegBytes(photo.jpegDataUrl);
    if (!bytes) continue;
    let image;
    try {
      image = await doc.embedJpg(bytes);
    } catch {
      continue; // an unreadable image is left out; the annex list still names it
    }
    writer.newPage();
    writer.text(`Annexe ${photo.annex} – ${photo.caption}`, { bold: true });
    writer.gap(0.5);
    const maxWidth = A4.width - 2 * MARGIN;
    const maxHeight = writer.y - MARGIN;
    const scale = Math.min(maxWidth / image.width, maxHeight / image.height, 1.5);
    const width = image.width * scale;
    const height = image.height * scale;
    writer.page.drawImage(image, { x: MARGIN, y: writer.y - height, width, height });
    writer.page.drawRectangle({ x: MARGIN, y: writer.y - height, width, height, borderColor: INK, borderWidth: 0.5 });
  }

  const total = writer.pages.length;
  writer.pages.forEach((page, index) => {
    const label = `Page ${index + 1} sur ${total}`;
    page.drawText(label, {
      x: A4.width - MARGIN - regular.widthOfTextAtSize(label, 8.5),
      y: MARGIN / 2,
      size: 8.5,
      font: regular,
      color: rgb(0.35, 0.35, 0.35),
    });
  });

  return { bytes: await doc.save(), replaced: [...replaced] };
}
