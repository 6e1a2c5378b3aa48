// What the database itself guarantees, read from its catalogue rather than from schema.prisma:
// foreign keys that lists and joins follow are indexed, list orders have indexes to match, and
// there is at most one default catalogue version, whoever writes it and however.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/audit/actor";
import { findBuiltinCatalogue } from "../../lib/catalogue/builtin";
import type { Catalogue } from "../../lib/catalogue/schema";
import { setDefaultCatalogueVersion } from "../../lib/catalogue/set-default-catalogue-version";
import { storeCatalogueVersion } from "../../lib/catalogue/store-catalogue-version";
import { seedReferenceData } from "../../lib/seed/seed-reference-data";
import { freshDb } from "./support/database";
import { createActor, seedWorld } from "./support/organisation-fixtures";

let fresh: Awaited<ReturnType<typeof freshDb>>;
let admin: Actor;

function reissue(id: string): Catalogue {
  const copy = structuredClone(findBuiltinCatalogue("regional-2021")!) as Catalogue;
  copy.id = id;
  copy.title = `Reissue ${id}`;
  return copy;
}

beforeAll(async () => {
  fresh = await freshDb();
  await seedReferenceData(fresh.db);
  const world = await seedWorld(fresh.db);
  admin = await createActor(fresh.db, "administrator", world.bnssg);
  await storeCatalogueVersion(fresh.db, reissue("reissue-x"));
  await storeCatalogueVersion(fresh.db, reissue("reissue-y"));
});
afterAll(async () => fresh.cleanup());

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: fresh.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type IndexRow = { table: string; name: string; columns: string[]; unique: boolean; predicate: string | null };

/** Every index in the public schema, with its columns in order. */
async function indexes(): Promise<IndexRow[]> {
  return withClient(async (client) => {
    const { rows } = await client.query<IndexRow>(`
      SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique,
             pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
             array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace s ON s.oid = t.relnamespace
      WHERE s.nspname = 'public'`);
    return rows;
  });
}

const defaults = async () => (await fresh.db.catalogueVersion.findMany({ where: { isDefault: true }, select: { id: true } })).map((row) => row.id);

describe("indexes", () => {
  it("has an index led by each foreign key that lists and joins follow", async () => {
    const all = await indexes();
    const leading = new Set(all.map((index) => `${index.table}.${index.columns[0]}`));
    const foreignKeys = [
      "assessment_return.catalogue_version_id",
      "assessment_return.based_on_id",
      "assessment_return.created_by_id",
      "assessment_return.organisation_id",
      "return_answer.updated_by_id",
      "return_answer_revision.saved_by_id",
      "invitation.organisation_id",
      "catalogue_item.section_id",
      "catalogue_item.parent_id",
      "user_session.user_id",
      "membership.organisation_id",
      "return_assignment.user_id",
    ];
    expect(foreignKeys.filter((key) => !leading.has(key))).toEqual([]);
  });

  it("has indexes in the order lists sort and the audit log filters", async () => {
    const columns = (await indexes()).map((index) => `${index.table}(${index.columns.join(", ")})`);
    expect(columns).toEqual(
      expect.arrayContaining([
        // Return lists and tasks: ORDER BY updated_at DESC, id.
        "assessment_return(updated_at, id)",
        // Published returns, newest submission first, across a region or for one organisation.
        "assessment_return(submitted_at, id)",
        "assessment_return(organisation_id, submitted_at)",
        // The audit log: newest (highest id) first, filtered by action or by outcome.
        "audit_event(action, id)",
        "audit_event(outcome, id)",
        // Purges: one indexed comparison each.
        "user_session(created_at)",
        "invitation(expires_at)",
      ]),
    );
  });

  it("serves the return list's order from an index, not a sort", async () => {
    const plan = await withClient(async (client) => {
      await client.query("SET enable_seqscan = off");
      const { rows } = await client.query<{ "QUERY PLAN": string }>(
        "EXPLAIN SELECT id FROM assessment_return ORDER BY updated_at DESC, id LIMIT 50",
      );
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("assessment_return_updated_at_id_idx");
    expect(plan).not.toMatch(/\bSort\b/);
  });
});

describe("one default catalogue version", () => {
  it("is a partial unique index on is_default", async () => {
    const index = (await indexes()).find((row) => row.name === "catalogue_version_one_default");
    expect(index).toMatchObject({ table: "catalogue_version", columns: ["is_default"], unique: true, predicate: "is_default" });
  });

  it("refuses a second default written straight in SQL (unique violation)", async () => {
    const before = await defaults();
    expect(before).toHaveLength(1);
    const error = await withClient((client) => client.query("UPDATE catalogue_version SET is_default = true WHERE id = 'reissue-x'")).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "23505", constraint: "catalogue_version_one_default" });
    expect(await defaults()).toEqual(before);
  });

  it("leaves exactly one default when two administrators choose different versions at the same moment", async () => {
    // Hold the current default's row so both choices queue behind it and then collide: the
    // second to set its version breaks the index, runs again, and wins.
    const current = (await defaults())[0]!;
    await withClient(async (holder) => {
      await holder.query("BEGIN");
      await holder.query("SELECT id FROM catalogue_version WHERE id = $1 FOR UPDATE", [current]);
      const choices = Promise.all([setDefaultCatalogueVersion(fresh.db, "reissue-x", admin), setDefaultCatalogueVersion(fresh.db, "reissue-y", admin)]);
      await withClient(async (watcher) => {
        const deadline = Date.now() + 30_000;
        for (;;) {
          const { rows } = await watcher.query<{ waiting: number }>(
            "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
          );
          if (rows[0]!.waiting >= 2) break;
          if (Date.now() > deadline) throw new Error("The two choices never both waited for the default's row.");
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      await holder.query("COMMIT");
      expect(await choices).toEqual([{ changed: true }, { changed: true }]);
    });
    const after = await defaults();
    expect(after).toHaveLength(1);
    expect(["reissue-x", "reissue-y"]).toContain(after[0]);
    // Both choices are audited, the later one naming the earlier as what it replaced.
    const audits = await fresh.db.auditEvent.findMany({ where: { action: "catalogue.set_default" }, orderBy: { id: "asc" } });
    expect(audits.map((row) => row.targetId).sort()).toEqual(["reissue-x", "reissue-y"]);
    expect(audits.at(-1)).toMatchObject({ targetId: after[0], details: { previous: audits.at(0)!.targetId } });
  });

  it("seeding a new default version while an administrator chooses another still leaves one default", async () => {
    await Promise.all([
      storeCatalogueVersion(fresh.db, reissue("reissue-z"), { isDefault: true }),
      setDefaultCatalogueVersion(fresh.db, "regional-2021", admin),
    ]);
    expect(await defaults()).toHaveLength(1);
  });
});
