import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site builds take several seconds on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
