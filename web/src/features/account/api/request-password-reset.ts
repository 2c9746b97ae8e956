import { useMutation } from '@tanstack/react-query';
import type { PasswordResetBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export const requestPasswordReset = (body: PasswordResetBody) =>
  api<{ status: 'accepted' }>('/auth/password-reset', { method: 'POST', body });

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
