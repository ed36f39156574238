/**
 * Step 5, after the letter: when to chase it (advice, not a legal deadline: the rule on silence
 * for this letter is unsure, facts/legal.md §3.4), then two routes to discuss with an association
 * or a lawyer: the Défenseur des droits and the référé "mesures utiles" (L. 521-3 CJA).
 */
import { useTranslation } from 'react-i18next';
import { formatFrenchDate } from '../../utils/dates/format.ts';
import type { LadderState } from '../../utils/failure/ladder.ts';
import { DDD_ADDRESS, DDD_HELP_URL, DDD_PHONE } from '../../utils/legal/sources.ts';
import { Rich } from '../shared/rich-text.tsx';
import { Sources } from './form-parts.tsx';

export function AfterStep({ ladder }: { ladder: LadderState }) {
  const { t } = useTranslation('failure');
  return (
    <>
      {ladder.letterSentOn && ladder.chaseFrom ? (
        <p className="repere-slot">
          <Rich ns="failure" k="after.chase" values={{ sent: formatFrenchDate(ladder.letterSentOn), chase: formatFrenchDate(ladder.chaseFrom) }} />
        </p>
      ) : (
        <p>{t('after.notSent')}</p>
      )}
      <p>{t('after.chaseNote')}</p>
      <p className="repere-notice">{t('after.options')}</p>
      <h3>{t('after.ddd.title')}</h3>
      <p>{t('after.ddd.what')}</p>
      <ul>
        <li>
          {t('after.ddd.online')}{' '}
          <a href={DDD_HELP_URL} target="_blank" rel="noreferrer noopener" lang="fr" dir="ltr">defenseurdesdroits.fr</a>
        </li>
        <li><Rich ns="failure" k="after.ddd.post" values={{ address: DDD_ADDRESS }} /></li>
        <li>{t('after.ddd.delegate')}</li>
        <li><Rich ns="failure" k="after.ddd.phone" values={{ phone: DDD_PHONE }} /></li>
      </ul>
      <p>{t('after.ddd.before')}</p>
      <p><strong>{t('after.ddd.deadlines')}</strong></p>
      <Sources ids={['ddd-help', 'ddd-address', 'ddd-phone']} />
      <h3>{t('after.refere.title')}</h3>
      <p>{t('after.refere.what')}</p>
      <p>{t('after.refere.evidence')}</p>
      <Sources ids={['cja-l521-3', 'ce-2020-435594', 'gisti-evidence']} />
      <h3>{t('after.help.title')}</h3>
      <p>{t('after.help.text')}</p>
    </>
  );
}
