/**
 * Values that could not be read are kept aside instead of being thrown away, with when and why,
 * in the same storage area as the value itself (a session-only value stays session-only). The
 * dashboard's Settings tab says how many there are and lets the person delete them. At most
 * MAX_KEPT entries are kept (oldest dropped) so that a value corrupt on every start cannot fill
 * the storage.
 */
import { storage, type StorageItemKey } from '#imports';

export interface RecoveredValue {
  key: string;
  /** The unreadable value, serialised as it was found. */
  raw: string;
  reason: string;
  /** ISO date-time. */
  at: string;
}

type Area = 'local' | 'session';
const MAX_KEPT = 10;
const MAX_RAW_LENGTH = 1_000_000;

/** Where the kept-aside values of an area are stored. */
export function recoveredKey(area: Area): StorageItemKey {
  return `${area}:recovered`;
}

function areaOf(key: string): Area {
  return key.startsWith('session:') ? 'session' : 'local';
}

/** Adds an unreadable value to the kept-aside list of its area. */
export async function keepAside(entry: { key: string; raw: unknown; reason: string }, now = new Date()): Promise<void> {
  let raw: string;
  try {
    raw = JSON.stringify(entry.raw) ?? String(entry.raw);
  } catch {
    raw = String(entry.raw);
  }
  const area = areaOf(entry.key);
  const kept = await readRecovered(area);
  kept.push({ key: entry.key, raw: raw.slice(0, MAX_RAW_LENGTH), reason: entry.reason, at: now.toISOString() });
  await storage.setItem(recoveredKey(area), kept.slice(-MAX_KEPT));
}

/** The kept-aside values of an area (an unreadable list itself counts as empty). */
export async function readRecovered(area: Area = 'local'): Promise<RecoveredValue[]> {
  const value = await storage.getItem<unknown>(recoveredKey(area));
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is RecoveredValue =>
      typeof entry === 'object' && entry !== null
      && typeof (entry as RecoveredValue).key === 'string'
      && typeof (entry as RecoveredValue).raw === 'string',
  );
}

/** Deletes the kept-aside values of an area (the person chose to). */
export async function clearRecovered(area: Area = 'local'): Promise<void> {
  await storage.removeItem(recoveredKey(area));
}
