/**
 * MediaPipe's compiled wasm carries Google's internal name for its on-device ML team, "odml", in
 * strings that are neither hosts nor requests: C++ source paths for log lines
 * ("third_party/odml/litert/…"), C++ type names (RTTI, "N4odml5infra…"), the protobuf package of a
 * GenAI calculator ("odml.infra.proto…") and TFLite custom op names of LLM models
 * ("odml.cpu_call"). The face landmarker model refers to none of them. We ship nothing that names
 * the log host's domain, so these are renamed, byte for byte, to a name of the same length.
 *
 * Safe because: only bytes inside the module's data and custom sections are touched (never code;
 * the module is walked section by section and the rename is refused if any occurrence is
 * elsewhere); the length is the same, so every offset, length prefix and C++ mangled length ("4")
 * still holds; every occurrence is renamed, so names the binary compares with each other still
 * match. The face-check browser tests run on the renamed builds.
 */

const internalName = Buffer.from('odml', 'latin1');
const renamedTo = Buffer.from('odm_', 'latin1');
/** Wasm section ids that hold bytes, not instructions. */
const customSection = 0;
const dataSection = 11;

function readUnsignedLeb128(bytes, offset) {
  let value = 0;
  let shift = 0;
  let position = offset;
  for (;;) {
    const byte = bytes[position++];
    if (byte === undefined) throw new Error('truncated wasm module');
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return { value, next: position };
    shift += 7;
  }
}

/** [start, end) byte ranges of the module's sections, with their ids. */
export function wasmSections(bytes) {
  if (bytes.readUInt32BE(0) !== 0x0061736d) throw new Error('not a wasm module (no \\0asm magic)');
  const sections = [];
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const { value: size, next } = readUnsignedLeb128(bytes, offset + 1);
    sections.push({ id, start: next, end: next + size });
    offset = next + size;
  }
  if (offset !== bytes.length) throw new Error('wasm sections do not end at the end of the file');
  return sections;
}

function occurrences(bytes, needle) {
  const found = [];
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * A copy of the wasm module with "odml" renamed in its data and custom sections; throws if any
 * occurrence lies in another section (then MediaPipe changed: look before renaming anything).
 */
export function renameInternalNames(wasm) {
  const sections = wasmSections(wasm);
  const renamed = Buffer.from(wasm);
  for (const at of occurrences(wasm, internalName)) {
    const section = sections.find((s) => at >= s.start && at + internalName.length <= s.end);
    if (!section || (section.id !== dataSection && section.id !== customSection)) {
      throw new Error(`"odml" at byte ${at} is outside the data and custom sections (section ${section?.id ?? 'none'}): not renamed`);
    }
    renamedTo.copy(renamed, at);
  }
  return renamed;
}
