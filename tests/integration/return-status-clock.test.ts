// "No answer in a submission is newer than the submission": the submission's time is taken
// once the return's row lock is granted, from the clock answers' updated_at come from. It was
// once taken before the lock, and a save holding the return meanwhile came out up to 172 ms
// newer than the submission it was part of.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { ReturnStateError } from "../../lib/errors";
import { changeReturnStatus } from "../../lib/returns/change-return-status";
import { createReturn } from "../../lib/returns/create-return";
import { saveAnswer } from "../../lib/returns/save-answer";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let world: Awaited<ReturnType<typeof seedWorld>>;
let manager: Actor;
let contributor: Actor;
let clinicalLead: Actor;

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  world = await seedWorld(fresh.db);
  manager = await createActor(fresh.db, "programme_manager", world.bnssg);
  contributor = await createActor(fresh.db, "contributor", world.bnssg);
  clinicalLead = await createActor(fresh.db, "clinical_lead", world.bnssg);
});
afterAll(async () => fresh.cleanup());

const ITEMS = ["1.1.2", "1.1.3", "2.2.1", "3.2.1", "4.1.1", "5.1.1"];

const save = (returnId: string, itemKey: string, level: number) =>
  saveAnswer(fresh.db, { returnId, itemKey, level, evidence: "e", gaps: "g", expectedRevision: 0 }, contributor);

/** The newest answer's time and the return's submission and sign-off times, as stored. */
async function storedTimes(returnId: string) {
  const stored = await fresh.db.assessmentReturn.findUniqueOrThrow({
    where: { id: returnId },
    select: { submittedAt: true, signedOffAt: true, answers: { select: { updatedAt: true } }, answerRevisions: { select: { savedAt: true } } },
  });
  return {
    submittedAt: stored.submittedAt,
    signedOffAt: stored.signedOffAt,
    answers: stored.answers.map((row) => row.updatedAt.getTime()),
    revisions: stored.answerRevisions.map((row) => row.savedAt.getTime()),
  };
}

/** Resolves once some connection to this test's database waits for a lock. */
async function someoneWaitsForALock(client: pg.Client): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const { rows } = await client.query(
      "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
    );
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("Nobody waited for the return's lock within 30 seconds.");
}

describe("submitting while an answer is being saved", () => {
  it("records the submission after a save that held the return while the submission waited", async () => {
    const { id } = await createReturn(fresh.db, { organisationId: world.bnssg.id, title: "Held while submitting" }, manager);
    await save(id, "1.1.1", 1);
    // A save in progress holds the return's row in share mode, as saveAnswer does.
    const holder = new pg.Client({ connectionString: fresh.url });
    const watcher = new pg.Client({ connectionString: fresh.url });
    await holder.connect();
    await watcher.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT id FROM assessment_return WHERE id = $1 FOR SHARE", [id]);
      const submitting = changeReturnStatus(fresh.db, { returnId: id, transition: "submit" }, manager);
      await someoneWaitsForALock(watcher);
      // Share locks do not conflict, so another save goes through while the submission waits.
      await save(id, "2.2.1", 4);
      await holder.query("COMMIT");
      await submitting;
    } finally {
      await holder.end();
      await watcher.end();
    }
    const times = await storedTimes(id);
    expect(times.answers).toHaveLength(2);
    for (const at of [...times.answers, ...times.revisions]) expect(at).toBeLessThanOrEqual(times.submittedAt!.getTime());
  });

  it("never leaves an answer newer than its submission, over 20 races of saves against a submit", async () => {
    for (let run = 0; run < 20; run++) {
      const { id } = await createReturn(fresh.db, { organisationId: world.bnssg.id, title: `Race ${run}` }, manager);
      const saves = ITEMS.map((key, index) =>
        save(id, key, index % 6).then(
          () => "saved" as const,
          (error: unknown) => {
            // Arriving after the submission is the one allowed refusal.
            if (error instanceof ReturnStateError) return "refused" as const;
            throw error;
          },
        ),
      );
      const submit = changeReturnStatus(fresh.db, { returnId: id, transition: "submit" }, manager);
      const outcomes = await Promise.all(saves);
      await submit;
      const times = await storedTimes(id);
      expect(times.answers).toHaveLength(outcomes.filter((outcome) => outcome === "saved").length);
      for (const at of times.answers) expect(at, `run ${run}`).toBeLessThanOrEqual(times.submittedAt!.getTime());
    }
  });

  it("signs off no earlier than it was submitted", async () => {
    const { id } = await createReturn(fresh.db, { organisationId: world.bnssg.id, title: "Signed off" }, manager);
    await save(id, "1.1.1", 3);
    await changeReturnStatus(fresh.db, { returnId: id, transition: "submit" }, manager);
    await changeReturnStatus(fresh.db, { returnId: id, transition: "signOff" }, clinicalLead);
    const times = await storedTimes(id);
    expect(times.signedOffAt!.getTime()).toBeGreaterThanOrEqual(times.submittedAt!.getTime());
    expect(times.answers[0]).toBeLessThanOrEqual(times.submittedAt!.getTime());
  });
});
