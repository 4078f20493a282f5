/**
 * Minimap colours: pale regions and zones, resources in their family's colour, so the overview
 * reads like the canvas.
 */
import type { FlowNode } from './flowTypes';
import { KIND_FAMILY, type KindFamily } from '../ui/icons';

const FAMILY_COLOURS: Readonly<Record<KindFamily, string>> = {
  placement: '#4a5a70',
  network: '#2f6db5',
  compute: '#0f7a76',
  balancing: '#23845a',
  global: '#7d4aa8',
  storage: '#80604d',
};

export function minimapNodeColour(node: FlowNode): string {
  if (node.type === 'region') return '#dde3ec';
  if (node.type === 'availabilityZone') return '#f3f5f8';
  return FAMILY_COLOURS[KIND_FAMILY[node.data.kind]];
}

export function minimapStrokeColour(node: FlowNode): string {
  return node.type === 'resource' ? 'transparent' : '#9aa8bb';
}
