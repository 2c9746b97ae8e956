import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD, checkRegistration } from './register-form';

describe('the registration checks', () => {
  it('want a name, an e-mail address and a long enough password', () => {
    expect(checkRegistration({ name: ' ', email: 'erika@', password: 'short' })).toEqual({
      name: 'required',
      email: 'invalidEmail',
      password: 'passwordTooShort',
    });
    expect(
      checkRegistration({ name: 'Erika', email: ' erika@example.de ', password: 'x'.repeat(MIN_PASSWORD) }),
    ).toEqual({});
  });
});
