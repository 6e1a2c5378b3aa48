// What the organisation forms accept, checked by the server actions before anything else.
import { z } from "zod";
import { copy } from "@/lib/copy/en";
import { plainText } from "@/lib/forms/plain-text";
import { PROVIDER_TYPES } from "@/lib/organisations/provider-types";

export const NAME_MAX_LENGTH = 120;

/** Trimmed, with runs of spaces made one, so "  Bath  and  NE Somerset " is stored tidily. */
export const organisationNameSchema = plainText({
  label: copy.organisations.add.nameLabel,
  max: NAME_MAX_LENGTH,
  tooLong: copy.organisations.errors.nameTooLong(NAME_MAX_LENGTH),
  missing: copy.organisations.errors.nameMissing,
  spaces: "collapse",
});

export const renameSchema = z.object({ name: organisationNameSchema });

/** One choice for kind and provider type: "place", or "provider:<type>". */
export const LOCAL_TYPE_CHOICES = ["place", ...PROVIDER_TYPES.map((type) => `provider:${type}` as const)] as const;

export const addLocalSchema = z.object({
  name: organisationNameSchema,
  type: z.enum(LOCAL_TYPE_CHOICES, { error: copy.organisations.errors.typeMissing }),
});

export const addIcbSchema = z.object({ name: organisationNameSchema });
