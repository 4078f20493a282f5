/**
 * The share fragment's key and limits, apart from the codec in `shareLink.ts`: the app checks every
 * address for a share at start-up, and loads the codec only when there is one to unpack or make.
 */

/** The fragment's key. */
export const SHARE_KEY = 'share';

/** The longest fragment (without `#`) a share link may have; longer ones break in mail and chat tools. */
export const MAX_SHARE_FRAGMENT_LENGTH = 32_000;

const PREFIX = `${SHARE_KEY}=`;

/** The payload of a share fragment (`#share=…` or `share=…`), or null when the fragment is not a share. */
export function sharePayload(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  return fragment.startsWith(PREFIX) ? fragment.slice(PREFIX.length) : null;
}
