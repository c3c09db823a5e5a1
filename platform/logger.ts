// The one structured logger (pino), JSON lines on stdout.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name: string): Logger {
  return pino({ level, name, base: { process: name }, timestamp: pino.stdTimeFunctions.isoTime });
}
