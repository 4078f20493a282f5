/**
 * How each kind of connection is drawn: a colour per family (network plumbing blue, public
 * addresses amber, load balancing green, application red, storage brown, DNS and global violet)
 * and a dash pattern that tells the kinds of one family apart.
 */
import type { ConnectionKind } from '../../model/connections';

export interface ConnectionStyle {
  colour: string;
  /** SVG `stroke-dasharray`, or undefined for a solid line. */
  dash: string | undefined;
  /** False for symmetric connections, drawn without arrowhead. */
  arrow: boolean;
}

const style = (colour: string, dash?: string, arrow = true): ConnectionStyle => ({ colour, dash, arrow });

const NETWORK = '#2f6db5';
const PUBLIC = '#c46a12';
const BALANCING = '#23845a';
const APPLICATION = '#b83a3a';
const STORAGE = '#80604d';
const GLOBAL = '#7d4aa8';

export const CONNECTION_STYLES: Readonly<Record<ConnectionKind, ConnectionStyle>> = {
  routerInterface: style(NETWORK),
  port: style(NETWORK, '7 4'),
  subnetOf: style(NETWORK, '2 4'),
  staticRoute: style('#183b63', '12 4 3 4'),
  vip: style('#12807f', '7 4'),
  fipAssociation: style(PUBLIC),
  publicPortOf: style(PUBLIC, '7 4'),
  glbTarget: style(GLOBAL),
  dnsTarget: style(GLOBAL, '7 4'),
  recordOf: style(GLOBAL, '2 4'),
  listenerOf: style(BALANCING, '2 4'),
  poolOf: style(BALANCING, '2 4'),
  defaultPool: style(BALANCING),
  poolMember: style(BALANCING, '10 3'),
  monitors: style('#5b8f2e', '7 4'),
  memberOf: style(BALANCING, '2 4'),
  memberTarget: style(BALANCING, '10 3'),
  dependsOn: style(APPLICATION, '7 4'),
  replicatesWith: style(APPLICATION, '2 4', false),
  volumeAttachment: style(STORAGE),
};

/** The kinds the canvas draws, in legend order (a member's own references are drawn as `poolMember`). */
export const DRAWN_CONNECTION_KINDS: readonly ConnectionKind[] = [
  'routerInterface',
  'port',
  'subnetOf',
  'staticRoute',
  'vip',
  'fipAssociation',
  'publicPortOf',
  'listenerOf',
  'poolOf',
  'defaultPool',
  'poolMember',
  'monitors',
  'dependsOn',
  'replicatesWith',
  'volumeAttachment',
  'glbTarget',
  'dnsTarget',
  'recordOf',
];

/** The id of the arrowhead marker of a kind (one `<marker>` per kind, see `EdgeMarkers`). */
export function markerId(kind: ConnectionKind, selected: boolean): string {
  return `fl-arrow-${kind}${selected ? '-selected' : ''}`;
}

/** The colour of a selected edge, whatever its kind. */
export const SELECTED_COLOUR = '#f08c00';

/** The share of a dash pattern that is drawn, e.g. `7 4` → 7/11 (a solid line: 1). */
export function dashCoverage(pattern: string): number {
  const given = pattern.split(/[\s,]+/).map(Number).filter((n) => Number.isFinite(n) && n >= 0);
  // An odd count is repeated to make an even one (the SVG rule).
  const lengths = given.length % 2 === 1 ? [...given, ...given] : given;
  const drawn = lengths.reduce((sum, n, i) => (i % 2 === 0 ? sum + n : sum), 0);
  const total = lengths.reduce((sum, n) => sum + n, 0);
  return total > 0 ? drawn / total : 1;
}
