import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useLanguage } from '../../../lib/i18n';
import { useUsage } from '../api/get-usage';
import { useLasting } from '../hooks/use-lasting';
import { bySpace, metricLabel, type Metric } from '../utils/compare';
import { MAX_RANGE_MONTHS, monthNames, rangeProblem } from '../utils/months';
import { CompareResult } from './compare-result';
import { CompareToolbar } from './compare-toolbar';
import type { MonthLife } from './month-select';
import { ReportActions } from './report-actions';
import styles from './reports.module.css';

export { CHART_MAX_SPACES, METRICS, type Metric } from '../utils/compare';

interface Props {
  from: string;
  to: string;
  metric: Metric;
  /** The months of all the spaces' lives, the running one included. */
  life: MonthLife;
  onChange: (next: { from: string; to: string; metric: Metric }) => void;
}

/** Spaces and towns side by side over a period, in one figure: as lines over the months and as a table. */
export function ComparePage({ from, to, metric, life, onChange }: Props) {
  const { t } = useTranslation();
  const names = monthNames(useLanguage());
  const errorId = `${useId()}-err`;
  const usage = useUsage({ from, to });
  const metricName = metricLabel(metric, t);
  const problem = rangeProblem(from, to);
  const invalid = problem !== null;
  const spaces = bySpace(usage.data ?? []);
  const slow = useLasting(!invalid && usage.isFetching, 3_000);

  return (
    <Page
      title={t('reports.compare.title')}
      intro={t('reports.compare.intro')}
      actions={
        <ReportActions target={{ kind: 'usage', range: { from, to } }} printable={!!usage.data && spaces.length > 0} />
      }
    >
      <CompareToolbar
        from={from}
        to={to}
        metric={metric}
        life={life}
        onChange={onChange}
        rangeErrorId={invalid ? errorId : undefined}
      />
      {invalid && (
        <p id={errorId} className={styles.error} role="alert">
          {problem === 'order'
            ? t('reports.compare.rangeError')
            : t('reports.compare.rangeTooLong', { max: MAX_RANGE_MONTHS })}
        </p>
      )}
      <p className="print-only">
        {t('reports.compare.printHeading', { metric: metricName, from: names.long(from), to: names.long(to) })}
      </p>

      {slow && (
        <p role="status" className="muted">
          {t('reports.compare.slow')}
        </p>
      )}
      {!invalid && usage.isPending && <Skeleton lines={6} height="3rem" label={t('reports.loading')} />}
      {!invalid && usage.isError && <ErrorState error={usage.error} onRetry={() => void usage.refetch()} />}
      {!invalid && usage.data && spaces.length === 0 && (
        <EmptyState title={t('reports.compare.emptyTitle')}>{t('reports.compare.empty')}</EmptyState>
      )}
      {!invalid && usage.data && spaces.length > 0 && (
        <CompareResult spaces={spaces} from={from} to={to} metric={metric} current={life.current} />
      )}
    </Page>
  );
}
