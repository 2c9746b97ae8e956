import { RequireRole } from '../../../lib/auth/require-role';
import { WebhooksPage } from '../../../features/webhooks/components/webhooks-page';

export function Component() {
  return (
    <RequireRole roles={['admin']}>
      <WebhooksPage />
    </RequireRole>
  );
}
