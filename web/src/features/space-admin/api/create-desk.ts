import { useMutation } from '@tanstack/react-query';
import type { CreateDeskBody, Desk } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const createDesk = (spaceId: string, body: CreateDeskBody) =>
  api<Desk>(`/spaces/${encodeURIComponent(spaceId)}/desks`, { method: 'POST', body });

export function useCreateDesk(spaceId: string, options: { onSuccess?: (desk: Desk) => void } = {}) {
  return useMutation({
    mutationFn: (body: CreateDeskBody) => createDesk(spaceId, body),
    onSuccess: (desk) => options.onSuccess?.(desk),
  });
}
