-- CreateTable
CREATE TABLE "return_status_event" (
    "id" UUID NOT NULL,
    "return_id" UUID NOT NULL,
    "from_status" "ReturnStatus" NOT NULL,
    "to_status" "ReturnStatus" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "actor_email" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "return_status_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "return_status_event_return_id_at_idx" ON "return_status_event"("return_id", "at" DESC);

-- CreateIndex
CREATE INDEX "return_status_event_actor_id_idx" ON "return_status_event"("actor_id");

-- AddForeignKey
ALTER TABLE "return_status_event" ADD CONSTRAINT "return_status_event_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "assessment_return"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_status_event" ADD CONSTRAINT "return_status_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Returning to draft always says why, and a move forward carries no reason.
ALTER TABLE "return_status_event" ADD CONSTRAINT "return_status_event_reason_check" CHECK (("to_status" = 'draft') = (length(btrim("reason")) > 0));
