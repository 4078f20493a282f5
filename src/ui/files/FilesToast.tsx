/** A short message about what a file command did, with an optional undo. */
export interface FilesNotice {
  /** `error` notices are announced at once (alert); others politely (status). */
  tone: 'info' | 'error';
  message: string;
  /** Shown as an "Undo" button when set. */
  undo?: { label: string; run: () => void };
}

/** Props of {@link FilesToast}. */
export interface FilesToastProps {
  notice: FilesNotice | null;
  onDismiss: () => void;
}

/** The notice area of the file commands, at the bottom of the window. */
export function FilesToast({ notice, onDismiss }: FilesToastProps) {
  return (
    <div className="fl-files-toast-region" role={notice?.tone === 'error' ? 'alert' : 'status'} data-testid="files-notice">
      {notice && (
        <div className={`fl-files-toast is-${notice.tone}`}>
          <span className="fl-files-toast-text">{notice.message}</span>
          {notice.undo && (
            <button
              type="button"
              className="fl-button"
              onClick={() => {
                notice.undo?.run();
                onDismiss();
              }}
            >
              {notice.undo.label}
            </button>
          )}
          <button type="button" className="fl-files-toast-close" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
