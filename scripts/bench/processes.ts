/** Child processes, each in its own process group, so a timeout or Ctrl-C ends all of it. */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorText, firstLine } from './log.ts';
import { ROOT } from './settings.ts';

const liveChildren = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Kills every child still running, with its group. */
export function killAll(): void {
  for (const child of liveChildren) killGroup(child);
}

/** A child spawned elsewhere (`detached`, so it leads its group), ended by `killAll` until it exits. */
export function track(child: ChildProcess): void {
  liveChildren.add(child);
  child.on('exit', () => liveChildren.delete(child));
}

/** SIGTERM to the child's group, SIGKILL if it is still there after a few seconds. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<boolean>((resolve) => child.once('exit', () => resolve(true)));
  killGroup(child, 'SIGTERM');
  if (!(await Promise.race([exited, sleep(3_000).then(() => false)]))) {
    killGroup(child);
    await Promise.race([exited, sleep(3_000)]);
  }
  liveChildren.delete(child);
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs `command` in the repository's root to its end (or `timeoutMs`), keeping the tail of its output. */
export function run(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    liveChildren.add(child);
    let stdout = '';
    let stderr = '';
    const keep = (text: string, chunk: Buffer) => (text + chunk.toString('utf8')).slice(-65536);
    child.stdout.on('data', (chunk: Buffer) => (stdout = keep(stdout, chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = keep(stderr, chunk)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      liveChildren.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      liveChildren.delete(child);
      // Anything the process left behind in its group goes with it.
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // nothing left
        }
      }
      resolve({ code, signal, ms: performance.now() - t0, stdout, stderr, timedOut });
    });
  });
}

/** The trimmed output of `command args`, or "unknown (why)". */
export function captureVersion(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 20_000 }, (error, stdout) => {
      resolve(error ? `unknown (${firstLine(errorText(error))})` : stdout.trim());
    });
  });
}
