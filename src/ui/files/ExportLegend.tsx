import type { ReactNode } from 'react';
import { STATUS_NAMES, type Status } from '../../engine/types';
import { StatusIcon } from '../analysis/StatusBadge';
import { STATUS_LABEL, STATUS_MEANING } from '../analysis/statusText';

/** How one connection kind is drawn, for the legend. */
export interface LegendConnection {
  kind: string;
  label: string;
  colour: string;
  /** SVG dash pattern, or undefined for a solid line. */
  dash: string | undefined;
  arrow: boolean;
}

/** Props of {@link ExportLegend}. */
export interface ExportLegendProps {
  designName: string;
  /** The simulated outage as a title ("europe-se-1a down"), or null when none is simulated. */
  scenario: string | null;
  /** The connection kinds the design uses, in legend order. */
  connections: readonly LegendConnection[];
  /** The image width the legend is laid out for. */
  width: number;
  /**
   * Invisible definitions the diagram refers to (the edges' arrowhead markers): the legend and the
   * diagram end up in one SVG document, where the diagram's references find them.
   */
  definitions?: ReactNode;
}

// Inline styles: the legend is captured into an image on its own, outside the app's style sheets' reach.
const TEXT = '#1c2533';
const MUTED = '#5b6675';
const STATUS_COLOUR: Record<Status, string> = { OK: '#2e7d32', DEGRADED: '#9a5b00', DOWN: '#c62828', FAILED: '#7f1d1d' };
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const row = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px 16px', margin: '6px 0 0' } as const;
const item = { display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' } as const;
const heading = { fontWeight: 600, color: MUTED, marginRight: 4 } as const;

function ConnectionSample({ look }: { look: LegendConnection }) {
  return (
    <svg width="36" height="10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2={look.arrow ? 29 : 35} y2="5" stroke={look.colour} strokeWidth="2" strokeDasharray={look.dash} />
      {look.arrow && <path d="M29 1.5L35 5L29 8.5z" fill={look.colour} />}
    </svg>
  );
}

/**
 * The legend band under an exported image: the design's name and the simulated outage, what each
 * status looks like, and how each kind of connection in the design is drawn.
 */
export function ExportLegend({ designName, scenario, connections, width, definitions }: ExportLegendProps) {
  return (
    <div
      className="fl-export-legend"
      style={{
        position: 'relative',
        boxSizing: 'border-box',
        width,
        padding: '12px 40px 16px',
        borderTop: '1px solid #d9dee5',
        background: '#ffffff',
        color: TEXT,
        font: `13px/1.4 ${FONT}`,
      }}
    >
      <div style={{ ...row, margin: 0, justifyContent: 'space-between' }}>
        <strong style={{ fontSize: 15 }}>{designName}</strong>
        <span style={{ color: scenario === null ? MUTED : STATUS_COLOUR.DOWN, fontWeight: scenario === null ? 400 : 600 }}>
          {scenario === null ? 'No outage simulated' : `Simulated outage: ${scenario}`}
        </span>
      </div>
      <div style={row}>
        <span style={heading}>Status</span>
        {STATUS_NAMES.map((status) => (
          <span key={status} style={{ ...item, color: STATUS_COLOUR[status] }} title={STATUS_MEANING[status]}>
            <StatusIcon status={status} size={14} />
            <span style={{ color: TEXT }}>{STATUS_LABEL[status]}</span>
          </span>
        ))}
      </div>
      {connections.length > 0 && (
        <div style={row}>
          <span style={heading}>Connections</span>
          {connections.map((look) => (
            <span key={look.kind} style={item}>
              <ConnectionSample look={look} />
              {look.label}
            </span>
          ))}
        </div>
      )}
      <div style={{ ...row, color: MUTED, fontSize: 11 }}>Exported from Faultline</div>
      {definitions !== undefined && <div style={{ position: 'absolute', width: 0, height: 0, overflow: 'hidden' }}>{definitions}</div>}
    </div>
  );
}
