/**
 * A button for a registered action: label, tooltip (with the shortcut), `aria-keyshortcuts` and
 * the disabled state all come from the registry. Its accessible name says what it would do now
 * ("Undo Rename web-1").
 */
import type { ReactNode } from 'react';
import { useAction } from './ActionsProvider';

export interface ActionButtonProps {
  /** The action id, e.g. `undo`. */
  id: string;
  /** Shown instead of the action's label (e.g. an icon). */
  icon?: ReactNode;
  className?: string;
}

export function ActionButton({ id, icon, className }: ActionButtonProps) {
  const { action, enabled, text, title, ariaKeyShortcuts, run } = useAction(id);
  return (
    <button
      type="button"
      className={className ?? 'action-button'}
      data-action={id}
      title={title}
      aria-label={icon || text !== action.label ? text : undefined}
      aria-keyshortcuts={ariaKeyShortcuts}
      disabled={!enabled}
      onClick={run}
    >
      {icon ?? action.label}
    </button>
  );
}
