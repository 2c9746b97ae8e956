/**
 * "Really cancel this booking?" — the one confirmation before a booking is cancelled, wherever a
 * list offers it (my bookings, a space's bookings, the staff's today view). Open while `booking`
 * is set; the text about the booking comes from the caller.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ui/dialog';

interface CancelBookingDialogProps<B> {
  booking: B | null;
  title: string;
  onClose: () => void;
  onConfirm: (booking: B) => void;
  children: (booking: B) => ReactNode;
}

export function CancelBookingDialog<B>({ booking, title, onClose, onConfirm, children }: CancelBookingDialogProps<B>) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={booking !== null}
      title={title}
      confirmLabel={t('myBookings.cancelConfirm')}
      confirmVariant="danger"
      onCancel={onClose}
      onConfirm={() => {
        if (booking !== null) onConfirm(booking);
        onClose();
      }}
    >
      {booking !== null && children(booking)}
    </ConfirmDialog>
  );
}
