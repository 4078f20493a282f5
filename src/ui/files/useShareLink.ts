/** The share link of the open design, made on demand (compression is asynchronous). */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { DesignStore } from '../../store/designStore';
import type { ShareState } from './ShareDialog';

export interface ShareLink {
  state: ShareState;
  /** Packs the open design into a link (a newer request wins over an older one). */
  start: () => void;
}

export function useShareLink(store: DesignStore): ShareLink {
  const [state, setState] = useState<ShareState>({ kind: 'working' });
  const latest = useRef(0);
  const start = useCallback(() => {
    const request = ++latest.current;
    setState({ kind: 'working' });
    const file = store.getState().file;
    // The writer (canonical key order) and the codec are loaded on first use.
    Promise.all([import('../../model/serialize'), import('../../files/shareLink')])
      .then(async ([{ serializeDesignFile }, { encodeShareFragment, shareUrl }]) => ({
        encoded: await encodeShareFragment(serializeDesignFile(file)),
        shareUrl,
      }))
      .then(
        ({ encoded, shareUrl }) => {
          if (request !== latest.current) return;
          setState(encoded.ok ? { kind: 'ready', url: shareUrl(window.location.href, encoded.fragment) } : { kind: 'tooLarge', fragmentLength: encoded.fragmentLength });
        },
        (error: unknown) => {
          if (request === latest.current) setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
  }, [store]);
  return useMemo(() => ({ state, start }), [state, start]);
}
