// The module Piscina loads in each content worker thread (`content-pool.ts`): its exports are
// the pool's tasks. A worker thread is plain Node whatever the build runs under (tsx, Vite's
// config loader, vitest), so the worker's code, in TypeScript, is loaded with tsx's own loader,
// for this import only.
import { tsImport } from 'tsx/esm/api';

const { parse, search } = await tsImport('./content-worker.ts', import.meta.url);
export { parse, search };
