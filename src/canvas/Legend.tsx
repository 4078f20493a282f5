import { Panel } from '@xyflow/react';
import { useId } from 'react';
import { useCanvasUi } from './CanvasUiContext';
import { CONNECTION_STYLES, DRAWN_CONNECTION_KINDS } from './edges/connectionStyles';
import { CONNECTION_KIND_LABELS } from './labels';

/** The key to edge colours and dash patterns; shown while the toolbar's Legend toggle is on. */
export function Legend() {
  const open = useCanvasUi((s) => s.legendOpen);
  const headingId = useId();
  if (!open) return null;
  return (
    <Panel position="top-right" className="fl-legend" aria-labelledby={headingId} role="region">
      <h2 id={headingId} className="fl-legend-title">
        Connections
      </h2>
      <ul className="fl-legend-list">
        {DRAWN_CONNECTION_KINDS.map((kind) => {
          const look = CONNECTION_STYLES[kind];
          return (
            <li key={kind} className="fl-legend-item">
              <svg width="36" height="10" aria-hidden="true" focusable="false">
                <line x1="1" y1="5" x2={look.arrow ? 29 : 35} y2="5" stroke={look.colour} strokeWidth="2" strokeDasharray={look.dash} />
                {look.arrow && <path d="M29 1.5L35 5L29 8.5z" fill={look.colour} />}
              </svg>
              {CONNECTION_KIND_LABELS[kind]}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
