import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionResult } from '@popdesk/shared';
import { useNumbers } from '../utils/numbers';
import { CountsChart } from './counts-chart';
import { CountsTable } from './counts-table';
import { QuestionStats } from './question-stats';
import { TextAnswers } from './text-answers';
import styles from './survey-results.module.css';

/**
 * One question's results: choices and scales as bars (with a table of the same numbers), numbers
 * and scales with mean and median, free texts as a list. The question's words are in the survey's
 * language, which the card says (WCAG 3.1.2). Memoised: new filters redraw only the cards whose
 * results changed (the query keeps unchanged parts of the answer as they were).
 */
export const QuestionCard = memo(function QuestionCard({
  result: r,
  question,
  lang,
}: {
  result: QuestionResult;
  question: Question | undefined;
  lang: string;
}) {
  const { t } = useTranslation();
  const n = useNumbers();
  const headingId = useId();
  const counts = r.counts ?? [];
  const spoken = counts
    .map((c) => `${c.option}: ${c.folded || c.n === null ? t('surveyResults.foldedCountSpoken') : n.int(c.n)}`)
    .join('; ');
  return (
    <section className={`card ${styles.card}`} aria-labelledby={headingId}>
      <h2 id={headingId} lang={lang}>
        {r.text}
      </h2>
      <p className={styles.answered}>{t('surveyResults.answered', { count: r.n, n: n.int(r.n) })}</p>
      {counts.length > 0 && (
        <>
          <div className={styles.chart} role="img" aria-label={t('surveyResults.chartLabel', { counts: spoken })}>
            <CountsChart counts={counts} format={n.int} foldedText={t('surveyResults.foldedCount')} />
          </div>
          <CountsTable caption={r.text} lang={lang} counts={counts} answered={r.n} />
        </>
      )}
      {(r.kind === 'number' || r.kind === 'scale') && <QuestionStats result={r} unit={question?.unit} />}
      {r.kind === 'text' && <TextAnswers texts={r.texts} lang={lang} />}
    </section>
  );
});
