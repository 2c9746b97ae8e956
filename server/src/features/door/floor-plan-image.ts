/**
 * What an uploaded floor plan is: a PNG (its signature, every chunk whole and its checksum right,
 * IHDR first and IEND last) or an SVG (floor-plan-svg.ts), and its size in pixels or viewBox units.
 */
import { crc32 } from 'node:zlib';
import { FLOOR_PLAN_MAX_SIDE } from '@popdesk/shared';
import { inspectSvg, type ImageVerdict } from './floor-plan-svg.js';

export type FloorPlanMediaType = 'image/svg+xml' | 'image/png';
export const FLOOR_PLAN_MEDIA_TYPES: readonly FloorPlanMediaType[] = ['image/svg+xml', 'image/png'];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const notPng = (detail: string): ImageVerdict => ({
  ok: false,
  reason: 'not-an-image',
  detail: `Not a PNG image: ${detail}.`,
});

export function inspectPng(bytes: Buffer): ImageVerdict {
  if (bytes.length < PNG_SIGNATURE.length || !bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE))
    return notPng('the file does not start with the PNG signature');
  let size: { width: number; height: number } | null = null;
  let pos = PNG_SIGNATURE.length;
  while (pos + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (end > bytes.length) return notPng(`the chunk ${type} is cut off`);
    if (!/^[A-Za-z]{4}$/.test(type)) return notPng('a chunk without a valid type');
    if (crc32(bytes.subarray(pos + 4, pos + 8 + length)) !== bytes.readUInt32BE(pos + 8 + length))
      return notPng(`the chunk ${type} is damaged (checksum)`);
    if (size === null) {
      if (type !== 'IHDR' || length !== 13) return notPng('the header (IHDR) is missing');
      size = { width: bytes.readUInt32BE(pos + 8), height: bytes.readUInt32BE(pos + 12) };
      if (size.width < 1 || size.height < 1) return notPng('a width or height of zero');
      if (size.width > FLOOR_PLAN_MAX_SIDE || size.height > FLOOR_PLAN_MAX_SIDE)
        return {
          ok: false,
          reason: 'not-an-image',
          detail: `The plan is ${size.width} × ${size.height}; it may be at most ${FLOOR_PLAN_MAX_SIDE} × ${FLOOR_PLAN_MAX_SIDE}.`,
        };
    }
    if (type === 'IEND') {
      if (end !== bytes.length) return notPng('data after the end (IEND)');
      return { ok: true, ...size };
    }
    pos = end;
  }
  return notPng('the file ends before its end chunk (IEND)');
}

export function inspectFloorPlan(mediaType: FloorPlanMediaType, bytes: Buffer): ImageVerdict {
  return mediaType === 'image/png' ? inspectPng(bytes) : inspectSvg(bytes);
}
