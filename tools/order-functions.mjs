// Orders a wasm's functions so that functions that look alike sit side by side. Brotli finds
// repeats only within its window and codes near ones more cheaply, so the same code in a
// better order downloads smaller (measured 2026-12-03 on the English first visit: 245,137 B
// in wasm-opt's order, 243,491 B ordered by name, 240,199 B in this order; ARCHITECTURE.md,
// "Size").
//
// The order is chosen here and carried out by wasm-opt: each function gets a name that is its
// place in the order, and `--reorder-functions-by-name` moves the functions and renumbers
// every call, table entry and export. No code is changed.
//
// Likeness is estimated by MinHash over each body's 4-byte windows: two bodies that share
// many windows share many of their smallest hashes. From the first function (by name, so a
// start that does not depend on the compiler's numbering), each next one is the most alike
// of those not yet placed to the ones placed last; when none is alike at all, the next by
// name follows.

import { leb } from './leb128.mjs';
import {
  CODE_SECTION,
  IMPORT_SECTION,
  findSection,
  importedFunctionCount,
  readBodies,
  readFunctionNames,
  readImports,
  readSections,
} from './wasm-reader.mjs';

/** How many hashes sum up a body: more is a closer estimate and a slower build (about 6 s). */
const HASHES = 192;
/** A body is read in windows of this many bytes. */
const WINDOW = 4;
/** Sharing no more hashes than this counts as not alike. */
const NOT_ALIKE = 2;
/**
 * Each function placed since counts a likeness down by this much: brotli reaches back to
 * every earlier function, but nearer ones cost fewer bits (measured 2026-12-03: no fading,
 * 231,740 B; 0.9, 0.95, 0.97, 0.98, 0.99: 231,195, 231,332, 230,956, 231,409, 230,972 B;
 * never fading, 232,474 B).
 */
const FADING = 0.97;

/**
 * @param {Buffer} wasm a module with a name section (wasm-opt's output with -g)
 * @returns {{ wasm: Buffer, names: string[] }} the module with each function named by its
 *   place in the order (for `--reorder-functions-by-name`), and the names it had, by place
 */
export function nameByLikeness(wasm) {
  const { sections, importedFunctions, bodies, names } = readFunctions(wasm);
  const byName = bodies.map((_, i) => i).sort((a, b) => compare(sortName(names[importedFunctions + a]), sortName(names[importedFunctions + b])) || a - b);
  const order = chainByLikeness(bodies, byName);
  const place = new Array(importedFunctions + bodies.length);
  const oldNames = [];
  // Imported functions come first in any order wasm-opt writes; their names keep them there.
  for (let i = 0; i < importedFunctions; i++) {
    place[i] = key(oldNames.length);
    oldNames.push(names[i] ?? `import ${i}`);
  }
  for (const body of order) {
    place[importedFunctions + body] = key(oldNames.length);
    oldNames.push(names[importedFunctions + body] ?? `function ${importedFunctions + body}`);
  }
  return { wasm: withFunctionNames(wasm, sections, place), names: oldNames };
}

/** Gives the functions back the names they had before `nameByLikeness` (for the size ledger). */
export function restoreNames(wasm, names) {
  const { sections, importedFunctions, bodies, names: keys } = readFunctions(wasm);
  const restored = [];
  for (let i = 0; i < importedFunctions + bodies.length; i++) restored.push(names[Number(keys[i])] ?? keys[i]);
  return withFunctionNames(wasm, sections, restored);
}

const key = (place) => String(place).padStart(7, '0');
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** A Rust name without its hash and generic arguments: the copies of one generic function sort together. */
function sortName(name = '') {
  let depth = 0;
  let kept = '';
  for (const c of name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '')) {
    if (c === '<') depth++;
    if (depth === 0) kept += c;
    if (c === '>') depth--;
  }
  return kept;
}

function chainByLikeness(bodies, byName) {
  const signatures = bodies.map(signature);
  const placed = new Uint8Array(bodies.length);
  const order = [];
  let nextByName = 0;
  const firstUnplacedByName = () => {
    while (placed[byName[nextByName]]) nextByName++;
    return byName[nextByName];
  };
  let current = byName[0];
  // How alike each function not yet placed is to those placed last: the most hashes it
  // shares with any of them, fading as more are placed after them.
  const likeness = new Float64Array(bodies.length);
  while (true) {
    placed[current] = 1;
    order.push(current);
    if (order.length === bodies.length) return order;
    const here = signatures[current];
    let best = -1;
    let bestLikeness = -1;
    for (let i = 0; i < bodies.length; i++) {
      if (placed[i]) continue;
      const there = signatures[i];
      let shared = 0;
      for (let h = 0; h < HASHES; h++) if (here[h] === there[h]) shared++;
      likeness[i] = Math.max(likeness[i] * FADING, shared);
      if (likeness[i] > bestLikeness) {
        bestLikeness = likeness[i];
        best = i;
      }
    }
    current = bestLikeness <= NOT_ALIKE ? firstUnplacedByName() : best;
  }
}

/** The smallest value of each of HASHES hash functions over the body's windows. */
function signature(body) {
  const smallest = new Uint32Array(HASHES).fill(0xffffffff);
  for (let at = 0; at + WINDOW <= body.length; at++) {
    let window = 0x811c9dc5; // FNV-1a over the window's bytes
    for (let k = 0; k < WINDOW; k++) window = Math.imul(window ^ body[at + k], 16777619) >>> 0;
    for (let h = 0; h < HASHES; h++) {
      const hash = Math.imul(window ^ Math.imul(h + 1, 2654435761), 0x9e3779b1) >>> 0;
      if (hash < smallest[h]) smallest[h] = hash;
    }
  }
  return smallest;
}

/** The sections, how many functions are imported, each body, and each function's name. */
function readFunctions(bytes) {
  const sections = readSections(bytes);
  const imports = findSection(sections, IMPORT_SECTION);
  const code = findSection(sections, CODE_SECTION);
  const nameSection = findSection(sections, 0, 'name');
  const names = [];
  if (nameSection) for (const [index, name] of readFunctionNames(bytes, nameSection)) names[index] = name;
  return {
    sections,
    importedFunctions: imports ? importedFunctionCount(readImports(bytes, imports)) : 0,
    bodies: code ? readBodies(bytes, code).map(({ body }) => body) : [],
    names,
  };
}

/** The module with its name section replaced by one that names function i `names[i]`. */
function withFunctionNames(bytes, sections, names) {
  const text = (value) => {
    const utf8 = Buffer.from(value, 'utf8');
    return Buffer.concat([leb(utf8.length), utf8]);
  };
  const entries = [leb(names.length), ...names.map((name, i) => Buffer.concat([leb(i), text(name)]))];
  const functionNames = Buffer.concat(entries);
  const content = Buffer.concat([text('name'), Buffer.from([1]), leb(functionNames.length), functionNames]);
  const parts = [bytes.subarray(0, 8)];
  for (const section of sections) if (section.custom !== 'name') parts.push(bytes.subarray(section.from, section.end));
  parts.push(Buffer.from([0]), leb(content.length), content);
  return Buffer.concat(parts);
}
