/**
 * What a desk's and a space's QR codes say: the public page to open (door-common decisions) —
 * `/tisch/:deskId` for a desk (its page at the door: check in or walk up), `/spaces/:spaceId` for
 * a space. From PUBLIC_URL, else from the request's own origin (as the survey's QR code does).
 */
import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';

/** PUBLIC_URL (without a trailing slash), else the origin the request came to. */
export const publicOrigin = (request: FastifyRequest, publicUrl: string | null) =>
  publicUrl ?? `${request.protocol}://${request.host}`;

export const deskUrl = (origin: string, deskId: string) => `${origin}/tisch/${deskId}`;
export const spaceUrl = (origin: string, spaceId: string) => `${origin}/spaces/${spaceId}`;

/** An SVG QR code (error correction M: a label may get scratched; a 2-module quiet zone). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
