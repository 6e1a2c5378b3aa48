-- AlterTable
ALTER TABLE "assessment_return" ADD COLUMN     "partner_of_id" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "assessment_return_partner_of_id_organisation_id_key" ON "assessment_return"("partner_of_id", "organisation_id");

-- AddForeignKey
ALTER TABLE "assessment_return" ADD CONSTRAINT "assessment_return_partner_of_id_fkey" FOREIGN KEY ("partner_of_id") REFERENCES "assessment_return"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
