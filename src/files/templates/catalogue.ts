/**
 * The template catalogue: what each template is called, what it teaches, and how it is made — a
 * copy of a section 4 example design (`public/examples`) under the template's own name, or a design
 * built in code. `generate.ts` writes `public/templates` from this; the tests check the committed
 * files against it. Tooling only: the app reads the generated files, never this module.
 */
import type { TemplateCategory } from '../templateIndex';
import type { Part } from './kit';
import { defaultRouteOneZone, otherZoneDatabase, recommendedWebTier, twoRegions } from './webTier';

export interface TemplateSpec {
  /** The file name in `public/templates`, also the template's key. */
  file: string;
  name: string;
  /** What the template teaches, shown on its gallery card. */
  teaches: string;
  category: TemplateCategory;
  /** The design's own description (shown once the template is open). */
  description: string;
  /** An example file to copy, or a builder. */
  source: { example: string } | { build: () => Part };
}

export const TEMPLATE_CATALOGUE: readonly TemplateSpec[] = [
  {
    file: 'single-zone-starter.faultline.json',
    name: 'Single-zone starter',
    category: 'starter',
    teaches:
      'The smallest working web service: a network, a router, an instance and a floating IP, all in europe-se-1a. A good base to build on, and the analysis shows why one zone is also one point of failure.',
    description: 'Starter design: one web server in europe-se-1a behind a floating IP, routed by a router in the same zone.',
    source: { example: 's01-single-az.faultline.json' },
  },
  {
    file: 'cross-zone-floating-ip.faultline.json',
    name: 'Floating IP from the other zone',
    category: 'pitfall',
    teaches:
      'An instance in europe-se-1b reached through a floating IP and a router in europe-se-1a. It looks spread out but needs both zones: an outage of either one takes it offline.',
    description: 'Pitfall: the floating IP and the router serving it live in europe-se-1a, the instance they reach in europe-se-1b.',
    source: { example: 's02-cross-zone-floating-ip.faultline.json' },
  },
  {
    file: 'default-route-one-zone.faultline.json',
    name: 'Default route through one zone',
    category: 'pitfall',
    teaches:
      'Instances in both zones share a subnet whose only router sits in europe-se-1a. The worker in europe-se-1b sends all its traffic, even uploads to storage in its own zone, through europe-se-1a and is cut off when that zone fails.',
    description: 'Pitfall: one stretched subnet with its gateway router in europe-se-1a serves a web server in 1a and a worker in 1b.',
    source: { build: defaultRouteOneZone },
  },
  {
    file: 'multi-hint-router.faultline.json',
    name: 'Router with both zones as hints',
    category: 'pitfall',
    teaches:
      'Listing both zones as hints does not spread a router over them: it is placed in europe-se-1a only, so the instance in europe-se-1b still depends on that zone.',
    description: 'Pitfall: a router with the hints europe-se-1a and europe-se-1b, which the platform places in europe-se-1a alone.',
    source: { example: 's04-multi-hint-router.faultline.json' },
  },
  {
    file: 'load-balancer-one-zone.faultline.json',
    name: 'Load balancer in one zone',
    category: 'pitfall',
    teaches:
      'Pool members in both zones behind a single load balancer in europe-se-1a. Losing europe-se-1b only costs capacity; losing europe-se-1a takes the service down with its load balancer.',
    description: 'Pitfall: an HTTP load balancer in europe-se-1a with a health-checked pool of one instance per zone.',
    source: { example: 's05-lb-one-zone-with-monitor.faultline.json' },
  },
  {
    file: 'two-zone-web-tier.faultline.json',
    name: 'Two-zone web tier (recommended)',
    category: 'recommended',
    teaches:
      'A complete stack in each zone (router, subnet, load balancer with health monitor, two web servers, floating IP), the routers linked by static routes, and a global load balancer checking both floating IPs. Either zone can fail and the site stays up.',
    description:
      'Recommended: one self-contained web stack per zone of europe-se-1, joined by a link network, behind a DNS-based global load balancer with HTTP health checks.',
    source: { build: recommendedWebTier },
  },
  {
    file: 'dns-manual-failover.faultline.json',
    name: 'DNS failover by hand',
    category: 'pitfall',
    teaches:
      'A DNS record answers with the zone-a floating IP and keeps zone b as a standby someone must switch to. A zone-a outage means downtime until the record is changed and resolvers drop the old answer.',
    description: 'Pitfall: www.example.com. points at europe-se-1a; switching it to the europe-se-1b stack is a manual step.',
    source: { example: 's08-dns-manual-failover.faultline.json' },
  },
  {
    file: 'other-zone-database.faultline.json',
    name: "Web server using the other zone's database",
    category: 'pitfall',
    teaches:
      "Two web stacks behind a global load balancer, but both web servers query the primary database in europe-se-1a. When that zone fails, the europe-se-1b stack keeps running yet cannot serve: point each zone at its own database replica.",
    description: 'Pitfall: web-b in europe-se-1b depends on db-primary in europe-se-1a, although a replica runs next to it.',
    source: { build: otherZoneDatabase },
  },
  {
    file: 'two-regions.faultline.json',
    name: 'Two regions behind a global load balancer',
    category: 'recommended',
    teaches:
      'The two-zone web tier in europe-se-1 and again in a second region, with one global load balancer over all four floating IPs. Any zone, or a whole region, can fail and the site stays up.',
    description:
      'Recommended for region-level resilience: a complete two-zone web tier in europe-se-1 and in the hypothetical region europe-se-2, with one global load balancer in front.',
    source: { build: twoRegions },
  },
];
