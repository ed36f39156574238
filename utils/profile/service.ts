/**
 * The background's keeper of the person's data. Every context (panel, popup, dashboard) reads and
 * writes the person's data only through it, by message, so that where and how the data is kept
 * (plain in this browser, only for this session, encrypted with a passphrase) is decided in one
 * place: the backend. Updates are applied one at a time and validated here, whoever sent them.
 * After each change the revision counter (no personal data in it) tells every context to re-read.
 */
import { readProfile, isSectionName, parseSection, type ProfileData, type SectionName } from './profile.ts';

/** What a context receives: the data, or only the fact that it is locked. */
export type ProfileSnapshot =
  | {
    status: 'ready';
    profile: ProfileData;
    revision: number;
    invalid?: SectionName[];
    /** Opaque id of the session this data belongs to (changes when the person changes). */
    session?: string;
  }
  | { status: 'locked' };

export interface ProfileBackend {
  /** The stored profile as it is (unvalidated), undefined when none, null when locked. */
  load(): Promise<unknown>;
  save(profile: ProfileData): Promise<void>;
  /** Keeps an unreadable section's raw value aside, where the backend keeps its data. */
  keepAside(section: SectionName, raw: unknown): Promise<void>;
  /**
   * An opaque id of the current session (a new one when the person changes: "next person", lock,
   * unlock). Optional: a backend without it has only one session.
   */
  sessionId?(): Promise<string>;
}

export interface ProfileService {
  get(): Promise<ProfileSnapshot>;
  /**
   * Replaces one section. `session` is the session id of the snapshot the change was made on: when
   * the session changed meanwhile (the next person is there), the change is dropped and the
   * current snapshot returned — a tick made by one person can never land in the next one's data.
   */
  update(section: string, value: unknown, session?: string): Promise<ProfileSnapshot>;
  /**
   * Runs a task alone in the service's queue: no read or update of the person's data straddles it.
   * For changes of where the data lives or who is in the session (lock, unlock, "next person",
   * erase, restore: utils/privacy/session.ts), so that an update begun for one person can never be
   * written into the next person's session.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

export function createProfileService(options: {
  backend: () => ProfileBackend;
  readRevision: () => Promise<number>;
  bumpRevision: () => Promise<number>;
}): ProfileService {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const load = async (): Promise<ProfileSnapshot> => {
    const backend = options.backend();
    const raw = await backend.load();
    if (raw === null) return { status: 'locked' };
    const { profile, invalid } = readProfile(raw);
    if (invalid.length > 0) {
      for (const name of invalid) await backend.keepAside(name, (raw as Record<string, unknown>)[name]);
      await backend.save(profile);
    }
    const session = await backend.sessionId?.();
    return {
      status: 'ready',
      profile,
      revision: await options.readRevision(),
      ...(invalid.length ? { invalid } : {}),
      ...(session !== undefined ? { session } : {}),
    };
  };

  return {
    get: () => serial(load),
    update: (section, value, session) =>
      serial(async () => {
        if (!isSectionName(section)) throw new Error('unknown section');
        const parsed = parseSection(section, value);
        if (parsed === undefined) throw new Error('invalid section value');
        const current = await load();
        if (current.status === 'locked') return current;
        if (session !== undefined && current.session !== undefined && session !== current.session) return current;
        const profile = { ...current.profile, [section]: parsed } as ProfileData;
        await options.backend().save(profile);
        const revision = await options.bumpRevision();
        return { status: 'ready', profile, revision, ...(current.session !== undefined ? { session: current.session } : {}) };
      }),
    exclusive: (task) => serial(task),
  };
}
