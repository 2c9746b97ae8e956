/**
 * Setup file: the server tests hash about 1,500 passwords per run (every registered person and
 * test admin); at the production cost (argon2id, 19 MiB, 36 ms here) that was a minute of CPU per
 * database pass. They hash at a low cost instead; hardening.test.ts, which checks that hashing
 * dominates a registration's time, asks for the production cost.
 */
import { setHashCostForTests } from '../src/features/accounts/passwords.js';

setHashCostForTests('test');
