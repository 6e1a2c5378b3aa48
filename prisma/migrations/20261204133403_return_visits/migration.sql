-- CreateTable
CREATE TABLE "return_visit" (
    "user_id" UUID NOT NULL,
    "return_id" UUID NOT NULL,
    "visited_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "return_visit_pkey" PRIMARY KEY ("user_id","return_id")
);

-- CreateIndex
CREATE INDEX "return_visit_return_id_idx" ON "return_visit"("return_id");

-- AddForeignKey
ALTER TABLE "return_visit" ADD CONSTRAINT "return_visit_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_visit" ADD CONSTRAINT "return_visit_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "assessment_return"("id") ON DELETE CASCADE ON UPDATE CASCADE;
