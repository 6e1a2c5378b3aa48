import { z } from "zod";
import { returnTitle } from "../../new/schema";

export const refreshSchema = z.object({ title: returnTitle });
