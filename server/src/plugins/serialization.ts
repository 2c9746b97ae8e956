/**
 * Response serialisers (fast-json-stringify), compiled on a route's first answer with that status,
 * not at start-up. Fastify compiles every route's response schemas when it gets ready: for this
 * app about 0.3 s of CPU on each start (and on each of the test suite's hundred app starts),
 * mostly for routes a given process may never answer. The serialiser itself is the one Fastify
 * would have built (the same factory, the same shared schemas): only the moment changes.
 */
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Factory = ReturnType<typeof SerializerSelector>;
type Serializer = ReturnType<ReturnType<Factory>>;

/** For Fastify's `schemaController.compilersFactory.buildSerializer`. */
export function lazySerializers(): Factory {
  const build = SerializerSelector();
  return (externalSchemas, options) => {
    const compile = build(externalSchemas, options);
    return (route) => {
      let serializer: Serializer | undefined;
      return (doc) => (serializer ??= compile(route))(doc);
    };
  };
}
