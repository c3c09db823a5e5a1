// Applies temporal.yaml to a Temporal server: namespace and retention, search attributes, schedules.
import type { Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { Client, ScheduleNotFoundError, ServiceError } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time.js';
import proto from '@temporalio/proto';
import type { Logger } from './logger.js';
import type { SearchAttributeType, TemporalPlan } from './temporal-plan.js';

const IndexedValueType = proto.temporal.api.enums.v1.IndexedValueType;
type IndexedValueType = proto.temporal.api.enums.v1.IndexedValueType;

const indexedValueTypes: Record<SearchAttributeType, IndexedValueType> = {
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Text: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  Int: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  Double: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  Bool: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  Datetime: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KeywordList: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

const NOT_FOUND = 5;
const INVALID_ARGUMENT = 3;
const isGrpcNotFound = (error: unknown) => (error as { code?: number }).code === NOT_FOUND;

async function applyNamespace(connection: Connection, plan: TemporalPlan, log: Logger): Promise<void> {
  const { name, retentionDays } = plan.namespace;
  const retention = msToTs(`${retentionDays} days`);
  try {
    const described = await connection.workflowService.describeNamespace({ namespace: name });
    const current = Number(described.config?.workflowExecutionRetentionTtl?.seconds ?? 0);
    if (current !== Number(retention.seconds)) {
      await connection.workflowService.updateNamespace({
        namespace: name,
        config: { workflowExecutionRetentionTtl: retention },
      });
      log.info({ namespace: name, retentionDays }, 'namespace retention updated');
    }
  } catch (error) {
    if (!isGrpcNotFound(error)) throw error;
    await connection.workflowService.registerNamespace({
      namespace: name,
      workflowExecutionRetentionPeriod: retention,
    });
    log.info({ namespace: name, retentionDays }, 'namespace registered');
    await waitForNamespace(connection, name);
  }
}

/**
 * A real server answers DescribeNamespace from its database at once, but every other call checks the namespace in a
 * cache refreshed every few seconds: wait until a call of that kind (listing search attributes) finds it.
 */
async function waitForNamespace(connection: Connection, name: string): Promise<void> {
  await untilAccepted(`namespace ${name}`, NOT_FOUND, () =>
    connection.operatorService.listSearchAttributes({ namespace: name }),
  );
}

/** Repeats `call` while it fails with `code`, for up to a minute. */
async function untilAccepted(what: string, code: number, call: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await call();
      return;
    } catch (error) {
      if ((error as { code?: number }).code !== code) throw error;
      if (Date.now() > deadline) throw new Error(`${what} did not become available within a minute`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function applySearchAttributes(connection: Connection, plan: TemporalPlan, log: Logger): Promise<void> {
  const namespace = plan.namespace.name;
  const existing = await connection.operatorService.listSearchAttributes({ namespace });
  const custom = existing.customAttributes ?? {};
  const missing: Record<string, IndexedValueType> = {};
  for (const [key, type] of Object.entries(plan.searchAttributes)) {
    const wanted = indexedValueTypes[type];
    if (custom[key] === undefined) missing[key] = wanted;
    else if (custom[key] !== wanted) throw new Error(`search attribute ${key} exists with another type than ${type}`);
  }
  if (Object.keys(missing).length === 0) return;
  await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
  // Until the frontend's namespace cache knows them, a workflow start naming them is refused: wait for a query to pass.
  const query = Object.keys(missing)
    .map((key) => `${key} IS NULL`)
    .join(' AND ');
  await untilAccepted(`search attributes ${Object.keys(missing).join(', ')}`, INVALID_ARGUMENT, () =>
    connection.workflowService.countWorkflowExecutions({ namespace, query }),
  );
  log.info({ namespace, added: Object.keys(missing) }, 'search attributes registered');
}

type PlanSchedule = TemporalPlan['schedules'][number];

async function applySchedule(client: Client, plan: TemporalPlan, schedule: PlanSchedule, log: Logger): Promise<void> {
  const spec = { cronExpressions: [schedule.cron], timezone: schedule.timezone };
  const action = {
    type: 'startWorkflow' as const,
    workflowType: schedule.workflowType,
    workflowId: schedule.id,
    taskQueue: plan.taskQueues[schedule.taskQueue],
    args: [],
  };
  const handle = client.schedule.getHandle(schedule.id);
  try {
    await handle.describe();
    await handle.update((previous) => ({ ...previous, spec, action }));
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
    await client.schedule.create({
      scheduleId: schedule.id,
      spec,
      action,
      memo: { beschreibung: schedule.description },
    });
    log.info({ schedule: schedule.id }, 'schedule created');
  }
}

/**
 * Right after a restart on an existing database the server can fail to describe a schedule for a few seconds
 * ("Failed to describe schedule") while it loads the schedule's own workflow: such errors are tried again for a minute.
 */
async function applySchedules(client: Client, plan: TemporalPlan, log: Logger): Promise<void> {
  for (const schedule of plan.schedules) {
    for (let versuch = 1; ; versuch++) {
      try {
        await applySchedule(client, plan, schedule, log);
        break;
      } catch (error) {
        if (!(error instanceof ServiceError) || versuch >= 60) throw error;
        log.warn({ schedule: schedule.id, versuch, err: error.message }, 'schedule not available yet, trying again');
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }
}

/** Idempotent: running it twice changes nothing the second time. */
export async function applyTemporalPlan(
  connection: Connection,
  plan: TemporalPlan,
  log: Logger,
  dataConverter: DataConverter,
): Promise<void> {
  await applyNamespace(connection, plan, log);
  await applySearchAttributes(connection, plan, log);
  const client = new Client({ connection, namespace: plan.namespace.name, dataConverter });
  await applySchedules(client, plan, log);
}
