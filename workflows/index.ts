// All workflows of the platform, one per file.
export { bereinigung } from './bereinigung.js';
export { dokumentEingang } from './dokument-eingang.js';
