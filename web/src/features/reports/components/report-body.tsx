import { useTranslation } from 'react-i18next';
import type { MonthFigures, MonthlyReport } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { useLanguage } from '../../../lib/i18n';
import type { HeatmapSpace } from '../utils/heatmap';
import { addMonths, monthNames } from '../utils/months';
import { DemandLink } from './demand-link';
import { EventsSection } from './events-section';
import { KpiGrid } from './kpi-grid';
import { ProfileSection } from './profile-section';
import { ReportTables } from './report-tables';
import { RoomsSection } from './rooms-section';
import { TrendSection } from './trend-section';
import styles from './reports.module.css';

interface Props {
  report: MonthlyReport;
  trend: MonthFigures[] | undefined;
  trendError: unknown;
  detail?: HeatmapSpace;
  /** The month is still running: its figures will change. */
  running?: boolean;
}

/**
 * The month's report (marked provisional while it runs): headline figures, the trend, the month's
 * profile, its events and rooms, and every number as tables.
 */
export function ReportBody({ report, trend, trendError, detail, running = false }: Props) {
  const { t } = useTranslation();
  const names = monthNames(useLanguage());
  const previousMonth = addMonths(report.month, -1);
  // no change against a month the space was not open in (before its life, or closed all month)
  const previous = trend?.find((m) => m.month === previousMonth && m.openDays > 0);
  return (
    <>
      {running && (
        <Alert tone="warn" title={t('reports.months.runningTitle')} live={false}>
          <p>{t('reports.months.runningText')}</p>
        </Alert>
      )}
      {report.openDays === 0 && (
        <Alert tone="info" title={t('reports.closedMonthTitle')} live={false}>
          <p>{t('reports.closedMonth')}</p>
        </Alert>
      )}
      <section aria-labelledby="kpi-heading" className={styles.block}>
        <h2 id="kpi-heading">{t('reports.kpiHeading', { month: names.long(report.month) })}</h2>
        <KpiGrid report={report} previous={previous} />
      </section>
      <TrendSection report={report} trend={trend} trendError={trendError} />
      <ProfileSection report={report} detail={detail} />
      <EventsSection report={report} />
      <RoomsSection report={report} />
      <DemandLink spaceId={report.spaceId} />
      <section aria-labelledby="tables-heading" className={`${styles.block} print-hide`}>
        <h2 id="tables-heading">{t('reports.tablesHeading')}</h2>
        <p className="muted">{t('reports.tablesIntro')}</p>
        <ReportTables report={report} trend={trend ?? []} />
      </section>
    </>
  );
}
