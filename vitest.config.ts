import { defineConfig } from 'vitest/config';

// Threads without isolation: measured 8x faster than the default forks pool on this machine
// (../shared/reference/deps.md §9). In exchange, tests never use vi.mock: dependencies are injected.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    isolate: false,
    testTimeout: 30_000,
  },
});
