import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthAnswer, LoginBody } from '@popdesk/shared';
import { api } from '../api-client';
import { setToken } from '../auth-token';
import { setLanguage } from '../i18n';
import { meQueryOptions } from './get-me';

export const login = (body: LoginBody) => api<AuthAnswer>('/auth/login', { method: 'POST', body });

/** Logs in, keeps the token, adopts the profile's language and drops whatever a previous user left cached. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ token, user }) => {
      queryClient.clear();
      setToken(token);
      setLanguage(user.locale);
      void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
    },
  });
}
