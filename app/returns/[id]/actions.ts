"use server";
import { z } from "zod";
import { boundKeySchema } from "@/lib/forms/bound-argument";
import { db } from "@/lib/db/prisma";
import { buttonAction } from "@/lib/edge/button-action";
import { authoriseReturn } from "@/lib/returns/authorise-return";
import { changeReturnStatus, type ReturnTransition } from "@/lib/returns/change-return-status";

function statusAction(transition: ReturnTransition, action: "return.submit" | "return.signOff") {
  return buttonAction({
    bound: z.tuple([boundKeySchema]),
    authorise: ([returnId]) => authoriseReturn(returnId, action, `/returns/${returnId}`, { answers: "none" }),
    run: ({ user, stored }) => changeReturnStatus(db(), { returnId: stored.id, transition }, user),
    done: ({ stored }, settled) => ({
      revalidate: ["/returns", `/returns/${stored.id}`],
      // Someone moved it on between the page and the click: show the return as it now is.
      redirect: `/returns/${stored.id}?done=${settled.ok ? (transition === "submit" ? "submitted" : "signed-off") : "moved"}`,
    }),
  });
}

export const submitReturnAction = statusAction("submit", "return.submit");

export const signOffReturnAction = statusAction("signOff", "return.signOff");
