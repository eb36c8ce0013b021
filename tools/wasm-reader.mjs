// Reading a wasm module's sections: one reader for the tools that rewrite the module
// (trim-wasm.mjs, order-functions.mjs) and for the size ledger that measures it
// (bench/ledger.mjs). Each function takes the module's bytes (a Buffer) and a section
// from `readSections`, and throws on a section it does not read to its end.

import { readLeb } from './leb128.mjs';

export const IMPORT_SECTION = 2;
export const EXPORT_SECTION = 7;
export const CODE_SECTION = 10;
export const DATA_SECTION = 11;

/** A name (its length, then UTF-8) at `at`: [the text, where it ends]. */
export function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

/**
 * Every section in order: its `id`, a custom section's name (`custom`, else ''), where it
 * starts (`from`, at the id), where its content starts (`start`, after the size) and `end`.
 */
export function readSections(bytes) {
  const sections = [];
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    const end = start + size;
    sections.push({ id, custom: id === 0 ? readName(bytes, start)[0] : '', from: at, start, end });
    at = end;
  }
  return sections;
}

/** The first section with this id (or, for 0, this custom name); undefined when there is none. */
export function findSection(sections, id, custom = '') {
  return sections.find((section) => section.id === id && section.custom === custom);
}

/** Each import: its module, its name, its kind, and its description's bytes (from the kind on). */
export function readImports(bytes, section) {
  const imports = [];
  let [count, next] = readLeb(bytes, section.start);
  for (let i = 0; i < count; i++) {
    const [moduleName, afterModule] = readName(bytes, next);
    const [name, afterName] = readName(bytes, afterModule);
    next = skipImportDescription(bytes, afterName);
    imports.push({ moduleName, name, kind: bytes[afterName], description: bytes.subarray(afterName, next) });
  }
  readToEnd(section, next, 'import');
  return imports;
}

/** Each export: its name and its whole entry's bytes. */
export function readExports(bytes, section) {
  const exports = [];
  let [count, next] = readLeb(bytes, section.start);
  for (let i = 0; i < count; i++) {
    const from = next;
    const [name, afterName] = readName(bytes, next);
    next = readLeb(bytes, afterName + 1)[1];
    exports.push({ name, entry: bytes.subarray(from, next) });
  }
  readToEnd(section, next, 'export');
  return exports;
}

/** Each function body in order: `entry` with its length before it, `body` without. */
export function readBodies(bytes, section) {
  const bodies = [];
  let [count, next] = readLeb(bytes, section.start);
  for (let i = 0; i < count; i++) {
    const [length, body] = readLeb(bytes, next);
    bodies.push({ entry: bytes.subarray(next, body + length), body: bytes.subarray(body, body + length) });
    next = body + length;
  }
  readToEnd(section, next, 'code');
  return bodies;
}

/** The function names of a `name` section: function index -> name. */
export function readFunctionNames(bytes, section) {
  const names = new Map();
  let next = readName(bytes, section.start)[1];
  while (next < section.end) {
    const kind = bytes[next];
    const [length, content] = readLeb(bytes, next + 1);
    if (kind === 1) {
      let [count, entry] = readLeb(bytes, content);
      for (let i = 0; i < count; i++) {
        const [index, afterIndex] = readLeb(bytes, entry);
        const [name, afterName] = readName(bytes, afterIndex);
        names.set(index, name);
        entry = afterName;
      }
    }
    next = content + length;
  }
  readToEnd(section, next, 'name');
  return names;
}

/** Each data segment's bytes. */
export function readDataSegments(bytes, section) {
  const segments = [];
  let [count, next] = readLeb(bytes, section.start);
  for (let i = 0; i < count; i++) {
    let flags;
    [flags, next] = readLeb(bytes, next);
    if (flags === 2) next = readLeb(bytes, next)[1]; // the memory index
    if (flags !== 1) while (bytes[next++] !== 0x0b); // the offset expression, to its `end`
    const [length, start] = readLeb(bytes, next);
    segments.push(bytes.subarray(start, start + length));
    next = start + length;
  }
  readToEnd(section, next, 'data');
  return segments;
}

/** How many functions the module imports (they come first in the function index space). */
export function importedFunctionCount(imports) {
  return imports.filter((entry) => entry.kind === 0).length;
}

/** Where an import's description ends (its kind byte at `at`). */
function skipImportDescription(bytes, at) {
  const kind = bytes[at];
  if (kind === 0) return readLeb(bytes, at + 1)[1]; // function: type index
  if (kind === 1 || kind === 2) {
    let next = kind === 1 ? at + 2 : at + 1; // a table has its element type first
    const flags = bytes[next];
    next = readLeb(bytes, next + 1)[1];
    return flags & 1 ? readLeb(bytes, next)[1] : next;
  }
  if (kind === 3) return at + 3; // global: value type and mutability
  if (kind === 4) return readLeb(bytes, at + 2)[1]; // tag: attribute and type index
  throw new Error(`wasm: an import of kind ${kind} is not expected`);
}

function readToEnd(section, next, what) {
  if (next !== section.end) throw new Error(`wasm: the ${what} section did not read to its end`);
}
