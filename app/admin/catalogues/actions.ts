"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { authorise } from "@/lib/request/authorise";
import { importCatalogueUpload } from "@/lib/catalogue/import-catalogue-upload";
import { setDefaultCatalogueVersion } from "@/lib/catalogue/set-default-catalogue-version";
import { db } from "@/lib/db/prisma";
import { buttonAction } from "@/lib/edge/button-action";
import { formAction } from "@/lib/edge/form-action";
import { uploadSchema } from "./schemas";

const LIST = "/admin/catalogues";
const CHANGED = [LIST, "/catalogue", "/"];

const authoriseManage = async () => ({ user: await authorise("catalogue.manage", { type: "system" }, LIST) });

export const importCatalogueAction = formAction({
  bound: z.tuple([]),
  authorise: authoriseManage,
  schema: uploadSchema,
  formField: "file",
  run: async ({ user }, { file }) => importCatalogueUpload(db(), { fileName: file.name, text: await file.text() }, user),
  done: (_ctx, outcome) => ({
    revalidate: CHANGED,
    redirect: `${LIST}?${new URLSearchParams({ done: outcome.result === "created" ? "imported" : "unchanged", version: outcome.catalogue.id })}`,
  }),
});

export const setDefaultCatalogueAction = buttonAction({
  bound: z.tuple([boundKeySchema]),
  authorise: async ([versionId]) => ({ ...(await authoriseManage()), versionId }),
  run: ({ user, versionId }) => setDefaultCatalogueVersion(db(), versionId, user),
  done: ({ versionId }) => ({ revalidate: CHANGED, redirect: `${LIST}?${new URLSearchParams({ done: "default", version: versionId })}` }),
});
