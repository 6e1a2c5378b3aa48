-- CreateEnum
CREATE TYPE "ReturnStatus" AS ENUM ('draft', 'submitted', 'signed_off');

-- CreateTable
CREATE TABLE "assessment_return" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "catalogue_version_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ReturnStatus" NOT NULL DEFAULT 'draft',
    "completed_by" TEXT NOT NULL DEFAULT '',
    "version_note" TEXT NOT NULL DEFAULT '',
    "completion_date" DATE,
    "lived_experience" TEXT NOT NULL DEFAULT '',
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "submitted_at" TIMESTAMP(3),
    "submitted_by_email" TEXT,
    "signed_off_at" TIMESTAMP(3),
    "signed_off_by_email" TEXT,

    CONSTRAINT "assessment_return_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "return_answer" (
    "return_id" UUID NOT NULL,
    "catalogue_item_id" UUID NOT NULL,
    "level" INTEGER,
    "evidence" TEXT NOT NULL DEFAULT '',
    "gaps" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "updated_by_id" UUID,

    CONSTRAINT "return_answer_pkey" PRIMARY KEY ("return_id","catalogue_item_id")
);

-- CreateTable
CREATE TABLE "return_assignment" (
    "return_id" UUID NOT NULL,
    "catalogue_item_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "return_assignment_pkey" PRIMARY KEY ("return_id","catalogue_item_id","user_id")
);

-- CreateIndex
CREATE INDEX "assessment_return_organisation_id_created_at_idx" ON "assessment_return"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "assessment_return_status_idx" ON "assessment_return"("status");

-- CreateIndex
CREATE INDEX "return_assignment_user_id_idx" ON "return_assignment"("user_id");

-- AddForeignKey
ALTER TABLE "assessment_return" ADD CONSTRAINT "assessment_return_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_return" ADD CONSTRAINT "assessment_return_catalogue_version_id_fkey" FOREIGN KEY ("catalogue_version_id") REFERENCES "catalogue_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_return" ADD CONSTRAINT "assessment_return_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_answer" ADD CONSTRAINT "return_answer_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "assessment_return"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_answer" ADD CONSTRAINT "return_answer_catalogue_item_id_fkey" FOREIGN KEY ("catalogue_item_id") REFERENCES "catalogue_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_answer" ADD CONSTRAINT "return_answer_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_assignment" ADD CONSTRAINT "return_assignment_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "assessment_return"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_assignment" ADD CONSTRAINT "return_assignment_catalogue_item_id_fkey" FOREIGN KEY ("catalogue_item_id") REFERENCES "catalogue_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_assignment" ADD CONSTRAINT "return_assignment_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by hand (Prisma cannot express it): a level is 0-5 or not yet rated.
ALTER TABLE "return_answer" ADD CONSTRAINT "return_answer_level_check" CHECK ("level" IS NULL OR ("level" BETWEEN 0 AND 5));
