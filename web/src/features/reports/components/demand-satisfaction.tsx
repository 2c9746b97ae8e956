import { useTranslation } from 'react-i18next';
import type { DemandEvidence } from '@popdesk/shared';
import { countText, useDemandFormats } from '../utils/demand-format';
import { DataTable } from './data-table';
import { FoldedNote, TooFew } from './demand-notes';
import styles from './reports.module.css';

/** How satisfied visitors were (1–5): the mean, and how many gave each point (1 or 2 folded). */
export function SatisfactionDemand({ demand }: { demand: DemandEvidence }) {
  const { t } = useTranslation();
  const f = useDemandFormats();
  const s = demand.satisfaction;
  return (
    <section aria-labelledby="demand-satisfaction-heading" className={styles.block}>
      <h3 id="demand-satisfaction-heading">{t('reports.demand.satisfaction.heading')}</h3>
      {s.mean === null ? (
        <TooFew n={s.n} spaceId={demand.spaceId} />
      ) : (
        <>
          <dl className={styles.kpis}>
            <div className={styles.kpi} data-kpi="demand-satisfaction">
              <dt>{t('reports.demand.satisfaction.mean')}</dt>
              <dd className={styles.kpiValue}>{t('reports.demand.satisfaction.of5', { mean: f.one(s.mean) })}</dd>
              <dd className={styles.kpiDetail}>{t('reports.demand.answers', { count: s.n, n: f.int(s.n) })}</dd>
            </div>
          </dl>
          <DataTable
            id="table-demand-satisfaction"
            caption={t('reports.demand.satisfaction.table')}
            head={[t('reports.demand.satisfaction.col.point'), t('reports.demand.col.answers')]}
            rows={s.counts.map((c) => [
              t(`reports.demand.satisfaction.point`, { point: c.option, context: c.option }),
              countText(c, f.int),
            ])}
          />
          {s.counts.some((c) => c.n === null) && <FoldedNote />}
        </>
      )}
    </section>
  );
}
