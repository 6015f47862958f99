import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Rolldown } from 'vite';
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

const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;
/**
 * Library modules that the first screen reaches only because a package's index re-exports them,
 * and that only later routes use: TanStack Query's `useQueries` (1.0 KB gzip with its observer).
 * The closure below follows every import of a package's index, so these are named here.
 */
const LATER_LIBRARY_MODULES =
  /[\\/]@tanstack[\\/](react-query|query-core)[\\/].*[\\/](useQueries|queriesObserver)\.js$/;
const BOOT = fileURLToPath(new URL('./src/boot.ts', import.meta.url));
const APP_ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));
const HOME_ROUTE = fileURLToPath(new URL('./src/app/routes/home.tsx', import.meta.url));

/** A module and everything it imports statically. */
function staticClosure(start: string, context: Rolldown.ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

interface FirstScreen {
  /** What the page's script imports: it runs before the first paint. */
  boot: Set<string>;
  app: Set<string>;
  home: Set<string>;
}

/**
 * The home page's code in a few files, not forty: each small file costs a request, and its
 * bytes compress apart from the rest. The page's script (src/boot.ts) and what it imports
 * first; then React, which boot runs in a task of its own; the app (all that src/main.tsx
 * imports); and the home route with all it imports (which the day and paper routes largely
 * share). Every other route keeps its chunks. Measured on the home page: 41 files,
 * 171.0 KB gzip → 11 files, 159.3 KB.
 */
function firstScreenGroups(): Rolldown.CodeSplittingGroup[] {
  // The module graph is complete when the groups are asked: read once per build.
  let sets: FirstScreen | null = null;
  const firstScreen = (context: Rolldown.ChunkingContext): FirstScreen =>
    (sets ??= {
      boot: staticClosure(BOOT, context),
      app: staticClosure(APP_ENTRY, context),
      home: staticClosure(HOME_ROUTE, context),
    });
  return [
    // Groups of a higher priority take their modules first: the app's group, which takes the
    // modules its own import too, must not take boot's, nor React.
    { name: 'react', test: REACT, priority: 3 },
    {
      debugName: 'boot',
      // Its styles stay with the page's script, as the pages' stylesheet.
      name: (id, context) => (id !== BOOT && !id.endsWith('.css') && firstScreen(context).boot.has(id) ? 'boot' : null),
      priority: 2,
    },
    {
      debugName: 'first screen',
      name: (id, context) => {
        const { app, home } = firstScreen(context);
        // src/main.tsx itself stays a chunk of its own: it awaits the home route's code before
        // it renders, and that code imports from the app's chunk, which must not wait for it.
        if (id === APP_ENTRY || LATER_LIBRARY_MODULES.test(id)) return null;
        if (app.has(id)) return 'app';
        return home.has(id) ? 'home' : null;
      },
      priority: 1,
    },
  ];
}

export default defineConfig(({ mode, isSsrBuild }) => ({
  base: basePath(),
  resolve: { alias: mode === 'production' ? [reactRouterProductionBuild] : [] },
  define: siteUrlDefine,
  plugins: [react(), tailwindcss(), digestsPlugin({ dir: defaultDigestsDir() }), webAppPlugin()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // No polyfill for `<link rel="modulepreload">`: of the target's browsers only Safari 16 lacks
    // it, and there a module still loads when it is imported, only not ahead of time.
    modulePreload: { polyfill: false },
    // The offline view is a page of its own, which the service worker precaches.
    ...(isSsrBuild
      ? {}
      : {
          rolldownOptions: {
            input: { index: 'index.html', offline: 'offline.html' },
            output: { codeSplitting: { groups: firstScreenGroups() } },
          },
        }),
  },
}));
