/**
 * The analysis worker entry: exposes the engine over comlink. Sealed on purpose: it imports only the
 * engine and the model (through `analysisApi`), never the store or the UI, so the worker chunk
 * stays small and the engine never touches the DOM.
 */
import { expose } from 'comlink';
import { createAnalysisApi } from './analysisApi';

expose(createAnalysisApi());
