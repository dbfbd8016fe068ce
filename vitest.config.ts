import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at once: browser tests spend much of their time waiting (render settling,
    // Retry-After, motion watches), so both cores stay busy.
    maxWorkers: 2,
  },
});
