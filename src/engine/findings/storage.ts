/**
 * Storage findings: F32 (volume in another zone than its instance), F33 (NVMe), F40 (backups kept
 * in the zone of the volume).
 */
import type { ResourceOfKind } from '../../model/types';
import { NONE, type Topology } from '../topology';
import { at, capitalise, azOf, describe, finding, nameOf, regionOf, resourceAt, zoneName } from './support';
import type { Finding, FindingRule } from './types';

/** The only zone offering NVMe flavors and local NVMe storage ([NVME]). */
export const NVME_ZONE = 'europe-se-1a';

const NVME_FLAVOR = /nvme/i;

/** F32: a volume attached to an instance in another zone. */
export const volumeAzMismatch: FindingRule = (topo) => {
  const out: Finding[] = [];
  const volumes = topo.ofKind('volume');
  for (let k = 0; k < volumes.length; k++) {
    const i = volumes[k] as number;
    const instance = at(topo.volumeInstance, i);
    const az = azOf(topo, i);
    const instanceAz = azOf(topo, instance);
    if (instance === NONE || az === NONE || instanceAz === NONE || az === instanceAz) continue;
    out.push(
      finding(topo, {
        id: 'F32',
        rule: 'VOLUME_AZ_MISMATCH',
        severity: 'error',
        subjects: [i, instance],
        message:
          `Volume ${nameOf(topo, i)} is in ${zoneName(topo, az)} but attached to ${describe(topo, instance)} in ` +
          `${zoneName(topo, instanceAz)}; volumes cannot be attached across zones.`,
        fix: `Create the volume in ${zoneName(topo, instanceAz)}, the zone of the instance.`,
        placed: [instance],
      }),
    );
  }
  return out;
};

function isNvmeZone(topo: Topology, az: number): boolean {
  const zone = resourceAt(topo, az, 'availabilityZone');
  return zone !== undefined && (zone.name === NVME_ZONE || zone.id === NVME_ZONE);
}

/**
 * F33: NVMe use. Per resource one variant: NVME_OUTSIDE_1A (error) when it sits outside the NVMe
 * zone, else NVME_NOT_REPLICATED (info). An NVMe instance is one whose flavor name contains "nvme";
 * an NVMe volume is one of type nvme.
 */
export const nvmeUse: FindingRule = (topo) => {
  const out: Finding[] = [];
  const users: number[] = [];
  // Case-insensitive without lower-casing every flavor name (no uppercase letter outside ASCII lowers to n, v, m or e).
  const instances = topo.ofKind('instance');
  for (let k = 0; k < instances.length; k++) {
    const i = instances[k] as number;
    if (NVME_FLAVOR.test((topo.resources[i] as ResourceOfKind<'instance'>).flavor)) users.push(i);
  }
  const volumes = topo.ofKind('volume');
  for (let k = 0; k < volumes.length; k++) {
    const i = volumes[k] as number;
    if ((topo.resources[i] as ResourceOfKind<'volume'>).volumeType === 'nvme') users.push(i);
  }
  for (const i of users) {
    const az = azOf(topo, i);
    const what = topo.resources[i]?.kind === 'instance' ? `an NVMe flavor` : 'NVMe storage';
    if (az !== NONE && !isNvmeZone(topo, az)) {
      out.push(
        finding(topo, {
          id: 'F33',
          rule: 'NVME_OUTSIDE_1A',
          severity: 'error',
          subjects: [i],
          message: `${capitalise(describe(topo, i))} uses ${what} in ${zoneName(topo, az)}, but NVMe is only offered in ${NVME_ZONE}.`,
          fix: `Move it to ${NVME_ZONE} or choose a non-NVMe flavor or volume type.`,
          placed: [i],
        }),
      );
    } else {
      out.push(
        finding(topo, {
          id: 'F33',
          rule: 'NVME_NOT_REPLICATED',
          severity: 'info',
          subjects: [i],
          message:
            `${capitalise(describe(topo, i))} uses ${what}: the disk is local to one host, is not replicated and ` +
            `cannot be live-migrated, so a host or zone failure loses its data.`,
          fix: 'Back the data up regularly, or replicate it at application level to another zone.',
        }),
      );
    }
  }
  return out;
};

/** F40: a backed-up volume in the region's second zone, where the backup service also stores its copies. */
export const backupSameAz: FindingRule = (topo) => {
  const out: Finding[] = [];
  const volumes = topo.ofKind('volume');
  for (let k = 0; k < volumes.length; k++) {
    const i = volumes[k] as number;
    const volume = topo.resources[i] as ResourceOfKind<'volume'>;
    const az = azOf(topo, i);
    const second = topo.azsOfRegion.get(regionOf(topo, i))?.[1] ?? NONE;
    if (!volume.backupEnabled || az === NONE || az !== second) continue;
    out.push(
      finding(topo, {
        id: 'F40',
        rule: 'BACKUP_SAME_AZ',
        severity: 'info',
        subjects: [i],
        message:
          `Volume ${nameOf(topo, i)} in ${zoneName(topo, az)} is backed up by the backup service, which stores its copies ` +
          `in ${zoneName(topo, az)} as well: a zone outage hits the volume and its backups together.`,
        fix: `Keep an additional copy of this data outside ${zoneName(topo, az)}, for example replicated to the other zone.`,
      }),
    );
  }
  return out;
};
