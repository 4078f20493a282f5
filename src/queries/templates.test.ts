import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { templateQueryOptions, templatesQueryOptions, type TextFetcher } from './templates';

const TEMPLATES = new URL('../../public/templates/', import.meta.url);

/** Serves `public/templates` from disk, recording the URLs asked for. */
function diskFetcher(asked: string[]): TextFetcher {
  return (url) => {
    asked.push(url);
    const name = decodeURIComponent(url.replace(/^\/templates\//, ''));
    return Promise.resolve(readFileSync(new URL(name, TEMPLATES), 'utf8'));
  };
}

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('templatesQueryOptions', () => {
  it('reads the index from /templates/index.json', async () => {
    const asked: string[] = [];
    const entries = await client().query({ ...templatesQueryOptions(diskFetcher(asked)), retry: false });
    expect(asked).toEqual(['/templates/index.json']);
    expect(entries.map((e) => e.name)).toContain('Two-zone web tier (recommended)');
    expect(entries.every((e) => e.teaches.length > 20)).toBe(true);
  });

  it('fails with a clear message when the index is not JSON', async () => {
    const broken: TextFetcher = () => Promise.resolve('<html>');
    await expect(client().query({ ...templatesQueryOptions(broken), retry: false })).rejects.toThrow('The template index is not valid JSON');
  });
});

describe('templateQueryOptions', () => {
  it('restores a template file, keyed by its file name', async () => {
    const asked: string[] = [];
    const options = templateQueryOptions('two-regions.faultline.json', diskFetcher(asked));
    expect(options.queryKey).toEqual(['templates', 'file', 'two-regions.faultline.json']);
    const file = await client().query({ ...options, retry: false });
    expect(asked).toEqual(['/templates/two-regions.faultline.json']);
    expect(file.design.name).toBe('Two regions behind a global load balancer');
  });

  it('reports a template that restore refuses', async () => {
    const broken: TextFetcher = () => Promise.resolve('{"format": "faultline.design", "version": 99}');
    await expect(client().query({ ...templateQueryOptions('x.faultline.json', broken), retry: false })).rejects.toThrow(
      'The template x.faultline.json is broken: This design was made by a newer Faultline (format version 99; this app reads up to 1)',
    );
  });
});
