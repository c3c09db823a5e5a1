// The workflow code bundled once and written where workers read it (WORKFLOW_BUNDLE): for production images, the test
// run and the bench. A worker without it bundles the source at start, which costs seconds of CPU and leaves the
// bundler's memory in that process.
import { writeFile } from 'node:fs/promises';
import { DefaultLogger, bundleWorkflowCode } from '@temporalio/worker';

export async function workflowBundleSchreiben(ziel: string, workflowsPath: string): Promise<void> {
  const { code } = await bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') });
  await writeFile(ziel, code);
}
