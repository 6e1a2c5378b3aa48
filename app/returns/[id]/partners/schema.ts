import { z } from "zod";
import { partnersCopy } from "@/lib/copy/partners";

// One checkbox sends a string, several an array, none nothing at all.
export const requestPartnersSchema = z.object({
  organisationIds: z
    .union([z.string(), z.array(z.string())], { error: partnersCopy.errors.noneChosen })
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.string().max(64)).min(1, { error: partnersCopy.errors.noneChosen })),
});
