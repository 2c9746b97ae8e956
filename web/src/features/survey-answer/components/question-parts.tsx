import type { FocusEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@popdesk/shared';
import type { Draft } from '../utils/answers';
import styles from './survey-answer.module.css';

/** What every kind of question gets from the form. */
export interface QuestionProps {
  question: Question;
  value: Draft | undefined;
  /** the problem with the answer, in words; null when there is none */
  error: string | null;
  /** The page's language where it differs from the survey's: words of the page inside a question. */
  chromeLang: string | undefined;
  onChange: (value: Draft) => void;
  onBlur: () => void;
}

export const hintId = (q: Question) => `q-${q.id}-hint`;
export const errorId = (q: Question) => `q-${q.id}-error`;

/** The ids describing a question's control(s): its hints, then its error. */
export const describedBy = (q: Question, hasHint: boolean, error: string | null, ...more: (string | undefined)[]) =>
  [hasHint ? hintId(q) : undefined, error ? errorId(q) : undefined, ...more].filter(Boolean).join(' ') || undefined;

export const boxClass = (error: string | null) => (error ? `${styles.question} ${styles.invalid}` : styles.question);

/** The question's words, marked "Pflichtfrage" in words (not only with a star) when required. */
export function QuestionTitle({ question, chromeLang }: Pick<QuestionProps, 'question' | 'chromeLang'>) {
  const { t } = useTranslation();
  return (
    <>
      {question.text}
      {question.required && (
        <>
          {' '}
          <span className={styles.required} lang={chromeLang}>
            ({t('surveyAnswer.required')})
          </span>
        </>
      )}
    </>
  );
}

/** The question's own help (survey language) and any words of the page about it. */
export function QuestionHint({
  question,
  chromeLang,
  extra,
}: Pick<QuestionProps, 'question' | 'chromeLang'> & { extra?: ReactNode }) {
  if (!question.help && !extra) return null;
  return (
    <span id={hintId(question)} className={styles.hint}>
      {question.help}
      {question.help && extra ? ' ' : null}
      {extra && <span lang={chromeLang}>{extra}</span>}
    </span>
  );
}

export function QuestionError({
  question,
  error,
  chromeLang,
}: Pick<QuestionProps, 'question' | 'error' | 'chromeLang'>) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <span id={errorId(question)} className={styles.error} lang={chromeLang}>
      <span className="visually-hidden">{t('surveyAnswer.errorPrefix')}:</span> {error}
    </span>
  );
}

/** A group's blur: only when focus leaves the whole group, not when it moves between its options. */
export const groupBlur = (onBlur: () => void) => (e: FocusEvent<HTMLElement>) => {
  if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onBlur();
};
