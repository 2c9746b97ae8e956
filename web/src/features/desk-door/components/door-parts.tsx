import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskDoor } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { isApiError } from '../../../lib/api-client';
import { useProblemMessage } from '../../../lib/problem-message';
import styles from './desk-door.module.css';

/** A button for a thumb: the full width of a phone, tall, large type. */
export function BigButton({
  children,
  busy,
  onClick,
  type = 'button',
}: {
  children: ReactNode;
  busy?: boolean;
  onClick?: () => void;
  type?: 'button' | 'submit';
}) {
  return (
    <Button type={type} block busy={busy} onClick={onClick} className={styles.big}>
      {children}
    </Button>
  );
}

const OWN_TEXTS = new Set([
  'desk-taken',
  'space-closed',
  'until-not-after-now',
  'outside-opening-hours',
  'closed',
  'walk-up-desks-only',
  'overlapping-booking',
  'booking-too-short',
  'too-many-bookings',
]);

/** Why walking up did not work (409, 422 …), in words of this page; others as everywhere else. */
export function WalkUpError({ door, error }: { door: DeskDoor; error: unknown }) {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  if (!error) return null;
  const slug = isApiError(error) ? error.slug : '';
  const text = OWN_TEXTS.has(slug)
    ? t(`deskDoor.problems.${slug}` as never, { minutes: door.space.minBookingMinutes })
    : problem(error);
  return (
    <Alert tone="error" title={t('deskDoor.failed')}>
      <p>{text}</p>
    </Alert>
  );
}
