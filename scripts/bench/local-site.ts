/** A built site served on a free localhost port by scripts/serve.ts, compressed as a static host would. */
import type { Server } from 'node:http';

/** With `spa`, as a host with a single-page fallback serves it (see scripts/serve.ts). */
export async function serve(dir: string, { spa = false } = {}): Promise<{ server: Server; base: string }> {
  const { startStaticServer } = await import('../serve.ts');
  const server = await startStaticServer({ dir, port: 0, spa });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server has no port');
  return { server, base: `http://127.0.0.1:${address.port}/` };
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
