import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useLanguage } from '../../../lib/i18n';
import { useDemand } from '../api/get-demand';
import { useDemandFormats } from '../utils/demand-format';
import { monthNames } from '../utils/months';
import { CommuteDemand } from './demand-commute';
import { NoSurvey } from './demand-notes';
import { PriceDemand } from './demand-price';
import { SatisfactionDemand } from './demand-satisfaction';
import styles from './reports.module.css';

interface Props {
  spaceId: string;
  from: string;
  to: string;
}

/**
 * What the space's surveys say about demand in the months `from` … `to`: the commute it saved, how
 * satisfied people were and what they would pay (with a price simulation). `#demand` (the monthly
 * report links here) brings the section into view once it has loaded.
 */
export function DemandSection({ spaceId, from, to }: Props) {
  const { t } = useTranslation();
  const f = useDemandFormats();
  const names = monthNames(useLanguage());
  const demand = useDemand({ spaceId, from, to });
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  const loaded = !!demand.data;
  useEffect(() => {
    if (loaded && hash === '#demand') heading.current?.scrollIntoView?.({ block: 'start' });
  }, [loaded, hash]);
  const d = demand.data;

  return (
    <section id="demand" aria-labelledby="demand-heading" className={styles.block}>
      <h2 id="demand-heading" ref={heading} tabIndex={-1}>
        {t('reports.demand.heading')}
      </h2>
      <p className="muted">{t('reports.demand.intro', { from: names.long(from), to: names.long(to) })}</p>
      {demand.isPending && <Skeleton lines={4} height="3rem" label={t('reports.demand.loading')} />}
      {demand.isError && <ErrorState error={demand.error} onRetry={() => void demand.refetch()} />}
      {d && d.surveyIds.length === 0 && <NoSurvey spaceId={spaceId} />}
      {d && d.surveyIds.length > 0 && (
        <>
          <p>
            {t('reports.demand.basis', {
              count: d.surveyIds.length,
              surveys: f.int(d.surveyIds.length),
              visits: f.int(d.visits),
            })}
          </p>
          <CommuteDemand demand={d} />
          <SatisfactionDemand demand={d} />
          <PriceDemand demand={d} />
        </>
      )}
    </section>
  );
}
