/**
 * The React context that carries the analysis hub. Without a provider the hooks read an empty
 * analysis (everything OK, nothing found), so components also render in isolation.
 */
import { createContext } from 'react';
import type { AnalysisHub } from './hub';

export const AnalysisHubContext = createContext<AnalysisHub | null>(null);

/**
 * True while an outage is simulated. Provided once by the canvas, so that each node's analysis mark
 * does not have to watch the design store (which changes on every frame of a drag).
 */
export const OutageActiveContext = createContext(false);
