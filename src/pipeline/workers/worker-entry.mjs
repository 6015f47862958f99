// The entry of the pipeline's worker threads: `workerData.module` is the worker's code, in
// TypeScript. A worker thread is plain Node whatever the build runs under (tsx, Vite's config
// loader, vitest), so the module is loaded with tsx's own loader, for this import only.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
