-- AlterTable
ALTER TABLE "assessment_return" ADD COLUMN     "based_on_id" UUID;

-- AddForeignKey
ALTER TABLE "assessment_return" ADD CONSTRAINT "assessment_return_based_on_id_fkey" FOREIGN KEY ("based_on_id") REFERENCES "assessment_return"("id") ON DELETE SET NULL ON UPDATE CASCADE;
