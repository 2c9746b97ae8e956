import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Space } from '@popdesk/shared';
import { SelectField } from '../../../components/ui/field';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/states';
import { useLanguage } from '../../../lib/i18n';
import { useSeason } from '../api/get-season';
import { MAX_RANGE_MONTHS, monthNames, rangeProblem } from '../utils/months';
import { DemandSection } from './demand-section';
import { MonthSelect, type MonthLife } from './month-select';
import { ReportActions } from './report-actions';
import { SeasonCharts } from './season-charts';
import { SeasonTable } from './season-table';
import styles from './reports.module.css';

export interface SeasonChoice {
  /** null: all the spaces the person may see reports of */
  spaceId: string | null;
  from: string;
  to: string;
}

interface Props extends SeasonChoice {
  spaces: Space[];
  /** The months of the chosen space's (or all spaces') life. */
  life: MonthLife;
  onChange: (next: SeasonChoice) => void;
}

/** A pilot's season: one space (or all) from month A to month B, month by month with totals. */
export function SeasonPage({ spaces, spaceId, from, to, life, onChange }: Props) {
  const { t } = useTranslation();
  const names = monthNames(useLanguage());
  const errorId = `${useId()}-err`;
  const problem = rangeProblem(from, to);
  const invalid = problem !== null;
  const range = { from, to, ...(spaceId ? { spaceId } : {}) };
  const season = useSeason(range, !invalid);
  const space = spaces.find((s) => s.id === spaceId);
  const title = space ? `${space.name} (${space.town})` : t('reports.season.allSpaces');

  return (
    <Page
      title={t('reports.season.title')}
      intro={t('reports.season.intro')}
      actions={
        <ReportActions
          target={{ kind: 'season', range }}
          files={['xlsx', 'wide']}
          printable={!!season.data && !invalid}
        />
      }
    >
      <div className={`${styles.toolbar} no-print`}>
        <SelectField
          label={t('frontDesk.space')}
          value={spaceId ?? ''}
          // another space has another life: its own default period
          onChange={(e) => onChange({ spaceId: e.target.value || null, from: '', to: '' })}
        >
          <option value="">{t('reports.season.allSpaces')}</option>
          {spaces.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.town})
            </option>
          ))}
        </SelectField>
        <MonthSelect
          label={t('reports.compare.from')}
          value={from}
          life={life}
          onChange={(m) => onChange({ spaceId, from: m, to })}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
        />
        <MonthSelect
          label={t('reports.compare.to')}
          value={to}
          life={life}
          onChange={(m) => onChange({ spaceId, from, to: m })}
        />
      </div>
      {invalid && (
        <p id={errorId} className={styles.error} role="alert">
          {problem === 'order'
            ? t('reports.compare.rangeError')
            : t('reports.compare.rangeTooLong', { max: MAX_RANGE_MONTHS })}
        </p>
      )}
      <p className="print-only">
        {t('reports.season.printHeading', { title, from: names.long(from), to: names.long(to) })}
      </p>

      {!invalid && season.isPending && <Skeleton lines={6} height="3rem" label={t('reports.loading')} />}
      {!invalid && season.isError && <ErrorState error={season.error} onRetry={() => void season.refetch()} />}
      {!invalid && season.data && season.data.months.length === 0 && (
        <EmptyState title={t('reports.compare.emptyTitle')}>{t('reports.season.empty')}</EmptyState>
      )}
      {!invalid && season.data && season.data.months.length > 0 && (
        <>
          <section aria-labelledby="season-table-heading" className={styles.block}>
            <h2 id="season-table-heading">{t('reports.season.tableHeading')}</h2>
            <SeasonTable season={season.data} title={title} />
          </section>
          <section aria-labelledby="season-charts-heading" className={styles.block}>
            <h2 id="season-charts-heading">{t('reports.season.chartsHeading')}</h2>
            <SeasonCharts season={season.data} />
          </section>
        </>
      )}
      {!invalid &&
        (spaceId ? (
          <DemandSection spaceId={spaceId} from={from} to={to} />
        ) : (
          <p className="muted no-print">{t('reports.demand.chooseSpace')}</p>
        ))}
    </Page>
  );
}
