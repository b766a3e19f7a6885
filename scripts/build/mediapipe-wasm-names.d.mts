// Types for mediapipe-wasm-names.mjs (plain JavaScript: scripts/setup-model.mjs runs it at npm install, before any TypeScript tooling).
export type WasmSection = { id: number; start: number; end: number };
export function wasmSections(bytes: Buffer): WasmSection[];
export function renameInternalNames(wasm: Buffer): Buffer;
