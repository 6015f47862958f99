import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { rootQueryOptions } from '../../../api/root.ts';
import { useReadState } from '../../../hooks/use-read-state.ts';
import { newSince } from '../../../lib/read-state.ts';

const NewSinceNotice = lazy(async () => ({
  default: (await import('./new-since-notice.tsx')).NewSinceNotice,
}));

/**
 * Where "12 new papers since your last visit" appears: among the notes floating at the bottom
 * of the screen (see Layout) rather than taking a place in the page, since it can only appear
 * once the app has read the reader's visits and nothing of the page may move then. The live
 * region is there from the start, so that the notice is announced when it appears; the
 * notice's code loads only when there is something new.
 */
export function NewSinceSlot() {
  const { loaded, data } = useReadState();
  const latest = useQuery(rootQueryOptions()).data?.latest?.date;
  const since = loaded ? newSince(data) : null;
  return (
    <div role="status" className="flex max-w-full justify-center">
      {since !== null && latest !== undefined && since < latest ? (
        <Suspense fallback={null}>
          <NewSinceNotice since={since} latest={latest} />
        </Suspense>
      ) : null}
    </div>
  );
}
