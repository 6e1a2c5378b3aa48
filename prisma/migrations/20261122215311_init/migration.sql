-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "catalogue_version" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalogue_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ambition" (
    "id" UUID NOT NULL,
    "catalogue_version_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "statement" TEXT NOT NULL,

    CONSTRAINT "ambition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ambition_catalogue_version_id_number_key" ON "ambition"("catalogue_version_id", "number");

-- AddForeignKey
ALTER TABLE "ambition" ADD CONSTRAINT "ambition_catalogue_version_id_fkey" FOREIGN KEY ("catalogue_version_id") REFERENCES "catalogue_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
