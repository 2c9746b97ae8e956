import { Navigate } from 'react-router';

/** "Manage" opens on what staff need first: today's bookings. */
export function Component() {
  return <Navigate to="/manage/today" replace />;
}
