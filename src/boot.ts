/**
 * The page's only script tag. A prerendered page is readable before any JavaScript runs, so
 * the browser paints it first; only then is the app (src/main.tsx) fetched and run to hydrate
 * it. On a slow phone its code would otherwise compete with the page's styles and first image
 * for the network and hold the main thread before anything is shown.
 */
import './styles.css';

await new Promise<void>((resolve) => {
  // After the next frame is painted; a hidden tab paints no frames, so a timer makes sure.
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 250);
});
await import('./main.tsx');
