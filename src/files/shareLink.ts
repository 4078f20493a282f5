/**
 * Share links: the whole design in the URL fragment, so nothing is sent to a server. The fragment is
 * `#share=<payload>`, the payload being base64url (RFC 4648 §5, no padding) of the raw-deflated
 * UTF-8 text of the stable serialization. Decoding is bounded: a payload that inflates past the
 * import limit is refused, and the text still goes through `parseDesignText` like any import.
 */
import { MAX_DESIGN_BYTES } from '../model/limits';
import { MAX_SHARE_FRAGMENT_LENGTH, SHARE_KEY } from './shareFragment';

export { MAX_SHARE_FRAGMENT_LENGTH, SHARE_KEY, sharePayload } from './shareFragment';

const PREFIX = `${SHARE_KEY}=`;

/** A design's text turned into a fragment, or why it cannot be one. */
export type ShareEncoding = { ok: true; fragment: string } | { ok: false; fragmentLength: number };

/** A fragment turned back into a design's text, or why that failed. */
export type ShareDecoding = { ok: true; text: string } | { ok: false; message: string };

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  const source = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
  return source.pipeThrough(stream);
}

/** Base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url text (padding optional), or null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The fragment (`share=…`, without `#`) carrying `text`, unless it would be longer than the limit. */
export async function encodeShareFragment(text: string): Promise<ShareEncoding> {
  const compressed = await collect(transform(new TextEncoder().encode(text), new CompressionStream('deflate-raw')), Infinity);
  const fragment = `${PREFIX}${toBase64Url(compressed ?? new Uint8Array())}`;
  return fragment.length > MAX_SHARE_FRAGMENT_LENGTH ? { ok: false, fragmentLength: fragment.length } : { ok: true, fragment };
}

/** The design text carried by a share payload. */
export async function decodeSharePayload(payload: string): Promise<ShareDecoding> {
  if (payload === '') return { ok: false, message: 'The link carries no design: the part after "#share=" is empty' };
  const bytes = fromBase64Url(payload);
  if (!bytes) {
    return { ok: false, message: 'The link is damaged: the part after "#share=" contains characters a share link never has' };
  }
  let inflated: Uint8Array | null;
  try {
    inflated = await collect(transform(bytes, new DecompressionStream('deflate-raw')), MAX_DESIGN_BYTES);
  } catch {
    return { ok: false, message: 'The link is damaged or cut off: its design data cannot be unpacked (was the whole link copied?)' };
  }
  if (!inflated) {
    return { ok: false, message: `The link unpacks to more than ${MAX_DESIGN_BYTES / (1024 * 1024)} MiB, more than Faultline opens` };
  }
  return { ok: true, text: new TextDecoder().decode(inflated) };
}

/** A full share URL for the app at `base` (its origin and path; any fragment of `base` is replaced). */
export function shareUrl(base: string, fragment: string): string {
  const hashAt = base.indexOf('#');
  return `${hashAt === -1 ? base : base.slice(0, hashAt)}#${fragment}`;
}
