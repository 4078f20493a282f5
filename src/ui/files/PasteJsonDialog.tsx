import { useId, useState } from 'react';
import { Modal } from './Modal';

/** Props of {@link PasteJsonDialog}. */
export interface PasteJsonDialogProps {
  /** The user asked to open the text; the review of the import follows. */
  onSubmit: (text: string) => void;
  onClose: () => void;
}

/**
 * A place to paste the text of a design file (from a chat, a ticket, a repository view). The text
 * is kept while the review of a refused paste is shown, so it can be corrected and tried again.
 */
export function PasteJsonDialog({ onSubmit, onClose }: PasteJsonDialogProps) {
  const [text, setText] = useState('');
  const fieldId = useId();
  const hintId = useId();
  return (
    <Modal title="Paste a design" onClose={onClose} testId="paste-json" className="is-wide">
      <form
        className="fl-modal-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(text);
        }}
      >
        <label htmlFor={fieldId} className="fl-field-label">
          Design file text (JSON)
        </label>
        <p id={hintId} className="fl-field-hint">
          Paste the whole text of a <code>.faultline.json</code> file. It opens as a new design; the design you have open now stays in your library.
        </p>
        <textarea
          id={fieldId}
          className="fl-paste-text"
          aria-describedby={hintId}
          value={text}
          spellCheck={false}
          data-autofocus
          rows={14}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="fl-modal-actions">
          <button type="button" className="fl-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="fl-button is-primary" disabled={text.trim() === ''}>
            Open
          </button>
        </div>
      </form>
    </Modal>
  );
}
