// Which address a client may register for webhooks: https; plain http only to this machine while the portal itself runs without TLS.
export type WebhookUrlProblem = 'format' | 'https';

const LOKAL = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `entwicklung`: the portal's own PUBLIC_URL is http (npm start, tests), so a receiver on localhost may be too. */
export function webhookUrlProblem(
  wert: string,
  { entwicklung }: { entwicklung: boolean },
): WebhookUrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(wert);
  } catch {
    return 'format';
  }
  if (url.username || url.password || url.hash) return 'format';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && entwicklung && LOKAL.has(url.hostname)) return undefined;
  return url.protocol === 'http:' ? 'https' : 'format';
}
