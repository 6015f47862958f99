/**
 * Says to screen-reader users which page the app has moved to. A client-side navigation
 * loads no document, so a screen reader announces nothing of it by itself; as Gatsby's and
 * Next.js's route announcers do, a live region then says the new page's title (polite: it
 * waits until the reader is done speaking). Focus stays where it was, on the link that was
 * followed, so Tab goes on from there and the skip link still leads to the content.
 *
 * Announced: a navigation by a link or by Back/Forward, once its page has its title (its
 * data may still be loading). Not announced: the first page of a visit (the screen reader
 * reads it), nor a replaced URL (a sort order, a language, a search query: the same page
 * with other parameters).
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/** Receives the page's title when it has one, and null when it goes. */
const PublishTitle = createContext<(title: string | null) => void>(() => undefined);

export function RouteAnnouncer({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const [message, setMessage] = useState('');
  /** The title of the page on screen, once it has one. */
  const title = useRef<string | null>(null);
  /** A navigation came before its page had a title: the page's next title is announced. */
  const waiting = useRef(false);
  const seen = useRef(location);

  const publish = useCallback((next: string | null) => {
    title.current = next;
    if (next !== null && waiting.current) {
      waiting.current = false;
      setMessage(next);
    }
  }, []);

  // A parent's effects run after its children's: a page that has its title at once, and the
  // page it replaced, have told it already.
  useEffect(() => {
    if (seen.current === location) return;
    seen.current = location;
    if (navigationType === NavigationType.Replace) return;
    if (title.current === null) waiting.current = true;
    else setMessage(title.current);
  }, [location, navigationType]);

  return (
    <PublishTitle.Provider value={publish}>
      {children}
      <div id="route-announcer" role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {message}
      </div>
    </PublishTitle.Provider>
  );
}

/** Hands the page's title to the announcer (a no-op outside one). */
export function useAnnounceTitle(title: string): void {
  const publish = useContext(PublishTitle);
  useEffect(() => {
    publish(title);
    return () => {
      publish(null);
    };
  }, [publish, title]);
}
