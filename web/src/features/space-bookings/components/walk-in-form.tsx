import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Skeleton } from '../../../components/ui/states';
import { useNow } from '../../../lib/use-now';
import { useProblemMessage } from '../../../lib/problem-message';
import { useWalkIn } from '../hooks/use-walk-in';
import type { Range } from '../hooks/walk-in-state';
import { defaultRange } from '../utils/day';
import { WalkInSlot } from './walk-in-slot';
import { WalkInWho } from './walk-in-who';
import styles from './space-bookings.module.css';

interface Props {
  date: string;
  availability: Availability | undefined;
  /** Admins may search accounts; the API does not let staff do that. */
  canSearchUsers: boolean;
  onBooked?: () => void;
  /** a free desk tapped on the day timeline (`seq` tells two taps on the same desk apart) */
  prefill?: { deskId: string; range: Range; seq: number } | null;
}

/**
 * Record someone at a desk: a walk-in guest by name, or (admins) a registered person. Staff may
 * record times that have passed; the server still keeps bookings inside the opening hours.
 */
export function WalkInForm({ date, availability, canSearchUsers, onBooked, prefill }: Props) {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const now = useNow(60_000).getTime();
  const ids = useId();
  const walkIn = useWalkIn({ timezone: availability?.timezone ?? 'Europe/Berlin', onBooked });
  const { draft, create } = walkIn;
  const form = useRef<HTMLFormElement>(null);
  const { prefill: applyPrefill } = walkIn;
  useEffect(() => {
    if (!prefill) return;
    applyPrefill(prefill.deskId, prefill.range);
    // on to the first thing to fill in: the guest's name (or the search for a person)
    const field = form.current?.querySelector<HTMLInputElement>('input:not([type=radio])');
    field?.scrollIntoView?.({ block: 'center' });
    field?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new tap prefills
  }, [prefill?.seq]);

  if (!availability || availability.date !== date) {
    return <Skeleton lines={4} height="2.5rem" label={t('frontDesk.walkIn.loading')} />;
  }
  if (availability.open.length === 0 || availability.desks.length === 0) {
    return (
      <Alert tone="info" title={t('frontDesk.walkIn.heading')} live={false}>
        <p>{availability.open.length === 0 ? t('frontDesk.walkIn.closed') : t('frontDesk.walkIn.noDesks')}</p>
      </Alert>
    );
  }
  const range = draft.picked ?? defaultRange(availability.open, now)!;

  return (
    <form
      ref={form}
      onSubmit={(e) => walkIn.submit(e, range)}
      noValidate
      className={`card ${styles.walkIn}`}
      aria-labelledby={`${ids}-heading`}
    >
      <h2 id={`${ids}-heading`}>{t('frontDesk.walkIn.heading')}</h2>
      <p className="muted">{t('frontDesk.walkIn.intro')}</p>
      {draft.done && (
        <Alert tone="success" live={false}>
          <p>{draft.done}</p>
        </Alert>
      )}
      {create.error != null && (
        <Alert tone="error" title={t('frontDesk.walkIn.failed')}>
          <p>{problem(create.error)}</p>
        </Alert>
      )}
      <WalkInWho walkIn={walkIn} name={`${ids}-who`} canSearchUsers={canSearchUsers} />
      <WalkInSlot walkIn={walkIn} availability={availability} range={range} />
      {(draft.who === 'guest' || canSearchUsers) && (
        <Button type="submit" busy={create.isPending} block>
          {t('frontDesk.walkIn.submit')}
        </Button>
      )}
    </form>
  );
}
