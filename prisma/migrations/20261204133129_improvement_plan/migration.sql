-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('not_started', 'in_progress', 'done', 'dropped');

-- CreateTable
CREATE TABLE "improvement_action" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ambition_number" INTEGER NOT NULL,
    "want_to" TEXT NOT NULL,
    "do_this_by" TEXT NOT NULL,
    "owner_user_id" UUID,
    "owner_name" TEXT,
    "due_date" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'not_started',
    "update_note" TEXT NOT NULL DEFAULT '',
    "source_return_id" UUID,
    "done_at" TIMESTAMP(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "improvement_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "improvement_action_item" (
    "id" UUID NOT NULL,
    "action_id" UUID NOT NULL,
    "return_id" UUID NOT NULL,
    "catalogue_item_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "improvement_action_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "improvement_action_change" (
    "id" UUID NOT NULL,
    "action_id" UUID NOT NULL,
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "field" TEXT NOT NULL,
    "before" TEXT NOT NULL DEFAULT '',
    "after" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "improvement_action_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "improvement_action_organisation_id_due_date_idx" ON "improvement_action"("organisation_id", "due_date");

-- CreateIndex
CREATE INDEX "improvement_action_owner_user_id_idx" ON "improvement_action"("owner_user_id");

-- CreateIndex
CREATE INDEX "improvement_action_source_return_id_idx" ON "improvement_action"("source_return_id");

-- CreateIndex
CREATE INDEX "improvement_action_created_by_id_idx" ON "improvement_action"("created_by_id");

-- CreateIndex
CREATE INDEX "improvement_action_item_action_id_created_at_idx" ON "improvement_action_item"("action_id", "created_at");

-- CreateIndex
CREATE INDEX "improvement_action_item_return_id_catalogue_item_id_idx" ON "improvement_action_item"("return_id", "catalogue_item_id");

-- CreateIndex
CREATE INDEX "improvement_action_item_catalogue_item_id_idx" ON "improvement_action_item"("catalogue_item_id");

-- CreateIndex
CREATE INDEX "improvement_action_change_action_id_at_idx" ON "improvement_action_change"("action_id", "at");

-- CreateIndex
CREATE INDEX "improvement_action_change_actor_id_idx" ON "improvement_action_change"("actor_id");

-- AddForeignKey
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_source_return_id_fkey" FOREIGN KEY ("source_return_id") REFERENCES "assessment_return"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_action_item" ADD CONSTRAINT "improvement_action_item_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "improvement_action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_action_item" ADD CONSTRAINT "improvement_action_item_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "assessment_return"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_action_item" ADD CONSTRAINT "improvement_action_item_catalogue_item_id_fkey" FOREIGN KEY ("catalogue_item_id") REFERENCES "catalogue_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_action_change" ADD CONSTRAINT "improvement_action_change_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "improvement_action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_action_change" ADD CONSTRAINT "improvement_action_change_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Added by hand: Prisma cannot express CHECK constraints or NULLS NOT DISTINCT.
-- Exactly one owner: a person with an account, or a named organisation (never blank).
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_owner_check"
  CHECK (num_nonnulls("owner_user_id", "owner_name") = 1 AND ("owner_name" IS NULL OR length(btrim("owner_name")) BETWEEN 1 AND 200));
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_ambition_check" CHECK ("ambition_number" BETWEEN 1 AND 6);
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_want_to_check" CHECK (length(btrim("want_to")) BETWEEN 1 AND 2000);
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_do_this_by_check" CHECK (length(btrim("do_this_by")) BETWEEN 1 AND 2000);
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_update_note_check" CHECK (length("update_note") <= 500);
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_version_check" CHECK ("version" >= 1);
-- done_at is set exactly while the action is done.
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_done_at_check" CHECK (("status" = 'done') = ("done_at" IS NOT NULL));
-- One link per action, return and item, and an ambition-level link (no item) once per return.
CREATE UNIQUE INDEX "improvement_action_item_unique" ON "improvement_action_item"("action_id", "return_id", "catalogue_item_id") NULLS NOT DISTINCT;
ALTER TABLE "improvement_action_change" ADD CONSTRAINT "improvement_action_change_field_check"
  CHECK ("field" IN ('created', 'wantTo', 'doThisBy', 'owner', 'dueDate', 'status', 'updateNote', 'ambitionNumber', 'items'));
