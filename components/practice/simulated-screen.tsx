/**
 * One simulated ANEF screen. It copies ANEF's words, not its look: plain boxes in our own style,
 * so that nobody can take it for the State's site (facts/legal.md §7). Buttons move between
 * screens the way the real site would; nothing is sent anywhere.
 */
import { useId, type ReactNode } from 'react';
import type { ScreenId } from './screens.ts';

interface ScreenProps {
  id: ScreenId;
  go(id: ScreenId): void;
}

const STEP_TITLES = ['Informations personnelles', 'Motif de la demande', 'Ressources', 'Justificatifs', 'Récapitulatif', 'Confirmation'];

function Field({ label, value = '', type = 'text' }: { label: string; value?: string; type?: string }) {
  const id = useId();
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} defaultValue={type === 'file' ? undefined : value} />
    </div>
  );
}

function Stepper({ index }: { index: number }) {
  return (
    <div className="sim-stepper">
      <p className="sim-stepper__state">Étape {index} sur 6</p>
      <h2>{STEP_TITLES[index - 1]}</h2>
      <ol className="sim-stepper__bar" aria-hidden="true">
        {STEP_TITLES.map((title, i) => (
          <li key={title} className={i < index ? 'is-done' : ''} />
        ))}
      </ol>
      {index < 6 ? <p className="sim-stepper__next">Étape suivante : {STEP_TITLES[index]}</p> : null}
    </div>
  );
}

function Actions({ back, next, nextLabel = 'Enregistrer et poursuivre', go }: { back?: ScreenId; next: ScreenId; nextLabel?: string; go(id: ScreenId): void }) {
  return (
    <div className="sim-actions">
      <button type="button" className="sim-button sim-button--secondary" onClick={() => go('personal-space')}>Abandonner la demande</button>
      {back ? <button type="button" className="sim-button sim-button--secondary" onClick={() => go(back)}>Précédent</button> : null}
      <button type="button" className="sim-button" onClick={() => go(next)}>{nextLabel}</button>
    </div>
  );
}

function FormPage({ index, children }: { index: number; children: ReactNode }) {
  return (
    <>
      <h1>Demande de renouvellement de titre de séjour — Étudiant</h1>
      <Stepper index={index} />
      {children}
    </>
  );
}

export function SimulatedScreen({ id, go }: ScreenProps) {
  switch (id) {
    case 'home':
      return (
        <>
          <h1>Étrangers en France</h1>
          <p>Bienvenue sur le site des démarches en ligne pour les étrangers en France.</p>
          <ul className="sim-tiles">
            {['Je demande ou renouvelle un titre de séjour', 'Je demande la nationalité française', 'Je déclare un changement de situation', 'Je demande un document de voyage', 'Je valide mon VLS-TS'].map((tile) => (
              <li key={tile}><button type="button" className="sim-tile" onClick={() => go('personal-space')}>{tile}</button></li>
            ))}
          </ul>
          <button type="button" className="sim-button" onClick={() => go('personal-space')}>Se connecter</button>
        </>
      );
    case 'personal-space':
      return (
        <>
          <h1>Mon espace personnel</h1>
          <p>Bienvenue Alex EXEMPLE</p>
          <section className="sim-card">
            <h2>Mon titre de séjour actuel</h2>
            <p>Carte de séjour pluriannuelle — mention « étudiant »</p>
            <p><strong>Expire le 20/02/2027</strong></p>
            <button type="button" className="sim-button" onClick={() => go('step-1')}>Je sollicite le renouvellement de ce titre</button>
          </section>
          <section className="sim-card">
            <h2>Mes demandes</h2>
            <p>N° 7501202601150000123 — Renouvellement — déposée le 15/01/2026 — en cours d'instruction</p>
            <button type="button" className="sim-button sim-button--secondary" onClick={() => go('dossier')}>Voir le suivi de ma demande</button>
          </section>
        </>
      );
    case 'step-1':
      return (
        <FormPage index={1}>
          <h3>Je vérifie et complète mes informations personnelles.</h3>
          <Field label="Nom d'usage" value="EXEMPLE" />
          <Field label="Adresse" value="12 rue de l'Exemple, 75011 Paris" />
          <Field label="Téléphone" value="06 00 00 00 00" type="tel" />
          <Actions next="step-2" go={go} />
        </FormPage>
      );
    case 'step-2':
      return (
        <FormPage index={2}>
          <h3>Je m'engage à remplir les conditions de séjour suivantes</h3>
          <Field label="Type d'établissement * :" value="Université" />
          <Field label="Nom de l'établissement" value="Université Exemple" />
          <Field label="Cycle d'études * :" value="Master" />
          <Actions back="step-1" next="step-3" go={go} />
        </FormPage>
      );
    case 'step-3':
      return (
        <FormPage index={3}>
          <h3>Je renseigne mes ressources et leur(s) origine(s).</h3>
          <p className="sim-info">L'ensemble de vos ressources doit être au moins égal à 615€ / mois.</p>
          <Field label="Origine des ressources * :" value="Bourse" />
          <Field label="Montant €/mois * :" value="700" />
          <Actions back="step-2" next="step-4" go={go} />
        </FormPage>
      );
    case 'step-4':
    case 'error':
      return (
        <FormPage index={4}>
          <h3>Je joins mes documents justificatifs</h3>
          {id === 'error' ? (
            <div className="sim-error" role="alert">
              <p><strong>Erreur</strong></p>
              <p>Une erreur technique est survenue. Veuillez réessayer ultérieurement.</p>
            </div>
          ) : null}
          <Field label="Justificatif de domicile datant de moins de 6 mois" type="file" />
          <Field label="Passeport en cours de validité" type="file" />
          <Field label="Code de la photo d'identité (e-photo)" value="" />
          <div className="sim-actions">
            <button type="button" className="sim-button sim-button--secondary" onClick={() => go('step-3')}>Précédent</button>
            <button type="button" className="sim-button sim-button--secondary" onClick={() => go('error')}>Joindre</button>
            <button type="button" className="sim-button" onClick={() => go('step-5')}>Enregistrer et poursuivre</button>
          </div>
        </FormPage>
      );
    case 'step-5':
      return (
        <FormPage index={5}>
          <h3>Je vérifie les informations que j'ai saisies en validant les 4 parties afin d'envoyer ma demande. Une fois la demande envoyée, je ne peux plus la modifier.</h3>
          <Actions back="step-4" next="step-6" nextLabel="Valider et transmettre ma demande >>" go={go} />
        </FormPage>
      );
    case 'step-6':
      return (
        <FormPage index={6}>
          <p className="sim-info">Votre demande a bien été enregistrée et vous allez recevoir un accusé de réception.</p>
          <button type="button" className="sim-button" onClick={() => go('dossier')}>Ouvrir ma confirmation de dépôt de demande (PDF)</button>
        </FormPage>
      );
    case 'dossier':
      return (
        <>
          <h1>Suivi de ma demande</h1>
          <section className="sim-card">
            <p>N° de la demande : 7501202601150000123</p>
            <p>Type de demande : Renouvellement de titre de séjour</p>
            <p>Date de dépôt : 15/01/2026</p>
            <p>État de la demande : En cours d'instruction</p>
          </section>
          <section className="sim-card">
            <h2>Mes documents</h2>
            <p>Ma confirmation de dépôt de demande (PDF)</p>
            <p>Attestation de prolongation d'instruction — Valable jusqu'au 15/03/2027</p>
          </section>
        </>
      );
  }
}
