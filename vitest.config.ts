import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // A fixed site address, whatever SITE_URL the shell has: the app's head tags are tested
  // with absolute URLs here, and without any in the end-to-end build of the root site.
  define: { 'import.meta.env.SITE_URL': JSON.stringify('https://papers.example.org') },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
    restoreMocks: true,
    // Several tests build a small archive or render the whole app: about a second each on a
    // quiet machine, but over Vitest's default 5 s on a busy one. No test here times anything
    // (speed is the bench's), so a longer limit only waits longer for a hang.
    testTimeout: 20_000,
    // CI counts results from this report (see .ci/run).
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
  },
});
