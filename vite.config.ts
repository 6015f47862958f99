import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { defaultDigestsDir } from './src/pipeline/paths.ts';
import { digestsPlugin } from './src/pipeline/vite-plugin.ts';

/** `BASE_PATH=/sub/path/` builds a site that works under that sub-path. */
function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * react-router's package exports name only its development build (remix-run/react-router#12532,
 * #14753), which keeps dev-only warnings; a production build takes the production one.
 */
export const reactRouterProductionBuild = {
  find: /^react-router$/,
  replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)),
};

export default defineConfig(({ mode }) => ({
  base: basePath(),
  resolve: { alias: mode === 'production' ? [reactRouterProductionBuild] : [] },
  plugins: [react(), tailwindcss(), digestsPlugin({ dir: defaultDigestsDir() })],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
  },
}));
