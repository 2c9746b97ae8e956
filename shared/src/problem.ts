import { Type, type Static } from '@sinclair/typebox';

/** RFC 9457 problem details, the shape of every error answer. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          path: Type.String(),
          message: Type.String(),
          /** a stable code the web translates (survey rules: `required`, `not-an-option` …) */
          code: Type.Optional(Type.String()),
        }),
      ),
    ),
  },
  { $id: 'Problem', additionalProperties: true },
);
export type Problem = Static<typeof Problem>;
