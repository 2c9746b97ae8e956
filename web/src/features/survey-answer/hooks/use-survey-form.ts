import { useCallback, useMemo, useState } from 'react';
import {
  checkAnswers,
  normaliseAnswers,
  type AnswerValue,
  type Question,
  type SurveyRuleProblem,
} from '@popdesk/shared';
import { problemQuestionId, toAnswers, type Draft } from '../utils/answers';

type Problems = Readonly<Record<string, SurveyRuleProblem>>;

function byQuestion(problems: readonly SurveyRuleProblem[]): Record<string, SurveyRuleProblem> {
  const out: Record<string, SurveyRuleProblem> = {};
  for (const p of problems) {
    const id = problemQuestionId(p);
    if (id && !out[id]) out[id] = p;
  }
  return out;
}

/**
 * The answer form's state: drafts as typed, one problem per question (checked by the shared
 * rules on blur, again while a shown problem is being fixed, and all at once on submit), and the
 * error summary of the last refused attempt (`attempt` counts them, so each one moves focus).
 */
export function useSurveyForm(questions: readonly Question[]) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [problems, setProblems] = useState<Problems>({});
  const [summary, setSummary] = useState<readonly SurveyRuleProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());

  /** The problem of one question now (a required one stays quiet until it was touched). */
  const checkOne = useCallback(
    (id: string, next: Record<string, Draft>, touched: boolean) => {
      const found = checkAnswers(questions, toAnswers(questions, next)).find((p) => problemQuestionId(p) === id);
      return found && (found.code !== 'required' || touched) ? found : undefined;
    },
    [questions],
  );

  const setProblem = (id: string, problem: SurveyRuleProblem | undefined) =>
    setProblems(({ [id]: _old, ...rest }) => (problem ? { ...rest, [id]: problem } : rest));

  const change = (id: string, value: Draft) => {
    const next = { ...drafts, [id]: value };
    setDrafts(next);
    setDirty((d) => new Set(d).add(id));
    if (problems[id]) setProblem(id, checkOne(id, next, true));
  };

  const blur = (id: string) => setProblem(id, checkOne(id, drafts, dirty.has(id)));

  const showProblems = (found: readonly SurveyRuleProblem[]) => {
    setProblems(byQuestion(found));
    setSummary(found);
    setAttempt((n) => n + 1);
  };

  /** The answers to send, or null after showing what is wrong with them. */
  const submit = (): Record<string, Exclude<AnswerValue, null>> | null => {
    const answers = toAnswers(questions, drafts);
    const found = checkAnswers(questions, answers);
    if (found.length > 0) {
      showProblems(found);
      return null;
    }
    setProblems({});
    setSummary([]);
    return normaliseAnswers(questions, answers);
  };

  const remainingRequired = useMemo(() => {
    const answers = toAnswers(questions, drafts);
    return questions.filter((q) => q.required && answers[q.id] === undefined).length;
  }, [questions, drafts]);

  return { drafts, problems, summary, attempt, remainingRequired, change, blur, submit, showProblems };
}
