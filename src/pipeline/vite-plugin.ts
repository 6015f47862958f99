/**
 * The digest pipeline as a Vite plugin.
 *
 * - build: parses the digest folder before anything is bundled (a broken file fails the
 *   build with every problem as `file:line: message`, before any output is written),
 *   then emits the JSON chunks and thumbnails into `dist/data/`.
 * - dev: serves the same files from memory and re-runs the pipeline when a digest is
 *   edited, added or removed, then reloads the open page.
 * - every HTML page gets the `Root` embedded as a JSON data block (not a script: nothing
 *   to execute, nothing for the Content-Security-Policy to allow).
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { ROOT_ELEMENT_ID } from '../schema/data-files.ts';
import { buildSiteData, type BuildResult, formatReport } from './build-site-data.ts';
import { formatProblem } from './archive/load-archive.ts';

export interface DigestPluginOptions {
  /** The folder of digest files. */
  dir: string;
}

/** JSON that is safe inside a `<script>` element: no `</script>`, no `<!--`. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function digestsPlugin(options: DigestPluginOptions): Plugin {
  const dir = path.resolve(options.dir);
  let current: BuildResult | null = null;
  let pending: Promise<BuildResult> | null = null;

  const rebuild = () => {
    pending = buildSiteData(dir).then((result) => {
      current = result;
      return result;
    });
    return pending;
  };

  const watchDigests = (server: ViteDevServer) => {
    server.watcher.add(dir);
    let timer: NodeJS.Timeout | undefined;
    const onChange = (file: string) => {
      if (!path.resolve(file).startsWith(dir + path.sep)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        void rebuild().then((result) => {
          if (result.ok) {
            server.config.logger.info(`digests: ${result.summary}`, { timestamp: true });
            server.ws.send({ type: 'full-reload' });
          } else {
            const message = formatReport(result);
            server.config.logger.error(message, { timestamp: true });
            server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'digests' } });
          }
        });
      }, 80);
    };
    server.watcher.on('add', onChange);
    server.watcher.on('change', onChange);
    server.watcher.on('unlink', onChange);
  };

  // The server bundle used for prerendering needs no content of its own.
  let ssr = false;

  return {
    name: 'digests',

    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },

    async buildStart() {
      if (ssr) return;
      const result = await rebuild();
      if (!result.ok) this.error(`The digests in ${dir} have problems:\n${formatReport(result)}`);
      // What was written but not published as written (an image outside the folder), or looks amiss.
      for (const warning of result.archive.warnings) this.warn(formatProblem(warning));
      this.info(`digests: ${result.summary}`);
    },

    configureServer(server) {
      watchDigests(server);
      server.middlewares.use((req, res, next) => {
        const base = server.config.base;
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(`${base}data/`)) {
          next();
          return;
        }
        void (pending ?? rebuild()).then((result) => {
          const file = result.ok ? result.data.files.get(decodeURIComponent(url.slice(base.length))) : undefined;
          if (file === undefined) {
            res.statusCode = 404;
            res.end('not found');
            return;
          }
          res.setHeader('Content-Type', url.endsWith('.json') ? 'application/json' : contentType(url));
          res.setHeader('Cache-Control', 'no-store');
          res.end(file);
        });
      });
    },

    async transformIndexHtml() {
      const result = current ?? (await (pending ?? rebuild()));
      if (!result.ok) return [];
      return [
        {
          tag: 'script',
          attrs: { type: 'application/json', id: ROOT_ELEMENT_ID },
          children: jsonForHtml(result.data.root),
          injectTo: 'head',
        },
      ];
    },

    generateBundle() {
      if (!current?.ok) return;
      for (const [fileName, source] of current.data.files) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

function contentType(url: string): string {
  const ext = path.extname(url).toLowerCase();
  return (
    { '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif', '.avif': 'image/avif' }[
      ext
    ] ?? 'application/octet-stream'
  );
}
