// Keeps the embedded PostgreSQL running under the app that owns it. If the server dies (the
// OOM killer, a kill -9, a crash), it is started again on the same port with the same
// password, so the app's connection pools reconnect by themselves; PostgreSQL's crash
// recovery replays its write-ahead log, so committed data is kept. Attempts back off
// (1 s, 2 s, 4 s ... 30 s) so a server that cannot start is not retried in a tight loop.
import type { ChildProcess } from "node:child_process";

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** A server that stayed up this long has recovered: the next failure starts at 1 s again. */
const STABLE_MS = 60_000;

export type Supervisor = {
  /** Stops the server (fast shutdown) and any restart in progress; never restarts after. */
  stop(): Promise<void>;
  /** The running postmaster, or null while it is down. */
  current(): ChildProcess | null;
};

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  const gone = new Promise<boolean>((resolve) => child.once("exit", () => resolve(true)));
  child.kill("SIGINT");
  if (await Promise.race([gone, sleep(30_000).then(() => false)])) return;
  child.kill("SIGQUIT");
  await Promise.race([gone, sleep(5_000)]);
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

export function supervisePostmaster(options: {
  first: ChildProcess;
  /** Starts the server again; resolves once it accepts connections. */
  launch: () => Promise<ChildProcess>;
  port: number;
  say: (line: string) => void;
}): Supervisor {
  let child: ChildProcess | null = null;
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  let restarting: Promise<void> | null = null;
  let failures = 0;
  let readyAt = Date.now();

  const delay = () => Math.min(FIRST_DELAY_MS * 2 ** failures++, MAX_DELAY_MS);

  const schedule = (ms: number, note?: string) => {
    timer = setTimeout(() => {
      timer = null;
      if (stopping) return;
      if (note) options.say(note);
      restarting = restart().finally(() => {
        restarting = null;
      });
    }, ms);
  };

  const restart = async () => {
    let started: ChildProcess;
    try {
      started = await options.launch();
    } catch (error) {
      if (stopping) return;
      const wait = delay();
      const why = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      options.say(`PostgreSQL did not start again (${why}); trying again in ${seconds(wait)}.`);
      schedule(wait);
      return;
    }
    if (stopping) {
      await stopChild(started);
      return;
    }
    watch(started);
    options.say(`PostgreSQL is running again on port ${options.port}.`);
  };

  const watch = (process: ChildProcess) => {
    child = process;
    readyAt = Date.now();
    process.once("exit", (code, signal) => {
      if (child === process) child = null;
      if (stopping) return;
      if (Date.now() - readyAt > STABLE_MS) failures = 0;
      const wait = delay();
      if (signal === null && code === 0) {
        // A requested shutdown. Ctrl-C in a terminal sends SIGINT to the server beside the
        // app, which is shutting down too: only if the app is still running when the restart
        // is due was this someone stopping the server under it.
        schedule(wait, "PostgreSQL was shut down from outside the app; starting it again.");
        return;
      }
      options.say(`PostgreSQL stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); restarting in ${seconds(wait)}.`);
      schedule(wait);
    });
  };

  watch(options.first);

  let stopped: Promise<void> | null = null;
  return {
    current: () => child,
    stop: () => {
      stopped ??= (async () => {
        stopping = true;
        if (timer) clearTimeout(timer);
        timer = null;
        await restarting;
        if (child) await stopChild(child);
      })();
      return stopped;
    },
  };
}
