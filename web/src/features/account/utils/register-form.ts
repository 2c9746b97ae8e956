/** The registration form's checks: a name, an e-mail address that looks like one, a long enough password. */
import { PASSWORD_MIN } from '@popdesk/shared';

export const MIN_PASSWORD = PASSWORD_MIN;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type RegisterField = 'name' | 'email' | 'password';
export type RegisterProblem = 'required' | 'invalidEmail' | 'passwordTooShort';

export function checkRegistration(v: {
  name: string;
  email: string;
  password: string;
}): Partial<Record<RegisterField, RegisterProblem>> {
  const e: Partial<Record<RegisterField, RegisterProblem>> = {};
  if (!v.name.trim()) e.name = 'required';
  if (!EMAIL.test(v.email.trim())) e.email = 'invalidEmail';
  if (v.password.length < MIN_PASSWORD) e.password = 'passwordTooShort';
  return e;
}
