// Entry point of the media inspector's worker threads (piscina imports this file). The server runs
// its TypeScript through tsx, whose loader a worker thread does not inherit: register it here first.
const { register } = await import('tsx/esm/api');
register();
const { default: runInspection } = await import('./inspection-task.ts');
export default runInspection;
