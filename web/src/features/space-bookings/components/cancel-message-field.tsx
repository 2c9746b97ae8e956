import { useTranslation } from 'react-i18next';
import { CANCEL_MESSAGE_MAX } from '@popdesk/shared';
import { TextAreaField } from '../../../components/ui/field';
import type { ManagedBooking } from '../api/get-bookings';

/**
 * Staff's message with a cancellation: the holder's e-mail quotes it. Guests have no e-mail, so
 * they get no field. Carriage returns and other control characters are dropped as typed.
 */
export function CancelMessageField({
  booking,
  value,
  onChange,
}: {
  booking: ManagedBooking;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  if (!booking.userId) return null;
  return (
    <TextAreaField
      label={t('staffNames.message')}
      hint={t('staffNames.messageHint')}
      rows={3}
      maxLength={CANCEL_MESSAGE_MAX}
      value={value}
      // eslint-disable-next-line no-control-regex -- exactly the characters the API refuses
      onChange={(e) => onChange(e.target.value.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, ''))}
    />
  );
}
