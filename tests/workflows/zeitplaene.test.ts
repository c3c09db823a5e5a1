// The schedules of temporal.yaml name their workflow by string: each name must be a workflow the worker registers.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadTemporalPlan } from '../../platform/temporal-plan.js';
import * as workflows from '../../workflows/index.js';

describe('schedules in temporal.yaml', () => {
  it('start only workflow types exported from workflows/index.ts', () => {
    const plan = loadTemporalPlan(path.resolve(import.meta.dirname, '..', '..', 'temporal.yaml'));
    const registriert: Record<string, unknown> = workflows;
    const unbekannt = plan.schedules
      .filter((s) => typeof registriert[s.workflowType] !== 'function')
      .map((s) => s.workflowType);
    assert.deepEqual(unbekannt, []);
    assert.ok(plan.schedules.length > 0);
  });
});
