/**
 * A plain static file server for the production build, as any static host would serve it:
 * files as they are (compressed for clients that accept it, as GitHub Pages, Netlify or nginx
 * with `gzip on` do), `<path>.html` for `<path>`, `<dir>/index.html` for `<dir>/` and `<dir>`,
 * and for anything else either
 * - the site's `404.html` with status 404 (the default), or
 * - with `--spa`, the site's `index.html` with status 200, as a host with a single-page
 *   fallback answers (nginx `try_files $uri $uri/index.html /index.html`, S3 website
 *   hosting, Netlify `/* /index.html 200`).
 *
 * Files are served by sirv (listed once at start, with ETags) and compressed by the
 * `compression` middleware (brotli when the client accepts it, else gzip), over node:http.
 *
 *   tsx scripts/serve.ts [dir=dist] [port=4173] [base=/] [--spa]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Content-hashed files never change under their name; everything else (pages, the
 * manifest, the favicon) is revalidated on each use.
 */
function cacheControl(pathname: string): string {
  const extension = path.extname(pathname);
  const hashed = /^\/(assets|data)\//.test(pathname) && extension !== '' && extension !== '.html';
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The site's 404 page (its index.html when it has none), answered with status 404. */
function notFoundPage(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const page = ['404.html', 'index.html'].map((name) => path.join(root, name)).find((file) => existsSync(file));
  const body = page === undefined ? Buffer.alloc(0) : readFileSync(page);
  return (_req, res) => {
    res.writeHead(404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  };
}

/**
 * Whether a single-page fallback host finds a file for `url` (site-relative), by nginx's
 * `try_files $uri $uri/index.html`: the file itself or its folder's index.html, nothing else
 * (no `<path>.html`, which sirv would also try).
 */
function tryFiles(root: string, url: string): boolean {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://host').pathname);
  } catch {
    return false;
  }
  const file = path.join(root, pathname);
  if (!file.startsWith(root)) return false;
  const isFile = (candidate: string) => existsSync(candidate) && statSync(candidate).isFile();
  return isFile(file) || isFile(path.join(file, 'index.html'));
}

export function startStaticServer(options: {
  dir: string;
  port: number;
  base?: string;
  host?: string;
  /** Answer an unknown address with the home page and status 200, as a single-page fallback host does. */
  spa?: boolean;
}): Promise<Server> {
  const root = path.resolve(options.dir);
  const base = options.base ?? '/';
  const notFound = notFoundPage(root);
  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname)),
    onNoMatch: notFound,
  });
  // The middleware only uses what node:http's request and response have; its types are
  // written for Express's, which extend them.
  const compress = compression() as unknown as Middleware;

  const server = createServer((req, res) => {
    compress(req, res, () => {
      const url = req.url ?? '/';
      if (!url.startsWith(base)) {
        notFound(req, res);
        return;
      }
      // sirv serves from the site's root: the base is taken off the path it sees.
      req.url = url.slice(base.length - 1);
      if (options.spa && !tryFiles(root, req.url)) req.url = '/';
      files(req, res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const [dir = 'dist', port = '4173', base = '/'] = args.filter((arg) => arg !== '--spa');
  const server = await startStaticServer({ dir, port: Number(port), base, spa: args.includes('--spa') });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `serving ${dir} at http://127.0.0.1:${actualPort}${base}${args.includes('--spa') ? ' (single-page fallback)' : ''}`,
  );
}
