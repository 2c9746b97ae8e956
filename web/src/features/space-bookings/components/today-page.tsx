import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Availability, Space } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { Field, SelectField } from '../../../components/ui/field';
import { IconChevronLeft, IconChevronRight } from '../../../components/ui/icons';
import { Page } from '../../../components/ui/page';
import { addDays, isValidDate } from '../../../lib/dates';
import { useNow } from '../../../lib/use-now';
import type { Range } from '../hooks/walk-in-state';
import { TodayEvents } from './today-events';
import { TodayList } from './today-list';
import { WalkInForm } from './walk-in-form';
import { WalkInTimeline } from './walk-in-timeline';
import styles from './space-bookings.module.css';

interface Props {
  spaces: Space[];
  space: Space;
  date: string;
  today: string;
  onChange: (next: { spaceId: string; date: string }) => void;
  availability: Availability | undefined;
  canSearchUsers: boolean;
  onBooked?: () => void;
}

/** The front desk: who is booked on a day, checking people in, recording walk-ins. */
export function TodayPage({ spaces, space, date, today, onChange, availability, canSearchUsers, onBooked }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const go = (d: string) => onChange({ spaceId: space.id, date: d });
  const now = useNow(30_000).getTime();
  const [prefill, setPrefill] = useState<{ deskId: string; range: Range; seq: number } | null>(null);
  return (
    <Page title={t('frontDesk.title')} intro={t('frontDesk.intro')}>
      <div className={styles.toolbar}>
        {spaces.length > 1 && (
          <SelectField
            id={`${ids}-space`}
            label={t('frontDesk.space')}
            value={space.id}
            onChange={(e) => onChange({ spaceId: e.target.value, date })}
          >
            {spaces.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.town})
              </option>
            ))}
          </SelectField>
        )}
        <Field id={`${ids}-date`} label={t('frontDesk.date')}>
          {({ id }) => (
            <div className={styles.dateControls}>
              <Button
                variant="secondary"
                size="small"
                aria-label={t('booking.previousDay')}
                onClick={() => go(addDays(date, -1))}
              >
                <IconChevronLeft />
              </Button>
              <input
                id={id}
                type="date"
                value={date}
                onChange={(e) => isValidDate(e.target.value) && go(e.target.value)}
              />
              <Button
                variant="secondary"
                size="small"
                aria-label={t('booking.nextDay')}
                onClick={() => go(addDays(date, 1))}
              >
                <IconChevronRight />
              </Button>
              {date !== today && (
                <Button variant="ghost" size="small" onClick={() => go(today)}>
                  {t('booking.today')}
                </Button>
              )}
            </div>
          )}
        </Field>
      </div>
      {spaces.length === 1 && (
        <p className={styles.spaceName}>{t('frontDesk.spaceIs', { name: space.name, town: space.town })}</p>
      )}
      <TodayEvents spaceId={space.id} timezone={space.timezone} date={date} />
      {availability?.date === date && (
        <WalkInTimeline
          availability={availability}
          now={now}
          live={date === today}
          onPick={(deskId, range) => setPrefill((p) => ({ deskId, range, seq: (p?.seq ?? 0) + 1 }))}
        />
      )}
      <div className={styles.layout}>
        <TodayList
          spaceId={space.id}
          timezone={space.timezone}
          date={date}
          live={date === today}
          onChanged={onBooked}
        />
        <WalkInForm
          date={date}
          availability={availability}
          canSearchUsers={canSearchUsers}
          onBooked={onBooked}
          prefill={prefill}
        />
      </div>
    </Page>
  );
}
