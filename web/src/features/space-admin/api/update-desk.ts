import { useMutation } from '@tanstack/react-query';
import type { Desk, UpdateDeskBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const updateDesk = (deskId: string, body: UpdateDeskBody) =>
  api<Desk>(`/desks/${encodeURIComponent(deskId)}`, { method: 'PATCH', body });

export function useUpdateDesk(options: { onSuccess?: (desk: Desk) => void } = {}) {
  return useMutation({
    mutationFn: ({ deskId, body }: { deskId: string; body: UpdateDeskBody }) => updateDesk(deskId, body),
    onSuccess: (desk) => options.onSuccess?.(desk),
  });
}
