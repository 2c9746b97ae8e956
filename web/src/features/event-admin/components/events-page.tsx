import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Desk, Space } from '@popdesk/shared';
import { buttonClass } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { addDays, todayIn } from '../../../lib/dates';
import { useNow } from '../../../lib/use-now';
import { useSpaceEvents } from '../api/get-space-events';
import { EventList } from './event-list';
import styles from './event-admin.module.css';

/** How far back past events are listed, and how far ahead upcoming ones (one list covers at most 366 days). */
export const PAST_DAYS = 90;
export const AHEAD_DAYS = 270;

interface Props {
  spaces: Space[];
  space: Space;
  /** the space's places, to name those an event takes (absent while loading) */
  desks?: Desk[];
  onSpace: (spaceId: string) => void;
}

/** The events of one of the person's spaces: upcoming first, then the recent past; a button for a new one. */
export function EventsPage({ spaces, space, desks, onSpace }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const now = useNow(60_000).getTime();
  const today = todayIn(space.timezone);
  const range = { from: addDays(today, -PAST_DAYS), to: addDays(today, AHEAD_DAYS) };
  const events = useSpaceEvents(space.id, range);
  const list = [...(events.data ?? [])].sort((a, b) => a.start.localeCompare(b.start));
  const upcoming = list.filter((e) => Date.parse(e.end) > now);
  const past = list.filter((e) => Date.parse(e.end) <= now).reverse();

  return (
    <Page
      title={t('eventAdmin.list.title')}
      intro={t('eventAdmin.list.intro')}
      actions={
        <Link className={buttonClass()} to={`/manage/events/new?spaceId=${encodeURIComponent(space.id)}`}>
          {t('eventAdmin.list.new')}
        </Link>
      }
    >
      {spaces.length > 1 && (
        <div className={styles.toolbar}>
          <SelectField
            id={`${ids}-space`}
            label={t('eventAdmin.list.space')}
            value={space.id}
            onChange={(e) => onSpace(e.target.value)}
          >
            {spaces.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.town})
              </option>
            ))}
          </SelectField>
        </div>
      )}
      {events.isPending ? (
        <Skeleton lines={4} height="3rem" label={t('eventAdmin.list.loading')} />
      ) : events.isError ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <>
          <EventList
            heading={t('eventAdmin.list.upcoming')}
            empty={t('eventAdmin.list.noUpcoming')}
            events={upcoming}
            space={space}
            desks={desks}
          />
          <EventList
            heading={t('eventAdmin.list.past', { count: PAST_DAYS })}
            empty={t('eventAdmin.list.noPast')}
            events={past}
            space={space}
            desks={desks}
          />
        </>
      )}
    </Page>
  );
}
