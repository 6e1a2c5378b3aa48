-- AlterTable
ALTER TABLE "return_answer" ADD COLUMN     "level_reason" TEXT;

-- AlterTable
ALTER TABLE "return_answer_revision" ADD COLUMN     "level_reason" TEXT;

-- Added by hand: Prisma cannot express CHECK constraints.
ALTER TABLE "return_answer" ADD CONSTRAINT "return_answer_level_reason_check" CHECK ("level_reason" IS NULL OR char_length("level_reason") <= 500);
ALTER TABLE "return_answer_revision" ADD CONSTRAINT "return_answer_revision_level_reason_check" CHECK ("level_reason" IS NULL OR char_length("level_reason") <= 500);
