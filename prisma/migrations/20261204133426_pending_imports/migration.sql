-- AlterTable
ALTER TABLE "return_answer_revision" ADD COLUMN     "note" TEXT;

-- CreateTable
CREATE TABLE "pending_import" (
    "id" UUID NOT NULL,
    "return_id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "base" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pending_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pending_import_return_id_idx" ON "pending_import"("return_id");

-- CreateIndex
CREATE INDEX "pending_import_created_by_id_idx" ON "pending_import"("created_by_id");

-- CreateIndex
CREATE INDEX "pending_import_expires_at_idx" ON "pending_import"("expires_at");

-- The pending import's return and uploader (kept out of schema.prisma, see the model's comment):
-- a deleted return or user takes its pending imports with it.
ALTER TABLE "pending_import" ADD CONSTRAINT "pending_import_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "assessment_return"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "pending_import" ADD CONSTRAINT "pending_import_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- A preview lives for hours, not for ever.
ALTER TABLE "pending_import" ADD CONSTRAINT "pending_import_expires_after_created" CHECK ("expires_at" > "created_at");
