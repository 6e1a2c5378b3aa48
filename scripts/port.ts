import net from "node:net";
import { StartupError } from "../lib/errors";

/** Fails before anything else starts, so a busy port costs nothing to report. */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(`Port ${port} is already in use: stop the program using it, or choose another port with PORT=${port + 1} npm start.`)
          : error.code === "EACCES"
            ? new StartupError(`Port ${port} needs administrator rights on this machine: choose a port above 1024 with PORT.`)
            : error,
      );
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
