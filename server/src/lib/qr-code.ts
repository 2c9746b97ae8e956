/**
 * QR codes as SVG, for the desks' and spaces' labels and the surveys' posters, and the origin the
 * links in them start with. The `qrcode` package is loaded on the first code drawn: most starts of
 * the server draw none, and loading it took a tenth of a second of every start.
 */

/** PUBLIC_URL (without a trailing slash), else the origin the request came to. */
export const publicOrigin = (request: { protocol: string; host: string }, publicUrl: string | null) =>
  publicUrl ?? `${request.protocol}://${request.host}`;

/** An SVG QR code (error correction M: a label may get scratched; a 2-module quiet zone). */
export async function qrSvg(url: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
