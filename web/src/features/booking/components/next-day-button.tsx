import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { addDays } from '../../../lib/dates';
import type { DayPlanner } from '../hooks/use-day-planner';

/** "Next day", while the next day is still within the booking horizon. */
export function NextDayButton({ planner: { date, lastDate, changeDate } }: { planner: DayPlanner }) {
  const { t } = useTranslation();
  if (date >= lastDate) return null;
  return (
    <Button variant="secondary" size="small" onClick={() => changeDate(addDays(date, 1))}>
      {t('booking.nextDay')}
    </Button>
  );
}
