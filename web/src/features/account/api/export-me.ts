import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { downloadFile } from '../../../lib/ics';

/** Everything stored about me (GDPR Art. 15), offered as a JSON file. */
export async function exportMe(): Promise<Blob> {
  const res = await apiFetch('/me/export');
  const text = await res.text();
  // pretty-printed so that people can read it
  let pretty = text;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // keep the raw answer
  }
  return new Blob([pretty], { type: 'application/json' });
}

/** `fileName` gets today's date (YYYY-MM-DD) and names the file in the person's language. */
export function useExportMe(fileName: (date: string) => string) {
  return useMutation({
    mutationFn: exportMe,
    onSuccess: (blob) => downloadFile(fileName(new Date().toISOString().slice(0, 10)), blob),
  });
}
