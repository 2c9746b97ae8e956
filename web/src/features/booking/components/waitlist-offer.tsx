import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { WaitlistEntry } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { isApiError } from '../../../lib/api-client';
import { useIsLoggedIn } from '../../../lib/auth-token';
import { useProblemMessage } from '../../../lib/problem-message';
import { wallTime } from '../../../lib/dates';
import { useJoinWaitlist } from '../api/join-waitlist';
import type { Iv } from '../utils/timeline';

/** When nothing is free: join the waitlist for the day (or the wished-for time). */
export function WaitlistOffer({
  spaceId,
  date,
  timezone,
  range,
  title,
  onJoined,
}: {
  spaceId: string;
  date: string;
  timezone: string;
  range?: Iv | null;
  title: string;
  onJoined?: (e: WaitlistEntry) => void;
}) {
  const { t } = useTranslation();
  const loggedIn = useIsLoggedIn();
  const location = useLocation();
  const problem = useProblemMessage();
  const join = useJoinWaitlist(spaceId, { onSuccess: onJoined });

  if (join.isSuccess) {
    return (
      <Alert tone="success" title={t('waitlist.joinedTitle')}>
        <p>
          {join.data.position ? t('waitlist.joinedPosition', { position: join.data.position }) : t('waitlist.joined')}
        </p>
      </Alert>
    );
  }
  const err = join.error;
  if (err && isApiError(err) && err.slug === 'already-waiting') {
    return (
      <Alert tone="info" title={t('waitlist.alreadyTitle')}>
        <p>{t('waitlist.already')}</p>
      </Alert>
    );
  }
  return (
    <Alert tone="warn" title={title} live={false}>
      <p>{t('waitlist.offer')}</p>
      {err != null && <p role="alert">{problem(err)}</p>}
      {loggedIn ? (
        <Button
          variant="secondary"
          busy={join.isPending}
          onClick={() =>
            join.mutate({
              date,
              ...(range ? { start: wallTime(range.start, timezone), end: wallTime(range.end, timezone) } : {}),
            })
          }
        >
          {range ? t('waitlist.joinRange') : t('waitlist.joinDay')}
        </Button>
      ) : (
        <Link to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>
          {t('waitlist.loginFirst')}
        </Link>
      )}
    </Alert>
  );
}
