import { Skeleton } from '../../components/ui/states';

/**
 * What shows while the first page's code is still loading (React Router's HydrateFallback for the
 * lazy routes; without one it renders nothing and warns in the console).
 */
export function FirstLoad() {
  return (
    <main id="main" className="main container">
      <Skeleton lines={4} />
    </main>
  );
}
