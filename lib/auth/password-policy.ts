// The one rule for a new password (set on accepting an invitation, or changed later). Length is
// what makes a password strong (NCSC guidance); composition rules and expiry are deliberately
// absent. The upper bound only stops a megabyte "password" from tying up the hashing.
import { z } from "zod";
import { copy } from "../copy/en";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: copy.auth.passwordTooShort(PASSWORD_MIN_LENGTH) })
  .max(PASSWORD_MAX_LENGTH, { message: copy.auth.passwordTooLong(PASSWORD_MAX_LENGTH) });
