import { Type, type Static } from '@sinclair/typebox';
import { Id, Text } from './primitives.js';
import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, ROLE_SPACES_MAX } from './limits.js';

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

/** `analyst`: funders and state offices — every report of every space, read-only, nothing personal. */
export const ROLES = ['coworker', 'staff', 'admin', 'analyst'] as const;
export const Role = Type.Union(ROLES.map((r) => Type.Literal(r)));
export type Role = Static<typeof Role>;

export const Email = Type.String({ format: 'email', maxLength: EMAIL_MAX });

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

/** What staff see of an account they look up to book for (GET /api/users as staff). */
export const UserContact = Type.Object({ id: Id, name: Type.String(), email: Type.String() });
export type UserContact = Static<typeof UserContact>;

export const Me = Type.Composite([User, Type.Object({ calendarUrl: Type.String() })]);
export type Me = Static<typeof Me>;

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX }),
    name: Text(NAME_MAX),
    group: Type.Optional(UserGroup),
    locale: Type.Optional(Type.Union([Type.Literal('de'), Type.Literal('en')])),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: EMAIL_MAX }),
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const AuthAnswer = Type.Object({ token: Type.String(), user: User });
export type AuthAnswer = Static<typeof AuthAnswer>;

export const RoleBody = Type.Object(
  { role: Role, spaceIds: Type.Optional(Type.Array(Id, { maxItems: ROLE_SPACES_MAX, uniqueItems: true })) },
  { additionalProperties: false },
);
export type RoleBody = Static<typeof RoleBody>;

export const UpdateMeBody = Type.Object(
  {
    name: Type.Optional(Text(NAME_MAX)),
    group: Type.Optional(UserGroup),
    locale: Type.Optional(Type.Union([Type.Literal('de'), Type.Literal('en')])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateMeBody = Static<typeof UpdateMeBody>;

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX }),
    newPassword: Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** `POST /api/auth/password-reset`: always 202, whether or not the address has an account. */
export const PasswordResetBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: EMAIL_MAX }) },
  { additionalProperties: false },
);
export type PasswordResetBody = Static<typeof PasswordResetBody>;

/** `POST /api/auth/password-reset/confirm`: the token from the e-mail's link and the new password. */
export const PasswordResetConfirmBody = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 200 }),
    password: Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX }),
  },
  { additionalProperties: false },
);
export type PasswordResetConfirmBody = Static<typeof PasswordResetConfirmBody>;
