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
    // CI counts results from this report (see .ci/run).
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
  },
});
