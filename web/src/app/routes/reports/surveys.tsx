import { SurveyListPage } from '../../../features/survey-results/components/survey-list-page';

/** The surveys the person may read, with a way to each one's results. */
export function Component() {
  return <SurveyListPage />;
}
