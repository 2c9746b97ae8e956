import { useState } from 'react';
import type { Desk, DeskFeature } from '@popdesk/shared';
import {
  checkDesk,
  deskBody,
  deskValues,
  toggleFeature,
  type DeskProblem,
  type DeskTextKey,
  type DeskValues,
} from '../utils/desk-form';

/** A desk form's values and the problem found when it was last sent. */
export function useDeskDraft(desk?: Desk) {
  const [values, setValues] = useState<DeskValues>(() => deskValues(desk));
  const [invalid, setInvalid] = useState<DeskProblem | null>(null);
  return {
    values,
    invalid,
    set: (key: DeskTextKey, value: string) => setValues((v) => ({ ...v, [key]: value })),
    toggleFeature: (feature: DeskFeature, on: boolean) => setValues((v) => toggleFeature(v, feature, on)),
    clear: () => setValues(deskValues()),
    /** The body to send, or null (and the problem shown) when something is wrong. */
    check: () => {
      const problem = checkDesk(values);
      setInvalid(problem);
      return problem ? null : deskBody(values);
    },
  };
}
