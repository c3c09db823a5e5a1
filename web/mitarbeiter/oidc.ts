// The portal as an OpenID Connect client (openid-client 6): discovery once per process, retried after a failure.
import * as client from 'openid-client';
import type { Config } from '../../platform/config.js';

export const SCOPE = 'openid profile email jobcenter';

export function oidcKonfiguration(
  config: Pick<Config, 'oidcIssuer' | 'oidcClientId' | 'oidcClientSecret'>,
): () => Promise<client.Configuration> {
  let laufend: Promise<client.Configuration> | undefined;
  return () => {
    if (!config.oidcIssuer) return Promise.reject(new Error('OIDC_ISSUER is not set'));
    const issuer = new URL(config.oidcIssuer);
    // Plain http only for a provider on this machine (the embedded one); anything else must be https.
    const lokal = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    laufend ??= client
      .discovery(
        issuer,
        config.oidcClientId,
        config.oidcClientSecret,
        undefined,
        lokal ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        laufend = undefined;
        throw error;
      });
    return laufend;
  };
}
