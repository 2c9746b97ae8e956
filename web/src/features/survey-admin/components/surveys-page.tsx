import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { buttonClass } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, SkeletonCards } from '../../../components/ui/states';
import { useSurveys } from '../api/get-surveys';
import { useSurveyActions } from '../hooks/use-survey-actions';
import { useSurveyProblem } from '../hooks/use-survey-problem';
import { filterSurveys, groupByTown, type SurveyFilter } from '../utils/survey-filter';
import { DeleteSurveyDialog } from './delete-survey-dialog';
import { SurveyCard } from './survey-card';
import { SurveyFilters } from './survey-filters';
import styles from './survey-admin.module.css';

interface Props {
  filter: SurveyFilter;
  onFilter: (f: SurveyFilter) => void;
}

/** The surveys the person manages, by town, filterable; each with its results, poster and actions. */
export function SurveysPage({ filter, onFilter }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const problem = useSurveyProblem();
  const surveys = useSurveys();
  const actions = useSurveyActions();
  const shown = groupByTown(filterSurveys(surveys.data ?? [], filter));
  return (
    <Page
      title={t('surveyAdmin.list.title')}
      intro={t('surveyAdmin.list.intro')}
      actions={
        <Link className={buttonClass()} to="/manage/surveys/new">
          {t('surveyAdmin.list.new')}
        </Link>
      }
    >
      {actions.notice && (
        <Alert tone="success" live={false}>
          <p>{actions.notice}</p>
        </Alert>
      )}
      {actions.statusError != null && (
        <Alert tone="error" title={t('surveyAdmin.list.actionFailed')}>
          <p>{problem(actions.statusError)}</p>
        </Alert>
      )}
      {surveys.isPending ? (
        <SkeletonCards count={3} label={t('surveyAdmin.list.loading')} />
      ) : surveys.isError ? (
        <ErrorState error={surveys.error} onRetry={() => void surveys.refetch()} />
      ) : surveys.data.length === 0 ? (
        <EmptyState
          title={t('surveyAdmin.list.emptyTitle')}
          action={
            <Link className={buttonClass()} to="/manage/surveys/new">
              {t('surveyAdmin.list.new')}
            </Link>
          }
        >
          {t('surveyAdmin.list.empty')}
        </EmptyState>
      ) : (
        <>
          <SurveyFilters surveys={surveys.data} filter={filter} onFilter={onFilter} />
          {shown.length === 0 && <p className="muted">{t('surveyAdmin.list.noMatch')}</p>}
          {shown.map(([town, list], i) => (
            <section key={town} aria-labelledby={`${ids}-t${i}`} className={styles.townSection}>
              <h2 id={`${ids}-t${i}`}>
                {town} <span className={styles.count}>({list.length})</span>
              </h2>
              <ul className={styles.surveyList}>
                {list.map((s) => (
                  <SurveyCard
                    key={s.id}
                    survey={s}
                    busy={actions.statusBusy === s.id}
                    onCopy={(x) => void actions.copyLink(x)}
                    onStatus={actions.toggleStatus}
                    onDelete={actions.askDelete}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <DeleteSurveyDialog actions={actions} />
    </Page>
  );
}
