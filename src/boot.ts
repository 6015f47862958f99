/**
 * The page's only script tag. A prerendered page is readable before any JavaScript runs, so
 * the browser shows it first; only then is the app (src/main.tsx) fetched and run to hydrate
 * it. On a slow phone its code would otherwise compete with the page's styles and first image
 * for the network, and hold the main thread, before anything is shown.
 */
import './styles.css';
import { showPrerenderedVariant } from './lib/page-variant.ts';

/**
 * Resolves once the page's first paint has been shown (the browser reports it), or after
 * `limit` ms. Where paint timing is not reported, after the next frame.
 */
function firstPaintShown(limit: number): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByType('paint').length > 0) {
      resolve();
      return;
    }
    if (!PerformanceObserver.supportedEntryTypes.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      setTimeout(resolve, limit); // a hidden tab runs no frames
      return;
    }
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint' });
    // A hidden tab paints nothing: it does not wait.
    setTimeout(resolve, document.visibilityState === 'hidden' ? 0 : limit);
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

showPrerenderedVariant();

const html = document.documentElement;
if ('stale' in html.dataset) {
  // A stale page (see index.html) stays hidden until the app has drawn it afresh: there is no
  // paint to wait for and no input to keep the main thread free for. The reader waits for the
  // app alone, so it starts at once, in one go. Its code has arrived: index.html's fallback,
  // which shows the page after 3 s, is not for a slow phone drawing it, only for code that
  // does not run.
  if (html.dataset.stale === 'hidden') html.dataset.stale = 'drawing';
  try {
    await import('./main.tsx');
  } catch (error) {
    html.dataset.stale = 'shown';
    throw error;
  }
} else {
  await firstPaintShown(1000);
  // The browser runs a module graph in one task, and the app's was long enough to hold input on
  // a slow phone. So React DOM, the biggest part, runs in a task of its own first, and the rest
  // of the app after. (Dates are written without Intl, whose first formatter is another such
  // task: see lib/format.ts.)
  await import('react-dom/client');
  await nextTask();
  await import('./main.tsx');
}
