import { useMutation } from '@tanstack/react-query';
import type { PasswordResetConfirmBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** Sets a new password with the token from the e-mail's link (once, within 60 minutes). */
export const confirmPasswordReset = (body: PasswordResetConfirmBody) =>
  api<void>('/auth/password-reset/confirm', { method: 'POST', body });

export const useConfirmPasswordReset = () => useMutation({ mutationFn: confirmPasswordReset });
