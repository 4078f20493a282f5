import { CONNECTION_STYLES, DRAWN_CONNECTION_KINDS, markerId, SELECTED_COLOUR } from './connectionStyles';

/**
 * The arrowheads of every connection kind, defined once for all edges (an SVG `<marker>` per kind,
 * plus one in the selection colour), instead of once per edge.
 */
export function EdgeMarkers() {
  return (
    <svg className="fl-edge-markers" aria-hidden="true" focusable="false">
      <defs>
        {DRAWN_CONNECTION_KINDS.flatMap((kind) =>
          [false, true].map((selected) => (
            <marker
              key={markerId(kind, selected)}
              id={markerId(kind, selected)}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0 0L10 5L0 10z" fill={selected ? SELECTED_COLOUR : CONNECTION_STYLES[kind].colour} />
            </marker>
          )),
        )}
      </defs>
    </svg>
  );
}
