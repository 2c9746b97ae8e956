import { useParams, useSearchParams } from 'react-router';
import { ResultsPage } from '../../../features/survey-results/components/results-page';
import { formatFilter, type AnswerFilter } from '../../../features/survey-results/utils/filters';

/**
 * One survey's results. The answer filters live in the address (`?filter=q1:Hamburg`, repeatable),
 * so a filtered view can be bookmarked or sent on, and each change is a history entry.
 */
export function Component() {
  const { surveyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const onFilters = (next: AnswerFilter[]) =>
    setParams((current) => {
      const out = new URLSearchParams(current);
      out.delete('filter');
      for (const f of next) out.append('filter', formatFilter(f));
      return out;
    });
  return (
    <ResultsPage key={surveyId} surveyId={surveyId} filterValues={params.getAll('filter')} onFilters={onFilters} />
  );
}
