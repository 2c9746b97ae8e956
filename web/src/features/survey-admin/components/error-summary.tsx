import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import type { BuilderIds } from '../hooks/use-survey-builder';
import type { SurveyErrors } from '../utils/survey-checks';
import { useErrorText, usePathLabel } from '../hooks/use-error-text';

/** The problems at the top of the form, each a link to its field (GOV.UK's error summary). */
export function ErrorSummary({ errors, ids }: { errors: SurveyErrors; ids: BuilderIds }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const label = usePathLabel();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div id={ids.summary} tabIndex={-1}>
      <Alert tone="error" title={t('surveyAdmin.builder.fixErrors')}>
        <ul>
          {entries.map(([path, e]) => (
            <li key={path}>
              <a
                href={`#${ids.ofPath(path)}`}
                onClick={(ev) => {
                  // the field, not the URL: the router would take the hash for a navigation
                  ev.preventDefault();
                  document.getElementById(ids.ofPath(path))?.focus();
                }}
              >
                {t('surveyAdmin.builder.atField', { field: label(path), message: text(e) })}
              </a>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
