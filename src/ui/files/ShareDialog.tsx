import { useId, useState } from 'react';
import { MAX_SHARE_FRAGMENT_LENGTH } from '../../files/shareFragment';
import { Modal } from './Modal';

/** What the share dialog shows: the link, or why there is none. */
export type ShareState =
  | { kind: 'working' }
  | { kind: 'ready'; url: string }
  | { kind: 'tooLarge'; fragmentLength: number }
  | { kind: 'failed'; message: string };

/** Props of {@link ShareDialog}. */
export interface ShareDialogProps {
  designName: string;
  state: ShareState;
  /** Starts the JSON export (offered when the design is too large for a link). */
  onExportJson: () => void;
  onClose: () => void;
}

type CopyState = 'idle' | 'copied' | 'refused';

/**
 * The share link of the open design. The whole design travels in the link's fragment, which
 * browsers never send to a server; a design too large for a link is offered as a file instead.
 */
export function ShareDialog({ designName, state, onExportJson, onClose }: ShareDialogProps) {
  const fieldId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyLink = (url: string) => {
    navigator.clipboard.writeText(url).then(
      () => setCopy('copied'),
      () => setCopy('refused'),
    );
  };
  return (
    <Modal title={`Share “${designName}”`} onClose={onClose} testId="share-dialog" className="is-wide">
      {state.kind === 'working' && <p role="status">Packing the design into a link…</p>}
      {state.kind === 'ready' && (
        <>
          <p className="fl-modal-body">
            Anyone who opens this link gets a copy of the design in their own library. The design is inside the link itself: it is not uploaded anywhere.
          </p>
          <label htmlFor={fieldId} className="fl-field-label">
            Link
          </label>
          <div className="fl-share-row">
            <input
              id={fieldId}
              className="fl-share-url"
              readOnly
              value={state.url}
              onFocus={(event) => event.currentTarget.select()}
              data-testid="share-url"
            />
            <button type="button" className="fl-button is-primary" onClick={() => copyLink(state.url)} autoFocus>
              Copy link
            </button>
          </div>
          <p role="status" className="fl-modal-note">
            {copy === 'copied' && 'Copied to the clipboard.'}
            {copy === 'refused' && 'The browser did not allow copying; select the link and copy it yourself.'}
          </p>
        </>
      )}
      {state.kind === 'tooLarge' && (
        <div role="alert" className="fl-modal-body">
          <p>
            This design is too large for a link: packed, it needs {state.fragmentLength.toLocaleString('en')} characters, and links longer than{' '}
            {MAX_SHARE_FRAGMENT_LENGTH.toLocaleString('en')} characters get cut off by mail and chat tools.
          </p>
          <p>Export it as a file and send the file instead.</p>
        </div>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="fl-import-error">
          The link could not be made: {state.message}
        </p>
      )}
      <div className="fl-modal-actions">
        {state.kind === 'tooLarge' && (
          <button type="button" className="fl-button is-primary" onClick={onExportJson} autoFocus>
            Export JSON file
          </button>
        )}
        <button type="button" className="fl-button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
