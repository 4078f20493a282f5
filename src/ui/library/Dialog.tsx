/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus, makes the page
 * behind it inert and closes it on Escape. Mounting opens it, unmounting closes it; the title
 * labels it.
 */
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import './library.css';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  testId?: string;
}

export function Dialog({ title, onClose, children, className, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      className={`lib-dialog${className ? ` ${className}` : ''}`}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: React decides, by unmounting.
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <div className="lib-dialog-head">
        <h2 id={titleId} className="lib-dialog-title">
          {title}
        </h2>
        <button type="button" className="lib-button lib-close" aria-label={`Close ${title.toLowerCase()}`} onClick={() => onCloseRef.current()}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
