import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useSpace } from '../../../features/spaces/api/get-space';
import { ReportPage } from '../../../features/reports/components/report-page';
import { isMonth } from '../../../features/reports/utils/months';
import { pickSpace, useManagedSpaces } from '../managed-spaces';
import { useLife } from './use-life';
import { useUrlDefaults } from './use-url-defaults';

/**
 * The monthly report of one of the person's spaces; space and month live in the URL (and in print),
 * each choice a history entry so that back and forward walk through the months looked at.
 */
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const managed = useManagedSpaces();
  const space = pickSpace(managed.spaces, params.get('space'));
  // hours, closures and desks (spaces feature) let the report draw its weekday × hour map
  const detail = useSpace(space?.id ?? '', !!space);
  const life = useLife(space?.id, space?.timezone ?? 'Europe/Berlin', !!space);
  useUrlDefaults(space && life ? { space: space.id, month: life.lastComplete } : undefined);

  if (managed.isPending) return <Skeleton lines={6} height="3rem" />;
  if (!managed.spaces) return <ErrorState error={managed.error} onRetry={managed.refetch} />;
  if (!space) {
    return (
      <Page title={t('reports.monthlyTitle')}>
        <EmptyState title={t('spaceAdmin.noSpacesTitle')}>{t('spaceAdmin.noSpacesStaff')}</EmptyState>
      </Page>
    );
  }
  if (!life) return <Skeleton lines={6} height="3rem" label={t('reports.loading')} />;
  // by default the last complete month of the space's life: what goes to the council
  const requested = params.get('month');
  const month = isMonth(requested) ? requested : life.lastComplete;
  return (
    <ReportPage
      spaces={managed.spaces}
      spaceId={space.id}
      month={month}
      life={life}
      onChange={(next) =>
        // another space: its own default month (its life may be years apart)
        setParams(next.spaceId === space.id ? { space: next.spaceId, month: next.month } : { space: next.spaceId })
      }
      detail={detail.data?.id === space.id ? detail.data : undefined}
    />
  );
}
