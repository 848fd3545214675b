import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    typecheck: { enabled: false },
    globalSetup: ['e2e/global-setup.ts'],
    setupFiles: ['vitest.setup.ts'],
  },
});
