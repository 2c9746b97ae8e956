import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionCount } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { useNumbers } from '../utils/numbers';
import { FoldedCount } from './folded-count';
import styles from './survey-results.module.css';

/**
 * The chart's numbers as a table: always there for screen readers, shown on request for everyone
 * (a folded count reads "< 3", its share stays hidden too).
 */
export function CountsTable({
  caption,
  lang,
  counts,
  answered,
}: {
  caption: string;
  /** the survey's language, of the caption and the options */
  lang: string;
  counts: OptionCount[];
  /** respondents who answered the question: the base of the shares */
  answered: number;
}) {
  const { t } = useTranslation();
  const n = useNumbers();
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <>
      <Button
        variant="ghost"
        size="small"
        className={`${styles.tableToggle} no-print`}
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((s) => !s)}
      >
        {t(shown ? 'surveyResults.hideTable' : 'surveyResults.showTable')}
      </Button>
      <div id={id} className={shown ? styles.countsTable : 'visually-hidden'}>
        <table className="data-table">
          <caption lang={lang}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveyResults.table.option')}</th>
              <th scope="col" className="num">
                {t('surveyResults.table.count')}
              </th>
              <th scope="col" className="num">
                {t('surveyResults.table.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.option}>
                <th scope="row" lang={lang}>
                  {c.option}
                </th>
                <td className={`num ${c.folded ? styles.folded : ''}`}>
                  {c.folded || c.n === null ? <FoldedCount /> : n.int(c.n)}
                </td>
                <td className="num">{c.folded || c.n === null || answered === 0 ? '–' : n.percent(c.n / answered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
