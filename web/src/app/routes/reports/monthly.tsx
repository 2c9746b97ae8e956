import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { todayIn } from '../../../lib/dates';
import { useSpace } from '../../../features/spaces/api/get-space';
import { ReportPage } from '../../../features/reports/components/report-page';
import { addMonths, isMonth, monthOf } from '../../../features/reports/utils/months';
import { pickSpace, useManagedSpaces } from '../managed-spaces';

/** The monthly report of one of the person's spaces; space and month live in the URL (and in print). */
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const managed = useManagedSpaces();
  const space = pickSpace(managed.spaces, params.get('space'));
  // hours, closures and desks (spaces feature) let the report draw its weekday × hour map
  const detail = useSpace(space?.id ?? '', !!space);

  if (managed.isPending) return <Skeleton lines={6} height="3rem" />;
  if (!managed.spaces) return <ErrorState error={managed.error} onRetry={managed.refetch} />;
  if (!space) {
    return (
      <Page title={t('reports.monthlyTitle')}>
        <EmptyState title={t('spaceAdmin.noSpacesTitle')}>{t('spaceAdmin.noSpacesStaff')}</EmptyState>
      </Page>
    );
  }
  const current = monthOf(todayIn(space.timezone));
  // by default the last complete month: what goes to the council
  const requested = params.get('month');
  const month = isMonth(requested) ? requested : addMonths(current, -1);
  return (
    <ReportPage
      spaces={managed.spaces}
      spaceId={space.id}
      month={month}
      latestMonth={current}
      onChange={(next) => setParams({ space: next.spaceId, month: next.month }, { replace: true })}
      detail={detail.data?.id === space.id ? detail.data : undefined}
    />
  );
}
