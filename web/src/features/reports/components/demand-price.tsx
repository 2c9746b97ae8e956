import { useTranslation } from 'react-i18next';
import type { DemandEvidence } from '@popdesk/shared';
import { countText, useDemandFormats } from '../utils/demand-format';
import { DataTable } from './data-table';
import { FoldedNote, TooFew } from './demand-notes';
import { PriceSimulation } from './price-simulation';
import styles from './reports.module.css';

/** What respondents said they would pay for a day: by band (1 or 2 folded), and the price simulation. */
export function PriceDemand({ demand }: { demand: DemandEvidence }) {
  const { t } = useTranslation();
  const f = useDemandFormats();
  const w = demand.willingnessToPay;
  return (
    <section aria-labelledby="demand-price-heading" className={styles.block}>
      <h3 id="demand-price-heading">{t('reports.demand.price.heading')}</h3>
      {w.median === null ? (
        <TooFew n={w.n} spaceId={demand.spaceId} />
      ) : (
        <>
          <p>{t('reports.demand.price.median', { median: f.euro(w.median), count: w.n, n: f.int(w.n) })}</p>
          <DataTable
            id="table-demand-price-bands"
            caption={t('reports.demand.price.bandsTable')}
            head={[t('reports.demand.price.col.band'), t('reports.demand.col.answers')]}
            rows={w.counts.map((c) => [t('reports.demand.price.band', { band: c.option }), countText(c, f.int)])}
          />
          {w.counts.some((c) => c.n === null) && <FoldedNote />}
          <PriceSimulation demand={demand} />
        </>
      )}
    </section>
  );
}
