/**
 * An icon for every resource kind: small inline SVGs drawn with `currentColor` strokes on a 24-unit
 * grid, so they take the colour and size of their context. A leaf module (React and model types
 * only), shared by the palette and the canvas nodes.
 */
import type { ReactNode } from 'react';
import type { ResourceKind } from '../model/types';

/** The colour family of each kind, also used for the accent of its canvas node. */
export type KindFamily = 'placement' | 'network' | 'compute' | 'balancing' | 'global' | 'storage';

export const KIND_FAMILY: Readonly<Record<ResourceKind, KindFamily>> = {
  region: 'placement',
  availabilityZone: 'placement',
  network: 'network',
  subnet: 'network',
  router: 'network',
  floatingIp: 'network',
  publicPort: 'network',
  instance: 'compute',
  volume: 'compute',
  loadBalancer: 'balancing',
  listener: 'balancing',
  pool: 'balancing',
  poolMember: 'balancing',
  healthMonitor: 'balancing',
  globalLoadBalancer: 'global',
  dnsZone: 'global',
  dnsRecord: 'global',
  objectStorageEndpoint: 'storage',
};

const PATHS: Readonly<Record<ResourceKind, ReactNode>> = {
  region: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.6 2.5 3.9 5.5 3.9 9s-1.3 6.5-3.9 9M12 3c-2.6 2.5-3.9 5.5-3.9 9s1.3 6.5 3.9 9" />
    </>
  ),
  availabilityZone: (
    <>
      <rect x="4" y="3" width="16" height="18" rx="1.5" />
      <path d="M8 7h8M8 11h8M8 15h8M10 21v-3h4v3" />
    </>
  ),
  network: (
    <>
      <path d="M3 12h18M7 12V7M12 12v5M17 12V7" />
      <circle cx="7" cy="5.5" r="1.8" />
      <circle cx="12" cy="18.5" r="1.8" />
      <circle cx="17" cy="5.5" r="1.8" />
    </>
  ),
  subnet: (
    <>
      <rect x="3.5" y="5" width="17" height="14" rx="2" />
      <path d="M3.5 10h17M9 10v9" />
      <circle cx="6.3" cy="7.5" r=".6" />
    </>
  ),
  router: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M8 9.5h7l-2-2M16 14.5H9l2 2" />
    </>
  ),
  floatingIp: (
    <>
      <path d="M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11Z" />
      <path d="M10 7.5v5M13 12.5v-5h1.6a1.5 1.5 0 0 1 0 3H13" />
    </>
  ),
  publicPort: (
    <>
      <path d="M9 3v5M15 3v5M6.5 8h11v3a5.5 5.5 0 0 1-11 0V8ZM12 16.5V21" />
    </>
  ),
  instance: (
    <>
      <rect x="3.5" y="4" width="17" height="7" rx="1.5" />
      <rect x="3.5" y="13" width="17" height="7" rx="1.5" />
      <path d="M7 7.5h.01M7 16.5h.01M11 7.5h6M11 16.5h6" />
    </>
  ),
  volume: (
    <>
      <ellipse cx="12" cy="6" rx="7.5" ry="2.8" />
      <path d="M4.5 6v12c0 1.5 3.4 2.8 7.5 2.8s7.5-1.3 7.5-2.8V6M4.5 12c0 1.5 3.4 2.8 7.5 2.8s7.5-1.3 7.5-2.8" />
    </>
  ),
  loadBalancer: (
    <>
      <circle cx="12" cy="5" r="2.2" />
      <path d="M12 7.2V11M12 11l-7 6M12 11v6M12 11l7 6" />
      <circle cx="5" cy="18.5" r="1.6" />
      <circle cx="12" cy="18.5" r="1.6" />
      <circle cx="19" cy="18.5" r="1.6" />
    </>
  ),
  listener: (
    <>
      <circle cx="6" cy="18" r="1.8" />
      <path d="M6 11a7 7 0 0 1 7 7M6 5a13 13 0 0 1 13 13" />
    </>
  ),
  pool: (
    <>
      <rect x="4" y="4" width="7" height="7" rx="1.2" />
      <rect x="13" y="4" width="7" height="7" rx="1.2" />
      <rect x="4" y="13" width="7" height="7" rx="1.2" />
      <rect x="13" y="13" width="7" height="7" rx="1.2" />
    </>
  ),
  poolMember: (
    <>
      <rect x="4" y="4" width="10" height="10" rx="1.5" />
      <path d="M18 14v6M15 17h6" />
    </>
  ),
  healthMonitor: <path d="M3 12h4l2-5 4 10 2-5h6" />,
  globalLoadBalancer: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M3.5 12h17M12 3.5c2.3 2.3 3.5 5.2 3.5 8.5s-1.2 6.2-3.5 8.5M12 3.5C9.7 5.8 8.5 8.7 8.5 12s1.2 6.2 3.5 8.5" />
      <path d="M18 2.5l2 2-2 2M6 21.5l-2-2 2-2" />
    </>
  ),
  dnsZone: (
    <>
      <path d="M3.5 6.5a2 2 0 0 1 2-2H10l2 2.5h6.5a2 2 0 0 1 2 2v8.5a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2v-11Z" />
      <path d="M9 13h6" />
    </>
  ),
  dnsRecord: (
    <>
      <path d="M12 3v18M8 21h8" />
      <path d="M12 5h6.5l2 2.5-2 2.5H12M12 12H5.5l-2 2.5 2 2.5H12" />
    </>
  ),
  objectStorageEndpoint: (
    <>
      <path d="M4 7h16l-1.6 12a2 2 0 0 1-2 1.7H7.6a2 2 0 0 1-2-1.7L4 7Z" />
      <ellipse cx="12" cy="7" rx="8" ry="2.5" />
    </>
  ),
};

/** Props of {@link KindIcon}. */
export interface KindIconProps {
  kind: ResourceKind;
  /** Width and height in pixels (default 20). */
  size?: number;
  className?: string;
}

/** The icon of a resource kind; decorative (the kind is always named in text next to it). */
export function KindIcon({ kind, size = 20, className }: KindIconProps) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-kind={kind}
    >
      {PATHS[kind]}
    </svg>
  );
}
