import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { defaultDigestsDir } from './src/pipeline/paths.ts';
import { digestsPlugin } from './src/pipeline/vite-plugin.ts';
import { webAppPlugin } from './src/pwa/vite-plugin.ts';

/** `BASE_PATH=/sub/path/` builds a site that works under that sub-path. */
function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * `SITE_URL=https://you.github.io`: the address canonical and Open Graph URLs start with,
 * compiled into the app (`import.meta.env.SITE_URL`) so that the browser writes a page's head
 * exactly as the prerender did. Unset, it is '' and no page names a host it cannot know
 * (src/components/page-head.tsx).
 */
const siteUrlDefine = {
  'import.meta.env.SITE_URL': JSON.stringify(process.env.SITE_URL ?? ''),
};

/**
 * react-router's package exports name only its development build (remix-run/react-router#12532,
 * #14753), which keeps dev-only warnings; a production build takes the production one.
 */
export const reactRouterProductionBuild = {
  find: /^react-router$/,
  replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)),
};

export default defineConfig(({ mode, isSsrBuild }) => ({
  base: basePath(),
  resolve: { alias: mode === 'production' ? [reactRouterProductionBuild] : [] },
  define: siteUrlDefine,
  plugins: [react(), tailwindcss(), digestsPlugin({ dir: defaultDigestsDir() }), webAppPlugin()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // The offline view is a page of its own, which the service worker precaches.
    ...(isSsrBuild ? {} : { rolldownOptions: { input: { index: 'index.html', offline: 'offline.html' } } }),
  },
}));
