import { z } from "zod";
import { copy } from "@/lib/copy/en";
import { ROLES } from "@/lib/policy/roles";

const errors = copy.users.addRole;

export const addRoleSchema = z.object({
  organisationId: z.uuid({ error: errors.organisationMissing }),
  role: z.enum(ROLES, { error: errors.roleMissing }),
});
