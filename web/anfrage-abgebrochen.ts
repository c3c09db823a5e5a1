// A request body that will not arrive whole because the client went away: noticed whether the connection broke before
// or after the code reading the body started to listen (after sign-in checks and database calls it often is before).
import type { IncomingMessage } from 'node:http';

/**
 * True when the body of `req` is already cut off: the events that said so are past, and reading would wait forever.
 * Otherwise false, and `melden` is called once if the body is cut off later.
 */
export function schonAbgebrochen(req: IncomingMessage, melden: () => void): boolean {
  if (req.destroyed && !req.complete) return true;
  let gemeldet = false;
  const einmal = () => {
    if (gemeldet) return;
    gemeldet = true;
    melden();
  };
  req.once('error', einmal);
  req.once('close', () => {
    if (!req.complete) einmal();
  });
  return false;
}
