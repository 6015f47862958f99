/**
 * A plain static file server for the production build, in a few lines of node:http, as any
 * static host would serve it: files as they are (gzipped for clients that accept it, as
 * GitHub Pages, Netlify or nginx with `gzip on` do), `<path>.html` for `<path>`, and the
 * site's `404.html` with status 404 for anything else. No SPA rewrites.
 *
 *   tsx scripts/serve.ts [dir=dist] [port=4173] [base=/]
 */
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export function startStaticServer(options: {
  dir: string;
  port: number;
  base?: string;
  host?: string;
}): Promise<Server> {
  const root = path.resolve(options.dir);
  const base = options.base ?? '/';
  const server = createServer((req, res) => {
    void (async () => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      let file: string | null = null;
      if (pathname.startsWith(base)) {
        const rel = pathname.slice(base.length);
        const candidate = path.join(root, rel);
        if (candidate.startsWith(root)) {
          if (await isFile(candidate)) file = candidate;
          else if (await isFile(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
          else if (await isFile(`${candidate}.html`)) file = `${candidate}.html`;
        }
      }
      let status = 200;
      if (file === null) {
        status = 404;
        file = (await isFile(path.join(root, '404.html')))
          ? path.join(root, '404.html')
          : path.join(root, 'index.html');
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const immutable = /\/(assets|data)\//.test(file.slice(root.length)) && !file.endsWith('.html');
      const headers: Record<string, string> = {
        'Content-Type': type,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        Vary: 'Accept-Encoding',
      };
      let body = await readFile(file);
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 6 });
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(body);
    })();
  });
  return new Promise((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4173', base = '/'] = process.argv.slice(2);
  const server = await startStaticServer({ dir, port: Number(port), base });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`serving ${dir} at http://127.0.0.1:${actualPort}${base}`);
}
