import { hash, type Algorithm } from "@node-rs/argon2";

// Algorithm is a const enum, which isolatedModules cannot inline: 2 is Algorithm.Argon2id.
const ARGON2ID = 2 as Algorithm.Argon2id;

// argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes, 1 lane): about 50 ms per
// hash on one core, cheap for one sign-in and expensive for an offline guesser. The
// parameters travel inside the hash, so raising them later does not break stored hashes.
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}
