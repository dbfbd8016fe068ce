import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One file at a time: a browser test's Chromium uses both cores, and timing-sensitive probes
    // (keyboard traps, typing, Firefox rendering) must not compete with another file's browser.
    maxWorkers: 1,
  },
});
