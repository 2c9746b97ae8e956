import { Type, type Static } from '@sinclair/typebox';
import { Id, Text } from './primitives.js';

export const USER_GROUPS = [
  'commuter',
  'freelancer',
  'employee_remote',
  'municipal_staff',
  'student',
  'volunteer',
  'other',
] as const;
export const UserGroup = Type.Union(USER_GROUPS.map((g) => Type.Literal(g)));
export type UserGroup = Static<typeof UserGroup>;

export const ROLES = ['coworker', 'staff', 'admin'] as const;
export const Role = Type.Union(ROLES.map((r) => Type.Literal(r)));
export type Role = Static<typeof Role>;

export const Email = Type.String({ format: 'email', maxLength: 254 });

export const User = Type.Object({
  id: Id,
  email: Type.String(),
  name: Type.String(),
  role: Role,
  group: UserGroup,
  spaceIds: Type.Array(Id),
  locale: Type.Union([Type.Literal('de'), Type.Literal('en')]),
});
export type User = Static<typeof User>;

export const Me = Type.Composite([User, Type.Object({ calendarUrl: Type.String() })]);
export type Me = Static<typeof Me>;

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: Type.String({ minLength: 10, maxLength: 200 }),
    name: Text(120),
    group: Type.Optional(UserGroup),
    locale: Type.Optional(Type.Union([Type.Literal('de'), Type.Literal('en')])),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const AuthAnswer = Type.Object({ token: Type.String(), user: User });
export type AuthAnswer = Static<typeof AuthAnswer>;

export const RoleBody = Type.Object(
  { role: Role, spaceIds: Type.Optional(Type.Array(Id, { maxItems: 1000, uniqueItems: true })) },
  { additionalProperties: false },
);
export type RoleBody = Static<typeof RoleBody>;

export const UpdateMeBody = Type.Object(
  {
    name: Type.Optional(Text(120)),
    group: Type.Optional(UserGroup),
    locale: Type.Optional(Type.Union([Type.Literal('de'), Type.Literal('en')])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateMeBody = Static<typeof UpdateMeBody>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 10, maxLength: 200 }) },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;
