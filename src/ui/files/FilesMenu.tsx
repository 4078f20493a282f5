import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAction } from '../../actions/ActionsProvider';
import { FILE_ACTION_IDS } from './fileActions';

/** The menu's entries, in groups separated by a line. */
const GROUPS: readonly (readonly string[])[] = [
  [FILE_ACTION_IDS.templates],
  [FILE_ACTION_IDS.importFile, FILE_ACTION_IDS.pasteJson],
  [FILE_ACTION_IDS.exportJson, FILE_ACTION_IDS.exportPng, FILE_ACTION_IDS.exportSvg],
  [FILE_ACTION_IDS.shareLink],
];

function MenuItem({ id, onDone }: { id: string; onDone: () => void }) {
  const { action, enabled, title, ariaKeyShortcuts, run } = useAction(id);
  return (
    <li role="none">
      <button
        type="button"
        role="menuitem"
        className="fl-menu-item"
        data-action={id}
        title={title}
        aria-keyshortcuts={ariaKeyShortcuts}
        disabled={!enabled}
        onClick={() => {
          onDone();
          run();
        }}
      >
        {action.label}
      </button>
    </li>
  );
}

/** Moves focus between the enabled items of a menu with the arrow keys, Home and End. */
function moveFocus(menu: HTMLElement, key: string): boolean {
  const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')];
  if (items.length === 0) return false;
  const at = items.findIndex((item) => item === document.activeElement);
  let next: number;
  if (key === 'ArrowDown') next = (at + 1) % items.length;
  else if (key === 'ArrowUp') next = (at - 1 + items.length) % items.length;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = items.length - 1;
  else return false;
  items[next]?.focus();
  return true;
}

/** The "File" menu of the header: templates, import, export, images and share link. */
export function FilesMenu() {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node && !menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') close(false);
    else if (menu.current && moveFocus(menu.current, event.key)) event.preventDefault();
  };

  return (
    <div className="fl-menu">
      <button
        ref={button}
        type="button"
        className="app-header-button fl-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        File
        <span className="fl-menu-chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" aria-label="File" className="fl-menu-list" onKeyDown={onMenuKeyDown}>
          {GROUPS.map((group, g) => [
            g > 0 && <li key={`separator-${String(g)}`} role="separator" className="fl-menu-separator" />,
            ...group.map((id) => <MenuItem key={id} id={id} onDone={() => close(false)} />),
          ])}
        </ul>
      )}
    </div>
  );
}
