/**
 * Files the API makes (xlsx, CSV): fetched with the token — a plain link would not carry it — and
 * handed to the browser under the name the server suggests.
 */
import { apiFetch } from './api-client';
import { downloadFile } from './ics';

/** The file name the server suggests (Content-Disposition, RFC 6266: `filename*` first), else our own. */
export function fileName(header: string | null, fallback: string) {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended);
    } catch {
      // a broken encoding: fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback;
}

/** GET `path` with `Accept: accept` and offer the answer as a file (`fallback` if it names none). */
export async function downloadFromApi(path: string, accept: string, fallback: string) {
  const res = await apiFetch(path, { headers: { Accept: accept } });
  const blob = await res.blob();
  downloadFile(fileName(res.headers.get('Content-Disposition'), fallback), blob);
}
