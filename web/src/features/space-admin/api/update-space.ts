import { useMutation } from '@tanstack/react-query';
import type { Space, UpdateSpaceBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const updateSpace = (spaceId: string, body: UpdateSpaceBody) =>
  api<Space>(`/spaces/${encodeURIComponent(spaceId)}`, { method: 'PATCH', body });

export function useUpdateSpace(spaceId: string, options: { onSuccess?: (space: Space) => void } = {}) {
  return useMutation({
    mutationFn: (body: UpdateSpaceBody) => updateSpace(spaceId, body),
    onSuccess: (space) => options.onSuccess?.(space),
  });
}
