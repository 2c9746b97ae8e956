import { useSearchParams } from 'react-router';
import { OUTBOX_STATUSES } from '@popdesk/shared';
import { RequireRole } from '../../../lib/auth/require-role';
import { OutboxPage } from '../../../features/outbox/components/outbox-page';

/** Admins read the e-mail outbox; the status filter lives in the URL (a link to "the failed ones"). */
export function Component() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const status = OUTBOX_STATUSES.find((s) => s === requested) ?? '';
  return (
    <RequireRole roles={['admin']}>
      <OutboxPage status={status} onStatus={(s) => setParams(s ? { status: s } : {}, { replace: true })} />
    </RequireRole>
  );
}
