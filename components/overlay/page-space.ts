/**
 * Keeps ANEF's own controls visible beside the panel: a small style element in the page reserves
 * room on the panel's side (wide windows) or at the bottom (narrow windows), so the panel never
 * sits on top of ANEF's buttons. It only sets padding on `<body>`; ANEF's `<html>` is never
 * touched, and removing the element restores the page exactly.
 */

export type Side = 'left' | 'right';

export interface Reservation {
  side: Side;
  /** Room kept beside the page, in CSS px (wide windows). */
  inline: number;
  /** Room kept under the page, in CSS px (narrow windows). */
  block: number;
}

const ATTRIBUTE = 'data-repere-space';

/** Writes (or updates) the reservation; `null` removes it. */
export function reserveSpace(doc: Document, reservation: Reservation | null): void {
  let style = doc.querySelector<HTMLStyleElement>(`style[${ATTRIBUTE}]`);
  if (!reservation) {
    style?.remove();
    return;
  }
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(ATTRIBUTE, '');
    (doc.head ?? doc.body).append(style);
  }
  const rules: string[] = [];
  if (reservation.inline > 0) rules.push(`padding-${reservation.side}: ${Math.ceil(reservation.inline)}px !important;`);
  if (reservation.block > 0) rules.push(`padding-bottom: ${Math.ceil(reservation.block)}px !important;`);
  const css = rules.length ? `body { ${rules.join(' ')} }` : '';
  if (style.textContent !== css) style.textContent = css;
}
