// Adding a language adds 0 bytes to what an English-speaking carer downloads (issue 15).
// Builds dist/ again with one more language (a copy of the English wording with every text
// changed, under a new tag) into a second folder, in this same run, and compares: every file
// of the English first visit must be byte-for-byte the same, and the new language must be
// there as its own file. Run after `make dist`; exits 1 on any difference.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const TAG = 'x-test';

// The English wording base written by build.rs (the newest release build's OUT_DIR).
const metadata = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { cwd: root }));
const builds = path.join(metadata.target_directory, 'wasm32-unknown-unknown', 'release', 'build');
const base = readdirSync(builds)
  .filter((name) => name.startsWith('carer-check-'))
  .map((name) => path.join(builds, name, 'out', 'lang', 'en.json'))
  .filter((file) => existsSync(file))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (!base) throw new Error('no English wording base: run `make dist` first');

const work = mkdtempSync(path.join(tmpdir(), 'cc-one-more-language-'));
const wording = path.join(work, 'wording');
const second = path.join(work, 'dist');
try {
  execFileSync('mkdir', ['-p', wording]);
  const english = JSON.parse(readFileSync(base, 'utf8'));
  const other = Object.fromEntries(Object.entries(english).map(([key, text]) => [key, `${text} (x)`]));
  writeFileSync(path.join(wording, `${TAG}.json`), JSON.stringify(other, null, 1));
  // Every language records which texts a fluent speaker has checked: none, here.
  writeFileSync(path.join(wording, `${TAG}.review.toml`), '[checked]\n');
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', second], {
    cwd: root,
    env: { ...process.env, CARER_CHECK_EXTRA_WORDING: wording },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const firstVisit = (dir) =>
    readdirSync(dir, { recursive: true })
      .filter((file) => statSync(path.join(dir, file)).isFile() && !file.startsWith('lang') && !file.startsWith('.'))
      .sort();
  const before = firstVisit(dist);
  const after = firstVisit(second);
  const problems = [];
  if (before.join() !== after.join()) problems.push(`files differ: ${before.join(' ')} / ${after.join(' ')}`);
  let bytes = 0;
  for (const file of before) {
    const a = readFileSync(path.join(dist, file));
    const b = existsSync(path.join(second, file)) ? readFileSync(path.join(second, file)) : Buffer.alloc(0);
    bytes += a.length;
    if (!a.equals(b)) problems.push(`${file} changed (${a.length} -> ${b.length} bytes)`);
  }
  const added = path.join(second, 'lang', `${TAG}.bin`);
  if (!existsSync(added)) problems.push(`lang/${TAG}.bin was not built`);
  if (problems.length) {
    console.error(`Adding a language changed the English first visit:\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `One more language: the English first visit is the same ${before.length} files, ${bytes.toLocaleString('en-GB')} B raw, byte for byte (+0 B); ` +
        `the new language is its own file of ${statSync(added).size.toLocaleString('en-GB')} B raw.`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
