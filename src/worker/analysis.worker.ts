/**
 * The analysis worker entry: exposes the engine over comlink, and restores the stored design at
 * start-up (`restoreService.ts`). Sealed on purpose: it imports only the engine and the model
 * (through `analysisApi` and the restore service), never the store or the UI, so the worker chunk
 * stays small and the engine never touches the DOM.
 */
import { expose } from 'comlink';
import { createAnalysisApi } from './analysisApi';
import { serveRestore } from './restoreService';

serveRestore(self);
expose(createAnalysisApi());
