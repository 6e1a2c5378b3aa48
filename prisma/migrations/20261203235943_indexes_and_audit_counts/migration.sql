-- DropIndex
DROP INDEX "audit_event_at_idx";

-- DropIndex
DROP INDEX "audit_event_actor_id_at_idx";

-- DropIndex
DROP INDEX "audit_event_action_at_idx";

-- DropIndex
DROP INDEX "assessment_return_organisation_id_created_at_idx";

-- DropIndex
DROP INDEX "assessment_return_status_idx";

-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "bucket" TEXT,
ADD COLUMN     "last_at" TIMESTAMP(3),
ADD COLUMN     "occurrences" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "catalogue_item_section_id_position_idx" ON "catalogue_item"("section_id", "position");

-- CreateIndex
CREATE INDEX "catalogue_item_parent_id_idx" ON "catalogue_item"("parent_id");

-- CreateIndex
CREATE INDEX "app_user_name_email_idx" ON "app_user"("name", "email");

-- CreateIndex
CREATE INDEX "user_session_created_at_idx" ON "user_session"("created_at");

-- CreateIndex
CREATE INDEX "invitation_organisation_id_idx" ON "invitation"("organisation_id");

-- CreateIndex
CREATE INDEX "invitation_expires_at_idx" ON "invitation"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_bucket_key" ON "audit_event"("bucket");

-- CreateIndex
CREATE INDEX "audit_event_action_id_idx" ON "audit_event"("action", "id");

-- CreateIndex
CREATE INDEX "audit_event_outcome_id_idx" ON "audit_event"("outcome", "id");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_id_idx" ON "audit_event"("actor_id", "id");

-- CreateIndex
CREATE INDEX "assessment_return_organisation_id_submitted_at_idx" ON "assessment_return"("organisation_id", "submitted_at" DESC);

-- CreateIndex
CREATE INDEX "assessment_return_updated_at_id_idx" ON "assessment_return"("updated_at" DESC, "id");

-- CreateIndex
CREATE INDEX "assessment_return_submitted_at_id_idx" ON "assessment_return"("submitted_at" DESC, "id");

-- CreateIndex
CREATE INDEX "assessment_return_catalogue_version_id_idx" ON "assessment_return"("catalogue_version_id");

-- CreateIndex
CREATE INDEX "assessment_return_based_on_id_idx" ON "assessment_return"("based_on_id");

-- CreateIndex
CREATE INDEX "assessment_return_created_by_id_idx" ON "assessment_return"("created_by_id");

-- CreateIndex
CREATE INDEX "return_answer_updated_by_id_idx" ON "return_answer"("updated_by_id");

-- CreateIndex
CREATE INDEX "return_answer_revision_saved_by_id_idx" ON "return_answer_revision"("saved_by_id");

-- Added by hand: Prisma cannot express a partial unique index. At most one catalogue version
-- is the default, enforced by the database rather than by every writer taking the same
-- advisory lock (two writers took two different ones). Before this index, that race could
-- leave two defaults: keep the newest.
--
-- Why a later `npm run db:migration:new` will not drop it: scripts/db/migrations.ts diffs the
-- previous migration's schema.prisma snapshot against schema.prisma (datamodel to datamodel),
-- never the live database, so SQL added by hand is invisible to the diff. If is_default is
-- ever renamed or retyped, carry this index along by hand in that migration.
UPDATE "catalogue_version" SET "is_default" = false
WHERE "is_default"
  AND "id" <> (SELECT "id" FROM "catalogue_version" WHERE "is_default" ORDER BY "created_at" DESC, "id" LIMIT 1);
CREATE UNIQUE INDEX "catalogue_version_one_default" ON "catalogue_version" ("is_default") WHERE "is_default";
