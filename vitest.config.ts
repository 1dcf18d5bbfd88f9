import { defineConfig } from 'vitest/config';

// Three kinds of test, told apart by folder (see CONTRIBUTING.md):
// unit  – pure functions in src/lib, no build;
// site  – build tests and browser tests on one build of the site, made once
//         by tests/setup/build-site.ts (set TEST_SITE_DIR to reuse a build).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // browser.ts first: chromium and CJK fonts are installed (or the run stops) before anything builds.
          globalSetup: ['tests/setup/browser.ts', 'tests/setup/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
