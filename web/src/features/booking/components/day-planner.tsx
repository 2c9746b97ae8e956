import { useRef } from 'react';
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
import { DateNav } from './date-nav';
import { DeskTimeline } from './desk-timeline';
import { NextDayButton } from './next-day-button';
import { PlannerSide } from './planner-side';
import styles from './booking.module.css';

export type { PlannerSpace } from '../hooks/use-day-planner';

interface Props extends DayPlannerOptions {
  onWaitlisted?: (entry: WaitlistEntry) => void;
}

/** A space's day: pick a date, see every desk's free time, choose a time and a desk, book. */
export function DayPlanner({ onWaitlisted, ...options }: Props) {
  const formRef = useRef<HTMLDivElement>(null);
  const weeksRef = useRef<HTMLInputElement>(null);
  const planner = useDayPlanner(options, { formRef, weeksRef });
  const { date, today, lastDate, changeDate } = planner;
  return (
    <section aria-labelledby="day-heading" className={styles.planner}>
      <DateNav date={date} today={today} lastDate={lastDate} onChange={changeDate} headingId="day-heading" />
      <DayBody planner={planner} formRef={formRef} weeksRef={weeksRef} onWaitlisted={onWaitlisted} />
    </section>
  );
}

/** The day under the date: why it cannot be booked, or its timeline and the booking side. */
function DayBody({
  planner,
  formRef,
  weeksRef,
  onWaitlisted,
}: { planner: Planner } & PlannerRefs & Pick<Props, 'onWaitlisted'>) {
  const { t } = useTranslation();
  const f = useFormat();
  const { space, date, today, lastDate, availability, data, changeDate } = planner;

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
  if (data.desks.length === 0) {
    return (
      <Alert tone="info" title={t('booking.noDesksTitle')}>
        <p>{t('booking.noDesks')}</p>
      </Alert>
    );
  }
  return (
    <div className={styles.layout}>
      <DeskTimeline
        availability={data}
        now={planner.now}
        selection={planner.selection}
        onPick={planner.pickSegment}
        roomsBookable={planner.roomsBookable}
      />
      <div ref={formRef} className={styles.side}>
        <PlannerSide planner={planner} availability={data} weeksRef={weeksRef} onWaitlisted={onWaitlisted} />
      </div>
    </div>
  );
}
