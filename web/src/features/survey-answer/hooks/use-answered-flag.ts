import { useCallback, useState } from 'react';

/**
 * "Already answered on this device": a flag in localStorage only, one key per survey, holding
 * nothing but "1" (no response id, no date) – never a cookie, never sent to the server. It only
 * keeps a person from answering twice by accident; a household sharing a phone may answer again.
 */
export const answeredKey = (surveyId: string) => `popdesk.survey-answered.${surveyId}`;

function read(surveyId: string): boolean {
  try {
    return localStorage.getItem(answeredKey(surveyId)) === '1';
  } catch {
    return false; // storage unavailable (private mode): nothing is remembered
  }
}

export function useAnsweredFlag(surveyId: string) {
  const [answered, setAnswered] = useState(() => read(surveyId));
  const remember = useCallback(() => {
    try {
      localStorage.setItem(answeredKey(surveyId), '1');
    } catch {
      // not remembered then; the answers are in all the same
    }
    setAnswered(true);
  }, [surveyId]);
  return { answered, remember };
}
