/**
 * JSON answers kept in a read cache, sent compressed as the client asks: each encoding is made at
 * most once per cached answer (and kept with it), not once per request as `@fastify/compress`
 * would. Routes that send these turn `@fastify/compress` off (`compress: false`).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface EncodedJson {
  json: string;
  br?: Buffer;
  gzip?: Buffer;
}

/** Smaller answers go out as they are, as `@fastify/compress` does below its threshold. */
const THRESHOLD_BYTES = 1024;
/** @fastify/compress's own default: a good ratio for a fraction of brotli's top quality's time */
export const BROTLI_QUALITY = 4;
/** In the order of preference; the client's q-values decide first. */
const encodings = new Negotiator({ supportedValues: ['br', 'gzip', 'identity'] });

export function sendEncodedJson(request: FastifyRequest, reply: FastifyReply, answer: EncodedJson): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (answer.json.length >= THRESHOLD_BYTES) {
    const encoding = encodings.negotiate(request.headers['accept-encoding'] ?? '');
    if (encoding === 'br') {
      answer.br ??= brotliCompressSync(answer.json, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } });
      return reply.header('content-encoding', 'br').send(answer.br);
    }
    if (encoding === 'gzip') {
      answer.gzip ??= gzipSync(answer.json);
      return reply.header('content-encoding', 'gzip').send(answer.gzip);
    }
  }
  return reply.send(answer.json); // already JSON: sent as is
}
