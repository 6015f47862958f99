/** The machine and tool versions printed above the tables. */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixed } from './numbers.ts';
import { captureVersion } from './processes.ts';
import { CACHE, CHROMIUM, ROOT, VIEWPORT } from './settings.ts';

export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => fixed(l, 2))
    .join(' / ');
}

export async function readLighthouseVersion(): Promise<string> {
  const lhPackage = JSON.parse(await readFile(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as {
    version?: string;
  };
  return lhPackage.version ?? '?';
}

export async function machineInfo(lighthouseVersion: string): Promise<string> {
  const cpus = os.cpus();
  const chromiumVersion = await captureVersion(CHROMIUM, ['--version']);
  return [
    `daily-papers bench, ${new Date().toISOString()}`,
    `  CPU        ${cpus[0]?.model.trim() ?? 'unknown'}, ${os.availableParallelism()} cores (${cpus.length} logical CPUs)`,
    `  memory     ${fixed(os.totalmem() / 1024 ** 3, 1)} GB (${fixed(os.freemem() / 1024 ** 3, 1)} GB free)`,
    `  node       ${process.version}`,
    `  chromium   ${chromiumVersion} (${CHROMIUM})`,
    `  lighthouse ${lighthouseVersion}`,
    `  os         ${os.type()} ${os.release()} ${os.arch()}`,
    `  load       ${loadAverage()} (1/5/15 min) at the start`,
    `  figures    browser: playwright-core, ${VIEWPORT.width}×${VIEWPORT.height}, ko-KR, fresh context each, localhost static server;`,
    `             "gzip" = each fetched body gzipped with zlib level 9; timings: performance.now() in the page; processes: spawn → exit`,
    `  cache      ${CACHE}`,
    '',
  ].join('\n');
}
