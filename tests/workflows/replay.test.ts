import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { loadConfig } from '../../platform/config.js';
import { datenKonverter } from '../../platform/temporal-codec.js';

const dir = path.join(import.meta.dirname, 'historien');
const workflowsPath = path.resolve(import.meta.dirname, '..', '..', 'workflows', 'index.ts');

describe('recorded workflow histories', async () => {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();

  it('cover every workflow type', async () => {
    const types = new Set<string>();
    for (const file of files) {
      const history = historyFromJSON(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
      types.add(history.events![0]!.workflowExecutionStartedEventAttributes!.workflowType!.name!);
    }
    const exportiert = Object.keys(await import(workflowsPath)).sort();
    assert.deepEqual([...types].sort(), exportiert);
  });

  // Recorded before payloads were encrypted: the workers' codec must take such payloads as they are.
  it('replay against the current workflow code and the payload codec without nondeterminism', async () => {
    const histories = await Promise.all(
      files.map(async (file) => ({
        workflowId: file,
        history: historyFromJSON(JSON.parse(await readFile(path.join(dir, file), 'utf8'))),
      })),
    );
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories(
      {
        workflowsPath,
        replayName: 'replay-test',
        dataConverter: datenKonverter(loadConfig({}).temporalPayloadSchluessel),
      },
      histories,
    )) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    assert.deepEqual(failures, []);
    assert.ok(histories.length >= 4);
  });
});
