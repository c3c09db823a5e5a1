// Operators' access to the Temporal UI's codec endpoint: a JWT access token of OIDC_ISSUER for the codec's audience, checked as API tokens are.
import { codecAudienz, type Config } from '../../platform/config.js';
import { ausstellerQuelle, tokenPruefer } from './zugangstoken.js';

/** The scope the organisation's provider grants only to staff with the operator role. */
export const CODEC_SCOPE = 'temporal:entschluesseln';

type CodecTokenConfig = Pick<
  Config,
  'oidcIssuer' | 'apiAudience' | 'publicUrl' | 'apiClockToleranceSekunden' | 'temporalCodecAudience'
>;

/** Resolves whether the token grants decoding; rejects for an invalid token. Unset OIDC_ISSUER: no operator tokens. */
export function codecOperatorPruefer(config: CodecTokenConfig): ((token: string) => Promise<boolean>) | undefined {
  if (!config.oidcIssuer) return undefined;
  const pruefen = tokenPruefer(config, ausstellerQuelle(), codecAudienz);
  return async (token) => (await pruefen(token)).scopes.has(CODEC_SCOPE);
}
