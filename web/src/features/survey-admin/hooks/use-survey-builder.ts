import { useEffect, useId, useReducer, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { QuestionKind, Survey, SurveyLanguage } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { surveyTemplatesQueryOptions } from '../api/get-survey-templates';
import { useSaveSurvey } from '../api/save-survey';
import { draftReducer, type DraftAction } from '../utils/draft-reducer';
import { checkDraft, serverErrors, type SurveyErrors } from '../utils/survey-checks';
import { changedFields, createBody, newQuestion, type SurveyDraft } from '../utils/survey-draft';

export interface SurveyBuilderOptions {
  initial: SurveyDraft;
  /** the survey being edited; none: a new one */
  survey?: Survey;
  onSaved: (survey: Survey, mode: 'create' | 'edit') => void;
}

/** The element ids of the builder's fields, so problems link to them and focus can move there. */
export function builderIds(base: string) {
  const q = (i: number, part?: string) => `${base}-q${i}${part ? `-${part}` : ''}`;
  return {
    field: (name: string) => `${base}-${name}`,
    question: q,
    option: (i: number, j: number) => q(i, `o${j}`),
    summary: `${base}-summary`,
    addQuestion: `${base}-add`,
    /** where a problem at `path` is shown */
    ofPath(path: string): string {
      const m = /^\/questions\/(\d+)(?:\/(\w+)(?:\/(\d+))?)?/.exec(path);
      if (!m) return path === '/questions' ? `${base}-add` : `${base}-${path.slice(1)}`;
      const i = Number(m[1]);
      if (m[2] === 'options') return q(i, `o${m[3] ?? 0}`);
      return ['text', 'help', 'kind', 'min', 'max', 'unit'].includes(m[2] ?? '') ? q(i, m[2]) : q(i);
    },
  };
}
export type BuilderIds = ReturnType<typeof builderIds>;

/**
 * The builder's state machine: the draft (a reducer), its problems (checked as people type once they
 * tried to save, and the server's answer mapped to the fields), focus after adding, removing and
 * moving, reloading the template when the language changes before anything was edited, and saving:
 * the whole survey when creating, what changed when editing.
 */
export function useSurveyBuilder({ initial, survey, onSaved }: SurveyBuilderOptions) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const ids = builderIds(useId());
  const mode = survey ? 'edit' : 'create';
  /** questions can change until the first response (the server refuses them after: 409) */
  const locked = (survey?.responses ?? 0) > 0;
  const [state, dispatchDraft] = useReducer(draftReducer, { draft: initial, edited: false });
  const { draft, edited } = state;
  /** save attempts: problems show from the first; each renders anew, so focus goes to the summary */
  const [attempts, setAttempts] = useState(0);
  const [fromServer, setFromServer] = useState<SurveyErrors | null>(null);
  const [nothingChanged, setNothingChanged] = useState(false);
  const [loadingTemplate, setLoadingTemplate] = useState(false);
  /** the element to focus after the next render (set by handlers, taken by the effect) */
  const focusNext = useRef<string | null>(null);
  const setFocusId = (id: string) => {
    focusNext.current = id;
  };

  const save = useSaveSurvey({
    onSuccess: (saved) => {
      announce(mode === 'create' ? t('surveyAdmin.builder.created') : t('surveyAdmin.builder.saved'));
      onSaved(saved, mode);
    },
    onError: (error) => {
      const found = serverErrors(error);
      setFromServer(found);
      if (found) setFocusId(ids.summary);
    },
  });

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const errors: SurveyErrors = { ...(attempts > 0 ? checkDraft(draft, !locked) : {}), ...fromServer };

  function dispatch(action: DraftAction, focus?: string) {
    dispatchDraft(action);
    setNothingChanged(false);
    setFromServer(null);
    if (save.error) save.reset();
    if (focus) setFocusId(focus);
  }

  const n = draft.questions.length;
  const moveTarget = (i: number, by: -1 | 1, count: number, id: (k: number, dir: 'up' | 'down') => string) => {
    const to = i + by;
    // at an end the button pressed is disabled: the other one keeps the focus nearby
    const dir = by < 0 ? (to === 0 ? 'down' : 'up') : to === count - 1 ? 'up' : 'down';
    return id(to, dir);
  };

  const questions = {
    add: (kind: QuestionKind = 'single') =>
      dispatch({ type: 'addQuestion', question: newQuestion(draft.questions, kind) }, ids.question(n, 'text')),
    remove: (i: number) => {
      const next = n - 1 === 0 ? ids.addQuestion : ids.question(Math.min(i, n - 2));
      dispatch({ type: 'removeQuestion', index: i }, next);
      announce(t('surveyAdmin.builder.questionRemoved', { n: i + 1 }));
    },
    move: (i: number, by: -1 | 1) => {
      dispatch(
        { type: 'moveQuestion', index: i, by },
        moveTarget(i, by, n, (k, d) => ids.question(k, d)),
      );
      announce(t('surveyAdmin.builder.questionMoved', { n: i + by + 1 }));
    },
    addOption: (i: number) =>
      dispatch({ type: 'addOption', index: i }, ids.option(i, draft.questions[i]?.options.length ?? 0)),
    removeOption: (i: number, j: number) => {
      const count = draft.questions[i]?.options.length ?? 0;
      dispatch(
        { type: 'removeOption', index: i, option: j },
        count - 1 === 0 ? ids.question(i, 'addOption') : ids.option(i, Math.min(j, count - 2)),
      );
    },
    moveOption: (i: number, j: number, by: -1 | 1) => {
      const count = draft.questions[i]?.options.length ?? 0;
      dispatch(
        { type: 'moveOption', index: i, option: j, by },
        moveTarget(j, by, count, (k, d) => ids.question(i, `o${k}-${d}`)),
      );
    },
  };

  /** The questions' language; a template not edited yet is loaded again in it. */
  async function changeLanguage(language: SurveyLanguage) {
    dispatch({ type: 'field', field: 'language', value: language });
    if (!draft.template || edited) return;
    setLoadingTemplate(true);
    try {
      const list = await queryClient.fetchQuery(surveyTemplatesQueryOptions(language));
      const template = list.find((x) => x.id === draft.template);
      if (template) {
        // typed in the meantime: what was typed stays
        dispatchDraft({ type: 'template', template, unlessEdited: true });
        announce(t('surveyAdmin.builder.templateReloaded'));
      }
    } catch {
      // the questions stay in the language they are in; the language field says which is meant
    } finally {
      setLoadingTemplate(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempts((k) => k + 1);
    const found = checkDraft(draft, !locked);
    if (Object.keys(found).length > 0) return setFocusId(ids.summary);
    if (!survey) return save.mutate({ mode: 'create', body: createBody(draft) });
    const body = changedFields(draft, survey, !locked);
    if (Object.keys(body).length === 0) return setNothingChanged(true);
    save.mutate({ mode: 'edit', id: survey.id, body });
  }

  return {
    mode,
    survey,
    locked,
    draft,
    edited,
    dispatch,
    questions,
    changeLanguage,
    loadingTemplate,
    errors,
    ids,
    nothingChanged,
    save,
    /** a failure about no field in particular */
    generalError: save.error != null && !fromServer ? save.error : null,
    submit,
  };
}
export type SurveyBuilder = ReturnType<typeof useSurveyBuilder>;
