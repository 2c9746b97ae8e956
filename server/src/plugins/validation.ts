/**
 * Request validation. Bodies are validated strictly (no type coercion: `"7"` is not a number and
 * `123` is not a name); query strings and path params are strings on the wire, so they coerce.
 */
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
import type { FastifyInstance, FastifySchema } from 'fastify';

function makeAjv(options: Options) {
  const ajv = new Ajv({ useDefaults: true, allErrors: true, removeAdditional: true, strict: false, ...options });
  addFormats(ajv, { mode: 'full' });
  ajv.addKeyword('example');
  return ajv;
}

export function installValidators(app: FastifyInstance) {
  const strict = makeAjv({ coerceTypes: false });
  const coercing = makeAjv({ coerceTypes: 'array' });
  app.setValidatorCompiler<FastifySchema>(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema as object),
  );
}
