import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '@popdesk/shared';
import { useLanguage } from '../../../lib/i18n';
import { monthNames } from '../utils/months';
import { ratio, useNumbers } from '../utils/numbers';
import { eventKindLabel, eventKindSummary, groupLabel } from '../utils/report-text';
import { BarsChart } from './bars-chart';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import styles from './reports.module.css';

/** The month's events: how many, how full, who came (by kind and by group, small groups folded). */
export function EventsSection({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const month = monthNames(useLanguage()).long(report.month);
  const e = report.events;
  const tiles = [
    { key: 'held', value: n.int(e.held), detail: t('reports.events.detail.held', { capacity: n.int(e.capacity) }) },
    {
      key: 'registered',
      value: n.int(e.registered),
      detail: t('reports.events.detail.registered', { waitlisted: n.int(e.waitlisted) }),
    },
    {
      key: 'attended',
      value: n.int(e.attended),
      detail: t('reports.events.detail.attended', { noShows: n.int(e.noShows) }),
    },
    {
      key: 'attendanceRate',
      value: n.percent(ratio(e.attended, e.registered)),
      detail: t('reports.events.detail.attendanceRate'),
    },
    { key: 'deskHours', value: n.hours(e.deskHours), detail: t('reports.events.detail.deskHours') },
  ] as const;
  const kinds = report.eventsByKind.map((k) => ({
    label: eventKindLabel(k.kind, t),
    registered: k.registered,
    attended: k.attended,
  }));

  return (
    <section aria-labelledby="events-heading" className={styles.block}>
      <h2 id="events-heading">{t('reports.events.heading', { month })}</h2>
      <p className="muted">{t('reports.events.intro')}</p>
      {e.held === 0 ? (
        <p>{t('reports.events.none')}</p>
      ) : (
        <>
          <dl className={styles.kpis}>
            {tiles.map((tile) => (
              <div key={tile.key} className={styles.kpi} data-kpi={`events-${tile.key}`}>
                <dt>{t(`reports.events.kpi.${tile.key}`)}</dt>
                <dd className={styles.kpiValue}>{tile.value}</dd>
                <dd className={styles.kpiDetail}>{tile.detail}</dd>
              </div>
            ))}
          </dl>
          <div className={styles.chartGrid}>
            <ChartFigure
              id="chart-events-kind"
              title={t('reports.events.kindChart')}
              summary={eventKindSummary(report.eventsByKind, t, n)}
              tableHref="#table-events-kind"
              tableLabel={t('reports.toTable')}
              className={styles.wide}
              print="full"
            >
              <BarsChart
                data={kinds}
                x="label"
                vertical
                categoryWidth={170}
                height={Math.max(140, 48 * kinds.length + 60)}
                series={[
                  { key: 'registered', label: t('reports.events.col.registered') },
                  { key: 'attended', label: t('reports.events.col.attended') },
                ]}
                scale={{ format: n.int }}
              />
            </ChartFigure>
          </div>
          <div className={styles.tables}>
            <DataTable
              id="table-events-kind"
              caption={t('reports.events.kindTable', { month })}
              head={[
                t('reports.events.col.kind'),
                t('reports.events.col.held'),
                t('reports.events.col.capacity'),
                t('reports.events.col.registered'),
                t('reports.events.col.attended'),
                t('reports.events.col.waitlisted'),
                t('reports.events.col.rate'),
                t('reports.events.col.deskHours'),
              ]}
              rows={report.eventsByKind.map((k) => [
                eventKindLabel(k.kind, t),
                n.int(k.held),
                n.int(k.capacity),
                n.int(k.registered),
                n.int(k.attended),
                n.int(k.waitlisted),
                n.percent(ratio(k.attended, k.registered)),
                n.hours(k.deskHours),
              ])}
            />
            <DataTable
              id="table-events-group"
              caption={t('reports.events.groupTable', { month })}
              head={[
                t('reports.table.groupCol'),
                t('reports.events.col.people'),
                t('reports.events.col.registrations'),
                t('reports.events.col.attended'),
              ]}
              rows={
                report.eventsByGroup.length > 0
                  ? report.eventsByGroup.map((g) => [
                      groupLabel(g.group, t),
                      n.int(g.people),
                      n.int(g.registrations),
                      n.int(g.attended),
                    ])
                  : [[t('reports.events.noGroups'), '–', '–', '–']]
              }
            />
            <p className="muted">{t('reports.events.groupNote')}</p>
          </div>
        </>
      )}
    </section>
  );
}
