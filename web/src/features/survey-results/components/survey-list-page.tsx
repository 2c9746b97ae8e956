import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, SkeletonCards } from '../../../components/ui/states';
import { useSurveys } from '../api/get-surveys';
import { SurveyListItem } from './survey-list-item';
import styles from './survey-results.module.css';

/** The surveys the person may read, newest first, each leading to its results. */
export function SurveyListPage() {
  const { t } = useTranslation();
  const surveys = useSurveys();
  const sorted = surveys.data ? [...surveys.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [];
  return (
    <Page title={t('surveyResults.listTitle')} intro={t('surveyResults.listIntro')}>
      {surveys.isPending && <SkeletonCards count={2} label={t('surveyResults.loading')} />}
      {surveys.isError && <ErrorState error={surveys.error} onRetry={() => void surveys.refetch()} />}
      {surveys.data && sorted.length === 0 && (
        <EmptyState title={t('surveyResults.emptyTitle')}>{t('surveyResults.empty')}</EmptyState>
      )}
      {sorted.length > 0 && (
        <ul className={styles.list} aria-label={t('surveyResults.listTitle')}>
          {sorted.map((s) => (
            <SurveyListItem key={s.id} survey={s} />
          ))}
        </ul>
      )}
    </Page>
  );
}
