import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey, SurveyRuleCode, SurveyRuleProblem } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { isApiError } from '../../../lib/api-client';
import { useLanguage } from '../../../lib/i18n';
import { useProblemMessage } from '../../../lib/problem-message';
import { useSubmitResponse } from '../api/submit-response';
import { useSurveyForm } from '../hooks/use-survey-form';
import { answerProblemText } from '../utils/problem-text';
import { ErrorSummary } from './error-summary';
import { QuestionField } from './question-field';
import { AnonymousNote, SurveyHeader } from './survey-header';
import styles from './survey-answer.module.css';

/** The server's 422 `answers-invalid` names its problems as the shared rules do. */
const serverProblems = (error: unknown): SurveyRuleProblem[] | null =>
  isApiError(error) && error.slug === 'answers-invalid' && error.problem.errors?.length
    ? error.problem.errors.map((e) => ({
        ...e,
        code: ((e as { code?: string }).code ?? 'wrong-type') as SurveyRuleCode,
      }))
    : null;

export const isClosedProblem = (error: unknown) =>
  isApiError(error) && (error.slug === 'survey-closed' || error.status === 410);

/** The questions as one form: checked as people go and on submit, then sent with only the answers. */
export function SurveyForm({
  survey,
  focusHeading,
  onSubmitted,
  onClosed,
}: {
  survey: Survey;
  focusHeading?: boolean;
  onSubmitted: () => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const form = useSurveyForm(survey.questions);
  const send = useSubmitResponse(survey.id);
  const chromeLang = lng === survey.language ? undefined : lng;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.reset();
    const answers = form.submit();
    if (!answers) return;
    send.mutate(answers, {
      onSuccess: onSubmitted,
      onError: (error) => {
        if (isClosedProblem(error)) return onClosed();
        const problems = serverProblems(error);
        if (problems) form.showProblems(problems);
      },
    });
  };
  const sendError = send.isError && !serverProblems(send.error) ? send.error : null;

  return (
    <div className={styles.survey}>
      <SurveyHeader survey={survey} focus={focusHeading} hasErrors={form.summary.length > 0} />
      <AnonymousNote />
      <form noValidate onSubmit={submit}>
        <ErrorSummary
          problems={form.summary}
          questions={survey.questions}
          attempt={form.attempt}
          surveyLang={survey.language}
        />
        {survey.questions.some((q) => q.required) && <p>{t('surveyAnswer.requiredIntro')}</p>}
        <div lang={survey.language}>
          {survey.questions.map((q) => (
            <QuestionField
              key={q.id}
              question={q}
              value={form.drafts[q.id]}
              error={form.problems[q.id] ? answerProblemText(t, form.problems[q.id]!, q) : null}
              chromeLang={chromeLang}
              onChange={(v) => form.change(q.id, v)}
              onBlur={() => form.blur(q.id)}
            />
          ))}
        </div>
        <div className={styles.submitArea}>
          <p className={styles.remaining}>
            {form.remainingRequired > 0
              ? t('surveyAnswer.remaining', { count: form.remainingRequired })
              : t('surveyAnswer.remainingNone')}
          </p>
          {sendError !== null && <SendError error={sendError} />}
          <Button type="submit" className={styles.submit} busy={send.isPending}>
            {t('surveyAnswer.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/**
 * Sending failed: too many answers from this connection (and how long to wait), or anything else.
 * It takes focus: the busy button it replaces in attention had lost it.
 */
function SendError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [error]);
  const tooMany = isApiError(error) && error.status === 429;
  const minutes = tooMany && error.retryAfter !== null ? Math.max(1, Math.ceil(error.retryAfter / 60)) : null;
  return (
    <div ref={ref} tabIndex={-1}>
      {tooMany ? (
        <Alert tone="error" title={t('surveyAnswer.tooMany')}>
          {minutes !== null && <p>{t('surveyAnswer.tooManyWait', { count: minutes })}</p>}
        </Alert>
      ) : (
        <Alert tone="error" title={t('surveyAnswer.sendFailed')}>
          <p>{message(error)}</p>
        </Alert>
      )}
    </div>
  );
}
