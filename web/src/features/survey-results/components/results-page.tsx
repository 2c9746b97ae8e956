import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isApiError } from '../../../lib/api-client';
import { useSurvey } from '../api/get-survey';
import { useSurveyResults } from '../api/get-survey-results';
import { useMatchingAnnouncement } from '../hooks/use-matching-announcement';
import { validFilters, type AnswerFilter } from '../utils/filters';
import { FilterBar } from './filter-bar';
import { ResultsActions } from './results-actions';
import { ResultsBody } from './results-body';
import { ResultsFacts } from './results-facts';

interface Props {
  surveyId: string;
  /** `?filter=<questionId>:<option>` as the address holds them; those that fit the survey apply */
  filterValues: string[];
  onFilters: (next: AnswerFilter[]) => void;
}

/** A survey's results: what it is, filters, downloads, then one card per question. */
export function ResultsPage({ surveyId, filterValues, onFilters }: Props) {
  const { t } = useTranslation();
  const survey = useSurvey(surveyId);
  const filters = survey.data ? validFilters(filterValues, survey.data.questions) : [];
  const results = useSurveyResults(surveyId, filters, !!survey.data);
  const settled = !!results.data && !results.isPlaceholderData;
  useMatchingAnnouncement(filters, results.data?.responses, settled);

  if (survey.isPending) return <Skeleton lines={6} height="3rem" label={t('surveyResults.loading')} />;
  if (survey.isError) {
    return (
      <Page title={t('surveyResults.resultsTitle')}>
        <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />
        <p>
          <Link to="/reports/surveys">{t('surveyResults.backToList')}</Link>
        </p>
      </Page>
    );
  }
  const s = survey.data;
  return (
    <Page
      title={s.title}
      intro={t('surveyResults.resultsIntro')}
      actions={<ResultsActions surveyId={s.id} filters={filters} printable={!!results.data} />}
    >
      <ResultsFacts survey={s} />
      <FilterBar questions={s.questions} filters={filters} lang={s.language} onChange={onFilters} />
      {results.isPending && <Skeleton lines={6} height="3rem" label={t('surveyResults.loading')} />}
      {results.isError &&
        (isApiError(results.error) && results.error.slug === 'too-few-responses' ? (
          // a status, so that the live region says it too: the filters left 1 or 2 responses
          <Alert tone="warn" title={t('surveyResults.tooFewTitle')}>
            <p>{t('surveyResults.tooFew')}</p>
          </Alert>
        ) : (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        ))}
      {results.data && (
        <ResultsBody survey={s} results={results.data} filters={filters} busy={results.isPlaceholderData} />
      )}
    </Page>
  );
}
