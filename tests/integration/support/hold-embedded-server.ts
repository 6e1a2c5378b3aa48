// Child process for the embedded-server tests: starts the embedded server in the folder given
// (clusters of a private folder under PRIVATE_ROOT when given), prints its URL, and holds it
// until SIGTERM (or until it is killed outright).
import { startEmbeddedServer } from "../../../scripts/db/embedded-server";

const [dataDir, privateRoot] = process.argv.slice(2);
if (!dataDir) throw new Error("usage: hold-embedded-server DATA_DIR [PRIVATE_ROOT]");
const server = await startEmbeddedServer({ dataDir, mode: "owner", privateRoot });
process.on("SIGTERM", () => {
  void server.stop().then(() => process.exit(0));
});
process.stdout.write(JSON.stringify({ databaseUrl: server.databaseUrl, clusterDir: server.clusterDir }) + "\n");
setInterval(() => {}, 1 << 30);
