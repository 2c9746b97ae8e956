import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyError } from '../utils/survey-checks';

/** A problem in words: our text for its code, else the server's. */
export function useErrorText() {
  const { t } = useTranslation();
  return useCallback(
    (e: SurveyError | undefined | null) =>
      !e ? null : e.code === 'server' ? (e.message ?? '') : t(`surveyAdmin.errors.${e.code}`),
    [t],
  );
}

const FIELDS = ['title', 'town', 'spaceId', 'intro', 'closesOn', 'language'] as const;
const QUESTION_FIELDS = ['text', 'help', 'kind', 'min', 'max', 'unit', 'options'] as const;

/** What a problem's path names, for the summary: "Titel", "Frage 3 – Antwort 2". */
export function usePathLabel() {
  const { t } = useTranslation();
  return useCallback(
    (path: string) => {
      const m = /^\/questions\/(\d+)(?:\/(\w+)(?:\/(\d+))?)?/.exec(path);
      if (!m) {
        const field = FIELDS.find((f) => `/${f}` === path);
        if (field === 'spaceId') return t('surveyAdmin.builder.space');
        return field ? t(`surveyAdmin.builder.${field}`) : t('surveyAdmin.builder.questions');
      }
      const question = t('surveyAdmin.builder.question', { n: Number(m[1]) + 1 });
      const part = QUESTION_FIELDS.find((f) => f === m[2]);
      if (part === 'options' && m[3] !== undefined)
        return `${question} – ${t('surveyAdmin.builder.option', { n: Number(m[3]) + 1 })}`;
      return part ? `${question} – ${t(`surveyAdmin.builder.${part}`)}` : question;
    },
    [t],
  );
}
