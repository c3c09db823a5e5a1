// The baseline worker's workflows.
export { basisWorkflow } from './workflow.js';
export { scanFormWorkflow } from './scan-form-workflow.js';
