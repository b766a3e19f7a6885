import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findForbiddenInBuild, removeMediaPipeUsageLogger } from '../../scripts/build/no-third-party-requests';
import { renameInternalNames, wasmSections } from '../../scripts/build/mediapipe-wasm-names.mjs';

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

  it('finds the log host, its path or the word "odml" in any file we ship, wasm included, but not in compressed copies', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'build-check-'));
    writeFileSync(path.join(dir, 'worker.js'), 'fetch("https://odml.pa.googleapis.com/v1/log")');
    writeFileSync(path.join(dir, 'clean.js'), 'console.log("nothing to see")');
    writeFileSync(path.join(dir, 'clean.js.br'), 'odml (compressed copies are not read)');
    writeFileSync(path.join(dir, 'internal.wasm'), 'third_party/odml/litert/litert.h');
    writeFileSync(path.join(dir, 'renamed.wasm'), 'third_party/odm_/litert/litert.h');
    expect(findForbiddenInBuild(dir).sort((a, b) => `${a.file}${a.text}`.localeCompare(`${b.file}${b.text}`))).toEqual([
      { file: 'internal.wasm', text: 'odml' },
      { file: 'worker.js', text: 'googleapis.com/v1' },
      { file: 'worker.js', text: 'odml' },
      { file: 'worker.js', text: 'v1/log' },
    ]);
  });
});

describe("renaming Google's internal names in MediaPipe's wasm", () => {
  const shipped = readFileSync(path.resolve(import.meta.dirname, '../../node_modules/@mediapipe/tasks-vision/wasm/vision_wasm_internal.wasm'));

  it('renames every "odml" inside data and custom sections, same length, and changes no other byte', () => {
    expect(shipped.includes('odml')).toBe(true);
    const renamed = renameInternalNames(shipped);
    expect(renamed.length).toBe(shipped.length);
    expect(renamed.includes('odml')).toBe(false);
    let changed = 0;
    for (let i = 0; i < shipped.length; i++) if (renamed[i] !== shipped[i]) changed++;
    // Only the letter "l" of each occurrence becomes "_".
    expect(changed).toBe(shipped.toString('latin1').split('odml').length - 1);
    // Still a well-formed module, section for section.
    expect(wasmSections(renamed)).toEqual(wasmSections(shipped));
    expect(WebAssembly.validate(new Uint8Array(renamed))).toBe(true);
  });

  it('refuses to touch an occurrence in code', () => {
    // A module with one code section (id 10) whose bytes happen to spell "odml".
    const module = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x0a, 0x04, 0x6f, 0x64, 0x6d, 0x6c]);
    expect(() => renameInternalNames(module)).toThrow(/outside the data and custom sections \(section 10\)/);
  });
});
