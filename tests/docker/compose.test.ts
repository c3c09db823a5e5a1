import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import {
  configVariablen,
  loadConfig,
  requireBlobSchluessel,
  requireServices,
  requireSmtp,
} from '../../platform/config.js';
import { CODEC_SCOPE } from '../../web/api/codec-zugang.js';
import { compose, dienstMitBild, umgebungVon, type Dienst } from '../support/compose.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Set by `npm start`'s supervisor for its own children, never by an operator. */
const nurIntern = new Set(['PLATFORM_PARENT_PID']);
/**
 * Set in compose for the S3 blob store adapter (and read by its S3 client from the environment); this code does not
 * read them yet, so they are neither required here nor counted as read.
 */
const fuerDenS3Adapter = (name: string) => name === 'BLOB_STORE_URL' || name.startsWith('AWS_');

/** Production source files: everything the image runs, without the development tools of `npm start` and the tests. */
function quelldateien(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const voll = path.join(dir, name);
    if (statSync(voll).isDirectory()) return ['dev', 'demo', 'node_modules'].includes(name) ? [] : quelldateien(voll);
    return /\.tsx?$/.test(name) && name !== 'start.ts' ? [voll] : [];
  });
}

/** Every environment variable the code reads: loadConfig's list and any direct process.env read in production code. */
function gelesen(): Set<string> {
  const namen = new Set<string>(configVariablen);
  for (const ordner of ['bin', 'platform', 'db', 'domain', 'services', 'activities', 'web', 'workflows'])
    for (const datei of quelldateien(path.join(root, ordner)))
      for (const treffer of readFileSync(datei, 'utf8').matchAll(
        /process\.env(?:\.([A-Z0-9_]+)|\[['"]([A-Z0-9_]+)['"]\])/g,
      ))
        namen.add(treffer[1] ?? treffer[2]!);
  for (const name of nurIntern) namen.delete(name);
  return namen;
}

/** Variable names in the first column of README's configuration table; `…_SECRET` after `X_ID` means `X_SECRET`. */
function dokumentiert(): Set<string> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const abschnitt = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
  );
  const namen = new Set<string>();
  for (const zeile of abschnitt.split('\n').filter((z) => z.startsWith('| `'))) {
    let vorher = '';
    for (const [, name] of zeile.split('|')[1]!.matchAll(/`([^`]+)`/g)) {
      const voll = name!.startsWith('…_') ? `${vorher.slice(0, vorher.lastIndexOf('_'))}${name!.slice(1)}` : name!;
      namen.add(voll);
      vorher = voll;
    }
  }
  return namen;
}

/** Values for the variables compose demands from the .env file (`${X:?…}`), in the form the code checks. */
const beispiele: Record<string, string> = {
  SMTP_URL: 'smtp://portal:geheim@mail.jobcenter.example:587',
  OIDC_ISSUER: 'https://anmeldung.jobcenter.example/realms/jobcenter',
  TEMPORAL_PAYLOAD_SCHLUESSEL: `k2026:${Buffer.alloc(32, 7).toString('base64')}`,
  BLOB_SCHLUESSEL: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  TEMPORAL_CODEC_URL: 'https://temporal-codec.jobcenter.example/codec',
};

/** The services that run this platform's image: setup, web and the workers. */
const appDienste = Object.entries(compose.services).filter(([, d]) => d.build !== undefined);
/** A service's environment with an empty .env plus the examples. */
const umgebung = (d: Dienst) => umgebungVon(d, beispiele);

describe('docker/compose.yaml against the variables the code reads', () => {
  const namen = gelesen();

  it('finds the variables the code reads (loadConfig and direct reads)', () => {
    assert.ok(namen.has('DATABASE_URL') && namen.has('WORKER_QUEUES') && namen.has('METRICS_PORT'), [...namen].join());
    assert.ok(appDienste.length >= 4, appDienste.map(([n]) => n).join());
  });

  it('sets every variable the code reads in the app services, or README documents it with its default', () => {
    const gesetzt = new Set(appDienste.flatMap(([, d]) => Object.keys(d.environment ?? {})));
    const readme = dokumentiert();
    const fehlend = [...namen].filter((name) => !gesetzt.has(name) && !readme.has(name));
    assert.deepEqual(fehlend, [], `neither set in compose nor in README's configuration table: ${fehlend.join(', ')}`);
  });

  it('sets nothing the code does not read (a misspelt name would be ignored silently)', () => {
    for (const [dienst, d] of appDienste) {
      const unbekannt = Object.keys(d.environment ?? {}).filter((n) => !namen.has(n) && !fuerDenS3Adapter(n));
      assert.deepEqual(unbekannt, [], `${dienst} sets variables no code reads`);
    }
  });

  it('gives each app service a configuration its process accepts, with the services it needs', () => {
    for (const [dienst, d] of appDienste) {
      const config = requireBlobSchluessel(requireServices(loadConfig(umgebung(d))));
      assert.ok(config.databaseUrl.includes('@postgres:5432/'), dienst);
      assert.ok(config.metrics.port, `${dienst} serves metrics`);
      if ((d.command ?? []).some((teil) => teil.endsWith('bin/worker.js'))) requireSmtp(config);
    }
  });

  it('demands the Temporal payload key from the .env file in every app service, never the development key', () => {
    const entwicklung = loadConfig({}).temporalPayloadSchluessel[0]!;
    for (const [dienst, d] of appDienste) {
      assert.match(String(d.environment?.TEMPORAL_PAYLOAD_SCHLUESSEL), /^\$\{TEMPORAL_PAYLOAD_SCHLUESSEL:\?/, dienst);
      const [schluessel] = loadConfig(umgebung(d)).temporalPayloadSchluessel;
      assert.notDeepEqual(schluessel!.schluessel, entwicklung.schluessel, dienst);
    }
  });

  it('runs workflows and PDF work in separate worker services that together serve both task queues', () => {
    const worker = appDienste
      .filter(([, d]) => (d.command ?? []).some((teil) => teil.endsWith('bin/worker.js')))
      .map(([name, d]) => ({ name, queues: (umgebung(d).WORKER_QUEUES ?? 'io,pdf').split(',') }));
    assert.deepEqual(worker.flatMap((w) => w.queues).sort(), ['io', 'pdf']);
    for (const w of worker) assert.equal(w.queues.length, 1, `${w.name} serves ${w.queues.join(' and ')}`);
  });

  it('uses a Temporal server with a schema job instead of auto-setup, S3, and the UI behind OpenID Connect sign-in', () => {
    const bilder = Object.values(compose.services).map((d) => d.image ?? '');
    assert.ok(!bilder.some((b) => b.startsWith('temporalio/auto-setup')), 'no auto-setup');
    assert.ok(bilder.some((b) => b.startsWith('temporalio/server:')));
    const schema = Object.values(compose.services).find((d) => d.image?.startsWith('temporalio/admin-tools'));
    assert.ok(
      schema && /temporal-sql-tool/.test(JSON.stringify(schema)) && /temporal_visibility/.test(JSON.stringify(schema)),
    );
    const [, ui] = dienstMitBild('temporalio/ui:');
    const uiEnv = umgebung(ui);
    assert.equal(uiEnv.TEMPORAL_AUTH_ENABLED, 'true');
    assert.equal(uiEnv.TEMPORAL_AUTH_PROVIDER_URL, beispiele.OIDC_ISSUER);
    assert.ok(uiEnv.TEMPORAL_AUTH_CLIENT_ID && uiEnv.TEMPORAL_AUTH_CLIENT_SECRET && uiEnv.TEMPORAL_AUTH_CALLBACK_URL);
    assert.ok(
      bilder.some((b) => b.startsWith('chrislusf/seaweedfs')),
      'an S3 service',
    );
  });

  it('publishes the Temporal UI only through the gate that lets in signed-in staff of the team admin', () => {
    const [uiName, ui] = dienstMitBild('temporalio/ui:');
    assert.deepEqual(ui.ports ?? [], [], 'the UI itself is not published');
    const [, gate] = dienstMitBild('quay.io/oauth2-proxy/oauth2-proxy:');
    const gateEnv = umgebung(gate);
    assert.equal(new URL(gateEnv.OAUTH2_PROXY_UPSTREAMS!).host, `${uiName}:${ui.expose?.[0]}`);
    assert.equal(gateEnv.OAUTH2_PROXY_OIDC_ISSUER_URL, beispiele.OIDC_ISSUER);
    assert.equal(gateEnv.OAUTH2_PROXY_ALLOWED_GROUPS, 'admin');
    assert.equal(gateEnv.OAUTH2_PROXY_OIDC_GROUPS_CLAIM, 'team');
    assert.equal(gateEnv.OAUTH2_PROXY_SKIP_JWT_BEARER_TOKENS, undefined, 'a bearer token alone does not pass the gate');
    assert.match(gateEnv.OAUTH2_PROXY_COOKIE_EXPIRE ?? '168h', /^[1-8]h$/, 'team membership checked again daily');
    const [port] = gate.ports ?? [];
    assert.equal(String(port).split(':').at(-1), gateEnv.OAUTH2_PROXY_HTTP_ADDRESS!.split(':').at(-1));
    // Gate and UI sign in at the same origin: the UI's callback passes the gate with the gate's session.
    assert.equal(
      new URL(gateEnv.OAUTH2_PROXY_REDIRECT_URL!).origin,
      new URL(umgebung(ui).TEMPORAL_AUTH_CALLBACK_URL!).origin,
    );
  });

  it("points the Temporal UI at the web's published codec port, with the operator's token and CORS for the UI's origin", () => {
    const uiEnv = umgebung(dienstMitBild('temporalio/ui:')[1]);
    const endpunkt = new URL(uiEnv.TEMPORAL_CODEC_ENDPOINT ?? 'fehlt:');
    // The UI sends the access token only to an https endpoint and calls `${endpoint}/decode` and `/encode`.
    assert.equal(endpunkt.protocol, 'https:');
    assert.match(endpunkt.pathname, /\/codec$/);
    assert.equal(uiEnv.TEMPORAL_CODEC_PASS_ACCESS_TOKEN, 'true');
    assert.ok((uiEnv.TEMPORAL_AUTH_SCOPES ?? '').split(',').includes(CODEC_SCOPE), 'the token can carry the scope');
    const [, web] = appDienste.find(([name]) => name === 'web')!;
    const config = loadConfig(umgebung(web));
    assert.ok(config.temporalCodecPort, 'the web serves the codec endpoint on a port of its own');
    assert.notEqual(config.temporalCodecPort, config.metrics.port);
    assert.equal(config.metrics.host, '0.0.0.0', 'the codec port listens on the network');
    assert.ok(
      (web.ports ?? []).some((p) => String(p).split(':').at(-1) === String(config.temporalCodecPort)),
      'the codec port is published for the browser',
    );
    // The endpoint answers browsers only from TEMPORAL_UI_URL's origin: that must be where the UI signs in.
    assert.equal(new URL(config.temporalUiUrl).origin, new URL(uiEnv.TEMPORAL_AUTH_CALLBACK_URL!).origin);
    for (const [dienst, d] of appDienste.filter(([name]) => name !== 'web'))
      assert.equal(loadConfig(umgebung(d)).temporalCodecPort, undefined, `${dienst} serves no codec port`);
  });

  it('opens the metrics port of every app service to the compose network only, and Prometheus scrapes each of them', () => {
    const prometheus = parse(readFileSync(path.join(root, 'docker', 'prometheus.yml'), 'utf8')) as {
      scrape_configs: Array<{ dns_sd_configs?: Array<{ names: string[]; port: number }> }>;
    };
    const ziele = new Set(
      prometheus.scrape_configs.flatMap((s) =>
        (s.dns_sd_configs ?? []).flatMap((d) => d.names.map((n) => `${n}:${d.port}`)),
      ),
    );
    for (const [dienst, d] of appDienste.filter(([name]) => name !== 'setup')) {
      const { metrics } = loadConfig(umgebung(d));
      assert.equal(metrics.host, '0.0.0.0', `${dienst} listens for the scraper on the network`);
      assert.ok((d.expose ?? []).includes(String(metrics.port)), `${dienst} exposes ${metrics.port}`);
      assert.ok(
        !(d.ports ?? []).some((p) => String(p).split(':').at(-1) === String(metrics.port)),
        `${dienst} publishes its metrics port`,
      );
      assert.ok(ziele.has(`${dienst}:${metrics.port}`), `Prometheus scrapes ${dienst}:${metrics.port}`);
    }
    const scraper = Object.values(compose.services).find((d) => d.image?.startsWith('prom/prometheus:'));
    assert.ok(scraper, 'a Prometheus service');
    for (const p of scraper.ports ?? []) assert.match(String(p), /^127\.0\.0\.1:/, 'Prometheus only on the loopback');
  });
});
