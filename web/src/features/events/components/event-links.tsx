import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { IconCopy, IconDownload } from '../../../components/ui/icons';
import { useAnnounce } from '../../../components/ui/live-region';
import { apiFetch } from '../../../lib/api-client';
import { downloadFile } from '../../../lib/ics';
import { eventIcsPath } from '../api/get-event';
import styles from './events.module.css';

/**
 * Into the calendar (the server's .ics; a non-public event needs the token, so it is fetched) and
 * sharing the page: the phone's share sheet where there is one, else the link is copied.
 */
export function EventLinks({ event }: { event: Event }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const href = `/api${eventIcsPath(event.id)}`;

  async function downloadPrivate(e: MouseEvent) {
    if (event.public) return;
    e.preventDefault();
    const res = await apiFetch(eventIcsPath(event.id), { headers: { Accept: 'text/calendar' } });
    downloadFile(`${event.id.slice(0, 8)}.ics`, await res.blob());
  }

  async function share() {
    const url = `${window.location.origin}/events/${event.id}`;
    if (navigator.share) {
      try {
        await navigator.share({ title: event.title, url });
        return;
      } catch (err) {
        if ((err as Error)?.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      announce(t('events.linkCopied'));
    } catch {
      announce(t('events.linkIs', { url }));
    }
  }

  if (event.status === 'cancelled') return null;
  return (
    <div className={styles.links}>
      <a className="btn btn-secondary btn-small" href={href} download onClick={(e) => void downloadPrivate(e)}>
        <IconDownload size={18} />
        {t('events.ics')}
      </a>
      <Button variant="secondary" size="small" onClick={() => void share()}>
        <IconCopy size={18} />
        {t('events.share')}
      </Button>
    </div>
  );
}
