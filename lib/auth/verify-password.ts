import { verify } from "@node-rs/argon2";

// The hash of a random string nobody knows, with the same cost as ARGON2_OPTIONS. Verified
// against when there is no hash to check (unknown email, single sign-on only user), so a
// failed sign-in takes as long whether or not the account exists.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$jug8DutGN0R85xvuRNY6BQ$nMSazeewTHml8vXFjg2K2LAgG7PsFLg2zlgsS+zuQ74";

/**
 * Whether `password` matches `passwordHash`. With no hash it still does the work of one
 * verification and answers false, so timing does not reveal which accounts exist.
 */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const matches = await verify(passwordHash || DUMMY_HASH, password);
    return Boolean(passwordHash) && matches;
  } catch {
    // A malformed stored hash is a failed sign-in, not a crash.
    return false;
  }
}
