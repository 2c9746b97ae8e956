import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, SurveyRuleProblem } from '@popdesk/shared';
import { fieldId, problemQuestionId } from '../utils/answers';
import { answerProblemText } from '../utils/problem-text';
import styles from './survey-answer.module.css';

/**
 * GOV.UK's error summary: at the top of the form, focused after each refused attempt (`attempt`),
 * one link per problem that moves focus to its field.
 */
export function ErrorSummary({
  problems,
  questions,
  attempt,
  surveyLang,
}: {
  problems: readonly SurveyRuleProblem[];
  questions: readonly Question[];
  attempt: number;
  surveyLang: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (problems.length === 0) return null;

  const goTo = (id: string) => (e: MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };
  return (
    <div ref={ref} className={styles.summary} tabIndex={-1} aria-labelledby="survey-error-summary">
      <div role="alert">
        <h2 id="survey-error-summary">{t('surveyAnswer.summaryTitle')}</h2>
        <ul>
          {problems.map((p) => {
            const q = questions.find((x) => x.id === problemQuestionId(p));
            const message = answerProblemText(t, p, q);
            return (
              <li key={p.path + p.code}>
                {q ? (
                  <a href={`#${fieldId(q)}`} onClick={goTo(fieldId(q))}>
                    <span lang={surveyLang}>{q.text}</span> – {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
