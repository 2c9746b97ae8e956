import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '@popdesk/shared';
import { useFormat } from '../../../lib/use-format';
import { ratio, useNumbers } from '../utils/numbers';
import { hourLabel } from '../utils/report-text';
import type { Heatmap as HeatmapData } from '../utils/heatmap';
import styles from './reports.module.css';

/** Five steps from light to dark; dark steps carry white text (contrast ≥ 4.5:1 either way). */
const STEPS = [0.2, 0.4, 0.6, 0.8];
const step = (u: number) => STEPS.filter((s) => u >= s).length;

/**
 * Utilisation by weekday and hour as a table: every cell says its share in words, the shade only
 * repeats it, and screen readers read it as the table it is.
 */
export function Heatmap({ map, report }: { map: HeatmapData; report: Pick<MonthlyReport, 'byHour'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n = useNumbers();
  const hours = report.byHour.filter((h) => h.availableDeskHours > 0).map((h) => h.hour);
  const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => map[d - 1]!.some((c) => c.available > 0));
  if (hours.length === 0 || days.length === 0) return null;
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
        <table className={`data-table ${styles.heatmap}`}>
          <caption id="heatmap-caption">{t('reports.heatmap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.table.weekdayCol')}</th>
              {hours.map((h) => (
                <th key={h} scope="col" className="num">
                  <abbr title={hourLabel(h)}>{String(h).padStart(2, '0')}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d}>
                <th scope="row">
                  <abbr title={f.weekdayLong(d)}>{f.weekdayShort(d)}</abbr>
                </th>
                {hours.map((h) => {
                  const cell = map[d - 1]![h]!;
                  if (cell.available === 0) {
                    return (
                      <td key={h} className={styles.heatClosed}>
                        <span aria-hidden>·</span>
                        <span className="visually-hidden">{t('reports.heatmap.closed')}</span>
                      </td>
                    );
                  }
                  const u = ratio(cell.booked, cell.available);
                  return (
                    <td key={h} className={`${styles.heat} ${styles[`heat${step(u)}`]}`}>
                      {n.percentAxis(u)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={styles.heatLegend} aria-label={t('reports.heatmap.legend')}>
        {[0, ...STEPS].map((from, i) => (
          <li key={from}>
            <span className={`${styles.heatSwatch} ${styles[`heat${i}`]}`} aria-hidden />
            {Math.round(from * 100)}–{n.percentAxis(STEPS[i] ? STEPS[i]! - 0.01 : 1)}
          </li>
        ))}
      </ul>
    </>
  );
}
