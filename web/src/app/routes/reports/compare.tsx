import { useSearchParams } from 'react-router';
import { todayIn } from '../../../lib/dates';
import { ComparePage, METRICS, type Metric } from '../../../features/reports/components/compare-page';
import { addMonths, isMonth, monthOf } from '../../../features/reports/utils/months';

/** Comparing spaces and towns; period and figure live in the URL. */
export function Component() {
  const [params, setParams] = useSearchParams();
  const current = monthOf(todayIn('Europe/Berlin'));
  const from = params.get('from');
  const to = params.get('to');
  const metric = METRICS.find((m) => m === params.get('metric')) ?? 'utilisation';
  return (
    <ComparePage
      from={isMonth(from) ? from : addMonths(current, -11)}
      to={isMonth(to) ? to : current}
      metric={metric}
      latestMonth={current}
      onChange={(next: { from: string; to: string; metric: Metric }) => setParams(next, { replace: true })}
    />
  );
}
