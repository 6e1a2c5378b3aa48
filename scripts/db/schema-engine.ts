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

export async function openSchemaEngine(databaseUrl: string, schema: string, log?: (line: string) => void) {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= { set_message() {} };
  const { SchemaEngine } = await loadModule();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  return SchemaEngine.new({ datamodels: [[SCHEMA_FILE, schema]] }, (line: string) => log?.(line), adapter);
}

/**
 * SQL that turns one datamodel into another. The diff itself reads no tables, but the engine
 * insists on a live connection when it is created.
 */
export async function diffSchemas(databaseUrl: string, from: string | null, to: string): Promise<string> {
  const engine = await openSchemaEngine(databaseUrl, to);
  try {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content: to }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
