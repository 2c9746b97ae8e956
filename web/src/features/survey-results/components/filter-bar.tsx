import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_FILTERS_MAX, type Question } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { FILTERABLE, filterOptions, formatFilter, hasFilter, type AnswerFilter } from '../utils/filters';
import { FilterChips } from './filter-chips';
import styles from './survey-results.module.css';

/**
 * Narrowing the results to the people who gave an answer ("only: commuting to Hamburg"): a question,
 * one of its options, add; the filters so far as removable chips. All filters must hold.
 */
export function FilterBar({
  questions,
  filters,
  lang,
  onChange,
}: {
  questions: Question[];
  filters: AnswerFilter[];
  lang: string;
  onChange: (next: AnswerFilter[]) => void;
}) {
  const { t } = useTranslation();
  const choosable = questions.filter((q) => FILTERABLE.has(q.kind));
  const [questionId, setQuestionId] = useState(choosable[0]?.id ?? '');
  const question = choosable.find((q) => q.id === questionId);
  const options = question ? filterOptions(question) : [];
  const [option, setOption] = useState('');
  const chosen = options.includes(option) ? option : (options[0] ?? '');
  const questionSelect = useRef<HTMLSelectElement>(null);
  const full = filters.length >= SURVEY_FILTERS_MAX;
  const candidate = { questionId, option: chosen };
  const taken = hasFilter(filters, candidate);
  if (choosable.length === 0) return null;

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (full || taken || !chosen) return;
    onChange([...filters, candidate]);
  };
  const remove = (f: AnswerFilter) => {
    onChange(filters.filter((o) => formatFilter(o) !== formatFilter(f)));
    // the chip and its button are gone: go on from the start of the filters
    questionSelect.current?.focus();
  };

  return (
    <div className="no-print">
      <form onSubmit={add}>
        <fieldset className={styles.toolbar}>
          <legend>{t('surveyResults.filter.legend')}</legend>
          <SelectField
            ref={questionSelect}
            label={t('surveyResults.filter.question')}
            value={questionId}
            onChange={(e) => setQuestionId(e.target.value)}
          >
            {choosable.map((q) => (
              <option key={q.id} value={q.id} lang={lang}>
                {q.text}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('surveyResults.filter.option')}
            value={chosen}
            onChange={(e) => setOption(e.target.value)}
          >
            {options.map((o) => (
              <option key={o} value={o} lang={lang}>
                {o}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary" disabled={full || taken} aria-describedby="survey-filter-hint">
            {t('surveyResults.filter.add')}
          </Button>
        </fieldset>
      </form>
      <p id="survey-filter-hint" className={styles.hint}>
        {full
          ? t('surveyResults.filter.full', { max: SURVEY_FILTERS_MAX })
          : taken
            ? t('surveyResults.filter.taken')
            : t('surveyResults.filter.hint', { max: SURVEY_FILTERS_MAX })}
      </p>
      <FilterChips
        filters={filters}
        questions={questions}
        lang={lang}
        onRemove={remove}
        onClear={() => {
          onChange([]);
          questionSelect.current?.focus();
        }}
      />
    </div>
  );
}
