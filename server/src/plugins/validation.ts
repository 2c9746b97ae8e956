/**
 * Request validation. Bodies are validated strictly (no type coercion: `"7"` is not a number and
 * `123` is not a name); query strings and path params are strings on the wire, so they coerce.
 * Unknown body fields are dropped rather than rejected, so that clients may send more than the
 * contract names.
 */
import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifySchema, FastifySchemaCompiler } from 'fastify';

// ajv-formats is CommonJS: Node's default import is its `module.exports`, which TypeScript types as
// the module; the plugin is also that module's `default` (at run time and in its types).
const addFormats = addFormatsModule.default;

function makeAjv(options: Options) {
  const ajv = new Ajv({ useDefaults: true, allErrors: true, removeAdditional: true, strict: false, ...options });
  addFormats(ajv, { mode: 'full' });
  ajv.addKeyword('example');
  return ajv;
}

/** A validation error in the shape Fastify's error handler expects (`validation` = ajv errors). */
function validationError(errors: ErrorObject[]) {
  return Object.assign(new Error(errors.map((e) => e.message).join('; ')), { validation: errors, statusCode: 400 });
}

export function installValidators(app: FastifyInstance) {
  const strict = makeAjv({ coerceTypes: false });
  const coercing = makeAjv({ coerceTypes: 'array' });
  // Compiled on a route's first request, not at start-up: compiling every route's schemas took
  // about a fifth of the server's start (ajv generates and evaluates code per schema).
  app.setValidatorCompiler<FastifySchema>(({ schema, httpPart }) =>
    lazily(() => compileValidator(schema as object, httpPart === 'body' ? strict : coercing, httpPart)),
  );

  function compileValidator(schema: object, ajv: Ajv, httpPart: string | undefined) {
    const validate = ajv.compile(schema);
    const minProperties = (schema as { minProperties?: number }).minProperties;
    if (httpPart !== 'body' || minProperties === undefined) return validate;
    // `{"foo": 1}` passes minProperties before the unknown field is dropped, and would then
    // leave nothing to change: answer it as the validation error it is.
    return (data: unknown) => {
      if (!validate(data)) return { error: validationError(validate.errors ?? []) };
      if (data && typeof data === 'object' && Object.keys(data).length < minProperties) {
        const message = `must have at least ${minProperties} known field(s)`;
        return {
          error: validationError([
            { instancePath: '', schemaPath: '#/minProperties', keyword: 'minProperties', params: {}, message },
          ]),
        };
      }
      return { value: data };
    };
  }
}

type Validator = ReturnType<FastifySchemaCompiler<FastifySchema>>;

/**
 * A validator compiled when first called; it answers, and exposes `errors`, exactly as the
 * compiled one does (Fastify reads `errors` after a `false`).
 */
function lazily(compile: () => Validator): Validator {
  let compiled: Validator | null = null;
  const validator: Validator = (data) => {
    compiled ??= compile();
    const result = compiled(data);
    validator.errors = compiled.errors ?? null;
    return result;
  };
  return validator;
}
