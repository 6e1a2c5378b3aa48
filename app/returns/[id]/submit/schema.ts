import { z } from "zod";
import { copy } from "@/lib/copy/en";

/** A ticked declaration; the checkbox sends "confirmed", or nothing when left unticked. */
export const declarationSchema = (missing: string) => z.object({ declaration: z.literal("confirmed", { error: missing }) });

export const submitSchema = declarationSchema(copy.handIn.declarationMissing);
