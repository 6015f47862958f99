import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { siteUrlDefine } from './vite.config.ts';

export default defineConfig({
  plugins: [react()],
  define: siteUrlDefine,
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
    restoreMocks: true,
    // CI counts results from this report (see .ci/run).
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
  },
});
