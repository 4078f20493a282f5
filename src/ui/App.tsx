import { DesignCanvas } from '../canvas/DesignCanvas';
import { Header } from './Header';
import { SidePanel } from './SidePanel';
import './App.css';

/** Props of {@link App}. */
export interface AppProps {
  /** The name of the open design, shown in the header. */
  designName: string;
}

/** The application shell: header, design canvas and the analysis side panel. */
export function App({ designName }: AppProps) {
  return (
    <div className="app">
      <Header designName={designName} />
      <div className="app-body">
        <main className="app-canvas" aria-label="Design canvas">
          <DesignCanvas />
        </main>
        <SidePanel />
      </div>
    </div>
  );
}
