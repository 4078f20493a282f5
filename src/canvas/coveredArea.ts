/**
 * The covered area: the part of the canvas React Flow is given (the view and a margin, see
 * `useCulledElements`), and the geometry that decides it.
 */
import { createContext } from 'react';
import type { Rect } from './geometry';

/** Below this zoom the canvas draws nodes and edges in less detail (their text would be a few pixels high). */
export const FAR_ZOOM = 0.3;

/**
 * True when the view is zoomed out below {@link FAR_ZOOM}: resource nodes are drawn as plain cards
 * in their colours (no text, icons or handles), edges as plain lines in their colours.
 */
export const FarViewContext = createContext(false);

/** The covered area, for components that draw only what lies there (edges cut their curves to it). Null: no limit. */
export const CoveredAreaContext = createContext<Rect | null>(null);

/** The view rectangle, in flow coordinates, of a transform and a canvas size. */
export function viewRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** The area to cover for a view: the view and half of it again on every side. */
export function coveredArea(view: Rect): Rect {
  return { x: view.x - view.width / 2, y: view.y - view.height / 2, width: view.width * 2, height: view.height * 2 };
}

/** True when `covered` no longer suits `view`: the view left it, or zoomed in to a quarter of it. */
export function needsNewArea(covered: Rect | null, view: Rect): boolean {
  if (covered === null) return true;
  const inside =
    view.x >= covered.x && view.y >= covered.y && view.x + view.width <= covered.x + covered.width && view.y + view.height <= covered.y + covered.height;
  return !inside || view.width * 4 < covered.width;
}

/** The view with a tenth of it around: enough for anything redrawn on every change of the view. */
export function nearView(view: Rect): Rect {
  return { x: view.x - view.width / 10, y: view.y - view.height / 10, width: view.width * 1.2, height: view.height * 1.2 };
}
