/**
 * The dashboard's "failure" section: the ladder the law sets when ANEF fails, step by step, in
 * the person's language — (1) keep dated evidence, (2) the CCC, (3) the PAN, (4) the letter to
 * the préfet asking for the substitution solution, (5) after the letter. The person's data comes
 * from the profile (sections `journal` and `person`); nothing leaves this computer.
 */
import { useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { LADDER_STEPS, ladderState, type LadderStep, type StepStatus } from '../../utils/failure/ladder.ts';
import { IntroSection } from '../dashboard/intro-section.tsx';
import { ArrowIcon, CheckIcon, CircleIcon } from '../shared/icons.tsx';
import { useLetter } from '../letter/use-letter.ts';
import { AfterStep } from './after-step.tsx';
import { CccStep, PanStep } from './help-steps.tsx';
import { JournalStep } from './journal-step.tsx';
import { LetterStep } from './letter-step.tsx';

const STATUS_ICON: Record<StepStatus, ReactNode> = {
  done: <CheckIcon size={20} />,
  current: <ArrowIcon size={20} />,
  todo: <CircleIcon size={20} />,
};

function Step({ step, headingRef, children }: { step: LadderStep; headingRef: RefObject<HTMLHeadingElement | null>; children: ReactNode }) {
  const { t } = useTranslation('failure');
  return (
    <section className="repere-step" aria-labelledby={`failure-${step}`}>
      <h2 id={`failure-${step}`} ref={headingRef} tabIndex={-1}>{t(`${step}.title`)}</h2>
      {children}
    </section>
  );
}

export function FailureSection() {
  const { t } = useTranslation('failure');
  const letter = useLetter();
  const { data } = letter;
  const refs = {
    journal: useRef<HTMLHeadingElement>(null),
    ccc: useRef<HTMLHeadingElement>(null),
    pan: useRef<HTMLHeadingElement>(null),
    letter: useRef<HTMLHeadingElement>(null),
    after: useRef<HTMLHeadingElement>(null),
  } satisfies Record<LadderStep, RefObject<HTMLHeadingElement | null>>;

  if (data.status === 'locked') return <><IntroSection section="failure" /><p className="repere-notice">{t('locked')}</p></>;
  if (data.status === 'loading') return <><IntroSection section="failure" /><p role="status">{t('loading')}</p></>;
  if (data.status === 'error') return <><IntroSection section="failure" /><p className="repere-alert">{t('loadError')}</p></>;

  const ladder = ladderState(data.journal);
  const go = (step: LadderStep) => {
    refs[step].current?.scrollIntoView({ block: 'start' });
    refs[step].current?.focus();
  };

  return (
    <div className="repere-dashboard__section repere-failure">
      <IntroSection section="failure" />
      <p>{t('intro')}</p>
      <section className="repere-slot" aria-labelledby="failure-ladder">
        <h2 id="failure-ladder">{t('ladder.title')}</h2>
        <ol className="repere-ladder">
          {LADDER_STEPS.map((step) => (
            <li key={step} className={`repere-ladder__step is-${ladder.status[step]}`}>
              {STATUS_ICON[ladder.status[step]]}
              <span className="repere-ladder__name">{t(`ladder.step.${step}`)}</span>
              <span className="repere-ladder__status">{t(`ladder.status.${ladder.status[step]}`)}</span>
              <button type="button" className="repere-button repere-button--secondary" onClick={() => go(step)}>
                {t('ladder.go')}
                <span className="repere-visually-hidden"> : {t(`ladder.step.${step}`)}</span>
              </button>
            </li>
          ))}
        </ol>
      </section>
      <Step step="journal" headingRef={refs.journal}>
        <JournalStep journal={data.journal} ladder={ladder} onSave={(next) => void data.saveJournal(next)} />
      </Step>
      <Step step="ccc" headingRef={refs.ccc}>
        <CccStep journal={data.journal} person={data.person} onSave={(next) => void data.saveJournal(next)} />
      </Step>
      <Step step="pan" headingRef={refs.pan}>
        <PanStep journal={data.journal} onSave={(next) => void data.saveJournal(next)} />
      </Step>
      <Step step="letter" headingRef={refs.letter}>
        <LetterStep letter={letter} ladder={ladder} />
      </Step>
      <Step step="after" headingRef={refs.after}>
        <AfterStep ladder={ladder} />
      </Step>
    </div>
  );
}
