// Programs the tests run that `.ci/run` installs with `go install`: found in GOBIN, GOPATH's bin or on the PATH.
import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** The executable `name`; `installieren` says how to get it when it is missing. */
export function goProgramm(name: string, installieren: string): string {
  const goPath = (process.env.GOPATH ?? path.join(homedir(), 'go')).split(path.delimiter)[0]!;
  const kandidaten = [
    ...(process.env.GOBIN ? [process.env.GOBIN] : []),
    path.join(goPath, 'bin'),
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean),
  ].map((dir) => path.join(dir, name));
  for (const datei of kandidaten) {
    try {
      accessSync(datei, constants.X_OK);
      return datei;
    } catch {
      // next
    }
  }
  throw new Error(`${name} is not installed: ${installieren} (.ci/run does it)`);
}
