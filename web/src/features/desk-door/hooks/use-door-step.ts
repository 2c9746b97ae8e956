import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Booking } from '@popdesk/shared';
import { useWalkUp, type WalkedUp } from '../api/walk-up';
import { parseWallTime } from '../utils/door-offer';

/**
 * The desk page's one step: offered → (tap) → walking up → done, or an error in words and the
 * offer again. A chosen end (`?until=16:30`) lives in the address, so that signing in or
 * registering comes back to the same step with the same time, and the person taps again: nothing
 * is booked without that tap.
 */
export function useDoorStep(deskId: string, onBooked?: (booking: Booking) => void) {
  const [params, setParams] = useSearchParams();
  const [done, setDone] = useState<WalkedUp | null>(null);
  const walkUp = useWalkUp(deskId, (result) => {
    setDone(result);
    onBooked?.(result.booking);
  });

  const choosing = params.has('until');
  const until = parseWallTime(params.get('until')) ?? '';
  const setUntil = (value: string | null) => {
    walkUp.reset();
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === null) next.delete('until');
        else next.set('until', value);
        return next;
      },
      { replace: true },
    );
  };

  return {
    done,
    walkUp,
    /** the "other end time" field is open */
    choosing,
    /** the chosen end, `HH:MM` or '' */
    until,
    chooseEnd: () => setUntil(until),
    setUntil: (value: string) => setUntil(value),
    cancelChoice: () => setUntil(null),
  };
}

export type DoorStep = ReturnType<typeof useDoorStep>;
