/**
 * The "?" beside ANEF fields (French and Arabic): one small shadow root per known field, placed
 * without touching the form's data, named in the person's language, opening the right short
 * explanation with ANEF's own label, and gone when the field goes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFieldHosts, FIELD_HOST_TAG } from '../../../components/field-help/field-hosts.ts';
import { OverlayApp } from '../../../components/overlay/overlay-app.tsx';
import { useFieldHelpStore } from '../../../utils/state/field-help-store.ts';
import { usePageStore } from '../../../utils/state/page-store.ts';
import { useSettingsStore } from '../../../utils/state/settings-store.ts';
import { DEFAULT_SETTINGS } from '../../../utils/storage/items.ts';
import { SITE_DIR } from '../../fixtures/catalog.ts';
import { FIELDS_BY_STEP } from '../../fixtures/field-help.ts';
import { testI18n } from '../test-i18n.ts';

function loadPage(file: string): void {
  const page = new DOMParser().parseFromString(readFileSync(resolve(SITE_DIR, 'pages', file), 'utf8'), 'text/html');
  document.body.innerHTML = page.body.innerHTML;
}

const formValues = () => [...new FormData(document.getElementById('demande-form') as HTMLFormElement)].map(([k, v]) => `${k}=${String(v)}`);

async function start(language: 'fr' | 'ar', file = 'dsfr/sejour-etudiant-1.html') {
  loadPage(file);
  usePageStore.setState({ page: { kind: 'sejour-form', era: 'dsfr-2026', language: 'fr', formStep: { index: 1, total: 6 } } });
  useSettingsStore.setState({ settings: { ...DEFAULT_SETTINGS, language }, ready: true });
  const before = formValues();
  const hosts = createFieldHosts({
    doc: document,
    css: '',
    onChange: (spots) => useFieldHelpStore.setState({ spots }),
  });
  hosts.refresh();
  const i18n = await testI18n(language, ['common', 'meta', 'pages', 'overlay']);
  render(<OverlayApp i18n={i18n} actions={{ openDashboard: () => {} }} browserLanguages={['fr']} />);
  return { hosts, before };
}

/** The "?" host beside a control, and a query scope inside its shadow root. */
function helpFor(controlId: string) {
  const control = document.getElementById(controlId)!;
  const group = control.closest('.fr-input-group, .fr-fieldset, .fr-upload-group, anef-input-text') ?? control.parentElement!;
  const host = group.querySelector(FIELD_HOST_TAG) as HTMLElement | null;
  return { host, scope: host ? within(host.shadowRoot as unknown as HTMLElement) : undefined };
}

afterEach(() => {
  useFieldHelpStore.setState({ spots: [] });
  document.body.innerHTML = '';
});

describe('field help on an ANEF form (fr)', () => {
  it('puts one "?" in its own shadow root beside each known field, and leaves the form data alone', async () => {
    const { before } = await start('fr');
    const hosts = document.querySelectorAll(FIELD_HOST_TAG);
    expect(hosts).toHaveLength(FIELDS_BY_STEP[1]!.length);
    for (const host of hosts) expect(host.shadowRoot).not.toBeNull();
    expect(formValues()).toEqual(before);
    // The label and its field stay next to each other (DSFR `.fr-label + .fr-input`).
    const label = document.querySelector('label[for="TELEPHONE_PORTABLE"]')!;
    expect(label.nextElementSibling?.id).toBe('TELEPHONE_PORTABLE');
  });

  it('names each "?" after its field and opens the right explanation', async () => {
    await start('fr');
    const { scope, host } = helpFor('TELEPHONE_PORTABLE');
    const button = await scope!.findByRole('button', { name: 'Aide pour ce champ : Téléphone' });
    await userEvent.click(button);
    const dialog = await scope!.findByRole('dialog', { name: 'Téléphone' });
    expect(within(dialog).getByText(/téléphone portable/)).toBeVisible();
    expect(within(dialog).getByText(/« Téléphone »/)).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    // Focus inside a shadow root: the page sees the host, the root knows the button.
    expect(host!.shadowRoot!.activeElement).toBe(button);
  });

  it('explains a radio group from its legend', async () => {
    await start('fr');
    const { scope } = helpFor('SITUATION_FAMILIALE');
    await userEvent.click(await scope!.findByRole('button', { name: 'Aide pour ce champ : Situation de couple' }));
    expect(await scope!.findByRole('dialog', { name: 'Situation de couple' })).toHaveTextContent('pacsé');
  });

  it('takes the "?" away when the field goes', async () => {
    const { hosts } = await start('fr');
    document.querySelector('label[for="TELEPHONE_PORTABLE"]')!.closest('.fr-input-group')!.remove();
    act(() => hosts.refresh());
    expect(document.querySelectorAll(FIELD_HOST_TAG)).toHaveLength(FIELDS_BY_STEP[1]!.length - 1);
    expect(useFieldHelpStore.getState().spots.map((spot) => spot.field)).not.toContain('phone');
    act(() => hosts.clear());
    expect(document.querySelectorAll(FIELD_HOST_TAG)).toHaveLength(0);
  });

  it('moves the "?" in the next frame after ANEF changes its page, once however many changes came', async () => {
    const { hosts } = await start('fr');
    const elements = [...document.querySelectorAll<HTMLElement>(FIELD_HOST_TAG)];
    // Without a layout engine here no label has a box, so placing a "?" hides it: a "?" shown
    // again by hand is hidden again only if the frame really placed them.
    expect(elements.every((element) => element.hidden)).toBe(true);
    for (const element of elements) element.hidden = false;
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    try {
      hosts.layoutSoon();
      hosts.layoutSoon();
      hosts.layoutSoon();
      expect(frames).toHaveBeenCalledTimes(1);
      expect(elements.some((element) => element.hidden)).toBe(false);
      await vi.waitFor(() => expect(elements.every((element) => element.hidden)).toBe(true));
      // The next change asks for a new frame; once the "?" are gone nothing is asked for.
      hosts.layoutSoon();
      expect(frames).toHaveBeenCalledTimes(2);
      act(() => hosts.clear());
      hosts.layoutSoon();
      expect(frames).toHaveBeenCalledTimes(2);
    } finally {
      frames.mockRestore();
    }
  });

  it('follows a new form step without piling up', async () => {
    const { hosts } = await start('fr');
    loadPage('dsfr/sejour-etudiant-4.html');
    act(() => hosts.refresh());
    expect(document.querySelectorAll(FIELD_HOST_TAG)).toHaveLength(FIELDS_BY_STEP[4]!.length);
    act(() => hosts.refresh());
    expect(document.querySelectorAll(FIELD_HOST_TAG)).toHaveLength(FIELDS_BY_STEP[4]!.length);
    const { scope } = helpFor('JUSTIFICATIF_DOMICILE');
    await userEvent.click(await scope!.findByRole('button', { name: /Justificatif de domicile/ }));
    expect(await scope!.findByRole('dialog')).toHaveTextContent(/Si une personne vous loge/);
  });
});

describe('field help in Arabic (ar)', () => {
  it('speaks Arabic right to left inside its own root, with ANEF\'s French label isolated', async () => {
    await start('ar');
    const { scope, host } = helpFor('ADRESSE');
    const button = await scope!.findByRole('button', { name: 'مساعدة لهذه الخانة: العنوان' });
    const root = host!.shadowRoot!.querySelector('.repere-root')!;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    await userEvent.click(button);
    const dialog = await scope!.findByRole('dialog', { name: 'العنوان' });
    const anef = dialog.querySelector('.repere-field-help__anef bdi')!;
    expect(anef.getAttribute('lang')).toBe('fr');
    expect(anef).toHaveTextContent('« Adresse »');
    expect(within(dialog).getByText(/ترجمته آلة/)).toBeVisible();
  });
});
