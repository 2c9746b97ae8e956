import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '@popdesk/shared';
import { useNumbers } from '../utils/numbers';
import { groupLabel, groupSummary } from '../utils/report-text';
import { BarsChart } from './bars-chart';
import { ChartFigure } from './chart-figure';
import styles from './reports.module.css';

/** Who booked, by group: bars on screen, a small table on paper. */
export function GroupFigures({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const groups = report.byGroup.map((g) => ({ label: groupLabel(g.group, t), users: g.users, bookings: g.bookings }));
  const summary = groupSummary(report.byGroup, t, n);

  return (
    <>
      <ChartFigure
        id="chart-group"
        title={t('reports.chart.group')}
        summary={summary}
        tableHref="#table-group"
        tableLabel={t('reports.toTable')}
        className={`${styles.wide} print-hide`}
        print="full"
      >
        {groups.length > 0 ? (
          <BarsChart
            data={groups}
            x="label"
            vertical
            categoryWidth={150}
            height={Math.max(140, 48 * groups.length + 60)}
            series={[
              { key: 'users', label: t('reports.table.users') },
              { key: 'bookings', label: t('reports.kpi.bookings') },
            ]}
            scale={{ format: n.int }}
          />
        ) : (
          <p className="muted">{t('reports.noGroups')}</p>
        )}
      </ChartFigure>
      {/* on paper the groups are a small table: up to seven rows take less room than bars */}
      <section className={`card print-only ${styles.printFull}`}>
        <h3 className={styles.figureTitle}>{t('reports.chart.group')}</h3>
        <p className={styles.summary}>{summary}</p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.table.groupCol')}</th>
              <th scope="col" className="num">
                {t('reports.table.users')}
              </th>
              <th scope="col" className="num">
                {t('reports.kpi.bookings')}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.label}>
                <th scope="row">{g.label}</th>
                <td className="num">{n.int(g.users)}</td>
                <td className="num">{n.int(g.bookings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
