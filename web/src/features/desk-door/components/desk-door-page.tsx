import { useTranslation } from 'react-i18next';
import type { Booking, DeskDoor } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { isApiError } from '../../../lib/api-client';
import { useFormat } from '../../../lib/use-format';
import { useOnline } from '../../../lib/use-online';
import { useDeskDoor } from '../api/get-desk-door';
import { useDoorStep } from '../hooks/use-door-step';
import { doorOffer } from '../utils/door-offer';
import { CheckedIn } from './checked-in';
import { DeskHeader } from './desk-header';
import { DeskNotFound } from './desk-not-found';
import { DoorAction } from './door-action';
import { DoorStatus } from './door-status';
import { SignInOffer } from './sign-in-offer';
import styles from './desk-door.module.css';

/**
 * `/tisch/:deskId` (alias `/desks/:deskId`): the page a desk's QR code opens, mostly on a phone at
 * the desk. Public: the desk and its state for everyone; one tap checks in or books and checks in.
 */
export function DeskDoorPage({ deskId, onBooked }: { deskId: string; onBooked?: (booking: Booking) => void }) {
  const { t } = useTranslation();
  const { signedIn, door } = useDeskDoor(deskId);
  if (door.isPending) return <Skeleton lines={5} height="2.5rem" label={t('deskDoor.loading')} />;
  if (door.isError) {
    if (isApiError(door.error) && [400, 404].includes(door.error.status)) return <DeskNotFound />;
    return <ErrorState error={door.error} onRetry={() => void door.refetch()} />;
  }
  return <DeskDoorView door={door.data} signedIn={signedIn} onBooked={onBooked} />;
}

function DeskDoorView({
  door,
  signedIn,
  onBooked,
}: {
  door: DeskDoor;
  signedIn: boolean;
  onBooked?: (booking: Booking) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  // offline the service worker answers with the desk as last seen: shown, but nothing to tap
  const online = useOnline();
  const step = useDoorStep(door.desk.id, onBooked);
  if (step.done) return <CheckedIn door={door} result={step.done} />;
  const offer = doorOffer(door, signedIn);
  return (
    <div className={styles.door}>
      <DeskHeader door={door} />
      {!online && (
        <Alert tone="info" live={false}>
          <p id="door-read-only">{t('deskDoor.offline', { time: f.time(door.now.at, door.space.timezone) })}</p>
        </Alert>
      )}
      <DoorStatus door={door} offer={offer} />
      <fieldset className={styles.readOnly} disabled={!online} aria-describedby={online ? undefined : 'door-read-only'}>
        <DoorAction door={door} offer={offer} step={step} />
      </fieldset>
      {!signedIn && offer.kind !== 'room' && <SignInOffer free={offer.kind === 'sign-in'} />}
    </div>
  );
}
