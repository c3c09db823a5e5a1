// The machine API's capabilities: one OAuth scope each, granted per client by the organisation's provider.
export const apiScopes = [
  'kunden:schreiben',
  'kunden:lesen',
  'termine:schreiben',
  'ausgang:schreiben',
  'eingang:lesen',
  'ereignisse:lesen',
  'scan:einliefern',
] as const;
export type ApiScope = (typeof apiScopes)[number];

/** What each capability allows, for the OpenAPI document. */
export const apiScopeBeschreibung: Record<ApiScope, string> = {
  'kunden:schreiben': 'Kunden anlegen, ändern und deaktivieren',
  'kunden:lesen': 'Kunden lesen',
  'termine:schreiben': 'Termine anlegen, ändern und absagen',
  'ausgang:schreiben': 'Schreiben an Kunden und Träger bereitstellen',
  'eingang:lesen': 'Eingegangene Dokumente und ihren Verlauf lesen',
  'ereignisse:lesen': 'Ereignisse abfragen und Webhooks verwalten',
  'scan:einliefern': 'Scan-Lieferungen einliefern',
};

/** The demo Fachverfahren may do everything but deliver scans; the demo scan service only that. */
export const fachverfahrenScopes: readonly ApiScope[] = apiScopes.filter((scope) => scope !== 'scan:einliefern');
export const scandienstScopes: readonly ApiScope[] = ['scan:einliefern'];
