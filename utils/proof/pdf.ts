/**
 * The proof-of-rights sheet as a PDF (pdf-lib), laid out from the same model as the printable page
 * (./sheet.ts): A4, the standard Helvetica fonts (nothing of the State's look, no font download),
 * every statement followed by its reference number, the numbered references at the end. Pure apart
 * from pdf-lib's own work: the model and the moment of making go in, the file's bytes come out.
 * PDF metadata holds no personal data.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { referenceNumber, type ProofSheet } from './sheet.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;
const TEXT = rgb(0.1, 0.13, 0.12);
const MUTED = rgb(0.28, 0.32, 0.31);

/** Characters the standard fonts cannot draw become their nearest drawable form (or "?"). */
function drawable(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  const replace: Record<string, string> = { '\u202f': ' ', '\u2009': ' ', '\u2011': '-', '\u2212': '-', '\u2264': '<=', '\u2265': '>=' };
  return (text) => [...text].map((char) => (known.has(char.codePointAt(0)!) ? char : replace[char] ?? '?')).join('');
}

/** Splits text into lines that fit `width` (long words, such as web addresses, are cut). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** The sheet's PDF bytes. `made` is the moment of making (PDF creation date). */
export async function proofPdf(sheet: ProofSheet, made: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(sheet.title);
  pdf.setLanguage('fr-FR');
  pdf.setCreator('Repère (aide non officielle)');
  pdf.setProducer('Repère');
  pdf.setCreationDate(made);
  pdf.setModificationDate(made);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const clean = drawable(regular);

  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;

  const write = (text: string, options: { font?: PDFFont; size?: number; indent?: number; after?: number; color?: ReturnType<typeof rgb> } = {}) => {
    const font = options.font ?? regular;
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 0;
    const leading = size * 1.35;
    for (const line of wrap(clean(text), font, size, WIDTH - indent)) {
      if (y - leading < MARGIN) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      y -= leading;
      page.drawText(line, { x: MARGIN + indent, y, size, font, color: options.color ?? TEXT });
    }
    y -= options.after ?? 4;
  };

  write(sheet.title, { font: bold, size: 17, after: 6 });
  write(sheet.addressee, { font: bold, size: 11.5, after: 10 });
  for (const paragraph of sheet.intro) write(paragraph, { after: 8 });

  for (const section of sheet.sections) {
    y -= 6;
    write(section.heading, { font: bold, size: 12.5, after: 4 });
    for (const line of section.lines) {
      const mark = line.source ? ` [${referenceNumber(sheet, line.source)}]` : ' (d’après le document)';
      write(`– ${line.text}${mark}`, { indent: 8, after: 4 });
    }
  }

  if (sheet.silent.length > 0) {
    y -= 6;
    write('Ce que les textes ne disent pas', { font: bold, size: 12.5, after: 4 });
    for (const line of sheet.silent) {
      write(`– ${line.text}${line.source ? ` [${referenceNumber(sheet, line.source)}]` : ''}`, { indent: 8, after: 4 });
    }
  }

  if (sheet.attach.length > 0) {
    y -= 6;
    write('Documents joints', { font: bold, size: 12.5, after: 4 });
    for (const item of sheet.attach) write(`– ${item}`, { indent: 8, after: 2 });
  }

  y -= 8;
  write('Références', { font: bold, size: 12.5, after: 4 });
  sheet.references.forEach((reference, index) => {
    write(`[${index + 1}] ${reference.citation}`, { size: 9.5, after: 0 });
    write(reference.url, { size: 8.5, indent: 14, after: 4, color: MUTED });
  });

  y -= 8;
  for (const paragraph of sheet.footer) write(paragraph, { size: 9, color: MUTED, after: 4 });

  return pdf.save({ useObjectStreams: false });
}
