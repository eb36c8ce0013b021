// The last steps of a release build, shared by tools/post-build.mjs (which ships the result)
// and bench/ledger.mjs (which replays them with names kept, to say what each part costs).
//
// From wasm-bindgen's output (the wasm and its JS glue):
// 1. The glue is minified with terser. Classes that wasm-bindgen exports for Rust types are
//    not exported from the module: the app never uses them from JavaScript (Leptos's
//    server-function client brings wasm-streams' three stream classes, and the app has no
//    server), so terser drops the unused ones.
// 2. Every wasm export that the minified glue no longer names is dropped, so wasm-opt then
//    removes the code behind it. Nothing the glue calls is touched.
// 3. wasm-bindgen's import names end in a 16-digit hash; each is unique without it, so the
//    hash goes (a numbered suffix where two would clash), in the wasm and the glue alike.
// 4. wasm-opt with the level and passes below, then the functions put in an order that
//    compresses better (tools/order-functions.mjs).
// Together 4.0 KB brotli off the first visit (ARCHITECTURE.md, "Size").

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { minify } from 'terser';

import { leb } from './leb128.mjs';
import { EXPORT_SECTION, IMPORT_SECTION, findSection, readExports, readImports, readSections } from './wasm-reader.mjs';
import { nameByLikeness, restoreNames } from './order-functions.mjs';

/**
 * wasm-opt's level and passes for the shipped wasm (index.html sets Trunk's off). Between two
 * rounds of -Os, --flatten and --rereloop rebuild every function's control flow from scratch
 * (Binaryen's own passes), which the second round then shrinks further: the
 * English first visit 1,564 B smaller in brotli than -Os alone, for about 25 s more build time
 * (measured 2026-12-03 on the same input: -Os 233,980 B, -Oz 234,567 B, this 232,416 B).
 */
export const WASM_OPT_ARGS = ['-Os', '--flatten', '--rereloop', '-Os', '-Os', '--low-memory-unused', '--converge'];

/**
 * Then, in a second run, the functions in the order tools/order-functions.mjs chooses (alike
 * ones side by side, for brotli), and the sections only tools read are dropped (the names too,
 * unless they are kept for the size ledger).
 */
const LAST_ARGS = ['--reorder-functions-by-name', '--strip-producers', '--strip-target-features'];

/**
 * @param {string} glue wasm-bindgen's JS glue, as it wrote it
 * @param {Buffer} wasm wasm-bindgen's wasm
 * @returns {Promise<{glue: string, wasm: Buffer, dropped: string[], renamed: Map<string, string>}>}
 *   the minified glue and the wasm to give wasm-opt
 */
export async function trim(glue, wasm) {
  const unexported = glue
    .replace(/^export class /gm, 'class ')
    // For `using` blocks in JavaScript, which the app has none of; it would keep each class.
    .replace(/^if \(Symbol\.dispose\) (\w+)\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;$/gm, '')
    // Only the dropped classes use theirs; the registry is created for nothing else.
    .replace(/new FinalizationRegistry\(/g, '/*#__PURE__*/new FinalizationRegistry(');
  const { code } = await minify(unexported, { module: true, compress: { passes: 2 }, mangle: true });
  if (!code) throw new Error('trim-wasm: terser returned nothing for the glue');

  const module = readModule(wasm);
  const mentioned = (name) => new RegExp(`(^|[^\\w$])${escape(name)}($|[^\\w$])`).test(code);
  const dropped = module.exports.filter((e) => !mentioned(e.name)).map((e) => e.name);
  const renamed = new Map();
  const taken = new Set(module.imports.map((i) => i.name));
  for (const { name } of module.imports) {
    const short = name.replace(/_[0-9a-f]{16}$/, '');
    if (short === name) continue;
    let candidate = short;
    for (let n = 2; taken.has(candidate) || [...renamed.values()].includes(candidate); n++) candidate = `${short}_${n}`;
    renamed.set(name, candidate);
  }

  let newGlue = code;
  for (const [from, to] of renamed) {
    const token = new RegExp(`(^|[^\\w$])${escape(from)}(?=$|[^\\w$])`, 'g');
    if (!token.test(newGlue)) throw new Error(`trim-wasm: the glue does not provide the import ${from}`);
    newGlue = newGlue.replace(token, (_, before) => before + to);
  }
  const provides = (name) => new RegExp(`(^|[^\\w$])${escape(name)}($|[^\\w$])`).test(newGlue);
  const missing = module.imports.map((i) => renamed.get(i.name) ?? i.name).filter((name) => !provides(name));
  if (missing.length) throw new Error(`trim-wasm: the glue does not provide ${missing.join(', ')}`);
  return { glue: newGlue, wasm: writeModule(wasm, module, renamed, new Set(dropped)), dropped, renamed };
}

/**
 * Runs wasm-opt on `wasm` as the build does and returns the result; `keepNames` keeps each
 * function's name (the size ledger reads them).
 */
export function optimise(wasm, wasmOpt, { keepNames = false } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-wasm-'));
  const file = (name) => path.join(dir, name);
  const run = (args) => execFileSync(wasmOpt, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    writeFileSync(file('in.wasm'), wasm);
    // -g: the order starts from the functions' names.
    run([...WASM_OPT_ARGS, '-g', '-o', file('optimised.wasm'), file('in.wasm')]);
    const { wasm: ordered, names } = nameByLikeness(readFileSync(file('optimised.wasm')));
    writeFileSync(file('ordered.wasm'), ordered);
    run([...LAST_ARGS, ...(keepNames ? ['-g'] : []), '-o', file('out.wasm'), file('ordered.wasm')]);
    const out = readFileSync(file('out.wasm'));
    return keepNames ? restoreNames(out, names) : out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// --- The import and export sections, read and written; every other byte is kept as it is ---

function readModule(bytes) {
  const sections = readSections(bytes);
  const read = (id, reader) => {
    const section = findSection(sections, id);
    return section ? reader(bytes, section) : [];
  };
  return { sections, imports: read(IMPORT_SECTION, readImports), exports: read(EXPORT_SECTION, readExports) };
}

function writeModule(bytes, module, renamed, dropped) {
  const name = (text) => {
    const utf8 = Buffer.from(text, 'utf8');
    return Buffer.concat([leb(utf8.length), utf8]);
  };
  const parts = [bytes.subarray(0, 8)];
  for (const section of module.sections) {
    let body;
    if (section.id === IMPORT_SECTION) {
      body = [leb(module.imports.length)];
      for (const i of module.imports) body.push(name(i.moduleName), name(renamed.get(i.name) ?? i.name), i.description);
    } else if (section.id === EXPORT_SECTION) {
      const kept = module.exports.filter((e) => !dropped.has(e.name));
      body = [leb(kept.length), ...kept.map((e) => e.entry)];
    } else {
      parts.push(bytes.subarray(section.from, section.end));
      continue;
    }
    const content = Buffer.concat(body);
    parts.push(Buffer.from([section.id]), leb(content.length), content);
  }
  return Buffer.concat(parts);
}
