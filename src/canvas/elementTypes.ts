/**
 * The node and edge components, registered once at module level (a new object per render would
 * make React Flow re-mount every node).
 */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ConnectionEdge } from './edges/ConnectionEdge';
import { AzNode, RegionNode } from './nodes/ContainerNodes';
import { ResourceNode } from './nodes/ResourceNode';

export const nodeTypes = {
  resource: ResourceNode,
  region: RegionNode,
  availabilityZone: AzNode,
} satisfies NodeTypes;

export const edgeTypes = {
  connection: ConnectionEdge,
} satisfies EdgeTypes;
