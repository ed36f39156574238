/**
 * parseBackup (design/contracts.md): never throws, rejects malformed JSON, wrong types, huge input,
 * truncated ciphertext and unknown versions with a message, never returns partial data; and the
 * whole export → parse → open round trip.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { beforeAll, describe, expect, it, vi } from 'vitest';
// Imported before the module under test: the mocked sections below are built with it.
import { defineSection } from '../../../utils/profile/section.ts';
import { createBackup, MAX_BACKUP_BYTES, openBackup, parseBackup, type BackupEnvelope } from '../../../utils/backup/backup.ts';
import type { ProfileData } from '../../../utils/profile/profile.ts';

vi.mock('../../../utils/profile/sections.ts', () => ({
  SECTIONS: {
    notes: defineSection('notes', v.array(v.string()), () => []),
    count: defineSection('count', v.number(), () => 0),
  },
}));

const TODAY = '2026-11-27';
const profile = { notes: ['Alex TESTEUR', '1234567890'], count: 2 } as unknown as ProfileData;
let good = '';
let goodEnvelope: BackupEnvelope;

beforeAll(async () => {
  good = await createBackup({ profile, language: 'ar' }, 'phrase de passe', TODAY);
  goodEnvelope = JSON.parse(good) as BackupEnvelope;
});

const errorCode = (text: string) => {
  const result = parseBackup(text);
  return result.ok ? 'ok' : result.error.split(':')[0];
};

describe('parseBackup', () => {
  it('accepts a backup made by Repère and reveals nothing in clear', () => {
    expect(parseBackup(good)).toEqual({ ok: true, value: goodEnvelope });
    expect(good).not.toMatch(/TESTEUR|1234567890/);
  });

  it('rejects what is not a backup, with a message', () => {
    expect(errorCode('')).toBe('not-json');
    expect(errorCode('{not json')).toBe('not-json');
    expect(errorCode('"a string"')).toBe('not-a-backup');
    expect(errorCode('null')).toBe('not-a-backup');
    expect(errorCode('[1,2]')).toBe('not-a-backup');
    expect(errorCode(JSON.stringify({ format: 'something-else' }))).toBe('not-a-backup');
    expect(parseBackup(undefined as unknown as string)).toEqual({ ok: false, error: 'not-text: the file is not a text file' });
  });

  it('rejects unknown versions, saying when Repère must be updated', () => {
    const newer = parseBackup(JSON.stringify({ ...goodEnvelope, version: 7 }));
    expect(newer).toEqual({ ok: false, error: expect.stringMatching(/^unknown-version: .*newer Repère \(version 7\)/) });
    expect(errorCode(JSON.stringify({ ...goodEnvelope, version: 0 }))).toBe('unknown-version');
    expect(errorCode(JSON.stringify({ ...goodEnvelope, version: '1' }))).toBe('unknown-version');
  });

  it('rejects wrong types, extra fields, weak or absurd key derivation, truncated ciphertext', () => {
    const variants: unknown[] = [
      { ...goodEnvelope, createdOn: 'yesterday' },
      { ...goodEnvelope, extra: true },
      { ...goodEnvelope, kdf: { ...goodEnvelope.kdf, iterations: 1000 } },
      { ...goodEnvelope, kdf: { ...goodEnvelope.kdf, iterations: 1e12 } },
      { ...goodEnvelope, kdf: { ...goodEnvelope.kdf, salt: 'AAAA' } },
      { ...goodEnvelope, cipher: 'ROT13' },
      { ...goodEnvelope, data: { ...goodEnvelope.data, ct: 'AAAA' } },
      { ...goodEnvelope, data: { ...goodEnvelope.data, iv: '***' } },
      { ...goodEnvelope, data: null },
    ];
    for (const variant of variants) expect(errorCode(JSON.stringify(variant)), JSON.stringify(variant)).toBe('damaged');
  });

  it('rejects huge input without reading it', () => {
    expect(errorCode(' '.repeat(MAX_BACKUP_BYTES + 1))).toBe('too-large');
    // 5 MB of two-byte characters is over 5 MB once encoded.
    expect(errorCode(`"${'é'.repeat(MAX_BACKUP_BYTES / 2 + 10)}"`)).toBe('too-large');
  });

  it('never throws and never returns anything but a whole valid envelope (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify(value)), mutate(good)), (text) => {
        const result = parseBackup(text);
        // Either the whole file, exactly, or an error: never a part of it.
        if (result.ok) expect(result.value).toEqual(JSON.parse(text));
        else expect(result.error).toMatch(/^(not-text|too-large|not-json|not-a-backup|unknown-version|damaged): /);
      }),
      { numRuns: 300 },
    );
  });
});

describe('openBackup', () => {
  it('restores the data and language with the right passphrase', async () => {
    expect(await openBackup(goodEnvelope, 'phrase de passe')).toEqual({ ok: true, value: { profile, language: 'ar' } });
  });

  it('refuses a wrong passphrase', async () => {
    expect(await openBackup(goodEnvelope, 'autre phrase')).toEqual({ ok: false, error: expect.stringMatching(/^wrong-passphrase: /) });
  });

  it('refuses the whole backup when one section is unreadable (never partial)', async () => {
    const bad = JSON.parse(await createBackup({ profile: { notes: ['a'], count: 'x' } as never }, 'p', TODAY)) as BackupEnvelope;
    expect(await openBackup(bad, 'p')).toEqual({ ok: false, error: 'damaged: part of the backup cannot be read (count)' });
  });
});

/** Strings made by damaging the good backup: cuts, flipped characters, doubled parts. */
function mutate(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat({ max: text.length }).map((cut) => text.slice(0, cut)),
    fc.tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 1 })).map(([at, char]) => text.slice(0, at) + char + text.slice(at + 1)),
    fc.nat({ max: text.length }).map((at) => text.slice(0, at) + text.slice(at / 2)),
  );
}
