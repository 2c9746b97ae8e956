import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitlistEntry } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useFormat } from '../../../lib/use-format';
import {
  useDayPlanner,
  type DayPlanner as Planner,
  type DayPlannerOptions,
  type PlannerRefs,
} from '../hooks/use-day-planner';
import { usePlanPlaces, type PlanViewProps } from '../hooks/use-plan-places';
import { DateNav } from './date-nav';
import { DeskTimeline } from './desk-timeline';
import { FeatureFilter } from './feature-filter';
import { NextDayButton } from './next-day-button';
import { PlaceViews } from './place-views';
import { PlannerSide } from './planner-side';
import styles from './booking.module.css';

export type { PlannerSpace } from '../hooks/use-day-planner';
export type { PlanPlace, PlanViewProps } from '../hooks/use-plan-places';

interface Props extends DayPlannerOptions {
  onWaitlisted?: (entry: WaitlistEntry) => void;
  /** The day's places on a floor plan, as a tab next to the list (the list stays the full view). */
  renderPlan?: (props: PlanViewProps) => ReactNode;
}

/** A space's day: pick a date, see every desk's free time, choose a time and a desk, book. */
export function DayPlanner({ onWaitlisted, renderPlan, ...options }: Props) {
  const formRef = useRef<HTMLDivElement>(null);
  const weeksRef = useRef<HTMLInputElement>(null);
  const planner = useDayPlanner(options, { formRef, weeksRef });
  const { date, today, lastDate, changeDate } = planner;
  return (
    <section aria-labelledby="day-heading" className={styles.planner}>
      <DateNav date={date} today={today} lastDate={lastDate} onChange={changeDate} headingId="day-heading" />
      {planner.changeFeatures && planner.inRange && (
        <FeatureFilter
          selected={planner.features}
          onChange={planner.changeFeatures}
          matching={planner.data ? planner.data.desks.length : null}
        />
      )}
      <DayBody
        planner={planner}
        formRef={formRef}
        weeksRef={weeksRef}
        onWaitlisted={onWaitlisted}
        renderPlan={renderPlan}
      />
    </section>
  );
}

/** The day under the date: why it cannot be booked, or its timeline and the booking side. */
function DayBody({
  planner,
  formRef,
  weeksRef,
  onWaitlisted,
  renderPlan,
}: { planner: Planner } & PlannerRefs & Pick<Props, 'onWaitlisted' | 'renderPlan'>) {
  const { t } = useTranslation();
  const f = useFormat();
  const { space, date, today, lastDate, availability, data, changeDate } = planner;
  const plan = usePlanPlaces(planner, formRef);

  if (!planner.inRange) {
    return (
      <Alert tone="info" title={date < today ? t('booking.pastDayTitle') : t('booking.beyondHorizonTitle')}>
        <p>
          {date < today
            ? t('booking.pastDay')
            : t('booking.beyondHorizon', { count: space.bookingHorizonDays, date: f.date(lastDate) })}
        </p>
        <Button variant="secondary" size="small" onClick={() => changeDate(today)}>
          {t('booking.goToToday')}
        </Button>
      </Alert>
    );
  }
  if (availability.isPending || (!data && availability.isFetching)) {
    return <Skeleton lines={5} height="2.75rem" label={t('booking.loadingDay')} />;
  }
  if (availability.isError)
    return <ErrorState error={availability.error} onRetry={() => void availability.refetch()} />;
  if (!data) return null;
  if (data.open.length === 0) {
    return (
      <Alert tone="info" title={t('booking.closedTitle')}>
        <p>{t('booking.closed')}</p>
        <NextDayButton planner={planner} />
      </Alert>
    );
  }
  if (data.desks.length === 0 && planner.features.length > 0) {
    return (
      <Alert tone="info" title={t('deskFeatures.noMatchTitle')}>
        <p>{t('deskFeatures.noMatch')}</p>
        <Button variant="secondary" size="small" onClick={() => planner.changeFeatures?.([])}>
          {t('deskFeatures.clearFilter')}
        </Button>
      </Alert>
    );
  }
  if (data.desks.length === 0) {
    return (
      <Alert tone="info" title={t('booking.noDesksTitle')}>
        <p>{t('booking.noDesks')}</p>
      </Alert>
    );
  }
  const timeline = (
    <DeskTimeline
      availability={data}
      now={planner.now}
      selection={planner.selection}
      onPick={planner.pickSegment}
      roomsBookable={planner.roomsBookable}
    />
  );
  return (
    <div className={styles.layout}>
      {renderPlan ? <PlaceViews list={timeline} plan={renderPlan(plan)} /> : timeline}
      <div ref={formRef} className={styles.side}>
        <PlannerSide planner={planner} availability={data} weeksRef={weeksRef} onWaitlisted={onWaitlisted} />
      </div>
    </div>
  );
}
