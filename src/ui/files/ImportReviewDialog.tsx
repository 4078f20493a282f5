import { useId } from 'react';
import { originPhrase, wherePhrase, type PendingImport } from '../../files/importReview';
import type { RestoreIssue } from '../../model/restore';
import type { DesignFile } from '../../model/types';
import { Modal } from './Modal';

/** Props of {@link ImportReviewDialog}. */
export interface ImportReviewDialogProps {
  pending: PendingImport;
  /** The user accepted the (repaired or shared) design. */
  onAccept: (file: DesignFile) => void;
  /** The user closed the dialog; the open design stays as it was. */
  onCancel: () => void;
}

function rejectTitle(pending: PendingImport): string {
  switch (pending.origin.kind) {
    case 'file':
      return 'This file cannot be opened';
    case 'paste':
      return 'The pasted text cannot be opened';
    case 'share':
      return 'This shared link cannot be opened';
  }
}

function RejectBody({ pending, error, messageId }: { pending: PendingImport; error: RestoreIssue; messageId: string }) {
  return (
    <>
      <div id={messageId} className="fl-modal-body">
        <p className="fl-import-error" data-testid="import-error">
          {error.message}
        </p>
        <p className="fl-import-where">
          Where: <code data-testid="import-error-path">{wherePhrase(error.path)}</code>
        </p>
      </div>
      <p className="fl-modal-note">
        Nothing was imported from {originPhrase(pending.origin)}; the design you have open has not changed.
      </p>
    </>
  );
}

function WarningList({ warnings }: { warnings: readonly RestoreIssue[] }) {
  const headingId = useId();
  if (warnings.length === 0) return null;
  return (
    <>
      <h3 id={headingId} className="fl-modal-subtitle">
        {warnings.length === 1 ? '1 repair' : `${warnings.length} repairs`} made while reading it
      </h3>
      <ul className="fl-import-warnings" aria-labelledby={headingId} data-testid="import-warnings">
        {warnings.map((w, i) => (
          // Warnings can repeat word for word; their position is their identity.
          <li key={i}>
            {w.path !== '' && <code>{w.path}</code>} {w.message}
          </li>
        ))}
      </ul>
    </>
  );
}

function counts(file: DesignFile): string {
  const r = file.design.resources.length;
  const c = file.design.relations.length;
  return `${r === 1 ? '1 resource' : `${r} resources`} and ${c === 1 ? '1 connection' : `${c} connections`}`;
}

/**
 * The review of an import: a refused one is explained (what is wrong and where) in an alert dialog;
 * a repaired one lists its repairs and waits for "Import anyway" or "Cancel"; a shared design asks
 * before it is added to the library.
 */
export function ImportReviewDialog({ pending, onAccept, onCancel }: ImportReviewDialogProps) {
  const messageId = useId();
  const { result, origin } = pending;
  if (!result.ok) {
    return (
      <Modal role="alertdialog" title={rejectTitle(pending)} onClose={onCancel} describedBy={messageId} testId="import-rejected">
        <RejectBody pending={pending} error={result.error} messageId={messageId} />
        <div className="fl-modal-actions">
          <button type="button" className="fl-button is-primary" onClick={onCancel} data-autofocus>
            Close
          </button>
        </div>
      </Modal>
    );
  }
  const { file, warnings } = result;
  const shared = origin.kind === 'share';
  const name = file.design.name;
  const title = shared ? `Add the shared design “${name}” to your library?` : `Open “${name}” with repairs?`;
  return (
    <Modal title={title} onClose={onCancel} describedBy={messageId} testId="import-review" className="is-wide">
      <div id={messageId} className="fl-modal-body">
        <p>
          {shared
            ? `The link holds ${counts(file)}. It will be added to your library as a new design and opened; your other designs stay as they are.`
            : `${originPhrase(origin).replace(/^t/, 'T')} holds ${counts(file)}, but parts of it had to be repaired. It will open as a new design; the design you have open now stays in your library.`}
        </p>
      </div>
      <WarningList warnings={warnings} />
      <div className="fl-modal-actions">
        <button type="button" className="fl-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="fl-button is-primary" onClick={() => onAccept(file)} data-autofocus>
          {shared ? 'Add to library' : 'Import anyway'}
        </button>
      </div>
    </Modal>
  );
}
