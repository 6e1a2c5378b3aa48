import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file: migrations run through scripts/db/migrate.ts
// (the WebAssembly schema engine), and the app connects through the pg adapter.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
