import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarFeed } from '../../../components/calendar-feed';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { useAnnounce } from '../../../components/ui/live-region';
import { useProblemMessage } from '../../../lib/problem-message';
import { useRotateCalendarToken } from '../api/rotate-calendar-token';

/** The secret calendar link, and a new one when the old may have been shared (the old stops working). */
export function CalendarSection() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [open, setOpen] = useState(false);
  const [renewed, setRenewed] = useState(false);
  const rotate = useRotateCalendarToken({
    onSuccess: () => {
      setOpen(false);
      setRenewed(true);
      announce(t('profileSecurity.calendarRenewed'));
    },
  });
  return (
    <section className="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('calendarFeed.heading')}</h2>
      <CalendarFeed />
      {renewed && <Alert tone="success">{t('profileSecurity.calendarRenewed')}</Alert>}
      <Button
        variant="secondary"
        onClick={() => {
          rotate.reset();
          setRenewed(false);
          setOpen(true);
        }}
      >
        {t('profileSecurity.calendarButton')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('profileSecurity.calendarDialogTitle')}
        confirmLabel={t('profileSecurity.calendarConfirm')}
        busy={rotate.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => rotate.mutate()}
      >
        <p>{t('profileSecurity.calendarDialogText')}</p>
        {rotate.error != null && (
          <Alert tone="error" title={t('profileSecurity.failed')}>
            <p>{problem(rotate.error)}</p>
          </Alert>
        )}
      </ConfirmDialog>
    </section>
  );
}
