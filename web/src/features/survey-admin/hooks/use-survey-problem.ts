import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { useProblemMessage } from '../../../lib/problem-message';

/** A problem in words: the surveys' own problems (`surveyAdmin.problems.<slug>`) first, then the app's. */
export function useSurveyProblem() {
  const { t } = useTranslation();
  const general = useProblemMessage();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        const key = `surveyAdmin.problems.${error.slug}`;
        if (t(key as never, { defaultValue: '' })) return t(key as never);
      }
      return general(error);
    },
    [t, general],
  );
}
