// Smoke test: the release build in dist/ starts, wherever it is hosted.
// Trunk builds with public_url "./", so the same files must work at a site's root and
// inside a council's sub-folder.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isImplicitFavicon, startServer, waitForAppStart } from './support/harness.mjs';
import { useApp, withPage } from './support/app.mjs';

const MOUNT_TIMEOUT_MS = 10_000;

const app = useApp({ serve: false });

for (const prefix of ['/', '/some/sub/path/']) {
  test(`the app starts when served at ${prefix}`, async () => {
    const server = await startServer({ root: app.root, prefix });
    try {
      await withPage(app, { server }, async (t) => {
        await t.page.goto(server.url);
        // The wasm started, replaced index.html's fallback inside the host element, and
        // rendered the start page's heading.
        const started = Date.now();
        await waitForAppStart(t, MOUNT_TIMEOUT_MS);
        const left = MOUNT_TIMEOUT_MS - (Date.now() - started);
        await t.page.locator('#carer-check h1').first().waitFor({ state: 'visible', timeout: left });

        // Every asset came from beside index.html, so relative URLs resolved inside the prefix.
        const ours = t.requests.filter((url) => url.startsWith(server.origin) && !isImplicitFavicon(url));
        assert.ok(ours.length > 0, 'the page made no request at all?');
        for (const url of ours) {
          assert.ok(new URL(url).pathname.startsWith(prefix), `${url} is outside ${prefix}`);
        }
        assert.deepEqual(
          server.requests.filter((r) => r.status >= 400 && r.url !== '/favicon.ico'),
          [],
          'the server answered some requests with an error',
        );
      });
    } finally {
      await server.close();
    }
  });
}
