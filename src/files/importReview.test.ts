import { describe, expect, it } from 'vitest';
import { emptyDesignFile } from '../model/defaults';
import { serializeDesignFile } from '../model/serialize';
import { looksLikeDesignText, originPhrase, reviewStep, wherePhrase } from './importReview';

const file = emptyDesignFile('x');
const clean = { ok: true as const, file, warnings: [] };
const repaired = { ok: true as const, file, warnings: [{ path: 'design.relations[0]', message: 'Removed' }] };
const refused = { ok: false as const, error: { path: 'version', message: 'newer' } };

describe('reviewStep', () => {
  it('explains a refused import', () => {
    expect(reviewStep({ origin: { kind: 'paste' }, result: refused })).toBe('reject');
  });

  it('asks before opening a repaired import', () => {
    expect(reviewStep({ origin: { kind: 'file', fileName: 'a.json' }, result: repaired })).toBe('confirm');
  });

  it('opens a clean file or paste at once', () => {
    expect(reviewStep({ origin: { kind: 'file', fileName: 'a.json' }, result: clean })).toBe('accept');
    expect(reviewStep({ origin: { kind: 'paste' }, result: clean })).toBe('accept');
  });

  it('always asks before adding a shared design', () => {
    expect(reviewStep({ origin: { kind: 'share' }, result: clean })).toBe('confirm');
  });
});

describe('wording', () => {
  it('names the source', () => {
    expect(originPhrase({ kind: 'file', fileName: 'web.faultline.json' })).toBe('the file "web.faultline.json"');
    expect(originPhrase({ kind: 'paste' })).toBe('the pasted text');
    expect(originPhrase({ kind: 'share' })).toBe('the shared link');
  });

  it('names the place, or the whole file when the problem has no path', () => {
    expect(wherePhrase('design.resources[3].cidr')).toBe('design.resources[3].cidr');
    expect(wherePhrase('')).toBe('the file as a whole');
  });
});

describe('looksLikeDesignText', () => {
  it('recognises a design file, also with leading white space', () => {
    expect(looksLikeDesignText(`\n  ${serializeDesignFile(file)}`)).toBe(true);
  });

  it('leaves other text and other JSON to the in-app paste', () => {
    expect(looksLikeDesignText('hello')).toBe(false);
    expect(looksLikeDesignText('{"resources": []}')).toBe(false);
    expect(looksLikeDesignText('[{"format": "faultline.design"}]')).toBe(false);
  });

  it('recognises a broken design file, so its problem gets explained', () => {
    expect(looksLikeDesignText('{"format": "faultline.design", "version": 9')).toBe(true);
  });
});
