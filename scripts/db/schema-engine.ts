// Prisma's schema engine compiled to WebAssembly, driven through the pg adapter. The Prisma
// CLI's migrate commands would download a native engine, which this network blocks.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm");
export type SchemaEngine = Awaited<ReturnType<SchemaEngineModule["SchemaEngine"]["new"]>>;

let loaded: Promise<SchemaEngineModule> | undefined;

// The package imports its .wasm as an ES module, which Node 20 only allows behind a flag;
// instantiating it ourselves avoids the flag.
function loadModule(): Promise<SchemaEngineModule> {
  loaded ??= (async () => {
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const dir = path.dirname(glue);
    const bindings = (await import(pathToFileURL(glue).href)) as SchemaEngineModule & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
    const bytes = readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings as never });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return loaded;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export const SCHEMA_FILE = "schema.prisma";

type Engine = Awaited<ReturnType<Awaited<ReturnType<typeof loadModule>>["SchemaEngine"]["new"]>>;

/**
 * Runs `work` with a schema engine on the database, then frees the engine and closes every
 * connection it opened. Freeing the engine alone leaves its pg pool open, and with it the
 * session-level advisory lock migrations take, which would make the next migrate wait.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schema: string,
  work: (engine: Engine) => Promise<T>,
  log?: (line: string) => void,
): Promise<T> {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= { set_message() {} };
  const { SchemaEngine } = await loadModule();
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  } as typeof factory;
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_FILE, schema]] },
    (line: string) => log?.(line),
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}

/**
 * SQL that turns one datamodel into another. The diff itself reads no tables, but the engine
 * insists on a live connection when it is created.
 */
export async function diffSchemas(databaseUrl: string, from: string | null, to: string): Promise<string> {
  return withSchemaEngine(databaseUrl, to, async (engine) => {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content: to }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  });
}
