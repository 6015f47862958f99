/**
 * Makes the site installable: writes the web app manifest for the site's base path (served
 * from memory by the dev server) and links it, with the browser bar's colours, from every
 * HTML page. The icons it names are in public/ (drawn by scripts/make-icons.ts).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { themeColorMedia } from '../lib/theme-color.ts';
import { MANIFEST_FILE, THEME_COLORS, webManifest } from './manifest.ts';

export function webAppPlugin(): Plugin {
  let base = '/';
  const manifest = () => `${JSON.stringify(webManifest(base), null, 2)}\n`;
  return {
    name: 'web-app',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}${MANIFEST_FILE}`) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'application/manifest+json');
        response.end(manifest());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: manifest() });
    },
    transformIndexHtml(html) {
      // The bar's colours go right after the colour-scheme meta: before index.html's head
      // script, which points them at a stored theme, and after the charset.
      const anchor = '<meta name="color-scheme" content="light dark" />';
      if (!html.includes(anchor)) throw new Error(`index.html has no ${anchor}`);
      const colours = (['light', 'dark'] as const).map(
        (scheme) =>
          `<meta name="theme-color" media="${themeColorMedia(scheme, null)}" content="${THEME_COLORS[scheme]}" data-scheme="${scheme}" />`,
      );
      const tags: HtmlTagDescriptor[] = [
        { tag: 'link', attrs: { rel: 'manifest', href: `${base}${MANIFEST_FILE}` }, injectTo: 'head' },
      ];
      return { html: html.replace(anchor, [anchor, ...colours].join('\n    ')), tags };
    },
  };
}
