import { ReactFlowProvider } from '@xyflow/react';
import { CanvasUiProvider } from '../canvas/CanvasUiContext';
import { DesignCanvas } from '../canvas/DesignCanvas';
import { useDesign } from '../store/context';
import { Header } from './Header';
import { Palette } from './Palette';
import { ZoneBar } from './analysis/ZoneBar';
import { SidePanel } from './SidePanel';
import { FilesProvider } from './files/FilesProvider';
import { Workspace } from './library/Workspace';
import './App.css';

/**
 * The application shell: header with the design's name, the resource palette, the design canvas
 * and the side panel. The React Flow provider sits above the palette so that it can add resources
 * at the centre of the canvas view.
 */
export function App() {
  const designName = useDesign((s) => s.file.design.name);
  return (
    <ReactFlowProvider>
      <CanvasUiProvider>
        <Workspace>
          <FilesProvider>
            <div className="app">
              <Header designName={designName} />
              <div className="app-body">
                <Palette />
                <main className="app-canvas fl-canvas-column" aria-label="Design canvas">
                  <ZoneBar />
                  <div className="fl-canvas-area">
                    <DesignCanvas />
                  </div>
                </main>
                <SidePanel />
              </div>
            </div>
          </FilesProvider>
        </Workspace>
      </CanvasUiProvider>
    </ReactFlowProvider>
  );
}
