import { useMutation } from '@tanstack/react-query';
import type { AuthAnswer, ChangePasswordBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { setToken } from '../../../lib/auth-token';

export const changePassword = (body: ChangePasswordBody) => api<AuthAnswer>('/me/password', { method: 'POST', body });

/**
 * Changes the password. The server logs out every other session and answers a token for this
 * one, which replaces the old (now revoked) token, so this browser stays logged in.
 */
export function useChangePassword(options: { onSuccess?: () => void } = {}) {
  return useMutation({
    mutationFn: changePassword,
    onSuccess: ({ token }) => {
      setToken(token);
      options.onSuccess?.();
    },
  });
}
