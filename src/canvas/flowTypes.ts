/**
 * The React Flow node and edge types of the canvas: one node type per container kind, one for
 * every other resource, and one edge type for every connection.
 */
import type { Edge, Node } from '@xyflow/react';
import type { ConnectionKind } from '../model/connections';
import type { ResourceId, ResourceKind } from '../model/types';

/** What a resource node shows. Only primitives, so unchanged data compares equal field by field. */
export type ResourceNodeData = {
  resourceId: ResourceId;
  kind: ResourceKind;
  name: string;
  /** The name of the AZ the resource is placed in, or null (region-scoped, global, unplaced). */
  zone: string | null;
  /** True when no zone was chosen and the resource falls back to its region's first zone. */
  zoneDefaulted: boolean;
  /** True for an AZ-scoped resource whose zone cannot be told (no region or zone to put it in). */
  unplaced: boolean;
};

/** What a region container shows. */
export type RegionNodeData = {
  resourceId: ResourceId;
  name: string;
};

/** What an availability zone container shows. */
export type AzNodeData = {
  resourceId: ResourceId;
  name: string;
  /** The AZ's external networks, comma-separated ('' when it has none). */
  externalNetworks: string;
};

export type ResourceFlowNode = Node<ResourceNodeData, 'resource'>;
export type RegionFlowNode = Node<RegionNodeData, 'region'>;
export type AzFlowNode = Node<AzNodeData, 'availabilityZone'>;
export type FlowNode = ResourceFlowNode | RegionFlowNode | AzFlowNode;

/** The kinds of container node. */
export type ContainerNodeType = 'region' | 'availabilityZone';

/** What a connection edge carries. */
export type ConnectionEdgeData = {
  kind: ConnectionKind;
  /**
   * The id of the connection as `listConnections` lists it, or, for a pool member edge, the id of
   * the member resource (selecting the edge selects the member).
   */
  connectionId: string;
  /** Set on pool member edges: the member resource. */
  memberId: ResourceId | null;
};

export type ConnectionFlowEdge = Edge<ConnectionEdgeData, 'connection'>;

/** Nodes (parents before children) and edges of a design. */
export interface FlowElements {
  nodes: FlowNode[];
  edges: ConnectionFlowEdge[];
}
