import { useTranslation } from 'react-i18next';
import type { Question } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { formatFilter, type AnswerFilter } from '../utils/filters';
import styles from './survey-results.module.css';

/** The filters in force, each with a button that names what it removes. */
export function FilterChips({
  filters,
  questions,
  lang,
  onRemove,
  onClear,
}: {
  filters: AnswerFilter[];
  questions: Question[];
  lang: string;
  onRemove: (f: AnswerFilter) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  if (filters.length === 0) return null;
  return (
    <div className="cluster">
      <ul className={styles.chips} aria-label={t('surveyResults.filter.active')}>
        {filters.map((f) => {
          const question = questions.find((q) => q.id === f.questionId)?.text ?? f.questionId;
          return (
            <li key={formatFilter(f)} className={styles.chip}>
              <span className={styles.chipText}>
                <span className={styles.chipQuestion} lang={lang}>
                  {question}
                </span>
                <span>
                  {t('surveyResults.filter.only')} <span lang={lang}>{f.option}</span>
                </span>
              </span>
              <Button
                variant="ghost"
                size="small"
                className={styles.chipRemove}
                aria-label={t('surveyResults.filter.remove', { question, option: f.option })}
                onClick={() => onRemove(f)}
              >
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          );
        })}
      </ul>
      {filters.length > 1 && (
        <Button variant="ghost" size="small" onClick={onClear}>
          {t('surveyResults.filter.clear')}
        </Button>
      )}
    </div>
  );
}
