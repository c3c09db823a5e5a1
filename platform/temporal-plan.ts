// Reads and validates temporal.yaml: namespace, task queues, search attributes, schedules.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { ConfigError } from './config.js';

const searchAttributeType = z.enum(['Keyword', 'Text', 'Int', 'Double', 'Bool', 'Datetime', 'KeywordList']);

const schema = z.object({
  namespace: z.object({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/),
    retentionDays: z.number().int().min(1).max(3650),
  }),
  taskQueues: z.object({ io: z.string().min(1), pdf: z.string().min(1) }),
  searchAttributes: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), searchAttributeType),
  schedules: z
    .array(
      z.object({
        id: z.string().min(1),
        workflowType: z.string().min(1),
        taskQueue: z.enum(['io', 'pdf']),
        cron: z.string().min(1),
        timezone: z.string().default('Europe/Berlin'),
        description: z.string().default(''),
      }),
    )
    .default([]),
});

export type TemporalPlan = z.infer<typeof schema>;
export type SearchAttributeType = z.infer<typeof searchAttributeType>;

export function loadTemporalPlan(file: string): TemporalPlan {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`Configuration error: TEMPORAL_CONFIG file ${file} cannot be read`);
  }
  const parsed = schema.safeParse(parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Configuration error: ${file} at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
