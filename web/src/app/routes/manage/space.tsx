import { useQueryClient } from '@tanstack/react-query';
import { spaceQueryOptions } from '../../../features/spaces/api/get-space';
import { spacesQueryOptions } from '../../../features/spaces/api/get-spaces';
import { ManageSpacePage } from '../../../features/space-admin/components/manage-space-page';
import { RunSpace } from './run-space';

/** One space to run: the space's details come from the spaces feature and are refreshed after every change. */
export function Component() {
  const queryClient = useQueryClient();
  return (
    <RunSpace>
      {(space, spaceId) => (
        <ManageSpacePage
          space={space}
          onChanged={() => {
            void queryClient.invalidateQueries({ queryKey: spaceQueryOptions(spaceId).queryKey });
            void queryClient.invalidateQueries({ queryKey: spacesQueryOptions().queryKey, exact: true });
          }}
        />
      )}
    </RunSpace>
  );
}
