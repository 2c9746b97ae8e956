import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SpaceDetail } from '@popdesk/shared';
import { Page } from '../../../components/ui/page';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { todayIn } from '../../../lib/dates';
import { useFloorPlan } from '../api/get-floor-plan';
import { PlanEditor } from './plan-editor';
import { PlanUpload } from './plan-upload';

interface Props {
  space: SpaceDetail;
  /** The desks' places changed (saved, or all taken off with the plan): the caller refreshes the space. */
  onDesksChanged?: () => void;
}

/** Staff: the space's floor plan — upload it, then place the desks on it (`/manage/spaces/:spaceId/plan`). */
export function PlanEditorPage({ space, onDesksChanged }: Props) {
  const { t } = useTranslation();
  const plan = useFloorPlan(space.id);
  const today = todayIn(space.timezone);
  // desks and rooms in use (a retired desk needs no place)
  const desks = space.desks.filter((d) => d.activeUntil === null || d.activeUntil >= today);
  return (
    <Page
      title={t('floorPlan.title', { space: space.name })}
      intro={t('floorPlan.intro')}
      actions={<Link to={`/manage/spaces/${space.id}`}>{t('floorPlan.backToSpace')}</Link>}
    >
      {plan.isPending && <Skeleton lines={6} height="2rem" label={t('floorPlan.loading')} />}
      {plan.isError && <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />}
      {plan.isSuccess && (
        <>
          <PlanUpload spaceId={space.id} plan={plan.data} onChanged={onDesksChanged} />
          {plan.data ? (
            <PlanEditor
              key={plan.data.url}
              plan={plan.data}
              spaceName={space.name}
              desks={desks}
              onSaved={onDesksChanged}
            />
          ) : (
            <p>{t('floorPlan.editor.needPlan')}</p>
          )}
        </>
      )}
    </Page>
  );
}
