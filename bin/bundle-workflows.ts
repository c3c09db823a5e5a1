// Prebuilds the workflow bundle for production images (npm run build).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workflowBundleSchreiben } from '../platform/workflow-bundle.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
await workflowBundleSchreiben(path.join(root, 'workflow-bundle.js'), path.join(root, 'workflows', 'index.js'));
console.log(`workflow bundle written to ${path.join(root, 'workflow-bundle.js')}`);
