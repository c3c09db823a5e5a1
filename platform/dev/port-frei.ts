// Checks before start-up that a port is free, so a busy one ends in one line naming the variable that moves it.
import { createServer } from 'node:net';
import { ConfigError } from '../config.js';

/** Resolves when `port` can be bound on `host` (default: every interface, as the web server binds); else a ConfigError naming `variable`. */
export async function portFrei(port: number, variable: string, host?: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free)
    throw new ConfigError(`Port ${port} is in use: stop the program using it or set ${variable} to a free port.`);
}
