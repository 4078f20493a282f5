import { useState } from 'react';
import { ActionButton } from '../actions/ActionButton';
import { renameDesign } from '../model/edit';
import { useSaveState } from '../queries/session';
import { useDesignStoreApi } from '../store/context';
import type { SaveState } from '../storage/autosave';
import { FilesMenu } from './files/FilesMenu';
import './library/chrome.css';

/** Props of {@link Header}. */
export interface HeaderProps {
  /** The name of the open design. */
  designName: string;
}

const SAVE_TEXT: Readonly<Record<SaveState, string>> = {
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
  held: 'Saving paused',
};

/** The design's name; a click turns it into a field, Enter or leaving the field renames (one undo step). */
function DesignName({ name }: { name: string }) {
  const store = useDesignStoreApi();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const finish = () => {
    if (draft === null) return;
    const next = draft.trim();
    if (next === '') {
      setProblem('A design needs a name; type one, or press Escape to keep the old one.');
      return;
    }
    setDraft(null);
    setProblem(null);
    if (next !== name) store.getState().commit(`Rename design to ${next}`, (file) => renameDesign(file, next));
  };

  if (draft === null) {
    return (
      <h1 className="app-design-name" data-testid="design-name">
        <button type="button" className="app-design-name-button" title="Rename the design" onClick={() => setDraft(name)}>
          {name}
        </button>
      </h1>
    );
  }
  return (
    <span className="app-design-rename">
      <input
        className="app-design-input"
        aria-label="Design name"
        value={draft}
        autoFocus
        aria-invalid={problem !== null}
        aria-describedby={problem ? 'design-name-problem' : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={finish}
        onKeyDown={(e) => {
          if (e.key === 'Enter') finish();
          if (e.key === 'Escape') {
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      {problem ? (
        <span id="design-name-problem" className="app-design-problem" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}

function SaveIndicator() {
  const state = useSaveState();
  return (
    <span className={`app-save-state app-save-${state}`} role="status" data-testid="save-state" data-state={state}>
      {SAVE_TEXT[state]}
    </span>
  );
}

/** The top bar: product name, the open design's name (click to rename), save state and the design commands. */
export function Header({ designName }: HeaderProps) {
  return (
    <header className="app-header">
      <span className="app-brand">
        <img className="app-brand-mark" src="/favicon.svg" alt="" width={20} height={20} />
        Faultline
      </span>
      <span className="app-header-divider" aria-hidden="true" />
      <DesignName name={designName} />
      <SaveIndicator />
      <div className="app-header-actions" role="toolbar" aria-label="Design commands">
        <ActionButton id="undo" className="app-header-button" />
        <ActionButton id="redo" className="app-header-button" />
        <span className="app-header-divider" aria-hidden="true" />
        <ActionButton id="openLibrary" className="app-header-button" />
        <FilesMenu />
        <ActionButton id="shortcutSheet" className="app-header-button" icon="?" />
      </div>
    </header>
  );
}
