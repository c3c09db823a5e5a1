// Tells an unreachable PostgreSQL (down, restarting, refusing or dropping connections) from an error of the query itself.
const netzCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
/** SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections; class 08 is connection exceptions. */
const serverCodes = new Set(['57P01', '57P02', '57P03', '53300']);
const meldungen =
  /Connection terminated|Connection ended unexpectedly|timeout expired|Client has encountered a connection error/i;

export function istDatenbankNichtErreichbar(error: unknown, tiefe = 0): boolean {
  if (!error || typeof error !== 'object' || tiefe > 4) return false;
  const { name, code, message, cause, errors, nativeError } = error as {
    name?: string;
    code?: unknown;
    message?: string;
    cause?: unknown;
    errors?: unknown;
    /** objection wraps the driver's error in a DBError and keeps it here. */
    nativeError?: unknown;
  };
  if (name === 'KnexTimeoutError') return true;
  if (typeof code === 'string' && (netzCodes.has(code) || serverCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
    return true;
  if (typeof message === 'string' && meldungen.test(message)) return true;
  if (Array.isArray(errors) && errors.some((e) => istDatenbankNichtErreichbar(e, tiefe + 1))) return true;
  if (istDatenbankNichtErreichbar(nativeError, tiefe + 1)) return true;
  return istDatenbankNichtErreichbar(cause, tiefe + 1);
}
