/**
 * The results of the browser benchmark, as written to `bench/results/browser-latest.json`.
 * A step that failed leaves its result null and says why in `errors`.
 */
import type { AzClickResult } from './canvasScenarios';
import type { BurstResult, EditSample } from './editScenarios';
import type { MemoryResult, OpenResult } from './openScenario';
import type { DragSample } from './drag';

/** One run of the app in a fresh browser context. */
export interface AppRun {
  open: OpenResult | null;
  memory: MemoryResult | null;
  /** The node dragged at fit view (nearest the canvas centre); the bare page drags the same one. */
  fitNodeId: string | null;
  /** The canvas (React Flow container) size; the bare page's flow gets the same. */
  canvas: { width: number; height: number } | null;
  dragFit: DragSample | null;
  dragWorking: DragSample | null;
  azClick: AzClickResult | null;
  /** Single edits: commit → analysis request → last worker answer → analysis painted. */
  edits: EditSample[] | null;
  burst: BurstResult | null;
  errors: string[];
}

/** The same drags on the bare React Flow page, in a fresh context of the same run. */
export interface BareRun {
  dragFit: DragSample | null;
  dragWorking: DragSample | null;
  errors: string[];
}

export interface SizeRuns {
  resources: number;
  relations: number;
  /** Canvas nodes and edges (as given to the bare page). */
  nodes: number;
  edges: number;
  runs: { app: AppRun; bare: BareRun }[];
}
