-- AlterTable
ALTER TABLE "catalogue_version" DROP COLUMN "content_hash";
