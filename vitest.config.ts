import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds of one project share its .astro/ folder (content modules, types),
          // so build and browser test files must run one at a time.
          fileParallelism: false,
          // Site builds take several seconds on a 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
