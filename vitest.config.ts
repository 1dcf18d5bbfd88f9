import { defineConfig } from 'vitest/config';

// Three kinds of test, told apart by folder (see CONTRIBUTING.md):
// unit  – pure functions in src/lib, no build;
// site  – build tests and browser tests on one build of the site, made once
//         by tests/setup/build-site.ts (set TEST_SITE_DIR to reuse a build).
//
// Timeouts are there to stop a hung test, never to judge speed: the suite must
// pass on a machine whose cores are busy with other work, so every limit is
// many times what the test needs on a quiet machine (vitest's 5 s default is
// not). A test heavier than most sets its own, larger limit and says why.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // browser.ts first: chromium and CJK fonts are installed (or the run stops) before anything builds.
          globalSetup: ['tests/setup/browser.ts', 'tests/setup/build-site.ts'],
          // A bad-input test builds a project copy; a hook may start chromium or a server.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // expect.poll waits for the page (a search to answer): up to a minute, not vitest's one second.
          expect: { poll: { timeout: 60_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
