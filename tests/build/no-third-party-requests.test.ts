import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findForbiddenInBuild, removeMediaPipeUsageLogger } from '../../scripts/build/no-third-party-requests';

const visionBundle = readFileSync(path.resolve(import.meta.dirname, '../../node_modules/@mediapipe/tasks-vision/vision_bundle.mjs'), 'utf8');

describe('MediaPipe usage logger removal', () => {
  it('takes the log host and its path out of the bundle MediaPipe ships', () => {
    expect(visionBundle).toContain('https://odml.pa.googleapis.com/v1/log');
    const patched = removeMediaPipeUsageLogger(visionBundle);
    expect(patched).not.toContain('odml');
    expect(patched).not.toContain('v1/log');
    // Only the logger class changed: the rest of the bundle is byte for byte the same.
    expect(patched.length).toBeLessThan(visionBundle.length);
    expect(patched.slice(0, 1000)).toBe(visionBundle.slice(0, 1000));
    expect(patched.slice(-1000)).toBe(visionBundle.slice(-1000));
  });

  it('leaves a logger that queues nothing, runs no timer and sends nothing', () => {
    const patched = removeMediaPipeUsageLogger(visionBundle);
    const source = /Mh=class\{.*?\}\};/.exec(patched)?.[0] ?? '';
    const Logger = new Function(`let ${source} return Mh;`)() as new (apiKey: string) => {
      i: unknown[];
      error?: Error;
      flush(done?: () => void, failed?: (reason: string) => void): void;
      close(): void;
    };
    const logger = new Logger('key');
    // MediaPipe's tracker pushes a record only while `error` is unset.
    expect(logger.error).toBeInstanceOf(Error);
    const outcomes: string[] = [];
    logger.flush(
      () => outcomes.push('sent'),
      (reason) => outcomes.push(reason),
    );
    logger.close();
    expect(outcomes).toEqual(['net-send-failed']);
    expect(logger.i).toEqual([]);
  });

  it('fails the build when MediaPipe changed and the logger is not where it was', () => {
    expect(() => removeMediaPipeUsageLogger('export const nothing = 1;')).toThrow(/usage logger not found/);
  });
});

describe('the build check', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the log host in any text file and its URL in the wasm, but not internal names inside the wasm', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'build-check-'));
    writeFileSync(path.join(dir, 'worker.js'), 'fetch("https://odml.pa.googleapis.com/v1/log")');
    writeFileSync(path.join(dir, 'clean.js'), 'console.log("nothing to see")');
    writeFileSync(path.join(dir, 'clean.js.br'), 'odml (compressed copies are not read)');
    writeFileSync(path.join(dir, 'internal.wasm'), 'third_party/odml/litert/litert.h\0odml.infra.proto');
    writeFileSync(path.join(dir, 'host.wasm'), '\0https://odml.pa.googleapis.com/v1/log\0');
    expect(findForbiddenInBuild(dir).sort((a, b) => `${a.file}${a.text}`.localeCompare(`${b.file}${b.text}`))).toEqual([
      { file: 'host.wasm', text: 'googleapis.com/v1' },
      { file: 'host.wasm', text: 'odml.pa.' },
      { file: 'host.wasm', text: 'v1/log' },
      { file: 'worker.js', text: 'odml' },
      { file: 'worker.js', text: 'v1/log' },
    ]);
  });
});
