import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { setToken } from '../auth-token';

/** Logging out is local: the token is stateless, so we forget it and every cached answer. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    setToken(null);
    queryClient.clear();
  }, [queryClient]);
}
