// Where a test's own Worker finds the workflows: the bundle the test runner built once, or the source.
import path from 'node:path';

const quelle = path.join(import.meta.dirname, '../../workflows/index.ts');

export function workflowQuelle(): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
  const bundle = process.env.WORKFLOW_BUNDLE;
  return bundle ? { workflowBundle: { codePath: bundle } } : { workflowsPath: quelle };
}
