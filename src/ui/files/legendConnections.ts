/**
 * The connection part of an exported image's legend: the kinds of connection the canvas draws for
 * this design (nothing the picture does not show), in the canvas legend's order, each with the
 * colour and dash pattern the canvas uses.
 */
import { CONNECTION_STYLES, DRAWN_CONNECTION_KINDS } from '../../canvas/edges/connectionStyles';
import { CONNECTION_KIND_LABELS } from '../../canvas/labels';
import { designToFlow } from '../../canvas/mapping';
import type { DesignFile } from '../../model/types';
import type { LegendConnection } from './ExportLegend';

/** The legend entries of the connection kinds drawn for `file`. */
export function legendConnections(file: DesignFile): LegendConnection[] {
  const used = new Set(designToFlow(file).edges.map((edge) => edge.data?.kind));
  return DRAWN_CONNECTION_KINDS.filter((kind) => used.has(kind)).map((kind) => {
    const look = CONNECTION_STYLES[kind];
    return { kind, label: CONNECTION_KIND_LABELS[kind], colour: look.colour, dash: look.dash, arrow: look.arrow };
  });
}
