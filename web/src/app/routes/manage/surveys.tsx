import { useSearchParams } from 'react-router';
import { SurveysPage } from '../../../features/survey-admin/components/surveys-page';
import type { SurveyFilter } from '../../../features/survey-admin/utils/survey-filter';

/** The surveys the person manages; the filter lives in the URL so that a view can be shared. */
export function Component() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filter: SurveyFilter = {
    town: params.get('town') ?? '',
    space: params.get('space') ?? '',
    status: status === 'open' || status === 'closed' ? status : '',
  };
  return (
    <SurveysPage
      filter={filter}
      onFilter={(f) =>
        setParams(Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>, {
          replace: true,
        })
      }
    />
  );
}
