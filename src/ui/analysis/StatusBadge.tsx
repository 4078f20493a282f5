/**
 * A status shown as an icon and a text label (never by colour alone): OK ✓ in a circle, Degraded
 * as a half-filled circle, Down ✕ in a circle, Failed as a no-entry sign. Colour is a second
 * channel only. Shared by the analysis panels and the canvas nodes.
 */
import type { Status } from '../../engine/types';
import { STATUS_LABEL, STATUS_MEANING } from './statusText';
import './analysis.css';

/** Props of {@link StatusIcon}. */
export interface StatusIconProps {
  status: Status;
  /** Width and height in pixels (default 14). */
  size?: number;
}

/** The icon of a status, decorative (the text label says the same). */
export function StatusIcon({ status, size = 14 }: StatusIconProps) {
  return (
    <svg
      className={`fla-status-icon fla-status-icon--${status.toLowerCase()}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {status === 'OK' && (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M5 8.2l2 2 4-4.4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {status === 'DEGRADED' && (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 1.5a6.5 6.5 0 0 0 0 13z" fill="currentColor" />
        </>
      )}
      {status === 'DOWN' && (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
      {status === 'FAILED' && (
        <>
          <path d="M5.3 1h5.4L15 5.3v5.4L10.7 15H5.3L1 10.7V5.3z" fill="currentColor" />
          <rect x="4" y="7" width="8" height="2" rx="0.5" fill="#fff" />
        </>
      )}
    </svg>
  );
}

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  status: Status;
  /** Smaller, for canvas nodes. */
  compact?: boolean;
  /** Text after the label, e.g. "(changed)". */
  suffix?: string;
}

/** A status icon with its label. */
export function StatusBadge({ status, compact = false, suffix }: StatusBadgeProps) {
  return (
    <span
      className={`fla-status fla-status--${status.toLowerCase()}${compact ? ' fla-status--compact' : ''}`}
      title={STATUS_MEANING[status]}
      data-status={status}
    >
      <StatusIcon status={status} size={compact ? 12 : 14} />
      <span className="fla-status-label">
        {STATUS_LABEL[status]}
        {suffix ? ` ${suffix}` : ''}
      </span>
    </span>
  );
}
