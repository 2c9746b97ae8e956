import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import styles from './survey-results.module.css';

/** Shown at first; the rest on request (and always on paper). */
const FIRST = 5;

/** The free texts, sorted as the server sends them; many of them fold away behind a button. */
export function TextAnswers({ texts, lang }: { texts: string[] | undefined; lang: string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const id = useId();
  if (!texts) return <p className="muted">{t('surveyResults.textsHidden')}</p>;
  if (texts.length === 0) return <p className="muted">{t('surveyResults.noTexts')}</p>;
  const more = texts.length - FIRST;
  return (
    <>
      <ul id={id} className={styles.texts} lang={lang}>
        {texts.map((text, i) => (
          <li key={i} className={i >= FIRST && !all ? 'print-only' : undefined}>
            {text}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Button
          variant="secondary"
          size="small"
          className="no-print"
          aria-expanded={all}
          aria-controls={id}
          onClick={() => setAll((a) => !a)}
        >
          {all ? t('surveyResults.fewerTexts') : t('surveyResults.moreTexts', { count: texts.length })}
        </Button>
      )}
    </>
  );
}
