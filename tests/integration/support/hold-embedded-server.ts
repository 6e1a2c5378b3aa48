// Child process for tests/integration/embedded-server.test.ts: starts the embedded server in the
// folder given, prints its URL, and holds it until SIGTERM (or until it is killed outright).
import { startEmbeddedServer } from "../../../scripts/db/embedded-server";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: hold-embedded-server DATA_DIR");
const server = await startEmbeddedServer({ dataDir, mode: "owner" });
process.on("SIGTERM", () => {
  void server.stop().then(() => process.exit(0));
});
process.stdout.write(JSON.stringify({ databaseUrl: server.databaseUrl }) + "\n");
setInterval(() => {}, 1 << 30);
