// All workflows of the platform, one per file.
export { bereinigung } from './bereinigung.js';
export { dokumentEingang } from './dokument-eingang.js';
export { passwortLinkSenden } from './passwort-link-senden.js';
export { terminErinnerung } from './termin-erinnerung.js';
export { dokumentAusgang } from './dokument-ausgang.js';
export { ausgangImport } from './ausgang-import.js';
export { webhookZustellung } from './webhook-zustellung.js';
export { terminBestaetigung } from './termin-bestaetigung.js';
export { auskunftErstellen } from './auskunft-erstellen.js';
export { scanStapel } from './scan-stapel.js';
export { scanStapelTrennung } from './scan-stapel-trennung.js';
