// Arguments a page binds into a form's action (`action.bind(null, returnId, itemKey)`) travel
// through the browser as plain form fields, so they can be forged like any other field. A NUL
// in one would reach PostgreSQL and fail the query (a 500) before the action could refuse it.
import { z } from "zod";
import { hasControlCharacter } from "./plain-text";

/** A key or number a page bound into an action (item key, section number, catalogue id). */
export const boundKeySchema = z
  .string()
  .min(1)
  .max(200)
  .refine((value) => !hasControlCharacter(value));
