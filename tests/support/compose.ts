// docker/compose.yaml as the tests read it: its services, and compose's interpolation of `${X…}` with given values.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface Dienst {
  image?: string;
  ports?: string[];
  expose?: string[];
  command?: string[];
  build?: unknown;
  environment?: Record<string, unknown>;
}

export const compose = parse(readFileSync(path.join(root, 'docker', 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, Dienst>;
};

/**
 * Compose's interpolation of `${X:?msg}`, `${X:-default}`, `${X}` and `$$`, as with a .env file holding `werte`; a
 * variable that is neither there nor defaulted gets a placeholder of its name.
 */
function einsetzen(wert: unknown, werte: Record<string, string>): string {
  return String(wert)
    .replace(
      /\$\{([A-Z0-9_]+)(?::?([?-])((?:[^{}]|\{[^}]*\})*))?\}/g,
      (_, name: string, art?: string, rest?: string) =>
        werte[name] ?? (art === '-' ? (rest ?? '') : `beispiel-${name.toLowerCase()}-0123456789`),
    )
    .replace(/\$\$/g, '$');
}

/** A service's environment after interpolation. */
export function umgebungVon(dienst: Dienst, werte: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(dienst.environment ?? {}).map(([name, wert]) => [name, einsetzen(wert, werte)]),
  );
}

/** The service running the image whose name starts with `bild`, with its name. */
export function dienstMitBild(bild: string): [string, Dienst] {
  const treffer = Object.entries(compose.services).find(([, d]) => d.image?.startsWith(bild));
  if (!treffer) throw new Error(`no service runs ${bild} in docker/compose.yaml`);
  return treffer;
}
