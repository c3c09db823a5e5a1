// The Temporal UI as compose runs it: the UI's server of the image's release with the image's config template, and the
// gate in front of it (oauth2-proxy), each started with its compose service's environment. Only the addresses differ:
// compose's service names become local ports.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitUntil } from '../../platform/wait.js';
import { dienstMitBild, umgebungVon } from './compose.js';
import { goProgramm } from './go-programm.js';
import { freePort } from './ports.js';

const [uiDienst, ui] = dienstMitBild('temporalio/ui:');
const [, tor] = dienstMitBild('quay.io/oauth2-proxy/oauth2-proxy:');
/** The image's tag is the release of the UI's server module (image 2.42.1: module v2.42.1). */
const uiVersion = `v${ui.image!.split(':')[1]}`;
const torVersion = tor.image!.split(':')[1]!;
export const UI_MODULE = `github.com/temporalio/ui-server/v2/cmd/server@${uiVersion}`;
export const TOR_MODULE = `github.com/oauth2-proxy/oauth2-proxy/v7@${torVersion}`;

/** The config template the image copies to config/docker.yaml, from the same module in Go's module cache. */
function uiVorlage(): string {
  const go = ['go', '/usr/local/go/bin/go'].find((kandidat) => {
    try {
      execFileSync(kandidat, ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  if (!go) throw new Error('go is needed to find the Temporal UI config template');
  const cache = execFileSync(go, ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim();
  return path.join(cache, 'github.com', 'temporalio', 'ui-server', `v2@${uiVersion}`, 'config', 'docker.yaml');
}

export interface TemporalUi {
  /** The gate's address: what compose publishes. */
  url: string;
  /** The UI's own address, on compose's network only. */
  intern: string;
  /** Request lines the UI's server logged so far (one JSON line per request). */
  uiAnfragen(): Array<{ uri: string; status: number }>;
  stop(): Promise<void>;
}

export interface UiWerte {
  temporalAddress: string;
  /** The gate's port, chosen before the provider starts: its callback URLs must be registered there. */
  torPort: number;
  oidcIssuer: string;
  /** The values of the .env file the two services demand. */
  env: Record<string, string>;
}

function starten(programm: string, args: string[], env: Record<string, string>, ausgabe: string[]): ChildProcess {
  const kind = spawn(programm, args, {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const strom of [kind.stdout!, kind.stderr!]) strom.on('data', (teil: Buffer) => ausgabe.push(teil.toString()));
  return kind;
}

async function bereit(was: string, url: string, ausgabe: string[], kind: ChildProcess): Promise<void> {
  await waitUntil(was, async () => (await fetch(url)).ok, {
    timeoutMs: 20_000,
    intervalMs: 100,
    fatal: () =>
      kind.exitCode === null ? undefined : `exited with ${kind.exitCode}: ${ausgabe.join('').slice(-2000)}`,
  });
}

export async function temporalUiStarten({ temporalAddress, torPort, oidcIssuer, env }: UiWerte): Promise<TemporalUi> {
  const uiPort = await freePort();
  const url = `http://127.0.0.1:${torPort}`;
  const intern = `http://127.0.0.1:${uiPort}`;
  const werte = { ...env, OIDC_ISSUER: oidcIssuer, TEMPORAL_UI_URL: url };
  const wurzel = await mkdtemp(path.join(tmpdir(), 'temporal-ui-'));
  await cp(uiVorlage(), path.join(wurzel, 'config', 'docker.yaml'));
  const uiAusgabe: string[] = [];
  const uiProzess = starten(
    goProgramm(`temporal-ui-server-${uiVersion}`, `go install ${UI_MODULE}, renamed so`),
    ['--root', wurzel, '--env', 'docker', 'start'],
    { ...umgebungVon(ui, werte), TEMPORAL_ADDRESS: temporalAddress, TEMPORAL_UI_PORT: String(uiPort) },
    uiAusgabe,
  );
  const torAusgabe: string[] = [];
  let torProzess: ChildProcess | undefined;
  const stop = async () => {
    for (const kind of [torProzess, uiProzess])
      if (kind && kind.exitCode === null) {
        kind.kill('SIGTERM');
        await new Promise((resolve) => kind.once('exit', resolve));
      }
    await rm(wurzel, { recursive: true, force: true });
  };
  try {
    await bereit('the Temporal UI', `${intern}/healthz`, uiAusgabe, uiProzess);
    const torEnv = umgebungVon(tor, werte);
    if (torEnv.OAUTH2_PROXY_UPSTREAMS !== `http://${uiDienst}:${ui.expose?.[0]}/`)
      throw new Error(`the gate's upstream is not the UI: ${torEnv.OAUTH2_PROXY_UPSTREAMS}`);
    torProzess = starten(
      goProgramm(`oauth2-proxy-${torVersion}`, `go install ${TOR_MODULE}, renamed so`),
      [],
      { ...torEnv, OAUTH2_PROXY_HTTP_ADDRESS: `127.0.0.1:${torPort}`, OAUTH2_PROXY_UPSTREAMS: `${intern}/` },
      torAusgabe,
    );
    await bereit("the UI's gate", `${url}/ping`, torAusgabe, torProzess);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    intern,
    uiAnfragen: () =>
      uiAusgabe
        .join('')
        .split('\n')
        // A line still being written is not complete yet.
        .filter((zeile) => zeile.startsWith('{') && zeile.endsWith('}'))
        .map((zeile) => JSON.parse(zeile) as { uri: string; status: number }),
    stop,
  };
}
