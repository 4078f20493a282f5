/**
 * The words for the four statuses (DOMAIN.md 0.3), shared by every view that shows a status, so a
 * status always reads the same: as a label next to its icon, and inside sentences.
 */
import type { Status } from '../../engine/types';

/** The label shown next to a status icon. */
export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  OK: 'OK',
  DEGRADED: 'Degraded',
  DOWN: 'Down',
  FAILED: 'Failed',
};

/** A service's status inside a sentence ("www — down: …"): for a user, gone and down are both down. */
export const SERVICE_WORD: Readonly<Record<Status, string>> = {
  OK: 'up',
  DEGRADED: 'degraded',
  DOWN: 'down',
  FAILED: 'down',
};

/** What each status means, for tooltips and the legend. */
export const STATUS_MEANING: Readonly<Record<Status, string>> = {
  OK: 'Not affected',
  DEGRADED: 'Still serving, with less redundancy or capacity, or waiting for a manual step',
  DOWN: 'Its own zone is fine, but it lost something it needs, so it does not serve',
  FAILED: 'It lives in a failed zone or region and is gone',
};
