// The web app manifest in the user's language: start at /kunde, our icons, and the share target for photos (see teilen-routes.ts).
import { translator } from '../../i18n/index.js';

export const TEILEN_PFAD = '/kunde/teilen';

export function manifest(sprache: string | undefined) {
  const { t, sprache: lang, dir } = translator(sprache);
  return {
    id: '/kunde',
    name: t('app.titel'),
    short_name: t('app.kurzname'),
    description: t('app.beschreibung'),
    lang,
    dir,
    start_url: '/kunde',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b3d66',
    icons: [
      { src: '/assets/app/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/assets/app/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/assets/app/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    share_target: {
      action: TEILEN_PFAD,
      method: 'POST',
      enctype: 'multipart/form-data',
      params: { files: [{ name: 'dateien', accept: ['image/*', '.heic', '.heif', 'application/pdf'] }] },
    },
  };
}
