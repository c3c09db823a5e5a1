// Checks an API call's bearer token: a JWT access token (RFC 9068) of OIDC_ISSUER for this portal's API, signed with a key of the issuer's JWKS.
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { FachlicherFehler } from '../../domain/fehler.js';
import { apiAudienz, type Config } from '../../platform/config.js';

/** The calling machine client and the scopes its token grants. */
export interface ApiClient {
  clientId: string;
  scopes: ReadonlySet<string>;
}

type TokenConfig = Pick<Config, 'oidcIssuer' | 'apiAudience' | 'publicUrl' | 'apiClockToleranceSekunden'>;

/** An issuer the portal cannot ask for its keys: the call cannot be checked now (503), not refused. */
class AusstellerNichtErreichbar extends Error {
  override name = 'AusstellerNichtErreichbar';
  readonly status = 503;
}

export interface Aussteller {
  jwks: JWTVerifyGetKey;
  tokenEndpoint: string;
}

/** The issuer's metadata names its JWKS and token endpoint; discovered once per issuer, again after a failure. */
export function ausstellerQuelle(): (issuer: string) => Promise<Aussteller> {
  const bekannt = new Map<string, Promise<Aussteller>>();
  const entdecken = async (issuer: string): Promise<Aussteller> => {
    const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`issuer metadata: HTTP ${response.status}`);
    const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown; token_endpoint?: unknown };
    if (
      metadata.issuer !== issuer ||
      typeof metadata.jwks_uri !== 'string' ||
      typeof metadata.token_endpoint !== 'string'
    )
      throw new Error('issuer metadata does not name this issuer, its jwks_uri and token_endpoint');
    return {
      jwks: createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: 5_000 }),
      tokenEndpoint: metadata.token_endpoint,
    };
  };
  return (issuer) => {
    let quelle = bekannt.get(issuer);
    if (!quelle) {
      quelle = entdecken(issuer).catch((error: unknown) => {
        bekannt.delete(issuer);
        throw new AusstellerNichtErreichbar(`OIDC issuer not reachable: ${(error as Error).message}`);
      });
      bekannt.set(issuer, quelle);
    }
    return quelle;
  };
}

function grund(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Das Zugangstoken ist abgelaufen.';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss')
    return 'Das Zugangstoken stammt nicht vom zugelassenen Aussteller.';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud')
    return 'Das Zugangstoken gilt nicht für diese API.';
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return 'Die Signatur des Zugangstokens ist ungültig.';
  return 'Das Zugangstoken ist ungültig.';
}

/** The configured issuer's metadata; 503 while it cannot be had. */
export async function konfigurierterAussteller(
  config: Pick<Config, 'oidcIssuer'>,
  quelle: (issuer: string) => Promise<Aussteller>,
): Promise<Aussteller> {
  if (!config.oidcIssuer) throw new AusstellerNichtErreichbar('OIDC_ISSUER is not set');
  return quelle(config.oidcIssuer);
}

/** `audienz`: the resource the token must be for (read at each check); the machine API's unless another one is named. */
export function tokenPruefer<C extends TokenConfig>(
  config: C,
  quelle: (issuer: string) => Promise<Aussteller>,
  audienz: (config: C) => string = apiAudienz,
): (token: string) => Promise<ApiClient> {
  return async (token) => {
    const { jwks } = await konfigurierterAussteller(config, quelle);
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer: config.oidcIssuer!,
        audience: audienz(config),
        typ: 'at+jwt',
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        clockTolerance: config.apiClockToleranceSekunden,
        requiredClaims: ['exp', 'iat', 'sub', 'client_id'],
      });
      if (typeof payload.client_id !== 'string')
        throw new errors.JWTClaimValidationFailed('client_id must be a string', payload, 'client_id');
      return {
        clientId: payload.client_id,
        scopes: new Set(typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : []),
      };
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new FachlicherFehler('nicht_angemeldet', grund(error));
      throw error;
    }
  };
}
