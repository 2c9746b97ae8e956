import { useTranslation } from 'react-i18next';
import type { Space } from '@popdesk/shared';
import { SelectField } from '../../../components/ui/field';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useLanguage } from '../../../lib/i18n';
import { useMonthlyReport } from '../api/get-monthly-report';
import { useUsage } from '../api/get-usage';
import type { HeatmapSpace } from '../utils/heatmap';
import { addMonths, monthNames } from '../utils/months';
import { MonthSelect, type MonthLife } from './month-select';
import { ReportActions } from './report-actions';
import { ReportBody } from './report-body';
import styles from './reports.module.css';

interface Props {
  spaces: Space[];
  spaceId: string;
  month: string;
  /** The months of the space's life, the running one included. */
  life: MonthLife;
  onChange: (next: { spaceId: string; month: string }) => void;
  /** The space's hours, closures and desks, for the weekday × hour map (left out while unknown). */
  detail?: HeatmapSpace;
}

const TREND_MONTHS = 12;

/** One space's month for its council: the figures, their trend, when and by whom desks are used. */
export function ReportPage({ spaces, spaceId, month, life, onChange, detail }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const names = monthNames(lng);
  const space = spaces.find((s) => s.id === spaceId);
  const report = useMonthlyReport(spaceId, month);
  const trend = useUsage({ from: addMonths(month, -(TREND_MONTHS - 1)), to: month, spaceId });
  const running = month >= life.current;

  return (
    <Page
      title={t('reports.monthlyTitle')}
      intro={
        space
          ? t(running ? 'reports.monthlyIntroRunning' : 'reports.monthlyIntro', {
              space: space.name,
              town: space.town,
              month: names.long(month),
            })
          : undefined
      }
      actions={<ReportActions target={{ kind: 'monthly', spaceId, month }} printable={!!report.data} />}
    >
      <div className={`${styles.toolbar} no-print`}>
        {spaces.length > 1 && (
          <SelectField
            label={t('frontDesk.space')}
            value={spaceId}
            onChange={(e) => onChange({ spaceId: e.target.value, month })}
          >
            {spaces.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.town})
              </option>
            ))}
          </SelectField>
        )}
        <MonthSelect
          label={t('reports.month')}
          value={month}
          life={life}
          onChange={(m) => onChange({ spaceId, month: m })}
        />
      </div>
      <p className="print-only">
        {t('reports.printedOn', { date: new Date().toLocaleDateString(lng === 'de' ? 'de-DE' : 'en-GB') })}
      </p>

      {report.isPending && <Skeleton lines={8} height="3rem" label={t('reports.loading')} />}
      {report.isError && <ErrorState error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <ReportBody
          report={report.data}
          trend={trend.data?.filter((m) => m.spaceId === spaceId)}
          trendError={trend.error}
          detail={detail}
          running={running}
        />
      )}
    </Page>
  );
}
