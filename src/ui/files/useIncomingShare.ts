/**
 * Opening the app with a share link (`#share=…`): the design in the fragment is decoded and
 * handed to the import review (which asks before adding it to the library), and the fragment is
 * cleared at once so that reloading the page does not offer it again. A link pasted into the
 * address bar of an open tab (only the fragment changes) is handled the same way.
 */
import { useEffect, useRef } from 'react';
import type { ImportOrigin } from '../../files/importReview';
import { sharePayload } from '../../files/shareFragment';
import { parseDesignTextLazily, restoreUnavailable } from '../../files/lazyRestore';
import type { RestoreResult } from '../../model/restore';

const SHARE: ImportOrigin = { kind: 'share' };

/** Removes the fragment from the address without a reload or a new history entry. */
function clearFragment(): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
}

/** Watches the address for share links and reviews what they carry. */
export function useIncomingShare(review: (result: RestoreResult, origin: ImportOrigin) => void): void {
  const reviewRef = useRef(review);
  useEffect(() => {
    reviewRef.current = review;
  }, [review]);

  useEffect(() => {
    // In-flight decodes are not cancelled on clean-up: the fragment is already cleared by then, and
    // React's development double mount would otherwise drop the only decode.
    const check = () => {
      const payload = sharePayload(window.location.hash);
      if (payload === null) return;
      clearFragment();
      // The codec is loaded on first use; if it cannot be, the link is refused with the reason.
      void import('../../files/shareLink')
        .then(async ({ decodeSharePayload }) => {
          const decoded = await decodeSharePayload(payload);
          return decoded.ok ? parseDesignTextLazily(decoded.text) : ({ ok: false, error: { path: '', message: decoded.message } } satisfies RestoreResult);
        })
        .catch((error: unknown) => restoreUnavailable(error))
        .then((result) => reviewRef.current(result, SHARE));
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
}
