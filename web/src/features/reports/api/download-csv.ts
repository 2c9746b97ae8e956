import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { downloadFile } from '../../../lib/ics';
import { usagePath, type UsageRange } from './get-usage';

/** `de` = German Excel (`;`, decimal comma, byte order mark); `en` = RFC 4180. */
export type CsvFlavour = 'de' | 'en';

/** What to download: one space's month, or the usage series. */
export type CsvTarget = { kind: 'monthly'; spaceId: string; month: string } | { kind: 'usage'; range: UsageRange };
export type CsvRequest = CsvTarget & { flavour: CsvFlavour };

function pathOf(r: CsvRequest) {
  return r.kind === 'monthly'
    ? `/spaces/${encodeURIComponent(r.spaceId)}/reports/monthly?month=${r.month}&format=csv&locale=${r.flavour}`
    : `/reports/usage?${usagePath(r.range)}&format=csv&locale=${r.flavour}`;
}

/** The file name the server suggests (Content-Disposition), else one of our own. */
function fileName(res: Response, fallback: string) {
  return /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? fallback;
}

/** Fetched with the token (a plain link would not carry it), then handed to the browser as a file. */
export async function downloadCsv(r: CsvRequest) {
  const res = await apiFetch(pathOf(r), { headers: { Accept: 'text/csv' } });
  const blob = await res.blob();
  downloadFile(
    fileName(res, r.kind === 'monthly' ? `popdesk-${r.month}.csv` : `popdesk-usage-${r.range.from}-${r.range.to}.csv`),
    blob,
  );
}

export const useDownloadCsv = (options: { onSuccess?: () => void } = {}) =>
  useMutation({ mutationFn: downloadCsv, onSuccess: () => options.onSuccess?.() });
