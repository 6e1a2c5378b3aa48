// Runs a command (one-shot, or long-running until a signal): turns known errors into one sentence on stderr, and runs the
// registered shutdown steps (newest first) once, on Ctrl-C, SIGTERM or failure.
import { isAppError } from "../lib/errors";

export function say(line: string): void {
  process.stdout.write(line + "\n");
}

type Step = () => Promise<void> | void;

export function runMain(
  main: (onShutdown: (step: Step) => void) => Promise<void>,
  options: { longRunning: boolean } = { longRunning: false },
): void {
  const steps: Step[] = [];
  let shuttingDown: Promise<void> | null = null;

  const shutdown = (code: number) => {
    shuttingDown ??= (async () => {
      for (const step of steps.reverse()) {
        try {
          await step();
        } catch (error) {
          process.stderr.write(`While shutting down: ${(error as Error).message}\n`);
        }
      }
      process.exit(code);
    })();
    return shuttingDown;
  };

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      say(`\nReceived ${signal}: shutting down.`);
      void shutdown(0);
    });
  }

  main((step) => steps.push(step))
    .then(() => {
      if (!options.longRunning) void shutdown(0);
    })
    .catch((error: unknown) => {
    if (isAppError(error)) {
      process.stderr.write(`${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`Start-up failed: ${message.split("\n")[0]}\n`);
      if (process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    }
    void shutdown(1);
    });
}
