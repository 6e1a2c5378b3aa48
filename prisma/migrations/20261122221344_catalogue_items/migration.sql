-- Catalogue versions stored before this migration held only their ambitions and no content
-- hash, and nothing referenced them yet: they are removed here and re-seeded in full on start.
-- (No semicolons in comments: the migration runner splits statements on them.)
DELETE FROM "ambition";
DELETE FROM "catalogue_version";

-- CreateEnum
CREATE TYPE "CatalogueItemKind" AS ENUM ('item', 'stem');

-- AlterTable
ALTER TABLE "catalogue_version" ADD COLUMN     "content_hash" TEXT NOT NULL,
ADD COLUMN     "document" JSONB NOT NULL,
ADD COLUMN     "source" TEXT;

-- CreateTable
CREATE TABLE "catalogue_section" (
    "id" UUID NOT NULL,
    "catalogue_version_id" TEXT NOT NULL,
    "ambition_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "comment" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "catalogue_section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalogue_item" (
    "id" UUID NOT NULL,
    "catalogue_version_id" TEXT NOT NULL,
    "section_id" UUID NOT NULL,
    "parent_id" UUID,
    "kind" "CatalogueItemKind" NOT NULL,
    "key" TEXT NOT NULL,
    "number" TEXT,
    "text" TEXT NOT NULL,
    "ambition_number" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "catalogue_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "level_descriptor" (
    "catalogue_version_id" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "descriptor" TEXT NOT NULL,

    CONSTRAINT "level_descriptor_pkey" PRIMARY KEY ("catalogue_version_id","level")
);

-- CreateTable
CREATE TABLE "foundation" (
    "catalogue_version_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "foundation_pkey" PRIMARY KEY ("catalogue_version_id","number")
);

-- CreateIndex
CREATE INDEX "catalogue_section_ambition_id_position_idx" ON "catalogue_section"("ambition_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "catalogue_section_catalogue_version_id_number_key" ON "catalogue_section"("catalogue_version_id", "number");

-- CreateIndex
CREATE INDEX "catalogue_item_catalogue_version_id_position_idx" ON "catalogue_item"("catalogue_version_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "catalogue_item_catalogue_version_id_key_key" ON "catalogue_item"("catalogue_version_id", "key");

-- AddForeignKey
ALTER TABLE "catalogue_section" ADD CONSTRAINT "catalogue_section_catalogue_version_id_fkey" FOREIGN KEY ("catalogue_version_id") REFERENCES "catalogue_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalogue_section" ADD CONSTRAINT "catalogue_section_ambition_id_fkey" FOREIGN KEY ("ambition_id") REFERENCES "ambition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_catalogue_version_id_fkey" FOREIGN KEY ("catalogue_version_id") REFERENCES "catalogue_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "catalogue_section"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "catalogue_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "level_descriptor" ADD CONSTRAINT "level_descriptor_catalogue_version_id_fkey" FOREIGN KEY ("catalogue_version_id") REFERENCES "catalogue_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "foundation" ADD CONSTRAINT "foundation_catalogue_version_id_fkey" FOREIGN KEY ("catalogue_version_id") REFERENCES "catalogue_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
