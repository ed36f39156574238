/**
 * The panel's checklist slot in French and Arabic: it suggests the procedure of the page, marks
 * the step the person is on (aria-current="step"), shows that page's items (documents with what
 * counts), lists what is unticked on the récapitulatif, saves ticks in the profile, works with the
 * keyboard, labels every checkbox, and says "check on ANEF" where the facts are unsure.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChecklistSlot } from '../../../components/checklist/checklist-slot.tsx';
import { OverlayActionsContext } from '../../../components/overlay/overlay-actions.ts';
import { OverlayApp } from '../../../components/overlay/overlay-app.tsx';
import type { ChecklistProgress } from '../../../utils/checklist/progress.ts';
import type { FormStepKey } from '../../../utils/site/selectors.ts';
import { usePageStore } from '../../../utils/state/page-store.ts';
import { useProfileStore } from '../../../utils/state/profile-store.ts';
import { testI18n } from '../test-i18n.ts';
import { bindMemoryProfile, memoryProfile, renderLocalized, type MemoryProfile } from './render.tsx';

const STEPS: { index: number; key: FormStepKey; title: string }[] = [
  { index: 1, key: 'personal-info', title: 'Informations personnelles' },
  { index: 2, key: 'reason', title: 'Motif de la demande' },
  { index: 3, key: 'resources', title: 'Ressources' },
  { index: 4, key: 'documents', title: 'Justificatifs' },
  { index: 5, key: 'summary', title: 'Récapitulatif' },
  { index: 6, key: 'confirmation', title: 'Confirmation' },
];

function onStudentForm(index: number) {
  const step = STEPS[index - 1]!;
  usePageStore.setState({
    page: { kind: 'sejour-form', era: 'dsfr-2026', language: 'fr', route: '/sejour/demande-tse/etudiant', formStep: { index, total: 6, title: step.title, key: step.key } },
  });
}

const following = (ticked: string[] = []): ChecklistProgress => ({
  chosen: 'etudiant-renouvellement',
  ticked: { 'etudiant-renouvellement': ticked },
});

let profile: MemoryProfile;
let unbind: () => void = () => {};

async function renderSlot(language: 'fr' | 'ar', progress?: ChecklistProgress, openDashboard = vi.fn()) {
  profile = memoryProfile(progress);
  unbind = await bindMemoryProfile(profile);
  const view = await renderLocalized(
    language,
    <OverlayActionsContext.Provider value={{ openDashboard }}>
      <ChecklistSlot />
    </OverlayActionsContext.Provider>,
  );
  await screen.findByRole('heading', { level: 3 });
  return { view, openDashboard };
}

beforeEach(() => {
  useProfileStore.setState({ status: 'loading', profile: null, invalid: [] });
  onStudentForm(1);
});

afterEach(() => unbind());

describe('checklist slot in French', () => {
  it('suggests the procedure of the page and follows it when asked', async () => {
    await renderSlot('fr');
    expect(screen.getByText('Cette page correspond à la démarche : Étudiant : renouvellement.')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Ma démarche' })).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: 'Suivre cette démarche' }));
    expect(await screen.findByRole('heading', { level: 4, name: 'Étudiant : renouvellement' })).toBeVisible();
    expect(profile.checklist().chosen).toBe('etudiant-renouvellement');
    expect(screen.queryByRole('button', { name: 'Suivre cette démarche' })).toBeNull();
  });

  it('marks the step of the page and shows only its items, with what counts', async () => {
    onStudentForm(4);
    await renderSlot('fr', following());
    const current = screen.getAllByRole('listitem').filter((item) => item.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('Documents justificatifs');
    expect(current[0]).toHaveTextContent('Vous êtes ici');
    expect(screen.getByRole('heading', { name: 'Sur cette page : Documents justificatifs' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Justificatif de domicile de moins de 6 mois' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Code e-photo (photo et signature numériques)' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: "Certificat d'inscription ou justificatif de préinscription" })).toBeVisible();
    expect(screen.getByText(/attestation d'hébergement datée et signée/)).toBeVisible();
    expect(screen.getByText(/agréé ANTS/)).toBeVisible();
    expect(screen.getAllByRole('link', { name: 'Annexe 10 du CESEDA' }).length).toBeGreaterThan(0);
    // Items of other steps are not shown on this page.
    expect(screen.queryByRole('checkbox', { name: /Téléchargez l'attestation de dépôt/ })).toBeNull();
    // French readers get no duplicate French line.
    expect(screen.queryByText('En français :')).toBeNull();
  });

  it('follows the page from step to step', async () => {
    await renderSlot('fr', following());
    for (const step of STEPS) {
      act(() => onStudentForm(step.index));
      const current = screen.getAllByRole('listitem').filter((item) => item.getAttribute('aria-current') === 'step');
      expect(current, step.key).toHaveLength(1);
    }
  });

  it('saves a tick in the profile, and a second tick builds on the first', async () => {
    onStudentForm(4);
    await renderSlot('fr', following());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Justificatif de domicile de moins de 6 mois' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^Passeport/ }));
    expect(profile.checklist().ticked['etudiant-renouvellement']).toEqual(['address-proof', 'passport']);
    expect(screen.getByRole('checkbox', { name: 'Justificatif de domicile de moins de 6 mois' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('2 cases cochées sur');
  });

  it('can be used with the keyboard alone', async () => {
    onStudentForm(4);
    await renderSlot('fr', following());
    const first = screen.getByRole('checkbox', { name: /^Passeport/ });
    first.focus();
    await userEvent.keyboard(' ');
    expect(first).toBeChecked();
    await userEvent.tab();
    // The next focusable thing is a link of the first item's sources, then the next checkbox.
    while (document.activeElement?.getAttribute('type') !== 'checkbox') await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Titre de séjour actuel, recto et verso');
    await userEvent.keyboard(' ');
    expect(profile.checklist().ticked['etudiant-renouvellement']).toEqual(['passport', 'current-title']);
  });

  it('labels every checkbox', async () => {
    onStudentForm(4);
    await renderSlot('fr', following());
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) expect(box).toHaveAccessibleName();
  });

  it('lists what is still unticked on the récapitulatif ("before you send")', async () => {
    onStudentForm(5);
    await renderSlot('fr', following(['passport', 'anef-account']));
    const before = screen.getByRole('region', { name: /Avant d'envoyer/ });
    expect(within(before).getByText(/une fois envoyée, la demande ne peut plus être modifiée/)).toBeVisible();
    expect(within(before).getByRole('checkbox', { name: 'Justificatif de domicile de moins de 6 mois' })).not.toBeChecked();
    expect(within(before).getByRole('checkbox', { name: /Une fois la demande envoyée/ })).toBeVisible();
    expect(within(before).queryByRole('checkbox', { name: /^Passeport/ })).toBeNull();
    expect(within(before).queryByRole('checkbox', { name: /attestation de dépôt/ })).toBeNull();
    // Ticking here keeps the item in place (checked), so the focus does not fall off the list.
    const address = within(before).getByRole('checkbox', { name: 'Justificatif de domicile de moins de 6 mois' });
    await userEvent.click(address);
    expect(address).toBeChecked();
    expect(address).toBeInTheDocument();
  });

  it('says everything is ticked on the récapitulatif when it is', async () => {
    const { procedureItems, findProcedure } = await import('../../../utils/checklist/catalog.ts');
    onStudentForm(5);
    await renderSlot('fr', following(procedureItems(findProcedure('etudiant-renouvellement')!)));
    expect(screen.getByText('Tout est coché. Relisez quand même le récapitulatif avant d\'envoyer.')).toBeVisible();
  });

  it('off the form, shows the first step with something left to do', async () => {
    usePageStore.setState({ page: { kind: 'personal-space', era: 'dsfr-2026', language: 'fr', route: '/espace-personnel/mon-compte' } });
    await renderSlot('fr', following(['anef-account', 'renewal-window']));
    expect(screen.getByRole('heading', { name: 'À faire maintenant : Informations personnelles' })).toBeVisible();
    expect(screen.getAllByRole('listitem').some((item) => item.hasAttribute('aria-current'))).toBe(false);
    expect(screen.queryByText(/Cette page correspond/)).toBeNull();
  });

  it('says "check on ANEF" for a procedure the facts are unsure about', async () => {
    await renderSlot('fr', { chosen: 'salarie-renouvellement', ticked: {} });
    expect(screen.getByText(/Nous ne savons pas avec certitude si cette démarche se fait sur ANEF/)).toBeVisible();
    // The page is the student form: it offers to switch.
    expect(screen.getByRole('button', { name: 'Suivre cette démarche' })).toBeVisible();
  });

  it('changes procedure from the picker, keeping the ticks of each', async () => {
    onStudentForm(4);
    await renderSlot('fr', following(['passport']));
    await userEvent.click(screen.getByText('Changer de démarche'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Ma démarche' }), 'visiteur-renouvellement');
    expect(await screen.findByRole('heading', { level: 4, name: 'Visiteur : renouvellement' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: /^Passeport/ })).not.toBeChecked();
    expect(profile.checklist()).toEqual({ chosen: 'visiteur-renouvellement', ticked: { 'etudiant-renouvellement': ['passport'] } });
  });

  it('opens the whole list in the dashboard', async () => {
    const { openDashboard } = await renderSlot('fr', following());
    await userEvent.click(screen.getByRole('button', { name: 'Voir toute ma liste' }));
    expect(openDashboard).toHaveBeenCalledWith('procedures');
  });

  it('shows nothing personal when the profile is locked', async () => {
    profile = memoryProfile(following(['passport']));
    profile.transport.get = async () => ({ status: 'locked' });
    unbind = await bindMemoryProfile(profile);
    await renderLocalized('fr', <ChecklistSlot />);
    expect(await screen.findByText(/Vos données sont verrouillées/)).toBeVisible();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});

describe('checklist slot in Arabic', () => {
  it('is right to left, marks the step, and keeps the French words beside each item', async () => {
    onStudentForm(4);
    const { view } = await renderSlot('ar', following());
    expect(view.container.querySelector('.repere-root')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { level: 3, name: 'خطواتي' })).toBeVisible();
    const current = screen.getAllByRole('listitem').filter((item) => item.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('الوثائق المثبتة');
    expect(current[0]).toHaveTextContent('أنت هنا');
    const address = screen.getByRole('checkbox', { name: 'إثبات سكن عمره أقل من 6 أشهر' });
    const row = address.closest('li')!;
    const french = within(row).getByText('Justificatif de domicile de moins de 6 mois');
    expect(french.closest('bdi')?.getAttribute('lang')).toBe('fr');
    expect(french.closest('bdi')?.getAttribute('dir')).toBe('ltr');
    expect(within(row).getByText(/شهادة إيواء/)).toBeVisible();
    await userEvent.click(address);
    expect(profile.checklist().ticked['etudiant-renouvellement']).toEqual(['address-proof']);
  });

  it('suggests the procedure and lists the unticked items before sending', async () => {
    onStudentForm(5);
    await renderSlot('ar', following());
    expect(screen.getByRole('region', { name: /قبل الإرسال/ })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'إثبات سكن عمره أقل من 6 أشهر' })).toBeVisible();
    for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveAccessibleName();
  });

  it('offers the page procedure in Arabic when none is chosen', async () => {
    await renderSlot('ar');
    expect(screen.getByText('هذه الصفحة تخص الإجراء: طالب: تجديد.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'اتبع هذا الإجراء' }));
    expect(profile.checklist().chosen).toBe('etudiant-renouvellement');
  });
});

describe('checklist slot inside the panel', () => {
  it('is in the Repère landmark, after the page summary', async () => {
    onStudentForm(4);
    profile = memoryProfile(following());
    unbind = await bindMemoryProfile(profile);
    const i18n = await testI18n('fr');
    const { render } = await import('@testing-library/react');
    render(<OverlayApp i18n={i18n} actions={{ openDashboard: vi.fn() }} browserLanguages={['fr']} hostDocument={document.implementation.createHTMLDocument('ANEF')} />);
    const panel = screen.getByRole('complementary', { name: /Repère/ });
    expect(within(panel).getByRole('heading', { level: 3, name: 'Mes étapes' })).toBeVisible();
    expect(within(panel).getByRole('checkbox', { name: 'Justificatif de domicile de moins de 6 mois' })).toBeVisible();
  });
});
