import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthAnswer, LoginBody, Me, User } from '@popdesk/shared';
import { api } from '../api-client';
import { setToken } from '../auth-token';
import { chosenLanguage, setLanguage } from '../i18n';
import { meQueryOptions } from './get-me';

export const login = (body: LoginBody) => api<AuthAnswer>('/auth/login', { method: 'POST', body });

/**
 * The language after login: one chosen in this browser before login wins and is saved to the
 * profile (so e-mails come in it too); without a choice the profile's language is adopted.
 */
async function settleLanguage(user: User): Promise<void> {
  const chosen = chosenLanguage();
  if (!chosen) {
    setLanguage(user.locale, { chosen: false });
    return;
  }
  if (chosen === user.locale) return;
  try {
    await api<Me>('/me', { method: 'PATCH', body: { locale: chosen } });
  } catch {
    // the screen keeps the chosen language anyway; the profile keeps its old one
  }
}

/** Logs in, keeps the token, settles the language and drops whatever a previous user left cached. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async ({ token, user }) => {
      queryClient.clear();
      setToken(token);
      await settleLanguage(user);
      void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
    },
  });
}
