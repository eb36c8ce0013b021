// Benchmark: the size ledger. What each part of an English-speaking carer's first visit
// costs in brotli bytes, so every feature knows its price: the wasm split into Leptos and
// its runtime, serde, the standard library, each other crate over 2 KB, the app's own
// code by module (each page file on its own line) and the embedded data; then every other
// file of dist/; then each other language's wording (dist/lang/), as extra for that language.
//
// Method (ARCHITECTURE.md, "Size ledger"):
// 1. The shipped wasm has no names. Trunk keeps wasm-bindgen's output, with the name section,
//    in $CARGO_TARGET_DIR/wasm-bindgen/release/. That is trimmed and run through wasm-opt as
//    tools/post-build.mjs does (tools/trim-wasm.mjs), with -g, which keeps the names; the run
//    must give the shipped code byte for byte (checked, function by function: if not, the
//    ledger says so and stops).
// 2. Each function body is given to a part by its demangled name: `carer_check::domain::…`
//    to src/domain, `<tachys::… as …>::build` to tachys, drop glue to the dropped type's
//    crate. A generic function is counted where it is written (Rust's default symbol names do
//    not say which type it was made for): Leptos code made for one of our pages counts as
//    Leptos. The data section is one part, less any file the build embeds (OUT_DIR, e.g. the
//    wording as JSON), found verbatim in it and shown on its own. The rest of the wasm (types,
//    imports, exports, tables) is "wasm structure".
// 3. Each part's bytes are brotli-compressed alone ("brotli alone"), then scaled so the parts
//    add up to the shipped wasm's brotli size ("share"): compressed together, parts share
//    context, so the sum of "alone" is larger than the whole. The share is the part's price.
// Limits: a share is an estimate to about a tenth (compression context and brotli's window
// differ from part to part); generic code and drop glue count where written; code LLVM merged
// from several functions counts for the one whose name it kept.
//
// Run after `make dist` (it reads the Trunk build that made dist/). The wasm-opt run takes
// about a minute; its result is kept in bench-results/ for the same input.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotli } from './serve.mjs';
import { isOtherLanguage, measureDir, totals } from './sizes.mjs';
import {
  CODE_SECTION,
  DATA_SECTION,
  IMPORT_SECTION,
  findSection,
  importedFunctionCount,
  readBodies,
  readDataSegments,
  readFunctionNames,
  readImports,
  readSections,
} from '../tools/wasm-reader.mjs';
import { WASM_OPT_ARGS, optimise, trim } from '../tools/trim-wasm.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(repoRoot, process.env.CC_DIST_DIR ?? 'dist');
const targetDir = path.resolve(repoRoot, process.env.CARGO_TARGET_DIR ?? 'target');
const outDir = path.join(repoRoot, 'bench-results');
const wasmOpt = path.join(repoRoot, 'node_modules/.bin/wasm-opt');
const CRATE_LINE_MIN = 2048; // a crate gets its own line from 2 KB brotli

// --- Reading a wasm file ---------------------------------------------------------------------

/** Sections, function bodies (index = function index - imported functions) and names. */
export function parseWasm(bytes) {
  const sections = readSections(bytes).map((section) => ({ ...section, bytes: bytes.subarray(section.start, section.end) }));
  const read = (reader, id, custom) => {
    const section = findSection(sections, id, custom);
    return section ? reader(bytes, section) : undefined;
  };
  return {
    sections,
    bodies: (read(readBodies, CODE_SECTION) ?? []).map(({ entry }) => entry),
    names: read(readFunctionNames, 0, 'name') ?? new Map(),
    dataSegments: read(readDataSegments, DATA_SECTION) ?? [],
    importedFunctions: importedFunctionCount(read(readImports, IMPORT_SECTION) ?? []),
  };
}

// --- Who a function belongs to ---------------------------------------------------------------

const LEPTOS = new Set([
  'leptos', 'leptos_dom', 'leptos_macro', 'leptos_server', 'leptos_router', 'leptos_meta', 'leptos_config',
  'reactive_graph', 'reactive_stores', 'tachys', 'any_spawner', 'server_fn', 'throw_error', 'or_poisoned',
  'oco_ref', 'either_of', 'hydration_context', 'next_tuple', 'send_wrapper', 'guardian', 'const_str_slice_concat',
]);
const STD = new Set(['core', 'alloc', 'std', 'compiler_builtins', 'panic_abort']);
const SERDE = new Set(['serde', 'serde_core', 'serde_json', 'serde_derive', 'serde_wasm_bindgen']);
const BINDGEN = new Set(['wasm_bindgen', 'js_sys', 'web_sys', 'wasm_bindgen_futures']);

/** The path a demangled name is about: `<A as B>::f` is A's, drop glue is the dropped type's. */
function ownerPath(name) {
  let n = name.replace(/::h[0-9a-f]{16}$/, '');
  for (;;) {
    const drop = n.match(/^core::ptr::drop_in_place<(.*)>$/);
    if (drop) {
      n = drop[1];
      continue;
    }
    if (n.startsWith('<')) {
      // `<X as Trait>::f` or `<X>::f`: X, unless X is a bare generic (then the trait).
      let depth = 0;
      let end = 0;
      for (let i = 0; i < n.length; i++) {
        if (n[i] === '<') depth++;
        else if (n[i] === '>' && --depth === 0) {
          end = i;
          break;
        }
      }
      const inner = n.slice(1, end);
      const as = splitAs(inner);
      let self = as[0].replace(/^(&(mut )?|\*(const|mut) |dyn |\[|\()+/, '');
      if (!self.includes('::')) self = as[1] ?? `core::${self}`; // a bare generic: the trait's; a primitive: core's
      n = self;
      continue;
    }
    if (/^(&(mut )?|\*(const|mut) |dyn |\[|\()/.test(n)) {
      n = n.replace(/^(&(mut )?|\*(const|mut) |dyn |\[|\()+/, '');
      continue;
    }
    return n;
  }
}

/** Splits `X as Trait` at its top-level ` as `. */
function splitAs(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '<') depth++;
    else if (text[i] === '>') depth--;
    else if (depth === 0 && text.startsWith(' as ', i)) return [text.slice(0, i), text.slice(i + 4)];
  }
  return [text];
}

/** [group, part] for a function name. */
export function partOf(name) {
  if (!name) return ['Other', 'functions without a name'];
  const owner = ownerPath(name).replace(/\[[0-9a-f]+\]/g, ''); // `core[c5930c85a12de822]::…`
  const segments = owner.split('::');
  const crate = segments.length > 1 ? segments[0] : null;
  if (!crate) {
    if (name === 'main') return ['App', 'src/main.rs, src/lib.rs'];
    if (/^__wbg|^__wbindgen|^__externref|^__wbindgen_/.test(name)) return ['Bindings', 'wasm_bindgen'];
    if (/^(mem|__rust|__rdl|__rg|__multi|__udiv|__umod|__ashl|__lshr|__ashr|__mul|__div|__fix|__float|__ext|__trunc|rust_)/.test(name)) return ['Rust standard library', 'compiler builtins and allocator shims'];
    return ['Other', 'functions with plain names (' + name.slice(0, 20) + '…)'];
  }
  if (crate === 'carer_check') {
    const [, mod, sub, file] = segments;
    if (mod === 'ui' && (sub === 'pages' || sub === 'widgets') && file && !file.startsWith('{{') && !file.startsWith('_'))
      return ['App', sub === 'pages' ? `src/ui/pages/${file}.rs` : `src/ui/widgets/${file}.rs`];
    if (mod === 'ui' && sub && !sub.startsWith('{{') && !sub.startsWith('_') && !/^[A-Z]/.test(sub)) return ['App', `src/ui/${sub}.rs`];
    if (mod && /^[a-z][a-z0-9_]*$/.test(mod) && segments.length > 2) {
      if (['domain', 'content', 'documents', 'storage'].includes(mod)) return ['App', `src/${mod}/`];
      return ['App', `src/${mod}.rs (or mod)`];
    }
    return ['App', 'src/main.rs, src/lib.rs'];
  }
  if (LEPTOS.has(crate)) return ['Leptos and its runtime', crate];
  if (SERDE.has(crate)) return ['serde', crate];
  if (STD.has(crate) || crate === '__rustc') return ['Rust standard library', crate];
  if (BINDGEN.has(crate)) return ['Bindings', crate];
  return ['Other crates', crate];
}

// --- The named copy of the shipped wasm ------------------------------------------------------

function shippedFiles() {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const wasmFile = readdirSync(dist).find((f) => f.endsWith('_bg.wasm'));
  if (!wasmFile) throw new Error(`${dist} has no *_bg.wasm`);
  return { html, wasmFile };
}

/** The shipped wasm made again from wasm-bindgen's output, as tools/post-build.mjs makes it, with names kept. */
async function namedWasm() {
  const bindgen = path.join(targetDir, 'wasm-bindgen/release');
  const input = path.join(bindgen, 'carer-check_bg.wasm');
  if (!existsSync(input)) throw new Error(`${input} is missing: run \`make dist\` with this CARGO_TARGET_DIR (${targetDir}).`);
  const source = readFileSync(input);
  const glue = readFileSync(path.join(bindgen, 'carer-check.js'), 'utf8');
  const key = createHash('sha256').update(source).update(glue)
    .update(WASM_OPT_ARGS.join(' '))
    .update(readFileSync(new URL('../tools/order-functions.mjs', import.meta.url)))
    .digest('hex').slice(0, 16);
  const output = path.join(outDir, `named-${key}.wasm`);
  if (!existsSync(output)) {
    mkdirSync(outDir, { recursive: true });
    console.log(`Size ledger: running wasm-opt ${WASM_OPT_ARGS.join(' ')} and the function order with names kept on ${path.relative(repoRoot, input)}, trimmed as the build does (about a minute)…`);
    const { wasm } = await trim(glue, source);
    writeFileSync(output, optimise(wasm, wasmOpt, { keepNames: true }));
  }
  return readFileSync(output);
}

/** Files the crate's build embeds (OUT_DIR), newest build first. */
function embeddedCandidates() {
  const buildDir = path.join(targetDir, 'wasm32-unknown-unknown/release/build');
  if (!existsSync(buildDir)) return [];
  return readdirSync(buildDir)
    .filter((d) => d.startsWith('carer-check-') && existsSync(path.join(buildDir, d, 'out')))
    .map((d) => path.join(buildDir, d, 'out'))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    .flatMap((dir) => readdirSync(dir).map((f) => path.join(dir, f)))
    .filter((f) => statSync(f).isFile() && statSync(f).size >= 1024);
}

// --- The ledger --------------------------------------------------------------------------------

export async function ledger() {
  const { wasmFile } = shippedFiles();
  const shippedBytes = readFileSync(path.join(dist, wasmFile));
  const shipped = parseWasm(shippedBytes);
  const named = parseWasm(await namedWasm());

  // The named copy must be the shipped code, function for function.
  const same =
    named.bodies.length === shipped.bodies.length &&
    named.importedFunctions === shipped.importedFunctions &&
    named.bodies.every((b, i) => Buffer.compare(b, shipped.bodies[i]) === 0);
  if (!same) throw new Error(`the named copy of the wasm is not the shipped code (stale target dir ${targetDir}? run \`make dist\`).`);

  const parts = new Map(); // 'group\tpart' -> Buffer[]
  const add = (group, part, bytes) => {
    const key = `${group}\t${part}`;
    if (!parts.has(key)) parts.set(key, []);
    parts.get(key).push(bytes);
  };
  shipped.bodies.forEach((body, i) => {
    const [group, part] = partOf(named.names.get(i + shipped.importedFunctions));
    add(group, part, body);
  });

  // Data: files the build embeds, found in it, then the rest. wasm-opt splits data segments
  // at runs of zero bytes and leaves the runs out, so an embedded binary file (the content in
  // postcard) is found with its zero bytes set aside on both sides; zeros cost next to nothing
  // compressed, and what is left out is counted with the wasm structure.
  const withoutZeros = (bytes) => Buffer.from(bytes.filter((byte) => byte !== 0));
  const data = withoutZeros(Buffer.concat(shipped.dataSegments));
  const taken = [];
  const seen = new Set();
  for (const file of embeddedCandidates()) {
    const base = path.basename(file);
    if (seen.has(base)) continue;
    const bytes = withoutZeros(readFileSync(file));
    const at = data.indexOf(bytes);
    if (at === -1) continue;
    seen.add(base);
    taken.push([at, at + bytes.length]);
    add('Embedded data', `wording and content (${base}, built from src/content/data)`, bytes);
  }
  taken.sort((a, b) => a[0] - b[0]);
  let from = 0;
  const rest = [];
  for (const [a, b] of taken) rest.push(data.subarray(from, a)), (from = b);
  rest.push(data.subarray(from));
  add('Embedded data', 'other constants (strings, tables, panic messages)', Buffer.concat(rest));
  const structure = shipped.sections
    .filter((s) => s.id !== CODE_SECTION && s.id !== DATA_SECTION)
    .map((s) => s.bytes);
  add('Wasm structure', 'types, imports, exports, tables, section headers', Buffer.concat(structure));
  const counted = [...parts.values()].flat().reduce((n, b) => n + b.length, 0);
  const overhead = shippedBytes.length - counted; // headers of sections, counts, segment headers
  if (overhead > 0) parts.get('Wasm structure\ttypes, imports, exports, tables, section headers').push(Buffer.alloc(overhead));

  // Each part alone, then scaled to the shipped wasm's brotli size (largest remainder, so
  // the shares add up exactly).
  const wasmBrotli = brotli(shippedBytes).length;
  let rows = [...parts].map(([key, list]) => {
    const [group, part] = key.split('\t');
    const bytes = Buffer.concat(list);
    return { group, part, raw: bytes.length, alone: brotli(bytes).length };
  });
  const aloneSum = rows.reduce((n, r) => n + r.alone, 0);
  for (const r of rows) {
    r.exact = (r.alone * wasmBrotli) / aloneSum;
    r.share = Math.floor(r.exact);
  }
  const left = wasmBrotli - rows.reduce((n, r) => n + r.share, 0);
  [...rows].sort((a, b) => (b.exact - b.share) - (a.exact - a.share)).slice(0, left).forEach((r) => r.share++);

  // Other crates under 2 KB share one line.
  const small = rows.filter((r) => r.group === 'Other crates' && r.share < CRATE_LINE_MIN);
  if (small.length > 1) {
    rows = rows.filter((r) => !small.includes(r));
    const bytes = small.reduce((n, r) => n + r.raw, 0);
    rows.push({
      group: 'Other crates',
      part: `${small.length} crates under 2 KB each (named below)`,
      names: small.map((r) => r.part).sort(),
      raw: bytes,
      alone: small.reduce((n, r) => n + r.alone, 0),
      share: small.reduce((n, r) => n + r.share, 0),
    });
  }

  // Every other file of the English first visit, and other languages apart.
  const files = await measureDir(dist);
  const english = files.filter((f) => !isOtherLanguage(f.file));
  const languages = files.filter((f) => isOtherLanguage(f.file));
  return { rows, wasmFile, wasmRaw: shippedBytes.length, wasmBrotli, english, languages, firstLoad: totals(english).brotli };
}

// --- Printing ----------------------------------------------------------------------------------

const n = (x) => Math.round(x).toLocaleString('en-GB');

export function formatLedger({ rows, wasmFile, wasmRaw, wasmBrotli, english, languages, firstLoad }) {
  const out = [];
  const groups = ['Leptos and its runtime', 'serde', 'Rust standard library', 'Bindings', 'Other crates', 'App', 'Embedded data', 'Wasm structure', 'Other'];
  const line = (a, b, c, d, e) => `  ${a.padEnd(66)} ${b.padStart(9)} ${c.padStart(9)} ${d.padStart(9)} ${e.padStart(6)}`;
  out.push(`Size ledger: the English first visit, brotli bytes (quality 11). The wasm (${wasmFile}) part by part:`);
  out.push(line('part', 'raw B', 'alone B', 'share B', '%'));
  const pct = (x) => ((x / firstLoad) * 100).toFixed(1);
  for (const group of groups) {
    const mine = rows.filter((r) => r.group === group).sort((a, b) => b.share - a.share);
    if (!mine.length) continue;
    const sum = (k) => mine.reduce((s, r) => s + r[k], 0);
    out.push(line(`${group}`, n(sum('raw')), n(sum('alone')), n(sum('share')), pct(sum('share'))));
    if (mine.length > 1 || mine[0].part !== group) {
      for (const r of mine) {
        const label = r.part.length > 60 ? r.part.slice(0, 59) + '…' : r.part;
        out.push(line(`    ${label}`, n(r.raw), n(r.alone), n(r.share), pct(r.share)));
      }
    }
  }
  out.push(line('wasm total', n(wasmRaw), '', n(wasmBrotli), pct(wasmBrotli)));
  for (const r of rows.filter((r) => r.names)) out.push(`  Crates under 2 KB each: ${r.names.join(', ')}.`);
  out.push('');
  out.push('  The other files of the first visit (each measured whole):');
  let others = 0;
  for (const f of english.filter((f) => f.file !== wasmFile)) {
    const what = f.file.endsWith('.js') && f.file !== 'sw.js' && f.file !== 'embed.js' ? 'JS glue' : f.file === 'embed.js' ? 'council snippet (its pages only)' : f.file.endsWith('.css') ? 'style sheet' : f.file === 'sw.js' ? 'service worker' : f.file === 'index.html' ? 'start page' : '';
    out.push(line(`    ${f.file}${what ? ` (${what})` : ''}`, n(f.raw), '', n(f.brotli), pct(f.brotli)));
    others += f.brotli;
  }
  const ledgerTotal = wasmBrotli + others;
  out.push(line('English first visit (ledger total)', '', '', n(ledgerTotal), '100.0'));
  out.push(`  Check: ledger total ${n(ledgerTotal)} B ${ledgerTotal === firstLoad ? '=' : '≠'} measured total of the shipped files ${n(firstLoad)} B (dist/ but other languages)${ledgerTotal === firstLoad ? '' : '  MISMATCH'}`);
  out.push('');
  if (languages.length) {
    out.push('  Each other language, extra for a carer who chooses it (not in the English total):');
    for (const f of languages) out.push(line(`    ${f.file}`, n(f.raw), '', n(f.brotli), ''));
  } else {
    out.push('  Other languages: none (dist/lang/ has no wording files).');
  }
  out.push('');
  out.push('  Method: function bodies by demangled name (a named wasm-opt run, checked byte for byte against');
  out.push('  the shipped code), data by the files the build embeds; "alone" is each part brotli-compressed by');
  out.push('  itself, "share" the same scaled so the parts add up to the whole wasm brotli-compressed. Limits:');
  out.push('  shares are estimates (context shared across parts); generic code counts in the crate that wrote it,');
  out.push('  not the page that used it; merged functions count for the name kept. ARCHITECTURE.md, "Size ledger".');
  return out.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`${dist}/index.html is missing: run \`make dist\` first.`);
    process.exit(1);
  }
  try {
    const result = await ledger();
    console.log(formatLedger(result));
    writeFileSync(path.join(outDir, 'ledger.json'), JSON.stringify({ ...result, english: result.english, languages: result.languages }, null, 2));
  } catch (error) {
    console.error(`The size ledger could not be made: ${error.message}`);
    process.exitCode = 1;
  }
}
