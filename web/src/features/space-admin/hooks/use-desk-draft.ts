import { useState } from 'react';
import type { Desk } from '@popdesk/shared';
import { checkDesk, deskBody, deskValues, type DeskProblem, type DeskValues } from '../utils/desk-form';

/** A desk form's values and the problem found when it was last sent. */
export function useDeskDraft(desk?: Desk) {
  const [values, setValues] = useState<DeskValues>(() => deskValues(desk));
  const [invalid, setInvalid] = useState<DeskProblem | null>(null);
  return {
    values,
    invalid,
    set: (key: keyof DeskValues, value: string) => setValues((v) => ({ ...v, [key]: value })),
    clear: () => setValues(deskValues()),
    /** The body to send, or null (and the problem shown) when something is wrong. */
    check: () => {
      const problem = checkDesk(values);
      setInvalid(problem);
      return problem ? null : deskBody(values);
    },
  };
}
