/**
 * Bundle sizes of the benchmark build: the JavaScript and CSS the app's `index.html` loads at start
 * (entry script and module preloads), the analysis worker chunk, and the chunks loaded later on
 * demand. Gzip at the default level, as Vite reports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleSizes {
  initialJs: ChunkSize[];
  initialJsGzipBytes: number;
  initialCss: ChunkSize[];
  initialCssGzipBytes: number;
  worker: ChunkSize[];
  lazy: ChunkSize[];
}

const attr = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1] ?? null;

/** The asset paths an HTML file loads at start, by kind. */
export function startAssets(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    const href = attr(tag, 'href');
    const rel = attr(tag, 'rel');
    if (tag.startsWith('<script') && src !== null && attr(tag, 'type') === 'module') js.push(src);
    else if (rel === 'modulepreload' && href !== null) js.push(href);
    else if (rel === 'stylesheet' && href !== null) css.push(href);
  }
  return { js, css };
}

function size(outDir: string, file: string): ChunkSize {
  const data = readFileSync(join(outDir, file));
  return { file, bytes: data.length, gzipBytes: gzipSync(data).length };
}

const sum = (chunks: readonly ChunkSize[]): number => chunks.reduce((s, c) => s + c.gzipBytes, 0);
const local = (path: string): string => path.replace(/^\//, '');

/** Sizes of the app's start-up, worker and lazy chunks in `outDir` (the bare page's own chunks left out). */
export function bundleSizes(outDir: string, barePage: string): BundleSizes {
  const app = startAssets(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const bare = startAssets(readFileSync(join(outDir, barePage), 'utf8'));
  const initialJs = app.js.map((f) => size(outDir, local(f)));
  const initialCss = app.css.map((f) => size(outDir, local(f)));
  const known = new Set([...app.js, ...bare.js].map(local));
  const worker: ChunkSize[] = [];
  const lazy: ChunkSize[] = [];
  for (const name of readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).sort()) {
    const file = `assets/${name}`;
    if (known.has(file)) continue;
    (name.includes('worker') ? worker : lazy).push(size(outDir, file));
  }
  return { initialJs, initialJsGzipBytes: sum(initialJs), initialCss, initialCssGzipBytes: sum(initialCss), worker, lazy };
}
