// `npm run scan-einliefern -- <folder>`: the scan service uploads a folder (manifest.json and its PDFs) as one Lieferung
// through the machine API; run again after an interruption, it sends only what is missing.
import { fortschrittAnzeigen } from './scan-einliefern/fortschritt.js';
import { ordnerEinliefern } from './scan-einliefern/einliefern.js';
import { ManifestFehler } from './scan-einliefern/manifest.js';
import { scanApi } from './scan-einliefern/scan-api.js';

/** Wrong call or configuration: said in one line, exit code 2 like a manifest in error. */
class AufrufFehler extends Error {}

const VARIABLEN = {
  apiUrl: 'SCAN_API_URL',
  issuer: 'SCAN_OIDC_ISSUER',
  clientId: 'SCAN_CLIENT_ID',
  clientSecret: 'SCAN_CLIENT_SECRET',
} as const;

function konfiguration() {
  const fehlen = Object.values(VARIABLEN).filter((name) => !process.env[name]);
  if (fehlen.length > 0)
    throw new AufrufFehler(
      `Umgebungsvariablen fehlen: ${fehlen.join(', ')} (siehe README, „Scan service: npm run scan-einliefern“)`,
    );
  return Object.fromEntries(
    Object.entries(VARIABLEN).map(([schluessel, name]) => [schluessel, process.env[name]!]),
  ) as {
    [K in keyof typeof VARIABLEN]: string;
  };
}

const ordner = process.argv[2];
try {
  if (!ordner || process.argv.length > 3) throw new AufrufFehler('Aufruf: npm run scan-einliefern -- <Ordner>');
  const { lieferung, eingeliefert, schonDa } = await ordnerEinliefern(
    ordner,
    scanApi(konfiguration()),
    fortschrittAnzeigen(process.stdout),
  );
  process.stdout.write(
    `Lieferung ${lieferung.lieferungId}: ${lieferung.status}, ${lieferung.positionen.length} von ${lieferung.erwartet} Dokumenten angenommen ` +
      `(${eingeliefert} jetzt eingeliefert, ${schonDa} schon vorher); Frist ${lieferung.frist}\n`,
  );
} catch (error) {
  const text = error instanceof Error ? error.message : String(error);
  const eingabe = error instanceof ManifestFehler || error instanceof AufrufFehler;
  const fortsetzen =
    'Erneut aufrufen setzt die Lieferung fort; schon angenommene Dokumente werden nicht noch einmal gesendet.';
  process.stderr.write(`scan-einliefern: ${text}\n${eingabe ? '' : `${fortsetzen}\n`}`);
  process.exitCode = eingabe ? 2 : 1;
}
