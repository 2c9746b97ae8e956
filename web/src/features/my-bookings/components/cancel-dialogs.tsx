import { useTranslation } from 'react-i18next';
import type { Booking } from '@popdesk/shared';
import { CancelBookingDialog } from '../../../components/cancel-booking-dialog';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { useFormat } from '../../../lib/use-format';
import type { BookingActions } from '../hooks/use-booking-actions';
import { seriesRest } from '../utils/booking-lists';
import { FALLBACK_TZ } from '../utils/check-in-window';
import type { SpaceInfo } from './booking-card';

interface Props {
  actions: BookingActions;
  upcoming: Booking[];
  spaceInfo: (spaceId: string) => SpaceInfo | undefined;
}

/** "Cancel this booking?" and "Cancel the rest of the series?", each saying what it takes. */
export function CancelDialogs({ actions, upcoming, spaceInfo }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { confirming } = actions;
  const toCancel = confirming.kind === 'cancel' ? confirming.booking : null;
  const seriesFrom = confirming.kind === 'cancelSeries' ? confirming.booking : null;
  const cancelSpace = toCancel ? spaceInfo(toCancel.spaceId) : undefined;
  const cancelTz = cancelSpace?.timezone ?? FALLBACK_TZ;
  const rest = seriesFrom ? seriesRest(upcoming, seriesFrom) : [];
  const seriesTz = seriesFrom ? (spaceInfo(seriesFrom.spaceId)?.timezone ?? FALLBACK_TZ) : FALLBACK_TZ;

  return (
    <>
      <CancelBookingDialog
        booking={toCancel}
        title={t('myBookings.cancelTitle')}
        onClose={actions.close}
        onConfirm={actions.cancel}
      >
        {(b) => (
          <p>
            {t('myBookings.cancelText', {
              desk: b.deskName ?? '',
              space: b.spaceName ?? cancelSpace?.name ?? '',
              day: f.dayLongOf(b.start, cancelTz),
              range: f.timeRange(b.start, b.end, cancelTz),
            })}
          </p>
        )}
      </CancelBookingDialog>

      <ConfirmDialog
        open={seriesFrom !== null}
        title={t('myBookings.cancelSeriesTitle')}
        confirmLabel={t('myBookings.cancelSeriesConfirm', { count: rest.length })}
        confirmVariant="danger"
        onCancel={actions.close}
        onConfirm={() => {
          if (seriesFrom) actions.cancelSeriesFrom(seriesFrom);
          actions.close();
        }}
      >
        {seriesFrom && (
          <p>
            {t('myBookings.cancelSeriesText', {
              count: rest.length,
              desk: seriesFrom.deskName ?? '',
              space: seriesFrom.spaceName ?? spaceInfo(seriesFrom.spaceId)?.name ?? '',
              day: f.dayLongOf(seriesFrom.start, seriesTz),
              last: f.dayLongOf(rest.at(-1)?.start ?? seriesFrom.start, seriesTz),
              range: f.timeRange(seriesFrom.start, seriesFrom.end, seriesTz),
            })}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
