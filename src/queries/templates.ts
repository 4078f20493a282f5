/**
 * The template gallery as TanStack Query server state: the index and each template file are static
 * assets served with the app (`/templates/`), fetched once and kept for the session. A template is
 * restored like any import; one that restore refuses or has to repair is reported as broken, since
 * templates are ours and must load cleanly.
 */
import { queryOptions } from '@tanstack/react-query';
import { parseTemplateIndex, templateUrl, type TemplateEntry } from '../files/templateIndex';
import type { DesignFile } from '../model/types';

/** The first element of every template query key. */
export const TEMPLATES_QUERY = 'templates';

/** Fetches a static asset's text; `fetchText` is replaceable in tests. */
export type TextFetcher = (url: string, signal: AbortSignal) => Promise<string>;

const defaultFetch: TextFetcher = async (url, signal) => {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  return response.text();
};

function baseUrl(): string {
  return import.meta.env.BASE_URL;
}

/** The gallery's list of templates. */
export function templatesQueryOptions(fetchText: TextFetcher = defaultFetch) {
  return queryOptions({
    queryKey: [TEMPLATES_QUERY, 'index'] as const,
    queryFn: async ({ signal }): Promise<TemplateEntry[]> => {
      const text = await fetchText(templateUrl('index.json', baseUrl()), signal);
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        throw new Error('The template index is not valid JSON');
      }
      return parseTemplateIndex(raw);
    },
    // Static files of this very app: the same server that served the page, so always try.
    networkMode: 'always',
    staleTime: Infinity,
    retry: 1,
  });
}

/** One template's design file, restored. */
export function templateQueryOptions(file: string, fetchText: TextFetcher = defaultFetch) {
  return queryOptions({
    queryKey: [TEMPLATES_QUERY, 'file', file] as const,
    queryFn: async ({ signal }): Promise<DesignFile> => {
      const text = await fetchText(templateUrl(file, baseUrl()), signal);
      // Restore is loaded on first use; a failed load fails the query like a failed fetch.
      const { parseDesignText } = await import('../model/restore');
      const result = parseDesignText(text);
      if (!result.ok) throw new Error(`The template ${file} is broken: ${result.error.message}`);
      if (result.warnings.length > 0) {
        throw new Error(`The template ${file} needed repairs: ${result.warnings.map((w) => w.message).join('; ')}`);
      }
      return result.file;
    },
    networkMode: 'always',
    staleTime: Infinity,
    retry: 1,
  });
}
