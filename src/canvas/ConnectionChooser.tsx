import { useEffect, useRef, type KeyboardEvent } from 'react';
import { nameOfId } from '../model/connectionReasons';
import { useDesignStoreApi } from '../store/context';
import { useCanvasUi, useCanvasUiApi } from './CanvasUiContext';
import { CONNECTION_STYLES } from './edges/connectionStyles';
import { CONNECTION_KIND_LABELS } from './labels';
import { useConnectResources } from './useConnectResources';

/**
 * The menu that asks which connection a drawn edge means when several kinds fit (an instance to an
 * instance: depends on, or replicates with). Arrow keys move, Enter picks, Escape cancels.
 */
export function ConnectionChooser() {
  const chooser = useCanvasUi((s) => s.chooser);
  const ui = useCanvasUiApi();
  const store = useDesignStoreApi();
  const connectResources = useConnectResources();
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [chooser]);

  useEffect(() => {
    if (!chooser) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) ui.getState().closeChooser();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [chooser, ui]);

  if (!chooser) return null;
  const design = store.getState().file.design;
  const title = `Connect ${nameOfId(design, chooser.from)} to ${nameOfId(design, chooser.to)} as`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = items.findIndex((item) => item === document.activeElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      ui.getState().closeChooser();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  };

  return (
    <div
      ref={menu}
      className="fl-chooser"
      role="menu"
      aria-label={title}
      style={{ left: chooser.x, top: chooser.y }}
      onKeyDown={onKeyDown}
    >
      <div className="fl-chooser-title" aria-hidden="true">
        {title}
      </div>
      {chooser.kinds.map((kind) => (
        <button
          key={kind}
          type="button"
          role="menuitem"
          className="fl-chooser-item"
          onClick={() => {
            ui.getState().closeChooser();
            connectResources(chooser.from, chooser.to, kind);
          }}
        >
          <span className="fl-legend-swatch" aria-hidden="true">
            <svg width="28" height="8">
              <line x1="0" y1="4" x2="28" y2="4" stroke={CONNECTION_STYLES[kind].colour} strokeWidth="2" strokeDasharray={CONNECTION_STYLES[kind].dash} />
            </svg>
          </span>
          {CONNECTION_KIND_LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
