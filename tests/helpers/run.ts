/** Runs a real command (the CLI, a Vite build) the way a user would, and collects its output. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a command started from a test: Vitest's own variables removed
 * (`NODE_ENV=test` would change what Vite builds), the digest settings only as given.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      key === 'NODE_ENV' ||
      key === 'TEST' ||
      key.startsWith('VITEST') ||
      key === 'DIGESTS_DIR' ||
      key === 'BASE_PATH'
    )
      continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = childEnv()): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}
