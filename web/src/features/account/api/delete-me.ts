import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/**
 * Erases the account (GDPR Art. 17); bookings stay anonymised. The caller ends the session (token
 * and cache) once the person has left the page that needs a login — see DeleteSection.
 */
export const deleteMe = () => api<void>('/me', { method: 'DELETE' });

export function useDeleteMe(options: { onSuccess?: () => void } = {}) {
  return useMutation({ mutationFn: deleteMe, onSuccess: () => options.onSuccess?.() });
}
