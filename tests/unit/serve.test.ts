/**
 * The static server of `npm run preview`, the benchmarks and the end-to-end tests, on a
 * small site: pages by their address without `.html`, folders by their index, the site's
 * 404 page for anything else, compression when the client accepts it, a sub-path.
 */
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/serve.ts';
import { tempDir, type TempDir } from '../helpers/digests.ts';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function fetchRaw(server: Server, address: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: address, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

const SCRIPT = `console.log(${JSON.stringify('a line of the app '.repeat(200))});\n`;

let site: TempDir;
let bare: TempDir;

beforeAll(async () => {
  site = await tempDir('serve-site-');
  await site.write('index.html', '<h1>home</h1>');
  await site.write('404.html', '<h1>not found</h1>');
  await site.write('search.html', '<h1>search</h1>');
  await site.write('papers/2601.20614.html', '<h1>a paper</h1>');
  await site.write('archive/index.html', '<h1>the archive</h1>');
  await site.write('assets/app-0123456789.js', SCRIPT);
  await site.write('data/root-abcdef.json', '{"days":[]}');
  await site.write('manifest.webmanifest', '{"name":"Daily Papers"}');
  await site.write('sitemap.xml', '<urlset/>');
  bare = await tempDir('serve-bare-');
  await bare.write('index.html', '<h1>home</h1>');
});

afterAll(async () => {
  await site.cleanup();
  await bare.cleanup();
});

describe('at the root', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startStaticServer({ dir: site.dir, port: 0 });
  });
  afterAll(() => {
    server.close();
  });

  it('serves the home page, a page without its .html, a folder by its index and a search with its query', async () => {
    const cases: [string, string][] = [
      ['/', '<h1>home</h1>'],
      ['/papers/2601.20614', '<h1>a paper</h1>'],
      ['/archive/', '<h1>the archive</h1>'],
      ['/search?q=%EA%B0%95%ED%99%94', '<h1>search</h1>'],
    ];
    for (const [address, body] of cases) {
      const answer = await fetchRaw(server, address);
      expect(answer.status, address).toBe(200);
      expect(answer.headers['content-type'], address).toMatch(/^text\/html/);
      expect(answer.body.toString(), address).toBe(body);
      expect(answer.headers['cache-control'], address).toBe('no-cache');
    }
  });

  it('answers an unknown address with the site’s 404 page and status 404', async () => {
    for (const address of ['/papers/9999.99999', '/no/such/page', '/assets/gone.js']) {
      const answer = await fetchRaw(server, address);
      expect(answer.status, address).toBe(404);
      expect(answer.body.toString(), address).toBe('<h1>not found</h1>');
    }
  });

  it('gives each kind of file its type, and hashed files a year of cache', async () => {
    const manifest = await fetchRaw(server, '/manifest.webmanifest');
    expect(manifest.headers['content-type']).toBe('application/manifest+json');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect((await fetchRaw(server, '/sitemap.xml')).headers['content-type']).toMatch(/^(application|text)\/xml/);
    const data = await fetchRaw(server, '/data/root-abcdef.json');
    expect(data.headers['content-type']).toBe('application/json');
    expect(data.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await fetchRaw(server, '/assets/app-0123456789.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('gzips for a client that accepts it, and only then', async () => {
    const zipped = await fetchRaw(server, '/assets/app-0123456789.js', { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(SCRIPT);

    const plain = await fetchRaw(server, '/assets/app-0123456789.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('answers a repeated request with 304 when the file has not changed', async () => {
    const first = await fetchRaw(server, '/papers/2601.20614');
    const etag = first.headers.etag ?? '';
    expect(etag).not.toBe('');
    expect((await fetchRaw(server, '/papers/2601.20614', { 'if-none-match': etag })).status).toBe(304);
  });
});

describe('under a sub-path', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startStaticServer({ dir: site.dir, port: 0, base: '/sub/path/' });
  });
  afterAll(() => {
    server.close();
  });

  it('serves the site under its base and nothing outside it', async () => {
    expect((await fetchRaw(server, '/sub/path/')).body.toString()).toBe('<h1>home</h1>');
    const paper = await fetchRaw(server, '/sub/path/papers/2601.20614');
    expect(paper.status).toBe(200);
    expect(paper.body.toString()).toBe('<h1>a paper</h1>');
    const data = await fetchRaw(server, '/sub/path/data/root-abcdef.json');
    expect(data.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    for (const address of ['/papers/2601.20614', '/', '/sub/path/no/such/page']) {
      const answer = await fetchRaw(server, address);
      expect(answer.status, address).toBe(404);
      expect(answer.body.toString(), address).toBe('<h1>not found</h1>');
    }
  });
});

describe('a site without a 404 page', () => {
  it('answers an unknown address with its index.html, still with status 404', async () => {
    const server = await startStaticServer({ dir: bare.dir, port: 0 });
    try {
      const answer = await fetchRaw(server, '/no/such/page');
      expect(answer.status).toBe(404);
      expect(answer.body.toString()).toBe('<h1>home</h1>');
    } finally {
      server.close();
    }
  });
});
