import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event, Registration } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { isApiError } from '../../../lib/api-client';
import { useIsLoggedIn } from '../../../lib/auth-token';
import { useNow } from '../../../lib/use-now';
import { useProblemMessage } from '../../../lib/problem-message';
import { useCancelRegistration } from '../api/cancel-registration';
import { useRegister } from '../api/register';
import { registrationView } from '../utils/event-state';

/** The refusals the event page explains in its own words; anything else as the app says it. */
const OWN_PROBLEMS = ['already-registered', 'registration-closed', 'event-full'] as const;

/**
 * The registration part of the event page: the view in force, registering, cancelling after a
 * confirmation, what happened (announced to screen readers) and what went wrong.
 */
export function useEventRegistration(event: Event) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const signedIn = useIsLoggedIn();
  const now = useNow(30_000).getTime();
  const [confirming, setConfirming] = useState(false);

  const register = useRegister({
    onSuccess: (r: Registration) =>
      announce(
        r.status === 'waitlisted'
          ? t('events.register.waitlisted', { position: r.position ?? 1 })
          : t('events.register.registered'),
      ),
  });
  const cancel = useCancelRegistration({
    onSuccess: () => {
      setConfirming(false);
      announce(t('events.register.cancelled'));
    },
  });

  const error = register.error ?? cancel.error;
  const slug = isApiError(error) ? error.slug : '';
  const errorMessage =
    error == null
      ? null
      : (OWN_PROBLEMS as readonly string[]).includes(slug)
        ? t(`events.problems.${slug as (typeof OWN_PROBLEMS)[number]}`)
        : problem(error);

  const view = registrationView(event, signedIn, now);
  const mine = 'mine' in view ? view.mine : null;

  return {
    view,
    errorMessage,
    registering: register.isPending,
    cancelling: cancel.isPending,
    confirming,
    register: () => {
      cancel.reset();
      register.mutate(event.id);
    },
    askCancel: () => {
      register.reset();
      cancel.reset();
      setConfirming(true);
    },
    closeCancel: () => setConfirming(false),
    cancel: () => {
      if (mine) cancel.mutate({ eventId: event.id, registrationId: mine.id });
    },
  };
}

export type EventRegistration = ReturnType<typeof useEventRegistration>;
