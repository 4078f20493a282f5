import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';

/** Props of {@link Modal}. */
export interface ModalProps {
  /** `alertdialog` for messages that interrupt (a refused import), `dialog` otherwise. */
  role?: 'dialog' | 'alertdialog';
  title: string;
  /** Called on Escape and on the dialog's own close buttons. */
  onClose: () => void;
  children: ReactNode;
  /** Extra class on the dialog element (sizes). */
  className?: string;
  /** Test id of the dialog element. */
  testId?: string;
  /** Id of the element whose text describes the dialog (the message of an alert). */
  describedBy?: string;
}

/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus, makes the rest of the
 * page inert and closes on Escape. Mounting the component opens it; unmounting closes it. The
 * title labels the dialog; the element marked `data-autofocus` gets the focus when it opens.
 */
export function Modal({ role = 'dialog', title, onClose, children, className, testId, describedBy }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element; the dialog may name a better one.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className={`fl-modal${className ? ` ${className}` : ''}`}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: let React decide (unmounting closes the element).
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <h2 id={titleId} className="fl-modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
