import { copy } from "@/lib/copy/en";
import { declarationSchema } from "../submit/schema";

export const signOffSchema = declarationSchema(copy.handIn.signOffMissing);
