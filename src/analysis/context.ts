/**
 * The React context that carries the analysis hub. Without a provider the hooks read an empty
 * analysis (everything OK, nothing found), so components also render in isolation.
 */
import { createContext } from 'react';
import type { AnalysisHub } from './hub';

export const AnalysisHubContext = createContext<AnalysisHub | null>(null);

