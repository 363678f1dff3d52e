import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Build and browser tests share the project root and two cores; running files one at a
    // time keeps Astro's caches from racing and the timings sane.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    projects: [
      // Pure logic: no build, no browser.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Real builds (made once in global-setup), the CLI, and the browser.
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
