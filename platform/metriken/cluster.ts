// With several web processes (node:cluster) the primary serves the sum of its children's metrics; each child answers its requests.
import { AggregatorRegistry } from 'prom-client';
import { registry } from './registry.js';

/** In the primary: gathers every child's registry over IPC and adds them up (gauges by their own aggregator). */
export function clusterSammler(): { contentType: string; sammeln(): Promise<string> } {
  const aggregator = new AggregatorRegistry();
  return { contentType: aggregator.contentType, sammeln: () => aggregator.clusterMetrics() };
}

/** In a child: answers the primary's requests with this process's registry. */
export function anClusterMelden(): void {
  AggregatorRegistry.setRegistries([registry]);
  // Constructing it installs the listener for the primary's requests.
  new AggregatorRegistry();
}
