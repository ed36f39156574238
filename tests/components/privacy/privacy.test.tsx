/**
 * Shared-computer screens in French and Arabic (happy-dom, real packs; the background is a mock of
 * `sendMessage`): the lock screen shows pictures and never a name, its passphrase field allows
 * paste and password managers and can be shown; errors are plain and localised; the 30-second
 * warning answers with one tap; the panel shows only "locked" while locked; the first-run choice
 * asks what to do with data already here; a backup that is not one is refused in plain words.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupSection, backupErrorCode } from '../../../components/privacy/backup-section.tsx';
import { LockScreen } from '../../../components/privacy/lock-screen.tsx';
import { LockWarning } from '../../../components/privacy/lock-warning.tsx';
import { ModeChooser } from '../../../components/privacy/mode-chooser.tsx';
import { OverlayActionsContext } from '../../../components/overlay/overlay-actions.ts';
import { Panel } from '../../../components/overlay/panel.tsx';
import type { PrivacyState } from '../../../utils/privacy/session.ts';
import { bindLockStore, useLockStore } from '../../../utils/state/lock-store.ts';
import { useProfileStore } from '../../../utils/state/profile-store.ts';
import { emptyProfile } from '../../../utils/profile/profile.ts';
import { flatPack } from '../test-i18n.ts';
import { renderLocalized } from '../checklist/render.tsx';

const sent = vi.hoisted(() => ({ calls: [] as [string, unknown][], replies: {} as Record<string, unknown> }));

vi.mock('../../../utils/messaging/protocol.ts', () => ({
  sendMessage: async (type: string, data?: unknown) => {
    sent.calls.push([type, data]);
    const reply = sent.replies[type];
    return typeof reply === 'function' ? (reply as (d: unknown) => unknown)(data) : reply;
  },
  messageProfileTransport: {},
}));

const ID_A = 'a'.repeat(32);
const ID_B = 'b'.repeat(32);

const LOCKED: PrivacyState = {
  mode: 'shared',
  session: 'locked',
  ownPassphrase: false,
  profiles: [{ id: ID_A, picture: 'sun', createdOn: '2026-11-20' }, { id: ID_B, picture: 'tree', createdOn: '2026-11-25' }],
  activeProfile: null,
  guestData: false,
  earlierData: false,
};

beforeEach(async () => {
  sent.calls.length = 0;
  sent.replies = { getPrivacyState: LOCKED };
  // Bound first (it reads the stored lock state once), then set as each test needs.
  await bindLockStore();
  useLockStore.setState({ lock: { state: 'open', warning: null }, mode: 'shared' });
});

for (const language of ['fr', 'ar'] as const) {
  const t = (key: string) => flatPack(language, 'privacy').get(key)!;

  describe(`lock screen (${language})`, () => {
    it('shows the pictures, never a name, and opens the chosen profile with its passphrase', async () => {
      sent.replies.unlock = { ok: true };
      await renderLocalized(language, <LockScreen state={LOCKED} />);
      expect(screen.getByRole('heading', { name: t('unlock.profilesTitle') })).toBeVisible();
      const radios = screen.getAllByRole('radio');
      expect(radios).toHaveLength(2);
      expect(screen.getByRole('radio', { name: new RegExp(t('picture.sun')) })).toBeVisible();
      expect(screen.getByRole('radio', { name: new RegExp(t('picture.tree')) })).toBeVisible();

      await userEvent.click(screen.getByRole('button', { name: t('unlock.button') }));
      expect(screen.getByRole('alert')).toHaveTextContent(t('unlock.choosePicture'));
      expect(sent.calls.filter(([type]) => type === 'unlock')).toEqual([]);

      await userEvent.click(screen.getByRole('radio', { name: new RegExp(t('picture.tree')) }));
      const field = screen.getByLabelText(t('passphrase.label'));
      expect(field).toHaveAttribute('type', 'password');
      expect(field).toHaveAttribute('autocomplete', 'current-password');
      await userEvent.click(field);
      await userEvent.paste('arbre de la cour');
      await userEvent.click(screen.getByRole('checkbox', { name: t('passphrase.show') }));
      expect(field).toHaveAttribute('type', 'text');
      expect(field).toHaveValue('arbre de la cour');
      await userEvent.click(screen.getByRole('button', { name: t('unlock.button') }));
      expect(sent.calls).toContainEqual(['unlock', { target: { kind: 'profile', id: ID_B }, passphrase: 'arbre de la cour' }]);
    });

    it('says plainly when the passphrase is wrong, and offers to continue without a profile', async () => {
      sent.replies.unlock = { ok: false, error: 'wrong-passphrase' };
      await renderLocalized(language, <LockScreen state={LOCKED} />);
      await userEvent.click(screen.getByRole('radio', { name: new RegExp(t('picture.sun')) }));
      await userEvent.type(screen.getByLabelText(t('passphrase.label')), 'pas la bonne');
      await userEvent.click(screen.getByRole('button', { name: t('unlock.button') }));
      expect(await screen.findByRole('alert')).toHaveTextContent(t('error.wrong-passphrase'));
      expect(screen.getByLabelText(t('passphrase.label'))).toHaveAttribute('aria-invalid', 'true');
      await userEvent.click(screen.getByRole('button', { name: t('unlock.guest') }));
      expect(sent.calls.at(-1)).toEqual(['startGuest', undefined]);
    });

    it('on the own device: the passphrase only, and a way out of a forgotten one', async () => {
      await renderLocalized(language, <LockScreen state={{ ...LOCKED, mode: 'own', profiles: [], ownPassphrase: true }} />);
      expect(screen.getByRole('heading', { name: t('unlock.ownTitle') })).toBeVisible();
      expect(screen.queryAllByRole('radio')).toEqual([]);
      await userEvent.click(screen.getByText(t('unlock.forgot')));
      expect(screen.getByRole('button', { name: t('erase.button') })).toBeVisible();
    });
  });

  describe(`warning and locked panel (${language})`, () => {
    it('warns 30 seconds before, says when the session will be erased, and "I\'m still here" answers it', async () => {
      const endsAt = Date.now() + 30_000;
      useLockStore.setState({ lock: { state: 'open', warning: { endsAt, erase: false } } });
      const view = await renderLocalized(language, <LockWarning />);
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain(flatPack(language, 'privacy').get(language === 'fr' ? 'warning.lock_other' : 'warning.lock_many')!.replace('{{count}}', '30'));
      await userEvent.click(screen.getByRole('button', { name: t('warning.stillHere') }));
      expect(sent.calls).toContainEqual(['stillHere', undefined]);

      act(() => useLockStore.setState({ lock: { state: 'open', warning: { endsAt: endsAt + 1, erase: true } } }));
      expect(screen.getByRole('alert').textContent).toContain(language === 'fr' ? 'Ce que vous avez noté sera effacé.' : 'سيُمحى ما كتبته.');
      act(() => useLockStore.setState({ lock: { state: 'open', warning: null } }));
      expect(view.container.querySelector('.repere-lock-warning')).toBeNull();
    });

    it('the panel shows only that Repère is locked, the way to unlock, and on a shared computer a fresh start', async () => {
      useProfileStore.setState({ status: 'locked', profile: null });
      const openDashboard = vi.fn();
      await renderLocalized(
        language,
        <OverlayActionsContext.Provider value={{ openDashboard }}>
          <Panel side="right" onCollapse={() => {}} onSwapSide={() => {}} />
        </OverlayActionsContext.Provider>,
      );
      const locked = screen.getByRole('region', { name: new RegExp(t('locked.title')) });
      expect(screen.queryByRole('heading', { name: flatPack(language, 'checklist').get('title')! })).toBeNull();
      await userEvent.click(within(locked).getByRole('button', { name: t('locked.unlock') }));
      expect(openDashboard).toHaveBeenCalledWith('privacy');
      // On a shared computer the next person can start afresh from the panel.
      await userEvent.click(within(locked).getByRole('button', { name: t('unlock.guest') }));
      expect(sent.calls.at(-1)).toEqual(['startGuest', undefined]);
      expect(screen.getByRole('button', { name: new RegExp(t('nextPerson.button')) })).toBeVisible();
      act(() => useLockStore.setState({ mode: 'own' }));
      expect(within(locked).queryByRole('button', { name: t('unlock.guest') })).toBeNull();
      expect(screen.queryByRole('button', { name: new RegExp(t('nextPerson.button')) })).toBeNull();
    });
  });

  describe(`first-run choice (${language})`, () => {
    it('asks to protect or delete the data already here before the computer becomes shared', async () => {
      sent.replies.chooseDeviceMode = (data: { choice?: unknown }) => (data.choice ? { ok: true } : { ok: false, error: 'choice-needed' });
      const done = vi.fn();
      await renderLocalized(language, <ModeChooser state={{ ...LOCKED, mode: null, session: 'guest', profiles: [], earlierData: true }} onDone={done} />);
      await userEvent.click(screen.getByRole('button', { name: t('welcome.confirm') }));
      expect(screen.getByRole('alert')).toHaveTextContent(t('welcome.chooseOne'));
      await userEvent.click(screen.getByRole('radio', { name: new RegExp(t('welcome.shared.label')) }));
      await userEvent.click(screen.getByRole('button', { name: t('welcome.confirm') }));
      expect(await screen.findByRole('heading', { name: t('earlier.title') })).toBeVisible();
      expect(done).not.toHaveBeenCalled();

      // The passphrase typed twice, long enough.
      await userEvent.click(screen.getByRole('radio', { name: new RegExp(t('picture.house')) }));
      await userEvent.type(screen.getByLabelText(t('passphrase.new')), 'maison bleue');
      await userEvent.type(screen.getByLabelText(t('passphrase.again')), 'maison rouge');
      await userEvent.click(screen.getByRole('button', { name: t('earlier.protectButton') }));
      expect(screen.getByText(t('passphrase.mismatch'))).toBeVisible();
      await userEvent.clear(screen.getByLabelText(t('passphrase.again')));
      await userEvent.type(screen.getByLabelText(t('passphrase.again')), 'maison bleue');
      expect(screen.getByLabelText(t('passphrase.new'))).toHaveAttribute('autocomplete', 'new-password');
      await userEvent.click(screen.getByRole('button', { name: t('earlier.protectButton') }));
      expect(sent.calls.at(-1)).toEqual(['chooseDeviceMode', { mode: 'shared', choice: { action: 'protect', picture: 'house', passphrase: 'maison bleue' } }]);
      expect(done).toHaveBeenCalledWith('shared');
    });
  });

  describe(`backup import (${language})`, () => {
    it('refuses a file that is not a backup, in plain words, and changes nothing', async () => {
      useProfileStore.setState({ status: 'ready', profile: emptyProfile() });
      await renderLocalized(language, <BackupSection />);
      await userEvent.click(screen.getByRole('button', { name: t('backup.import') }));
      expect(await screen.findByRole('alert')).toHaveTextContent(t('backup.error.no-file'));
      const file = new File(['{"hello": "world"}'], 'notes.json', { type: 'application/json' });
      await userEvent.upload(screen.getByLabelText(t('backup.file')), file);
      await userEvent.click(screen.getByRole('button', { name: t('backup.import') }));
      expect(await screen.findByRole('alert')).toHaveTextContent(t('backup.error.not-a-backup'));
      expect(sent.calls.filter(([type]) => type === 'restoreProfile')).toEqual([]);
    });
  });
}

describe('backup error codes', () => {
  it('maps every parseBackup / openBackup code, and anything else to "damaged"', () => {
    expect(backupErrorCode('too-large: the file is larger than 5 MB')).toBe('too-large');
    expect(backupErrorCode('wrong-passphrase: wrong passphrase, or the file was changed')).toBe('wrong-passphrase');
    expect(backupErrorCode('unknown-version: the backup was made by a newer Repère')).toBe('unknown-version');
    expect(backupErrorCode('something else')).toBe('damaged');
  });
});
