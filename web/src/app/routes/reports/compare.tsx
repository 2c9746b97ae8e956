import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../../components/ui/states';
import { ComparePage, METRICS, type Metric } from '../../../features/reports/components/compare-page';
import { isMonth, lastMonths } from '../../../features/reports/utils/months';
import { useLife } from './use-life';
import { useUrlDefaults } from './use-url-defaults';

/** Comparing spaces and towns; period and figure live in the URL (each choice a history entry). */
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const life = useLife(undefined, 'Europe/Berlin');
  // by default the last 12 complete months (or the whole life, when shorter)
  const period = life ? lastMonths(life, 12) : undefined;
  useUrlDefaults(period);
  if (!life || !period) return <Skeleton lines={6} height="3rem" label={t('reports.loading')} />;
  const from = params.get('from');
  const to = params.get('to');
  const metric = METRICS.find((m) => m === params.get('metric')) ?? 'utilisation';
  return (
    <ComparePage
      from={isMonth(from) ? from : period.from}
      to={isMonth(to) ? to : period.to}
      metric={metric}
      life={life}
      onChange={(next: { from: string; to: string; metric: Metric }) => setParams(next)}
    />
  );
}
