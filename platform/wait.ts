// Polls a check until it passes, the deadline ends, or a fatal condition appears.
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs?: number; fatal?: () => string | undefined },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    const fatal = options.fatal?.();
    if (fatal) throw new Error(`${what}: ${fatal}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 200));
  }
  throw new Error(`${what} did not become ready within ${Math.round(options.timeoutMs / 1000)} s`);
}
