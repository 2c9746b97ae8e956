import { useTranslation } from 'react-i18next';
import type { attendeeGroups } from '../utils/attendees';
import styles from './event-admin.module.css';

type Counts = ReturnType<typeof attendeeGroups>['counts'];

/** The counts on top: registered of capacity, attended, waiting, and after the end the no-shows. */
export function AttendeeCounts({ counts, capacity, ended }: { counts: Counts; capacity: number; ended: boolean }) {
  const { t } = useTranslation();
  const stats: [string, string][] = [
    [
      t('eventAdmin.attendees.stats.registered'),
      t('eventAdmin.attendees.stats.ofCapacity', { n: counts.registered, capacity }),
    ],
    [t('eventAdmin.attendees.stats.attended'), String(counts.attended)],
    [t('eventAdmin.attendees.stats.waitlisted'), String(counts.waitlisted)],
  ];
  if (ended) stats.push([t('eventAdmin.attendees.stats.noShows'), String(counts.noShows)]);
  return (
    <dl className={styles.stats}>
      {stats.map(([label, n]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}
