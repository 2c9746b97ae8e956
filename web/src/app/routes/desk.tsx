import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { DeskDoorPage } from '../../features/desk-door/components/desk-door-page';
import { myBookingsQueryOptions } from '../../features/my-bookings/api/get-my-bookings';

/**
 * Public: the page a desk's QR code opens (`/tisch/:deskId`, alias `/desks/:deskId`). A walk-up or
 * check-in there also refreshes my bookings.
 */
export function Component() {
  const { deskId = '' } = useParams();
  const queryClient = useQueryClient();
  return (
    <DeskDoorPage
      deskId={deskId}
      onBooked={() => void queryClient.invalidateQueries({ queryKey: myBookingsQueryOptions().queryKey })}
    />
  );
}
