import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_PRICE_MAX, type DemandEvidence } from '@popdesk/shared';
import { TextField } from '../../../components/ui/field';
import { paidAt, useDemandFormats } from '../utils/demand-format';
import { DataTable } from './data-table';
import { RevenueChart } from './revenue-chart';
import styles from './demand.module.css';

const clamp = (v: number) => Math.min(SURVEY_PRICE_MAX, Math.max(0, Math.round(v)));
/** The table lists the simulation in steps of this many euros (the chart has every euro). */
const TABLE_STEP = 5;

/**
 * At price P a day: the share of respondents who would pay at least P, that share of the actual
 * visits, and the revenue. A slider and a number field set P (both keyboard-usable), the sentence
 * under them says the result and is announced politely.
 */
export function PriceSimulation({ demand }: { demand: DemandEvidence }) {
  const { t } = useTranslation();
  const f = useDemandFormats();
  const id = useId();
  const sim = demand.willingnessToPay.simulation;
  const [price, setPrice] = useState(() => clamp(demand.willingnessToPay.median ?? 5));
  // the number field may be empty or half-typed while someone edits it
  const [draft, setDraft] = useState<string | null>(null);
  const point = sim.find((p) => p.price === price);
  const paid = point ? paidAt(point) : null;
  const choose = (v: number) => {
    setPrice(clamp(v));
    setDraft(null);
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('reports.demand.price.simulation')}</h4>
      <p className="muted">{t('reports.demand.price.simulationIntro')}</p>
      <fieldset>
        <legend>{t('reports.demand.price.legend')}</legend>
        <div className={styles.priceControls}>
          <div className="field">
            <label htmlFor={`${id}-range`}>{t('reports.demand.price.slider')}</label>
            <input
              id={`${id}-range`}
              className={styles.slider}
              type="range"
              min={0}
              max={SURVEY_PRICE_MAX}
              step={1}
              value={price}
              aria-valuetext={f.euro(price)}
              onChange={(e) => choose(Number(e.target.value))}
            />
          </div>
          <TextField
            label={t('reports.demand.price.number')}
            type="number"
            inputMode="numeric"
            min={0}
            max={SURVEY_PRICE_MAX}
            step={1}
            value={draft ?? String(price)}
            onChange={(e) => {
              setDraft(e.target.value);
              const v = e.target.valueAsNumber;
              if (Number.isFinite(v)) setPrice(clamp(v));
            }}
            onBlur={() => setDraft(null)}
          />
        </div>
      </fieldset>
      <output className={styles.result} htmlFor={`${id}-range`} aria-live="polite">
        {point?.share != null && paid
          ? t('reports.demand.price.result', {
              price: f.euro(price),
              share: f.percent(point.share),
              paid: f.int(paid.visits),
              visits: f.int(demand.visits),
              revenue: f.euro(paid.revenue),
            })
          : t('reports.demand.price.noResult')}
      </output>
      <p>{t('reports.demand.price.caveat')}</p>
      <RevenueChart demand={demand} price={price} />
      <DataTable
        id="table-demand-simulation"
        caption={t('reports.demand.price.simTable', { step: f.euro(TABLE_STEP) })}
        head={[
          t('reports.demand.price.col.price'),
          t('reports.demand.price.col.share'),
          t('reports.demand.price.col.paidVisits'),
          t('reports.demand.price.col.revenue'),
        ]}
        rows={sim
          .filter((p) => p.price % TABLE_STEP === 0)
          .map((p) => {
            const at = paidAt(p);
            return [
              f.euro(p.price),
              p.share === null ? '–' : f.percent(p.share),
              at ? f.int(at.visits) : '–',
              at ? f.euro(at.revenue) : '–',
            ];
          })}
      />
    </section>
  );
}
