import { useTranslation } from 'react-i18next';
import type { QuestionResult } from '@popdesk/shared';
import { useNumbers } from '../utils/numbers';
import styles from './survey-results.module.css';

/** Mean and median of a number or scale question, or why they are not shown. */
export function QuestionStats({ result: r, unit }: { result: QuestionResult; unit?: string }) {
  const { t } = useTranslation();
  const n = useNumbers();
  if (r.folded || r.mean == null || r.median == null) {
    return <p className={styles.folded}>{t('surveyResults.tooFewAnswers')}</p>;
  }
  const value = (v: number) => (unit ? `${n.decimal(v)} ${unit}` : n.decimal(v));
  return (
    <dl className={styles.stats}>
      <div>
        <dt>{t('surveyResults.mean')}</dt>
        <dd>{value(r.mean)}</dd>
      </div>
      <div>
        <dt>{t('surveyResults.median')}</dt>
        <dd>{value(r.median)}</dd>
      </div>
    </dl>
  );
}
