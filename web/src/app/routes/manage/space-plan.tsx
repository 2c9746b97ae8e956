import { useQueryClient } from '@tanstack/react-query';
import { spaceQueryOptions } from '../../../features/spaces/api/get-space';
import { PlanEditorPage } from '../../../features/floor-plan/components/plan-editor-page';
import { RunSpace } from './run-space';

/** The space's floor plan (`/manage/spaces/:spaceId/plan`), for its staff and admins. */
export function Component() {
  const queryClient = useQueryClient();
  return (
    <RunSpace>
      {(space, spaceId) => (
        <PlanEditorPage
          space={space}
          onDesksChanged={() => void queryClient.invalidateQueries({ queryKey: spaceQueryOptions(spaceId).queryKey })}
        />
      )}
    </RunSpace>
  );
}
