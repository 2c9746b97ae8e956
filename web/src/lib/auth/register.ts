import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthAnswer, RegisterBody } from '@popdesk/shared';
import { api } from '../api-client';
import { setToken } from '../auth-token';
import { meQueryOptions } from './get-me';

export const register = (body: RegisterBody) => api<AuthAnswer>('/auth/register', { method: 'POST', body });

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: ({ token }) => {
      queryClient.clear();
      setToken(token);
      void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
    },
  });
}
