/** Where the "?" goes: after the label's text, on its last line, never on the field or a hint. */
import { describe, expect, it } from 'vitest';
import { HELP_BUTTON_SIZE, intersects, placeHelpButton, type Box } from '../../../components/field-help/placement.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('placing the "?" beside a label', () => {
  it('goes just after the text, centred on its line', () => {
    const line = box(100, 200, 180, 224);
    const place = placeHelpButton([line], box(100, 200, 740, 224), [box(100, 232, 740, 272)]);
    expect(place).toEqual({ x: 186, y: 212 - HELP_BUTTON_SIZE / 2 });
    const button = box(place!.x, place!.y, place!.x + HELP_BUTTON_SIZE, place!.y + HELP_BUTTON_SIZE);
    expect(intersects(button, box(100, 232, 740, 272))).toBe(false);
  });

  it('follows the last line of a label that wraps', () => {
    const place = placeHelpButton([box(100, 200, 740, 224), box(100, 224, 300, 248)], box(100, 200, 740, 248), []);
    expect(place?.x).toBe(306);
    expect(place?.y).toBe(236 - HELP_BUTTON_SIZE / 2);
  });

  it('moves to the end of the label block rather than cover a hint', () => {
    const hint = box(180, 205, 400, 222);
    const place = placeHelpButton([box(100, 200, 180, 224)], box(100, 200, 740, 224), [hint]);
    expect(place?.x).toBe(746);
  });

  it('is not shown when the label is not shown (folded accordion)', () => {
    expect(placeHelpButton([], box(0, 0, 0, 0), [])).toBeNull();
    expect(placeHelpButton([box(10, 10, 10, 10)], box(0, 0, 0, 0), [])).toBeNull();
  });
});
