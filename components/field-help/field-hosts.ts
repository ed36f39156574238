/**
 * Puts a small "?" beside each ANEF form field Repère knows (utils/site/fields.ts), and takes it
 * away when the field goes. Each "?" is a `<repere-field-help>` element with its own shadow root
 * (our styles stay in, ANEF's stay out), placed in the page's DOM just before or after the field's
 * label so the keyboard reaches it next to its field, but positioned absolutely: it takes no room,
 * so the label and the field do not move, and ./placement.ts puts it where it covers nothing.
 *
 *   page watcher (DOM changed, debounced) ─→ refresh(): add / remove hosts ─→ store ─→ React portals
 *   page watcher (DOM changed, at once) ─→ layoutSoon(): move hosts before the next paint
 *   ResizeObserver (labels, body), window resize, fonts loaded ─→ layout(): move hosts
 *
 * No polling. Not a form control: a button inside a shadow root belongs to no form of the page, so
 * ANEF's form sends exactly what it sent before.
 */
import { findHelpFields, FIELD_SELECTORS, type FoundField } from '../../utils/site/fields.ts';
import type { FieldHelpSpot } from '../../utils/state/field-help-store.ts';
import { placeHelpButton, type Box } from './placement.ts';

export const FIELD_HOST_TAG = FIELD_SELECTORS.ownHost;

interface Host {
  spot: FieldHelpSpot;
  element: HTMLElement;
  field: FoundField;
}

export interface FieldHostsOptions {
  doc: Document;
  /** CSS put in every host's shadow root (tokens and the "?" look). */
  css: string;
  /** Called with the current list whenever hosts come or go. */
  onChange(spots: readonly FieldHelpSpot[]): void;
}

export interface FieldHosts {
  /** Looks for fields again: adds new "?", removes those whose field is gone, then moves them. */
  refresh(): void;
  /** Moves every "?" to its place again (layout changed). */
  layout(): void;
  /**
   * Moves every "?" in the next animation frame, before the page is painted: ANEF changed its page
   * (an alert inserted above the form moves every field down, and no size we observe changes).
   * Many changes in one frame move them once; nothing is asked for while there is no "?".
   */
  layoutSoon(): void;
  /** Removes every "?" (page that has no form, or Repère stopping). */
  clear(): void;
}

const boxOf = (rect: DOMRect): Box => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });

/** One box per line of the label's own text (hints and our host left out). */
function labelLines(label: HTMLElement): Box[] {
  const doc = label.ownerDocument;
  const boxes: Box[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3 && child.textContent?.trim()) {
        const range = doc.createRange();
        range.selectNodeContents(child);
        for (const rect of range.getClientRects()) boxes.push(boxOf(rect));
      } else if (child.nodeType === 1 && !(child as Element).matches(`${FIELD_SELECTORS.labelHint}, ${FIELD_SELECTORS.ownHost}`)) {
        walk(child);
      }
    }
  };
  walk(label);
  // Merge the boxes of one line (text split over several nodes).
  const lines: Box[] = [];
  for (const box of boxes) {
    const line = lines.find((l) => Math.abs((l.top + l.bottom) / 2 - (box.top + box.bottom) / 2) < 4);
    if (line) {
      line.left = Math.min(line.left, box.left);
      line.right = Math.max(line.right, box.right);
      line.top = Math.min(line.top, box.top);
      line.bottom = Math.max(line.bottom, box.bottom);
    } else lines.push({ ...box });
  }
  return lines.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Boxes the "?" must not cover: the field and the label's hints, or a radio group's options. */
function avoidBoxes(field: FoundField): Box[] {
  // For a radio group the "control" is the whole fieldset, which contains the legend itself.
  const elements = field.label.tagName === 'LEGEND'
    ? [...field.control.querySelectorAll('input, label')]
    : [field.control, ...field.label.querySelectorAll(FIELD_SELECTORS.labelHint)];
  return elements.flatMap((element) => [...element.getClientRects()].map(boxOf));
}

/** Custom properties the host's `:host` rule reads its position from (px from its containing block). */
const X = '--repere-x';
const Y = '--repere-y';

function setPosition(element: HTMLElement, left: number, top: number): void {
  if (element.style.getPropertyValue(X) !== `${left}px`) element.style.setProperty(X, `${left}px`);
  if (element.style.getPropertyValue(Y) !== `${top}px`) element.style.setProperty(Y, `${top}px`);
}

export function createFieldHosts({ doc, css, onChange }: FieldHostsOptions): FieldHosts {
  const hosts = new Map<HTMLElement, Host>(); // by label
  let counter = 0;
  // Created with the first "?": pages without a form pay nothing.
  let resizeObserver: ResizeObserver | undefined;
  const observeSize = (element: Element) => {
    const win = doc.defaultView;
    if (!resizeObserver && win && 'ResizeObserver' in win) {
      resizeObserver = new win.ResizeObserver(() => layout());
      // The panel's room on the page changes the body's width, not the labels' positions only.
      if (doc.body) resizeObserver.observe(doc.body);
    }
    resizeObserver?.observe(element);
  };

  function createHost(field: FoundField): Host {
    const element = doc.createElement(FIELD_HOST_TAG);
    // Its look and place come from `:host` rules inside its shadow root (./field-help.css), which
    // win over the page's; the page only gets two custom properties with the position.
    element.style.setProperty(X, '0px');
    element.style.setProperty(Y, '0px');
    const shadow = element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    const container = doc.createElement('div');
    shadow.append(style, container);
    // Never between a label and the control that follows it (`.fr-label + .fr-input` rules).
    const { label, control } = field;
    if (label.tagName === 'LEGEND' || label.nextElementSibling === control) label.before(element);
    else label.after(element);
    observeSize(label);
    counter += 1;
    return {
      element,
      field,
      spot: { key: `field-${counter}`, field: field.id, anefLabel: field.labelText, container },
    };
  }

  function removeHost(label: HTMLElement, host: Host): void {
    resizeObserver?.unobserve(label);
    host.element.remove();
    hosts.delete(label);
  }

  function layout(): void {
    // A "?" hidden earlier (label folded away) must be displayed to be measured.
    for (const host of hosts.values()) {
      if (host.element.hidden && host.field.label.getClientRects().length > 0) host.element.hidden = false;
    }
    // Then read every position, then write, so the page lays out once more only.
    const moves: { host: Host; left: number; top: number; shown: boolean }[] = [];
    for (const host of hosts.values()) {
      const place = placeHelpButton(labelLines(host.field.label), boxOf(host.field.label.getBoundingClientRect()), avoidBoxes(host.field));
      if (!place) {
        moves.push({ host, left: 0, top: 0, shown: false });
        continue;
      }
      // The host's box shows where its containing block's origin is (left/top are set on it).
      const current = host.element.getBoundingClientRect();
      const originX = current.left - (parseFloat(host.element.style.getPropertyValue(X)) || 0);
      const originY = current.top - (parseFloat(host.element.style.getPropertyValue(Y)) || 0);
      moves.push({ host, left: Math.round(place.x - originX), top: Math.round(place.y - originY), shown: true });
    }
    for (const { host, left, top, shown } of moves) {
      if (!shown) {
        if (!host.element.hidden) host.element.hidden = true;
      } else setPosition(host.element, left, top);
    }
  }

  let frame: number | undefined;
  function layoutSoon(): void {
    const win = doc.defaultView;
    if (hosts.size === 0 || frame !== undefined || !win) return;
    frame = win.requestAnimationFrame(() => {
      frame = undefined;
      layout();
    });
  }

  function refresh(): void {
    const fields = findHelpFields(doc);
    const labels = new Set(fields.map((field) => field.label));
    let changed = false;
    for (const [label, host] of hosts) {
      if (!label.isConnected || !host.element.isConnected || !labels.has(label)) {
        removeHost(label, host);
        changed = true;
      }
    }
    for (const field of fields) {
      if (hosts.has(field.label)) continue;
      hosts.set(field.label, createHost(field));
      changed = true;
    }
    if (changed) onChange([...hosts.values()].map((host) => host.spot));
    layout();
  }

  function clear(): void {
    if (frame !== undefined) doc.defaultView?.cancelAnimationFrame(frame);
    frame = undefined;
    if (hosts.size === 0) return;
    for (const [label, host] of hosts) removeHost(label, host);
    onChange([]);
  }

  return { refresh, layout, layoutSoon, clear };
}
