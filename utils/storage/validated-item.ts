/**
 * A WXT storage item whose value is checked against a valibot schema every time it is read.
 *
 * Stored data can be corrupt (a crash mid-write, a bad import, a hand edit, an older or newer
 * version of Repère). Reading never throws and never crashes a page: a value that fails the
 * schema is reported, kept aside in `local:recovered` (so nothing is silently lost), and replaced
 * by the fallback. Writing refuses values that do not match the schema.
 */
import { storage, type StorageItemKey } from '#imports';
import * as v from 'valibot';
import { keepAside } from './recovered.ts';

export interface ValidatedItemOptions<T> {
  schema: v.GenericSchema<unknown, T>;
  fallback: T;
  /** Current version of the stored shape (style rule 4). */
  version: number;
  /** Keyed by target version; each takes the previous shape and returns the next one. */
  migrations?: Record<number, (previous: unknown) => unknown>;
}

/** What the person should be told when a stored value could not be read. */
export interface RecoveryReport {
  key: StorageItemKey;
  /** Short technical reason (schema path and message); never contains the stored values. */
  reason: string;
}

export interface ValidatedItem<T> {
  key: StorageItemKey;
  fallback: T;
  version: number;
  /** The stored value, or the fallback when there is none or it was unreadable. */
  getValue(): Promise<T>;
  /** Like getValue, also saying whether the stored value had to be replaced. */
  read(): Promise<{ value: T; recovered?: RecoveryReport }>;
  /** Stores a value; rejects one that does not match the schema. */
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with every new valid value (an invalid one is reported as the fallback). */
  watch(callback: (value: T) => void): () => void;
}

/** Defines a validated item. Migrations run once, when the item is first defined in a context. */
export function defineValidatedItem<T>(key: StorageItemKey, options: ValidatedItemOptions<T>): ValidatedItem<T> {
  const item = storage.defineItem<unknown>(key, {
    version: options.version,
    migrations: options.migrations ?? {},
  });

  const check = (raw: unknown): { ok: true; value: T } | { ok: false; reason: string } => {
    if (raw === null || raw === undefined) return { ok: true, value: options.fallback };
    const parsed = v.safeParse(options.schema, raw);
    if (parsed.success) return { ok: true, value: parsed.output };
    const issue = parsed.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') || '(root)';
    return { ok: false, reason: `${path}: ${issue.type}` };
  };

  const read = async (): Promise<{ value: T; recovered?: RecoveryReport }> => {
    let raw: unknown;
    try {
      raw = await item.getValue();
    } catch {
      raw = await storage.getItem(key);
    }
    const result = check(raw);
    if (result.ok) return { value: result.value };
    await keepAside({ key, raw, reason: result.reason });
    await storage.setItem(key, options.fallback);
    await storage.setMeta(key, { v: options.version });
    return { value: options.fallback, recovered: { key, reason: result.reason } };
  };

  return {
    key,
    fallback: options.fallback,
    version: options.version,
    async getValue() {
      return (await read()).value;
    },
    read,
    async setValue(value) {
      const parsed = v.parse(options.schema, value);
      await item.setValue(parsed);
    },
    async removeValue() {
      await item.removeValue();
    },
    watch(callback) {
      return item.watch((raw) => {
        const result = check(raw);
        callback(result.ok ? result.value : options.fallback);
      });
    },
  };
}

/**
 * Follows a stored value for a cache or a component: `onValue` gets the stored value, then every
 * change. A change that comes while the first read is on its way wins over that read, which may be
 * older. Returns how to stop (at once), and when the first read is done, with its recovery report.
 */
export function followItem<T>(
  item: Pick<ValidatedItem<T>, 'read' | 'watch'>,
  onValue: (value: T) => void,
): { unwatch: () => void; ready: Promise<{ recovered?: RecoveryReport }> } {
  let changed = false;
  const unwatch = item.watch((value) => {
    changed = true;
    onValue(value);
  });
  const ready = item.read().then(({ value, recovered }) => {
    if (!changed) onValue(value);
    return recovered ? { recovered } : {};
  });
  return { unwatch, ready };
}
