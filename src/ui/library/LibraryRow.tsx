/**
 * One design in the library list: name, last change, size, and its actions — open, rename,
 * duplicate, delete (after a confirmation).
 */
import { useState } from 'react';
import type { DesignSummary } from '../../storage/designRepository';

export interface LibraryRowProps {
  design: DesignSummary;
  /** True for the design open in the editor. */
  open: boolean;
  busy: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When a design was last changed, in words. */
export function modifiedText(ms: number): string {
  return ms <= 0 ? 'Not saved yet' : `Changed ${dateFormat.format(ms)}`;
}

export function LibraryRow({ design, open, busy, onOpen, onRename, onDuplicate, onDelete }: LibraryRowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [draft, setDraft] = useState(design.name);
  const [problem, setProblem] = useState<string | null>(null);
  const name = design.name;

  const submitRename = () => {
    const next = draft.trim();
    if (next === '') {
      setProblem('A design needs a name; type one or press Escape to keep the old one.');
      return;
    }
    setProblem(null);
    setMode('view');
    if (next !== name) onRename(next);
  };

  return (
    <li className={`lib-row${open ? ' lib-row-open' : ''}`} data-testid="library-row" data-design-id={design.id} aria-label={name}>
      <div className="lib-row-main">
        {mode === 'rename' ? (
          <div className="lib-rename">
            <input
              className="lib-input"
              aria-label={`New name for ${name}`}
              value={draft}
              autoFocus
              aria-invalid={problem !== null}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') submitRename();
                if (e.key === 'Escape') {
                  // Escape leaves the rename, not the dialog.
                  e.preventDefault();
                  e.stopPropagation();
                  setMode('view');
                  setProblem(null);
                }
              }}
            />
            <button type="button" className="lib-button" onClick={submitRename}>
              Save name
            </button>
            {problem ? (
              <p className="lib-problem" role="alert">
                {problem}
              </p>
            ) : null}
          </div>
        ) : (
          <span className="lib-name">
            <span data-testid="library-name">{name}</span>
            {open ? <span className="lib-badge">Open</span> : null}
          </span>
        )}
        <span className="lib-meta">
          {modifiedText(design.modifiedAt)} · {design.resourceCount === 1 ? '1 resource' : `${design.resourceCount} resources`}
        </span>
      </div>
      {mode === 'confirm' ? (
        <div className="lib-confirm" role="group" aria-label={`Confirm deleting ${name}`}>
          <span>Delete “{name}” for good?</span>
          <button type="button" className="lib-button lib-danger" disabled={busy} onClick={() => { setMode('view'); onDelete(); }}>
            Delete
          </button>
          <button type="button" className="lib-button" onClick={() => setMode('view')}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="lib-actions">
          <button type="button" className="lib-button" disabled={open || busy} aria-label={`Open ${name}`} onClick={onOpen}>
            Open
          </button>
          <button
            type="button"
            className="lib-button"
            disabled={busy}
            aria-label={`Rename ${name}`}
            onClick={() => {
              setDraft(name);
              setMode('rename');
            }}
          >
            Rename
          </button>
          <button type="button" className="lib-button" disabled={busy} aria-label={`Duplicate ${name}`} onClick={onDuplicate}>
            Duplicate
          </button>
          <button
            type="button"
            className="lib-button lib-danger"
            disabled={open || busy}
            title={open ? 'This design is open; open another one before deleting it.' : undefined}
            aria-label={`Delete ${name}`}
            onClick={() => setMode('confirm')}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
