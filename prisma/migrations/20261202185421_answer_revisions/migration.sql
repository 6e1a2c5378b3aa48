-- CreateTable
CREATE TABLE "return_answer_revision" (
    "return_id" UUID NOT NULL,
    "catalogue_item_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "level" INTEGER,
    "evidence" TEXT NOT NULL,
    "gaps" TEXT NOT NULL,
    "saved_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "saved_by_id" UUID,

    CONSTRAINT "return_answer_revision_pkey" PRIMARY KEY ("return_id","catalogue_item_id","revision")
);

-- AddForeignKey
ALTER TABLE "return_answer_revision" ADD CONSTRAINT "return_answer_revision_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "assessment_return"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_answer_revision" ADD CONSTRAINT "return_answer_revision_catalogue_item_id_fkey" FOREIGN KEY ("catalogue_item_id") REFERENCES "catalogue_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_answer_revision" ADD CONSTRAINT "return_answer_revision_saved_by_id_fkey" FOREIGN KEY ("saved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Added by hand: Prisma cannot express CHECK constraints.
ALTER TABLE "return_answer_revision" ADD CONSTRAINT "return_answer_revision_level_check" CHECK ("level" IS NULL OR ("level" BETWEEN 0 AND 5));
