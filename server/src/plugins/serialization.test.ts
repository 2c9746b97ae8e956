import { describe, expect, it } from 'vitest';
import { lazySerializers } from './serialization.js';

const route = (schema: unknown) => ({ method: 'GET', url: '/x', httpStatus: '200', schema });

describe('lazySerializers', () => {
  it('serialises as fast-json-stringify does, with the shared schemas: unknown fields left out', () => {
    const compile = lazySerializers()({
      place: { $id: 'place', type: 'object', properties: { name: { type: 'string' } } },
    });
    const serialize = compile(
      route({ type: 'object', properties: { id: { type: 'integer' }, place: { $ref: 'place#' } } }),
    );
    expect(serialize({ id: 7, secret: 'x', place: { name: 'Tisch 1', holder: 'Erika' } })).toBe(
      '{"id":7,"place":{"name":"Tisch 1"}}',
    );
  });

  it('compiles a route on its first answer, not when the route is set up', () => {
    // a schema fast-json-stringify refuses: compiling it at set-up would throw there
    const compile = lazySerializers()({});
    const serialize = compile(route({ type: 'object', properties: { a: { $ref: 'missing#' } } }));
    expect(() => serialize({ a: 1 })).toThrow();
  });

  it('compiles once and reuses the serialiser', () => {
    const compile = lazySerializers()({});
    let reads = 0;
    const schema = { type: 'object', properties: { n: { type: 'number' } } };
    const counted = new Proxy(schema, {
      get(target, key, receiver) {
        if (key === 'properties') reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const serialize = compile(route(counted));
    expect(reads).toBe(0);
    expect(serialize({ n: 1 })).toBe('{"n":1}');
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    expect(serialize({ n: 2 })).toBe('{"n":2}');
    expect(reads).toBe(afterFirst);
  });
});
