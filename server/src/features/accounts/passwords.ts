/** Password hashing with argon2id at the OWASP minimum (m = 19 MiB, t = 2, p = 1). */
import { hash, verify } from '@node-rs/argon2';

// 2 = Argon2id (the package's Algorithm enum is a const enum, unusable under isolatedModules)
const OWASP = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** The test suite's cost (test/cheap-hashes.ts): the same algorithm, about 1 ms instead of 36 ms per hash. */
const TEST = { algorithm: 2, memoryCost: 1_024, timeCost: 1, parallelism: 1 } as const;

let options: typeof OWASP | typeof TEST = OWASP;

/**
 * For the test suite only, which hashes some 1,500 passwords per run: new hashes at a low cost.
 * Verifying reads the cost from the hash itself, so either kind verifies anywhere. Nothing in the
 * server calls this; the tests that measure the hash's time ask for 'owasp' again.
 */
export function setHashCostForTests(cost: 'owasp' | 'test'): void {
  options = cost === 'owasp' ? OWASP : TEST;
  dummyHash = null; // (the equaliser costs what a real hash costs)
}

export const hashPassword = (password: string) => hash(password, options);

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
