// The worker's resident memory as `process_resident_memory_bytes` on the Temporal SDK's metrics endpoint, as the web reports it.
import type { MetricMeter } from '@temporalio/common';

/** How often the figure is refreshed; Prometheus scrapes every 15 s. */
const ALLE_MS = 5_000;

/** Sets the gauge now and every few seconds; the timer never keeps the process alive. */
export function workerSpeicherMelden(meter: MetricMeter): void {
  const gauge = meter.createGauge(
    'process_resident_memory_bytes',
    'int',
    'bytes',
    'Resident memory size of the worker process in bytes.',
  );
  const melden = () => gauge.set(process.memoryUsage.rss());
  melden();
  setInterval(melden, ALLE_MS).unref();
}
