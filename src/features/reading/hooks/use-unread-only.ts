import { useSearchParams } from 'react-router';
import { UNREAD_PARAM } from '../../../config/paths.ts';

/** Whether a grid shows unread papers only, kept in the URL so that a reload or Back keeps it. */
export function useUnreadOnly(): [boolean, (on: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const on = params.get(UNREAD_PARAM) === '1';
  const set = (next: boolean) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(UNREAD_PARAM, '1');
        else updated.delete(UNREAD_PARAM);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  return [on, set];
}
