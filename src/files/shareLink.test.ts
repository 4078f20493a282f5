import { describe, expect, it } from 'vitest';
import { emptyDesignFile } from '../model/defaults';
import { MAX_DESIGN_BYTES, parseDesignText } from '../model/restore';
import { serializeDesignFile } from '../model/serialize';
import {
  decodeSharePayload,
  encodeShareFragment,
  fromBase64Url,
  MAX_SHARE_FRAGMENT_LENGTH,
  sharePayload,
  shareUrl,
  toBase64Url,
} from './shareLink';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function encodeOk(text: string): Promise<string> {
  const encoded = await encodeShareFragment(text);
  if (!encoded.ok) throw new Error(`not encodable: ${encoded.fragmentLength}`);
  return encoded.fragment;
}

describe('base64url', () => {
  it('round-trips every byte value without padding or +/ characters', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(text)).toEqual(bytes);
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});

describe('share fragments', () => {
  it('encodes a design into #share=… and decodes it back to the same text', async () => {
    const text = serializeDesignFile(emptyDesignFile('Shared web tier'));
    const fragment = await encodeOk(text);
    expect(fragment).toMatch(/^share=[A-Za-z0-9_-]+$/);
    const payload = sharePayload(`#${fragment}`);
    expect(payload).not.toBeNull();
    expect(await decodeSharePayload(payload ?? '')).toEqual({ ok: true, text });
  });

  it('compresses: a repetitive design gives a fragment much shorter than its text', async () => {
    const text = '{"name": "instance", "kind": "instance"},\n'.repeat(500);
    const fragment = await encodeOk(text);
    expect(fragment.length).toBeLessThan(text.length / 10);
  });

  it('refuses a design whose fragment would pass the limit, telling its length', async () => {
    // Random hex does not compress below half its size, so 80,000 characters cannot fit in 32,000.
    const noise = Array.from({ length: 40_000 }, () => Math.floor(Math.random() * 256).toString(16).padStart(2, '0')).join('');
    const encoded = await encodeShareFragment(noise);
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) expect(encoded.fragmentLength).toBeGreaterThan(MAX_SHARE_FRAGMENT_LENGTH);
  });

  it('recognises only share fragments', () => {
    expect(sharePayload('#share=abc')).toBe('abc');
    expect(sharePayload('share=abc')).toBe('abc');
    expect(sharePayload('#other=abc')).toBeNull();
    expect(sharePayload('')).toBeNull();
  });

  it('builds the link on the app address, replacing any fragment there', () => {
    expect(shareUrl('https://faultline.example/app/', 'share=xyz')).toBe('https://faultline.example/app/#share=xyz');
    expect(shareUrl('https://faultline.example/#share=old', 'share=new')).toBe('https://faultline.example/#share=new');
  });
});

describe('decoding damaged or hostile links', () => {
  it('says so when the payload is empty', async () => {
    expect(await decodeSharePayload('')).toEqual({ ok: false, message: 'The link carries no design: the part after "#share=" is empty' });
  });

  it('says so when the payload has characters base64url never has', async () => {
    expect(await decodeSharePayload('abc$def')).toEqual({
      ok: false,
      message: 'The link is damaged: the part after "#share=" contains characters a share link never has',
    });
  });

  it('says so when the payload is not deflate data', async () => {
    const notDeflate = toBase64Url(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect(await decodeSharePayload(notDeflate)).toEqual({
      ok: false,
      message: 'The link is damaged or cut off: its design data cannot be unpacked (was the whole link copied?)',
    });
  });

  it('says so when the link was cut off in the middle', async () => {
    const text = serializeDesignFile(emptyDesignFile('Cut'));
    const payload = sharePayload(await encodeOk(text)) ?? '';
    expect(await decodeSharePayload(payload.slice(0, Math.floor(payload.length / 2) & ~3))).toEqual({
      ok: false,
      message: 'The link is damaged or cut off: its design data cannot be unpacked (was the whole link copied?)',
    });
  });

  it('stops inflating a payload that unpacks past the import limit', async () => {
    const bomb = await deflate(new Uint8Array(MAX_DESIGN_BYTES + 1024).fill(0x20));
    expect(await decodeSharePayload(toBase64Url(bomb))).toEqual({
      ok: false,
      message: 'The link unpacks to more than 10 MiB, more than Faultline opens',
    });
  });

  it('hands a decoded text that is not a design to restore, which names the problem', async () => {
    const fragment = await encodeOk('{"format":"something.else"}');
    const decoded = await decodeSharePayload(sharePayload(fragment) ?? '');
    if (!decoded.ok) throw new Error(decoded.message);
    const restored = parseDesignText(decoded.text);
    expect(restored.ok).toBe(false);
    if (!restored.ok) expect(restored.error.path).toBe('format');
  });
});
