/** Password hashing with argon2id at the OWASP minimum (m = 19 MiB, t = 2, p = 1). */
import { hash, verify } from '@node-rs/argon2';

// 2 = Argon2id (the package's Algorithm enum is a const enum, unusable under isolatedModules)
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

/** A real hash to verify against for unknown e-mails, so both failures take the same time. */
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword('popdesk-timing-equaliser');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
