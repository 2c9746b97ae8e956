import { useMemo, useReducer, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpeningHour } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { useSetOpeningHours } from '../api/set-opening-hours';
import {
  WEEKDAYS,
  fromDraft,
  nextInterval,
  sameHours,
  validateDraft,
  type IsoWeekday,
} from '../utils/opening-hours-draft';
import { hoursReducer, initialHoursState } from '../utils/opening-hours-editor-state';

const WORKDAYS: IsoWeekday[] = [2, 3, 4, 5];

interface Options {
  spaceId: string;
  hours: OpeningHour[];
  onSaved?: (hours: OpeningHour[]) => void;
}

/** The week being edited, its problems, and saving it (only when there are none). */
export function useOpeningHoursEditor({ spaceId, hours, onSaved }: Options) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [{ draft, tried }, dispatch] = useReducer(hoursReducer, hours, initialHoursState);
  const summary = useRef<HTMLDivElement>(null);
  const problems = useMemo(() => validateDraft(draft), [draft]);
  const dirty = !sameHours(draft, hours);

  const save = useSetOpeningHours(spaceId, {
    onSuccess: (saved) => {
      dispatch({ type: 'reset', hours: saved });
      announce(t('spaceAdmin.hours.saved'));
      onSaved?.(saved);
    },
  });

  /** An edit of the week: a failed save's message goes, it was about the week before. */
  const edit = (action: Parameters<typeof dispatch>[0]) => {
    save.reset();
    dispatch(action);
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    dispatch({ type: 'tried' });
    if (problems.size > 0) {
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    save.mutate(fromDraft(draft));
  }

  const problemList = WEEKDAYS.flatMap((day) =>
    draft[day].flatMap((iv, index) => {
      const problem = problems.get(iv.key);
      return problem ? [{ day, iv, index, problem }] : [];
    }),
  );

  return {
    draft,
    problems,
    /** The problems to list above the form: once saving was tried. */
    shownProblems: tried ? problemList : [],
    dirty,
    save,
    summary,
    submit,
    change: (day: IsoWeekday, key: string, field: 'opens' | 'closes', value: string) =>
      edit({ type: 'change', day, key, field, value }),
    add: (day: IsoWeekday) => edit({ type: 'add', day, interval: nextInterval(draft[day]) }),
    remove: (day: IsoWeekday, key: string) => edit({ type: 'remove', day, key }),
    copyMonday: () => dispatch({ type: 'copy', from: 1, to: WORKDAYS }),
    discard: () => {
      dispatch({ type: 'reset', hours });
      save.reset();
    },
  };
}
