import type { SurveyPlaces } from '../../../features/survey-admin/components/survey-meta-fields';
import { useManagedSpaces } from '../managed-spaces';

/** The spaces (and so the towns) the person may make surveys for; admins may type any town. */
export function useSurveyPlaces() {
  const managed = useManagedSpaces();
  const places: SurveyPlaces | undefined = managed.spaces && { spaces: managed.spaces, isAdmin: managed.isAdmin };
  return { ...managed, places };
}
