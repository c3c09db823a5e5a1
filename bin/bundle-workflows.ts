// Prebuilds the workflow bundle for production images (npm run build).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode } from '@temporalio/worker';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { code } = await bundleWorkflowCode({ workflowsPath: path.join(root, 'workflows', 'index.js') });
await writeFile(path.join(root, 'workflow-bundle.js'), code);
console.log(`workflow bundle written to ${path.join(root, 'workflow-bundle.js')}`);
