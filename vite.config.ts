import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { defaultDigestsDir } from './src/pipeline/paths.ts';
import { digestsPlugin } from './src/pipeline/vite-plugin.ts';

/** `BASE_PATH=/sub/path/` builds a site that works under that sub-path. */
function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

export default defineConfig({
  base: basePath(),
  plugins: [react(), tailwindcss(), digestsPlugin({ dir: defaultDigestsDir() })],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
  },
});
