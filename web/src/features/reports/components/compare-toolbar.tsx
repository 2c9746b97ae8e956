import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/field';
import { METRICS, metricLabel, type Metric } from '../utils/compare';
import { MonthSelect, type MonthLife } from './month-select';
import styles from './reports.module.css';

interface Props {
  from: string;
  to: string;
  metric: Metric;
  life: MonthLife;
  onChange: (next: { from: string; to: string; metric: Metric }) => void;
  /** The id of the message saying the period ends before it starts, while it is shown. */
  rangeErrorId?: string;
}

/** The comparison's period and figure. */
export function CompareToolbar({ from, to, metric, life, onChange, rangeErrorId }: Props) {
  const { t } = useTranslation();

  return (
    <div className={`${styles.toolbar} no-print`}>
      <MonthSelect
        label={t('reports.compare.from')}
        value={from}
        life={life}
        onChange={(m) => onChange({ from: m, to, metric })}
        aria-invalid={!!rangeErrorId || undefined}
        aria-describedby={rangeErrorId}
      />
      <MonthSelect
        label={t('reports.compare.to')}
        value={to}
        life={life}
        onChange={(m) => onChange({ from, to: m, metric })}
      />
      <SelectField
        label={t('reports.compare.metric')}
        value={metric}
        onChange={(e) => onChange({ from, to, metric: e.target.value as Metric })}
      >
        {METRICS.map((m) => (
          <option key={m} value={m}>
            {metricLabel(m, t)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
