// The benchmarks' static host: serves a folder the way a real static host (or CDN) does,
// compressed. Every file is compressed once when the server starts (brotli quality 11 and
// gzip level 9, as a host that pre-compresses its files would), then each request gets
// brotli if its Accept-Encoding allows `br`, else gzip if it allows `gzip`, else the raw
// file, with Content-Encoding, Vary: Accept-Encoding and the right Content-Type
// (application/wasm for .wasm, so browsers stream-compile it). A file is sent compressed
// only when that is smaller. Files with a content hash in their name are cacheable for a
// year, the rest must be revalidated. 127.0.0.1 only; GET and HEAD.
//
// The e2e tests keep their own raw server (tests/e2e/support/serve.mjs): they check
// behaviour, not bytes on the wire. This one is for figures a carer's phone would see.
//
//   const server = await startCompressedServer({ root });  server.url ... await server.close();
//   node bench/serve.mjs [root=dist] [--port 8082]   (serve until Ctrl-C)

import { createServer } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { MIME_TYPES } from '../tests/e2e/support/serve.mjs';

/** Brotli at quality 11, as a host pre-compressing static files would (and as bench/sizes.mjs measures). */
export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** Reads and compresses every file under `root` (dot-paths skipped, as a host would). */
async function precompress(root) {
  const files = new Map(); // '/a/b.css' -> { type, raw, br, gzip }
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile()) continue;
    const rel = path.relative(root, path.join(e.parentPath ?? e.path, e.name));
    if (rel.split(path.sep).some((part) => part.startsWith('.'))) continue;
    const raw = await readFile(path.join(root, rel));
    const type = MIME_TYPES[path.extname(rel).toLowerCase()] ?? 'application/octet-stream';
    const br = brotli(raw);
    const gzip = gzipSync(raw, { level: 9 });
    files.set('/' + rel.split(path.sep).join('/'), {
      type,
      raw,
      br: br.length < raw.length ? br : null,
      gzip: gzip.length < raw.length ? gzip : null,
    });
  }
  return files;
}

/** Which encoding a request accepts (q=0 means "not this one"). */
function accepts(header, coding) {
  return String(header ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([name, ...params]) => name.trim().toLowerCase() === coding && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)));
}

/**
 * @param {{root: string, port?: number}} options
 * @returns {Promise<{url: string, origin: string, port: number, files: Map<string, object>,
 *   requests: {url: string, status: number, encoding: string, bytes: number}[], close: () => Promise<void>}>}
 */
export async function startCompressedServer({ root, port = 0 }) {
  const files = await precompress(path.resolve(root));
  const requests = [];
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      pathname = null;
    }
    if (pathname?.endsWith('/')) pathname += 'index.html';
    const file = pathname && files.get(path.posix.normalize(pathname));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      requests.push({ url: req.url, status: 405, encoding: '', bytes: 0 });
      return;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : 'Not found\n');
      requests.push({ url: req.url, status: 404, encoding: '', bytes: 0 });
      return;
    }
    const ae = req.headers['accept-encoding'];
    const [encoding, body] =
      file.br && accepts(ae, 'br') ? ['br', file.br] : file.gzip && accepts(ae, 'gzip') ? ['gzip', file.gzip] : ['', file.raw];
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      ...(encoding && { 'Content-Encoding': encoding }),
      Vary: 'Accept-Encoding',
      // As a host would: files with a content hash in their name never change, so the browser
      // keeps them; the rest it asks again each time. (Every run opens a fresh browser
      // context, so every run is still a first visit.)
      'Cache-Control': /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    requests.push({ url: req.url, status: 200, encoding: encoding || 'identity', bytes: body.length });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = server.address().port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: origin + '/',
    origin,
    port: actualPort,
    files,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--port');
  const port = i === -1 ? 8082 : Number(args.splice(i, 2)[1]);
  const root = args[0] ?? 'dist';
  const server = await startCompressedServer({ root, port });
  console.log(`Serving ${path.resolve(root)} compressed (br, gzip) at ${server.url} (Ctrl-C to stop)`);
}
