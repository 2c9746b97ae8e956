import { useTranslation } from 'react-i18next';
import type { Survey, SurveyResults } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/states';
import { todayIn, viewerTimeZone } from '../../../lib/dates';
import { useFormat } from '../../../lib/use-format';
import type { AnswerFilter } from '../utils/filters';
import { useNumbers } from '../utils/numbers';
import { QuestionCard } from './question-card';
import styles from './survey-results.module.css';

const anyFolded = (r: SurveyResults) => r.questions.some((q) => q.folded || q.counts?.some((c) => c.folded));

/** How many responses the figures rest on, why some are hidden, and the questions' cards. */
export function ResultsBody({
  survey,
  results,
  filters,
  busy,
}: {
  survey: Survey;
  results: SurveyResults;
  filters: AnswerFilter[];
  /** the results of other filters are on their way */
  busy: boolean;
}) {
  const { t } = useTranslation();
  const n = useNumbers();
  const f = useFormat();
  const questionText = (id: string) => survey.questions.find((q) => q.id === id)?.text ?? id;
  const filtered = filters.length > 0;
  return (
    <>
      <p className={styles.matching}>
        {filtered
          ? t('surveyResults.matching', {
              count: results.responses,
              n: n.int(results.responses),
              total: n.int(survey.responses),
            })
          : t('surveyResults.all', { count: results.responses, n: n.int(results.responses) })}
      </p>
      {filtered && (
        <p className="print-only">
          {t('surveyResults.filter.printed', {
            filters: filters.map((x) => `${questionText(x.questionId)}: ${x.option}`).join('; '),
          })}
        </p>
      )}
      <p className="print-only">{t('surveyResults.printedOn', { date: f.date(todayIn(viewerTimeZone())) })}</p>
      {anyFolded(results) && (
        <Alert tone="info" live={false} className={styles.note}>
          <p>{t('surveyResults.foldNote')}</p>
        </Alert>
      )}
      {results.responses === 0 ? (
        <EmptyState title={t(filtered ? 'surveyResults.noMatchTitle' : 'surveyResults.noResponsesTitle')}>
          {t(filtered ? 'surveyResults.noMatch' : 'surveyResults.noResponses')}
        </EmptyState>
      ) : (
        <div className={styles.cards} aria-busy={busy || undefined}>
          {results.questions.map((r) => (
            <QuestionCard
              key={r.id}
              result={r}
              question={survey.questions.find((q) => q.id === r.id)}
              lang={survey.language}
            />
          ))}
        </div>
      )}
    </>
  );
}
