import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { useMe } from '../../../lib/auth/get-me';
import { SURVEY_FOLD_BELOW } from '@popdesk/shared';

/** The way to a new survey of the space, for those who may build one (analysts only read). */
function CreateSurveyLink({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.data?.role !== 'staff' && me.data?.role !== 'admin') return null;
  return (
    <p>
      <Link to={`/manage/surveys/new?spaceId=${encodeURIComponent(spaceId)}`}>{t('reports.demand.createSurvey')}</Link>
    </p>
  );
}

/** The space has no survey yet: what one would show, and where to start it. */
export function NoSurvey({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  return (
    <Alert tone="info" title={t('reports.demand.noSurveyTitle')} live={false}>
      <p>{t('reports.demand.noSurvey')}</p>
      <CreateSurveyLink spaceId={spaceId} />
    </Alert>
  );
}

/** A figure resting on fewer than 3 answers is not shown (it could single someone out). */
export function TooFew({ n, spaceId }: { n: number; spaceId: string }) {
  const { t } = useTranslation();
  return (
    <Alert tone="info" live={false}>
      <p>{t('reports.demand.tooFew', { count: n, min: SURVEY_FOLD_BELOW })}</p>
      <CreateSurveyLink spaceId={spaceId} />
    </Alert>
  );
}

/** What "< 3" in a table means. */
export function FoldedNote() {
  const { t } = useTranslation();
  return <p className="muted">{t('reports.demand.foldedNote', { min: SURVEY_FOLD_BELOW })}</p>;
}
