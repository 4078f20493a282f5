import { useId, useRef, useState, type KeyboardEvent } from 'react';
import './library/chrome.css';
import { useDesign, useDesignStoreApi } from '../store/context';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { lazyPart } from './lazyPart';

// Loaded when the Inspect tab is first opened (the app opens on the Analysis tab).
const Inspector = lazyPart(() => import('./inspector/Inspector').then((m) => m.Inspector), 'inspector');

type Tab = 'inspect' | 'analysis';

const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'inspect', label: 'Inspect' },
  { id: 'analysis', label: 'Analysis' },
];

/**
 * The right-hand panel with two tabs: Inspect (the properties of the selection) and Analysis.
 * Selecting something brings the Inspect tab forward, except during an outage simulation (the
 * Analysis tab then explains why the selection is affected); the panel is named after the open tab.
 */
export function SidePanel() {
  const baseId = useId();
  const [tab, setTab] = useState<Tab>('analysis');
  const selected = useDesign((s) => s.selection.resources.length + s.selection.connections.length > 0);
  const [wasSelected, setWasSelected] = useState(selected);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const store = useDesignStoreApi();
  if (selected !== wasSelected) {
    setWasSelected(selected);
    // While an outage is simulated the Analysis tab explains the selection, so it stays open. Read
    // here, not watched: the panel need not render again when a zone is clicked.
    const { failedAzs, failedRegions } = store.getState().scenario;
    if (selected && failedAzs.length + failedRegions.length === 0) setTab('inspect');
  }

  const tabId = (t: Tab) => `${baseId}-tab-${t}`;
  const panelId = (t: Tab) => `${baseId}-panel-${t}`;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next: Tab = tab === 'inspect' ? 'analysis' : 'inspect';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <aside className="side-panel" aria-labelledby={tabId(tab)} data-testid="side-panel">
      <div className="side-panel-tabs" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={tabId(t.id)}
            className="side-panel-tab"
            aria-selected={tab === t.id}
            aria-controls={panelId(t.id)}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId('inspect')} aria-labelledby={tabId('inspect')} hidden={tab !== 'inspect'} className="side-panel-body">
        {tab === 'inspect' ? <Inspector /> : null}
      </div>
      <div role="tabpanel" id={panelId('analysis')} aria-labelledby={tabId('analysis')} hidden={tab !== 'analysis'} className="side-panel-body">
        {tab === 'analysis' ? <AnalysisPanel /> : null}
      </div>
    </aside>
  );
}
