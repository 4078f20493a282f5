/**
 * How a broken connection is drawn: a dashed red line with a ✕ mark in its middle, and a tooltip
 * saying in words why it no longer carries traffic. The reason's sentence comes from the lazily
 * loaded reason texts (see `reasonWords`): the mark never waits for them, and its tooltip names the
 * two ends until they arrive.
 */
import type { CSSProperties } from 'react';
import { useAnalysisReport } from '../../analysis/hooks';
import { useDesignLookup } from '../../analysis/names';
import { reasonsIn } from '../../analysis/reportIndex';
import type { BrokenConnection } from '../../engine/types';
import { useReasonWords } from './reasonWords';

/** Stroke of a broken connection (overrides the kind's look). */
export const BROKEN_EDGE_STYLE: CSSProperties = { stroke: '#c62828', strokeWidth: 2, strokeDasharray: '7 5' };

/** The ✕ mark at (x, y), with the reason as its tooltip. */
export function BrokenEdgeMark({ x, y, broken }: { x: number; y: number; broken: BrokenConnection }) {
  const lookup = useDesignLookup();
  const report = useAnalysisReport();
  const { describe } = useReasonWords('now');
  const reason = describe ? reasonsIn(report, broken.from).find((r) => r.code === broken.code) : undefined;
  const why = reason && describe ? ` ${describe(reason, lookup.nameOf, { kindOf: lookup.kindOf, subject: broken.from })}` : '';
  return (
    <g className="fla-edge-broken" transform={`translate(${String(x)} ${String(y)})`} data-broken={broken.id}>
      <title>{`No longer carries traffic: ${lookup.nameOf(broken.from)} → ${lookup.nameOf(broken.to)}.${why}`}</title>
      <circle r="8" fill="#fff" stroke="#c62828" strokeWidth="1.5" />
      <path d="M-3.5 -3.5L3.5 3.5M3.5 -3.5L-3.5 3.5" stroke="#c62828" strokeWidth="2" strokeLinecap="round" />
    </g>
  );
}
