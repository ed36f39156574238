/**
 * Where the "?" of a field goes, without moving or covering anything of ANEF's: just after the
 * end of the label's text, centred on its last line, in the empty part of that line. If that
 * place would touch the field, a hint or another line of the label, the "?" goes to the end of
 * the label's block instead, on the same line. Pure: rectangles in, position out (viewport px).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The "?" is a 28 px circle: above the 24 px minimum of WCAG 2.2 (2.5.8), below a label line's
 *  spacing, so it fits beside a label without pushing the field (our 44 px panel rule cannot). */
export const HELP_BUTTON_SIZE = 28;
const GAP = 6;

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * @param lines  the label's own text, one box per line (Range.getClientRects), in order
 * @param block  the label element's box
 * @param avoid  boxes that must stay uncovered (the field, hints, other labels)
 * @returns the top-left corner of the "?", or null when the label is not shown
 */
export function placeHelpButton(lines: readonly Box[], block: Box, avoid: readonly Box[]): { x: number; y: number } | null {
  const shown = lines.filter((line) => line.right > line.left && line.bottom > line.top);
  const last = shown[shown.length - 1];
  if (!last) return null;
  const size = HELP_BUTTON_SIZE;
  const y = Math.round((last.top + last.bottom) / 2 - size / 2);
  // Other lines of the label count by their text, not their leading (a line box is taller than its
  // letters): the "?" may overlap the few pixels of space between two lines.
  const leading = (line: Box) => Math.min(4, (line.bottom - line.top) * 0.15);
  const otherLines = shown.slice(0, -1).map((line) => ({ ...line, top: line.top + leading(line), bottom: line.bottom - leading(line) }));
  const others = [...otherLines, ...avoid];
  const candidates = [last.right + GAP, Math.max(last.right, block.right) + GAP];
  for (const x of candidates) {
    const box = { left: x, top: y, right: x + size, bottom: y + size };
    if (!others.some((other) => intersects(box, other))) return { x: Math.round(x), y };
  }
  return { x: Math.round(candidates[1]!), y };
}
