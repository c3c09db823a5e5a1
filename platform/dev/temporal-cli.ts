// Finds the Temporal CLI binary, installing it with `go install` when it is missing.
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config.js';
import type { Logger } from '../logger.js';

export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

function goBinDir(): string | undefined {
  const go = onPath('go') ?? (isExecutable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
  if (!go) return undefined;
  const gobin = execFileSync(go, ['env', 'GOBIN'], { encoding: 'utf8' }).trim();
  return (
    gobin ||
    path.join(execFileSync(go, ['env', 'GOPATH'], { encoding: 'utf8' }).trim().split(path.delimiter)[0]!, 'bin')
  );
}

/** Path of an installed CLI, or undefined. */
export function findTemporalCli(): string | undefined {
  const fromPath = onPath('temporal');
  if (fromPath) return fromPath;
  const binDir = goBinDir();
  const candidate = binDir && path.join(binDir, 'temporal');
  return candidate && isExecutable(candidate) ? candidate : undefined;
}

export async function ensureTemporalCli(log: Logger): Promise<string> {
  const found = findTemporalCli();
  if (found) return found;
  const go = onPath('go') ?? (isExecutable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
  if (!go) {
    throw new ConfigError(
      'The Temporal CLI is missing and Go is not installed: install Go 1.23 or newer (Debian: apt-get install golang-go, or https://go.dev/dl), ' +
        `or install the CLI yourself (go install ${TEMPORAL_CLI_MODULE}), or set TEMPORAL_ADDRESS to a running Temporal server.`,
    );
  }
  log.info({ module: TEMPORAL_CLI_MODULE }, 'installing the Temporal CLI with go install (one time, a few minutes)');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(go, ['install', TEMPORAL_CLI_MODULE], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`go install ${TEMPORAL_CLI_MODULE} failed with exit code ${code}`)),
    );
  });
  const installed = findTemporalCli();
  if (!installed) throw new Error('go install finished but the temporal binary was not found in the Go bin directory');
  return installed;
}
