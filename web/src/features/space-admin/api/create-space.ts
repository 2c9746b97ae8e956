import { useMutation } from '@tanstack/react-query';
import type { CreateSpaceBody, Space } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const createSpace = (body: CreateSpaceBody) => api<Space>('/spaces', { method: 'POST', body });

/** Admins only. The caller refreshes the space list (`onSuccess`), which this feature does not own. */
export function useCreateSpace(options: { onSuccess?: (space: Space) => void } = {}) {
  return useMutation({ mutationFn: createSpace, onSuccess: (space) => options.onSuccess?.(space) });
}
