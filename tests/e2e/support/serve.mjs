// A tiny static file server for tests and benchmarks: no dependencies, 127.0.0.1 only.
//
// Why our own: dist/ must be tested the way a council would host it — under any sub-path,
// with the right MIME types (browsers only stream-compile wasm served as application/wasm)
// and with whatever headers (e.g. a Content-Security-Policy) the test wants to try.
//
// As a module:  const server = await startServer({ root: 'dist', prefix: '/a/b/', headers: {...} });
//               server.url  -> 'http://127.0.0.1:PORT/a/b/'   ...   await server.close();
// From a shell: node tests/e2e/support/serve.mjs [root=dist] [--port 8081] [--prefix /a/b/]

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};

/**
 * Serve `root` on 127.0.0.1.
 * @param {object} options
 * @param {string} [options.root='dist'] folder to serve
 * @param {string} [options.prefix='/'] URL sub-path the folder appears under ('/a/b/');
 *   anything outside it is a 404, as on a real host where the app is one folder of many
 * @param {Record<string,string>} [options.headers={}] extra headers on every response
 * @param {number} [options.port=0] 0 picks a free port
 * @returns {Promise<{url: string, origin: string, port: number, prefix: string,
 *   requests: {method: string, url: string, status: number}[], failWith: (status: number|null) => void,
 *   close: () => Promise<void>}>}
 */
export async function startServer({ root = 'dist', prefix = '/', headers = {}, port = 0 } = {}) {
  const rootDir = path.resolve(root);
  prefix = normalisePrefix(prefix);
  const requests = []; // what the server answered, for tests that want to check it
  let failing = null; // a status to answer everything with, as a broken host would

  const server = createServer(async (req, res) => {
    const status = failing ? sendError(req, res, failing, headers) : await answer(req, res, rootDir, prefix, headers);
    requests.push({ method: req.method, url: req.url, status });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = server.address().port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: origin + prefix,
    origin,
    port: actualPort,
    prefix,
    requests,
    /** From now on, answer every request with this status and an error page (null: serve again). */
    failWith: (status) => {
      failing = status;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections(); // keep-alive sockets would hold close() open
        server.close(() => resolve());
      }),
  };
}

// A host's error page, as a council's server might send when the site is down or moved.
function sendError(req, res, status, extraHeaders) {
  const body = `<!doctype html><title>Error ${status}</title><h1>Sorry, this page is not available (${status})</h1>\n`;
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...extraHeaders });
  res.end(req.method === 'HEAD' ? undefined : body);
  return status;
}

// Answers one request and returns the status code it sent.
async function answer(req, res, rootDir, prefix, extraHeaders) {
  const send = (status, body, type = 'text/plain; charset=utf-8', more = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extraHeaders, ...more });
    res.end(req.method === 'HEAD' ? undefined : body);
    return status;
  };

  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n', undefined, { Allow: 'GET, HEAD' });

  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return send(400, 'Bad request\n');
  }
  // '/a/b' without the slash: redirect, so the page's relative asset URLs resolve inside it.
  if (pathname + '/' === prefix) return send(301, '', undefined, { Location: prefix });
  if (!pathname.startsWith(prefix)) return send(404, 'Not found\n');

  // Resolve inside rootDir only: '..' and absolute tricks must not escape it.
  let file = path.resolve(rootDir, '.' + path.posix.normalize('/' + pathname.slice(prefix.length)));
  if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return send(404, 'Not found\n');

  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return send(301, '', undefined, { Location: pathname + '/' });
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return send(404, 'Not found\n');

  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': 'no-store', // tests always see the dist/ just built
    'X-Content-Type-Options': 'nosniff', // as a careful host would: a wrong MIME type fails loudly
    ...extraHeaders,
  });
  if (req.method === 'HEAD') {
    res.end();
  } else {
    await new Promise((resolve) => {
      const stream = createReadStream(file);
      stream.on('error', () => res.destroy());
      res.on('close', resolve);
      stream.pipe(res);
    });
  }
  return 200;
}

function normalisePrefix(prefix) {
  let p = prefix.startsWith('/') ? prefix : '/' + prefix;
  if (!p.endsWith('/')) p += '/';
  return p;
}

// Command line: serve a folder until Ctrl-C (handy for poking at dist/ by hand).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : args.splice(i, 2)[1];
  };
  const port = Number(option('--port', 8081));
  const prefix = option('--prefix', '/');
  const root = args[0] ?? 'dist';
  const server = await startServer({ root, prefix, port });
  console.log(`Serving ${path.resolve(root)} at ${server.url} (Ctrl-C to stop)`);
}
