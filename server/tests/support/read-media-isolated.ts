import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..', '..');

export type MediaFormat = 'jpeg' | 'webm' | 'mp4';

/** What one reader did with one file, seen from outside its process. */
export type IsolatedReading =
  | { outcome: 'returned'; value: unknown }
  | { outcome: 'threw'; name: string; reason?: string; message: string }
  /** Still running at the deadline: killed. */
  | { outcome: 'hung' };

/**
 * Runs a media reader on some bytes in a child process that is killed at the deadline, so a reader
 * that never returns fails its test instead of freezing the test run (a synchronous loop cannot be
 * interrupted from inside its own thread).
 */
export function readMediaIsolated(format: MediaFormat, bytes: Buffer, deadlineMs = 5_000): Promise<IsolatedReading> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'read-media-child.ts'), format], {
      cwd: projectRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      if (hung) return resolve({ outcome: 'hung' });
      try {
        resolve(JSON.parse(stdout) as IsolatedReading);
      } catch {
        reject(new Error(`reader child printed no result: ${stdout} ${stderr}`));
      }
    });
    child.stdin.end(bytes);
  });
}
