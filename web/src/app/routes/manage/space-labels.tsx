import { LabelSheetPage } from '../../../features/desk-labels/components/label-sheet-page';
import { RunSpace } from './run-space';

/** The QR labels of a space's desks to print (`/manage/spaces/:spaceId/labels`), for its staff and admins. */
export function Component() {
  return <RunSpace>{(space) => <LabelSheetPage space={space} />}</RunSpace>;
}
