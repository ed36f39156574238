/**
 * The profile service: sections validated one by one (a bad one is kept aside and emptied, the
 * others kept), updates validated and applied one at a time, a revision bump after each change,
 * and "locked" passed through without data. Sections are mocked so the mechanism is tested alone.
 */
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { defineSection } from '../../../utils/profile/section.ts';
import { createProfileService, type ProfileBackend } from '../../../utils/profile/service.ts';

vi.mock('../../../utils/profile/sections.ts', () => ({
  SECTIONS: {
    notes: defineSection('notes', v.array(v.string()), () => []),
    count: defineSection('count', v.number(), () => 0),
  },
}));

function memoryBackend(initial: unknown) {
  let stored = initial;
  const aside: [string, unknown][] = [];
  const backend: ProfileBackend = {
    load: async () => stored,
    save: async (profile) => {
      stored = structuredClone(profile);
    },
    keepAside: async (section, raw) => {
      aside.push([section, raw]);
    },
  };
  return { backend, aside, stored: () => stored };
}

function service(backend: ProfileBackend) {
  let revision = 0;
  return createProfileService({
    backend: () => backend,
    readRevision: async () => revision,
    bumpRevision: async () => ++revision,
  });
}

describe('profile service', () => {
  it('gives empty sections to a new person', async () => {
    const { backend } = memoryBackend(undefined);
    expect(await service(backend).get()).toEqual({ status: 'ready', profile: { notes: [], count: 0 }, revision: 0 });
  });

  it('keeps valid sections and sets an unreadable one aside', async () => {
    const memory = memoryBackend({ notes: ['a'], count: 'three' });
    const snapshot = await service(memory.backend).get();
    expect(snapshot).toEqual({ status: 'ready', profile: { notes: ['a'], count: 0 }, revision: 0, invalid: ['count'] });
    expect(memory.aside).toEqual([['count', 'three']]);
    expect(memory.stored()).toEqual({ notes: ['a'], count: 0 });
  });

  it('treats garbage as an empty profile', async () => {
    for (const garbage of ['text', 42, [1, 2]]) {
      const { backend } = memoryBackend(garbage);
      expect(await service(backend).get()).toMatchObject({ status: 'ready', profile: { notes: [], count: 0 } });
    }
  });

  it('validates every update and bumps the revision', async () => {
    const memory = memoryBackend(undefined);
    const profile = service(memory.backend);
    expect(await profile.update('count', 3)).toEqual({ status: 'ready', profile: { notes: [], count: 3 }, revision: 1 });
    await expect(profile.update('count', 'x')).rejects.toThrow('invalid section value');
    await expect(profile.update('password', 'x')).rejects.toThrow('unknown section');
    expect(memory.stored()).toEqual({ notes: [], count: 3 });
  });

  it('applies concurrent updates one after the other, losing none', async () => {
    const memory = memoryBackend(undefined);
    const profile = service(memory.backend);
    await Promise.all([profile.update('count', 1), profile.update('notes', ['x']), profile.update('count', 2)]);
    expect(memory.stored()).toEqual({ notes: ['x'], count: 2 });
  });

  it('says locked and writes nothing while locked', async () => {
    const memory = memoryBackend(null);
    const profile = service(memory.backend);
    expect(await profile.get()).toEqual({ status: 'locked' });
    expect(await profile.update('count', 5)).toEqual({ status: 'locked' });
    expect(memory.stored()).toBeNull();
  });

  it('drops a change made on an earlier session\'s data (the person changed meanwhile)', async () => {
    const memory = memoryBackend(undefined);
    let session = 'first';
    const profile = service({ ...memory.backend, sessionId: async () => session });
    expect(await profile.get()).toMatchObject({ session: 'first' });
    expect(await profile.update('count', 1, 'first')).toMatchObject({ profile: { count: 1 }, session: 'first' });
    session = 'second';
    expect(await profile.update('count', 2, 'first')).toMatchObject({ profile: { count: 1 }, session: 'second' });
    expect(memory.stored()).toEqual({ notes: [], count: 1 });
    // A change without a session id (an older context) still applies.
    expect(await profile.update('count', 3)).toMatchObject({ profile: { count: 3 } });
  });

  it('runs an exclusive task with no update straddling it', async () => {
    const memory = memoryBackend(undefined);
    const profile = service(memory.backend);
    const order: string[] = [];
    const task = profile.exclusive(async () => {
      order.push('task start');
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push('task end');
    });
    const update = profile.update('count', 1).then(() => order.push('update'));
    await Promise.all([task, update]);
    expect(order).toEqual(['task start', 'task end', 'update']);
  });
});
