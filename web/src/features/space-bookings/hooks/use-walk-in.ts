import { useReducer, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { useFormat } from '../../../lib/use-format';
import { uuid } from '../../../lib/uuid';
import { useCreateBooking } from '../api/create-booking';
import { isWalkInNow } from '../utils/walk-in-time';
import {
  emptyWalkIn,
  rangeFromStart,
  walkInProblems,
  walkInReducer,
  type Range,
  type WalkInErrors,
} from './walk-in-state';

/** The walk-in form: its draft, and recording it (one idempotency key per attempt). */
export function useWalkIn({ timezone, onBooked }: { timezone: string; onBooked?: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const [draft, dispatch] = useReducer(walkInReducer, emptyWalkIn);
  const attempt = useRef<{ sig: string; key: string } | null>(null);

  const create = useCreateBooking({
    onSuccess: (b) => {
      const who = draft.who === 'guest' ? draft.guestName.trim() : (draft.user?.name ?? '');
      const key = b.status === 'checked_in' ? 'frontDesk.walkIn.bookedCheckedIn' : 'frontDesk.walkIn.booked';
      const message = t(key, {
        who,
        desk: b.deskName ?? '',
        range: f.timeRange(b.start, b.end, timezone),
      });
      dispatch({ type: 'booked', message });
      announce(message);
      attempt.current = null;
    },
    onSettled: onBooked,
  });

  const pick = (picked: Range) => {
    dispatch({ type: 'picked', picked });
    create.reset();
  };

  function submit(e: FormEvent, range: Range) {
    e.preventDefault();
    const problems = walkInProblems(draft, range);
    const errors: WalkInErrors = {
      who: problems.who && t(problems.who),
      desk: problems.desk && t(problems.desk),
      range: problems.range && t(problems.range),
    };
    dispatch({ type: 'checked', errors });
    if (Object.keys(problems).length > 0) return;
    const body = {
      deskId: draft.deskId,
      start: new Date(range.start).toISOString(),
      end: new Date(range.end).toISOString(),
      ...(draft.who === 'guest' ? { guestName: draft.guestName.trim() } : { userId: draft.user!.id }),
      // someone at the door now is saved checked in at once, in the same request
      ...(isWalkInNow(range, Date.now()) ? { checkIn: true } : {}),
    };
    const sig = JSON.stringify(body);
    if (attempt.current?.sig !== sig) attempt.current = { sig, key: uuid() };
    create.mutate({ body, idempotencyKey: attempt.current.key });
  }

  return {
    draft,
    dispatch,
    create,
    submit,
    pickStart: (open: Availability['open'], range: Range, start: number) => pick(rangeFromStart(open, range, start)),
    pickEnd: (range: Range, end: number) => pick({ start: range.start, end }),
    prefill: (deskId: string, picked: Range) => {
      dispatch({ type: 'prefill', deskId, picked });
      create.reset();
    },
  };
}

export type WalkIn = ReturnType<typeof useWalkIn>;
