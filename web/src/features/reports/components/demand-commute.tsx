import { useTranslation } from 'react-i18next';
import type { DemandEvidence } from '@popdesk/shared';
import { useLanguage } from '../../../lib/i18n';
import { useDemandFormats } from '../utils/demand-format';
import { monthNames } from '../utils/months';
import { BarsChart } from './bars-chart';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { TooFew } from './demand-notes';
import styles from './reports.module.css';

/** The commute the visits saved: the answers' mean km per visit times each month's visits, and its CO₂. */
export function CommuteDemand({ demand }: { demand: DemandEvidence }) {
  const { t } = useTranslation();
  const f = useDemandFormats();
  const names = monthNames(useLanguage());
  const c = demand.commute;
  const period = { from: names.long(demand.from), to: names.long(demand.to) };
  const shown = c.meanKmPerVisit !== null && c.totalKm !== null && c.totalCo2Kg !== null;
  const best = c.months.reduce<(typeof c.months)[number] | undefined>(
    (top, m) => ((m.co2Kg ?? 0) > (top?.co2Kg ?? 0) ? m : top),
    undefined,
  );
  const tiles = shown
    ? ([
        { key: 'km', value: f.int(c.totalKm!), detail: t('reports.demand.commute.detail.km') },
        { key: 'co2', value: f.one(c.totalCo2Kg!), detail: t('reports.demand.commute.detail.co2') },
        { key: 'mean', value: f.one(c.meanKmPerVisit!), detail: t('reports.demand.commute.detail.mean') },
        {
          key: 'answers',
          value: f.int(c.n),
          detail: t('reports.demand.commute.detail.answers', { visits: f.int(demand.visits) }),
        },
      ] as const)
    : [];

  return (
    <section aria-labelledby="demand-commute-heading" className={styles.block}>
      <h3 id="demand-commute-heading">{t('reports.demand.commute.heading')}</h3>
      {!shown ? (
        <TooFew n={c.n} spaceId={demand.spaceId} />
      ) : (
        <>
          <dl className={styles.kpis}>
            {tiles.map((tile) => (
              <div key={tile.key} className={styles.kpi} data-kpi={`demand-${tile.key}`}>
                <dt>{t(`reports.demand.commute.kpi.${tile.key}`)}</dt>
                <dd className={styles.kpiValue}>{tile.value}</dd>
                <dd className={styles.kpiDetail}>{tile.detail}</dd>
              </div>
            ))}
          </dl>
          <p>{t('reports.demand.commute.method', { count: c.n, n: f.int(c.n), mean: f.one(c.meanKmPerVisit!) })}</p>
          <p>{t('reports.demand.commute.factor', { factor: f.factor(demand.co2KgPerKm) })}</p>
          <ChartFigure
            id="chart-demand-co2"
            title={t('reports.demand.commute.chart')}
            summary={
              best
                ? t('reports.demand.commute.summary', {
                    ...period,
                    km: f.int(c.totalKm!),
                    co2: f.one(c.totalCo2Kg!),
                    best: names.long(best.month),
                    bestCo2: f.one(best.co2Kg ?? 0),
                  })
                : t('reports.demand.commute.summaryNone', period)
            }
            tableHref="#table-demand-commute"
            tableLabel={t('reports.toTable')}
            print="full"
          >
            <BarsChart
              data={c.months.map((m) => ({ label: names.short(m.month), co2: m.co2Kg ?? 0 }))}
              x="label"
              series={[{ key: 'co2', label: t('reports.demand.commute.col.co2') }]}
              scale={{ format: f.one }}
            />
          </ChartFigure>
          <DataTable
            id="table-demand-commute"
            caption={t('reports.demand.commute.table', period)}
            head={[
              t('reports.demand.commute.col.month'),
              t('reports.demand.commute.col.visits'),
              t('reports.demand.commute.col.km'),
              t('reports.demand.commute.col.co2'),
            ]}
            rows={c.months.map((m) => [
              names.long(m.month),
              f.int(m.visits),
              m.km === null ? '–' : f.int(m.km),
              m.co2Kg === null ? '–' : f.one(m.co2Kg),
            ])}
            footer={[t('reports.demand.total'), f.int(demand.visits), f.int(c.totalKm!), f.one(c.totalCo2Kg!)]}
          />
        </>
      )}
    </section>
  );
}
