#!/usr/bin/env node
// Puts the MediaPipe face model and wasm where the app serves them from its own origin
// (public/models, public/mediapipe). The app never loads them from a third-party host at run
// time: Google's hosts are unreachable in mainland China, and a retiree may be offline.
//
// Model source, in order: the file named by FACE_LANDMARKER_TASK, else Google's official URL.
// Either way the bytes must match the pinned SHA-256, or they are refused.
//
//   node scripts/setup-model.mjs          fail (exit 1) if the model cannot be obtained
//   node scripts/setup-model.mjs --soft   only warn (used by `npm install`, which may run offline)
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renameInternalNames } from './build/mediapipe-wasm-names.mjs';

export const MODEL_SHA256 = '64184e229b263107bc2b804c6625db1341ff2bb731874b0bcc2fe6544e0bc9ff';
export const MODEL_URL =
  'https://storage.googleapis.com/mediapipe-models/face_landmarker/face_landmarker/float16/1/face_landmarker.task';
const DOWNLOAD_TIMEOUT_MS = 120_000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modelTarget = path.join(root, 'public', 'models', 'face_landmarker.task');
const wasmSource = path.join(root, 'node_modules', '@mediapipe', 'tasks-vision', 'wasm');
const wasmTarget = path.join(root, 'public', 'mediapipe', 'wasm');
const soft = process.argv.includes('--soft');

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function copyWasm() {
  if (!existsSync(wasmSource)) throw new Error(`MediaPipe wasm not found at ${wasmSource}: run npm install first`);
  mkdirSync(wasmTarget, { recursive: true });
  for (const name of readdirSync(wasmSource)) {
    const from = path.join(wasmSource, name);
    const to = path.join(wasmTarget, name);
    if (name.endsWith('.wasm')) {
      // Google's internal names renamed, same length (build/mediapipe-wasm-names.mjs).
      const wanted = renameInternalNames(readFileSync(from));
      if (!existsSync(to) || !readFileSync(to).equals(wanted)) writeFileSync(to, wanted);
    } else if (!existsSync(to) || statSync(to).size !== statSync(from).size) {
      copyFileSync(from, to);
    }
  }
}

async function obtainModelBytes() {
  const localPath = process.env.FACE_LANDMARKER_TASK;
  if (localPath) {
    const resolved = path.resolve(localPath);
    if (!existsSync(resolved)) throw new Error(`FACE_LANDMARKER_TASK points to ${resolved}, which does not exist`);
    return { bytes: readFileSync(resolved), from: resolved };
  }
  const response = await fetch(MODEL_URL, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`download failed: HTTP ${response.status}`);
  return { bytes: Buffer.from(await response.arrayBuffer()), from: MODEL_URL };
}

async function ensureModel() {
  if (existsSync(modelTarget) && sha256(readFileSync(modelTarget)) === MODEL_SHA256) return 'already in place';
  rmSync(modelTarget, { force: true });
  const { bytes, from } = await obtainModelBytes();
  const actual = sha256(bytes);
  if (actual !== MODEL_SHA256) {
    throw new Error(`refused ${from}: SHA-256 ${actual} does not match the pinned ${MODEL_SHA256}`);
  }
  mkdirSync(path.dirname(modelTarget), { recursive: true });
  writeFileSync(modelTarget, bytes);
  return `copied from ${from}`;
}

try {
  copyWasm();
  const how = await ensureModel();
  console.log(`[setup-model] face model ready (${how}); wasm in public/mediapipe/wasm`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[setup-model] the face model is not available: ${message}`);
  console.error('[setup-model] set FACE_LANDMARKER_TASK=/path/to/face_landmarker.task (see README) and run again.');
  if (!soft) process.exit(1);
}
