import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/field';
import { useLanguage } from '../../../lib/i18n';
import { METRICS, withValue, type Metric } from '../utils/compare';
import { monthNames, recentMonths } from '../utils/months';
import styles from './reports.module.css';

interface Props {
  from: string;
  to: string;
  metric: Metric;
  latestMonth: string;
  onChange: (next: { from: string; to: string; metric: Metric }) => void;
  /** The id of the message saying the period ends before it starts, while it is shown. */
  rangeErrorId?: string;
}

/** The comparison's period and figure. */
export function CompareToolbar({ from, to, metric, latestMonth, onChange, rangeErrorId }: Props) {
  const { t } = useTranslation();
  const names = monthNames(useLanguage());
  const choices = recentMonths(latestMonth, 36);
  const monthOptions = (value: string) =>
    withValue(choices, value).map((m) => (
      <option key={m} value={m}>
        {names.long(m)}
      </option>
    ));

  return (
    <div className={`${styles.toolbar} no-print`}>
      <SelectField
        label={t('reports.compare.from')}
        value={from}
        onChange={(e) => onChange({ from: e.target.value, to, metric })}
        aria-invalid={!!rangeErrorId || undefined}
        aria-describedby={rangeErrorId}
      >
        {monthOptions(from)}
      </SelectField>
      <SelectField
        label={t('reports.compare.to')}
        value={to}
        onChange={(e) => onChange({ from, to: e.target.value, metric })}
      >
        {monthOptions(to)}
      </SelectField>
      <SelectField
        label={t('reports.compare.metric')}
        value={metric}
        onChange={(e) => onChange({ from, to, metric: e.target.value as Metric })}
      >
        {METRICS.map((m) => (
          <option key={m} value={m}>
            {t(`reports.kpi.${m}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
