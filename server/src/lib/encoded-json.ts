/**
 * JSON answers kept in a read cache, sent compressed as the client asks: each encoding is made at
 * most once per cached answer (and kept with it), not once per request as `@fastify/compress`
 * would. Routes that send these turn `@fastify/compress` off (`compress: false`).
 */
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface EncodedJson {
  json: string;
  br?: Buffer;
  gzip?: Buffer;
}

/** Smaller answers go out as they are, as `@fastify/compress` does below its threshold. */
const THRESHOLD_BYTES = 1024;
/** Quality 4, @fastify/compress's own default: a good ratio for a fraction of brotli's top quality's time. */
const brotliOptions = (json: string): BrotliOptions => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json) },
});
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Both encodings made ahead, in the thread pool: for an answer too large to compress on the event
 * loop when it is first asked for (the state-wide space list is over a megabyte).
 */
export async function encodeAhead(json: string): Promise<Required<EncodedJson>> {
  const [br, gz] = await Promise.all([brotliAsync(json, brotliOptions(json)), gzipAsync(json)]);
  return { json, br, gzip: gz };
}
/** In the order of preference; the client's q-values decide first. */
const encodings = new Negotiator({ supportedValues: ['br', 'gzip', 'identity'] });

export function sendEncodedJson(request: FastifyRequest, reply: FastifyReply, answer: EncodedJson): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  const accepted = request.headers['accept-encoding'];
  if (accepted && answer.json.length >= THRESHOLD_BYTES) {
    const encoding = encodings.negotiate(accepted);
    if (encoding === 'br') {
      answer.br ??= brotliCompressSync(answer.json, brotliOptions(answer.json));
      return reply.header('content-encoding', 'br').send(answer.br);
    }
    if (encoding === 'gzip') {
      answer.gzip ??= gzipSync(answer.json);
      return reply.header('content-encoding', 'gzip').send(answer.gzip);
    }
  }
  return reply.send(answer.json); // already JSON: sent as is
}
