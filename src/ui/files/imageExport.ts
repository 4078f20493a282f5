/**
 * Image export of the whole diagram (PNG or SVG), whatever part of it is on screen: the React Flow
 * viewport is captured with html-to-image (loaded only when first used) under a transform that fits
 * every node into the image, and a legend is captured below it. What the canvas shows — statuses
 * and outage overlay of an active scenario included — is what the image shows.
 */
import type { Rect } from '@xyflow/react';
import type { Options } from 'html-to-image/lib/types';
import { exportFrame, type ExportFrame } from './imageFrame';

/** The image's background (the canvas's own is a dotted pattern, left out of the image). */
const BACKGROUND = '#ffffff';
/** PNGs are rendered at twice the CSS size, so text stays sharp when zoomed or printed. */
const PNG_PIXEL_RATIO = 2;
const SVG_NS = 'http://www.w3.org/2000/svg';

export type ImageFormat = 'png' | 'svg';

/** Parts of the canvas that are interaction chrome, not diagram: connection handles. */
const isDiagram = (node: HTMLElement): boolean => !(node instanceof Element && node.classList.contains('react-flow__handle'));

/** The React Flow viewport element inside a flow root. */
export function flowViewport(flowRoot: HTMLElement): HTMLElement {
  const viewport = flowRoot.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The canvas is not ready yet');
  return viewport;
}

/** What {@link captureDiagram} needs: the viewport, the diagram's bounds, and the legend laid out at the image width. */
export interface CaptureInput {
  viewport: HTMLElement;
  /** The bounds of every node, in flow coordinates (React Flow's `getNodesBounds`). */
  bounds: Rect;
  /** Renders the legend `width` pixels wide and returns its element (already in the document). */
  renderLegend: (width: number) => HTMLElement;
  format: ImageFormat;
}

/** A finished image: its bytes and the frame it was drawn in. */
export interface CapturedImage {
  blob: Blob;
  frame: ExportFrame;
}

function diagramOptions(frame: ExportFrame, fontEmbedCSS: string): Options {
  const { x, y, zoom } = frame.viewport;
  return {
    width: frame.width,
    height: frame.diagramHeight,
    backgroundColor: BACKGROUND,
    fontEmbedCSS,
    filter: isDiagram,
    style: {
      width: `${frame.width}px`,
      height: `${frame.diagramHeight}px`,
      transform: `translate(${x}px, ${y}px) scale(${zoom})`,
    },
  };
}

/** The markup of an SVG data URL as html-to-image makes it (`data:image/svg+xml;charset=utf-8,<escaped>`). */
function svgElementOf(dataUrl: string): SVGSVGElement {
  const markup = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (!(root instanceof SVGSVGElement)) throw new Error('The image could not be put together');
  return root;
}

/**
 * One SVG document with the diagram on top and the legend below it. Being one document matters:
 * the edges' arrowheads refer to markers that are defined in the legend's part (see `ExportLegend`).
 */
function composeSvg(frame: ExportFrame, diagram: string, legend: string, title: string): string {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(frame.width));
  svg.setAttribute('height', String(frame.height));
  svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', BACKGROUND);
  const top = svgElementOf(diagram);
  const bottom = svgElementOf(legend);
  bottom.setAttribute('y', String(frame.diagramHeight));
  svg.append(titleElement, background, document.importNode(top, true), document.importNode(bottom, true));
  return new XMLSerializer().serializeToString(svg);
}

/** The SVG document rasterised to a PNG at {@link PNG_PIXEL_RATIO} times its size. */
async function rasterise(frame: ExportFrame, svgText: string): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = frame.width * PNG_PIXEL_RATIO;
  canvas.height = frame.height * PNG_PIXEL_RATIO;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not give a canvas to draw the image on');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  // The SVG is vector data: drawn at the larger size, text and lines are rendered sharp.
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG'))), 'image/png');
  });
}

/** Captures the whole diagram and its legend as one image. `title` names the SVG document. */
export async function captureDiagram({ viewport, bounds, renderLegend, format }: CaptureInput, title: string): Promise<CapturedImage> {
  const heightOf = (element: HTMLElement): number => Math.ceil(element.getBoundingClientRect().height);
  const width = exportFrame(bounds, 0).width;
  let legend = renderLegend(width);
  let frame = exportFrame(bounds, heightOf(legend));
  if (frame.width !== width) {
    // Only a very flat diagram changes width once the legend is known; lay the legend out again.
    legend = renderLegend(frame.width);
    frame = exportFrame(bounds, heightOf(legend));
  }
  const legendOptions: Options = { width: frame.width, height: frame.height - frame.diagramHeight, backgroundColor: BACKGROUND };

  const htmlToImage = await import('html-to-image');
  // The app uses the system font stack: this finds no web fonts to embed, and says so once for both captures.
  const fontEmbedCSS = await htmlToImage.getFontEmbedCSS(viewport);
  const [diagram, legendSvg] = await Promise.all([
    htmlToImage.toSvg(viewport, diagramOptions(frame, fontEmbedCSS)),
    htmlToImage.toSvg(legend, { ...legendOptions, fontEmbedCSS }),
  ]);
  const svgText = composeSvg(frame, diagram, legendSvg, title);
  if (format === 'png') return { blob: await rasterise(frame, svgText), frame };
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${svgText}\n`;
  return { blob: new Blob([text], { type: 'image/svg+xml' }), frame };
}
