/**
 * A button for a registered action: label, tooltip (with the shortcut), `aria-keyshortcuts` and
 * the disabled state all come from the registry.
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

/**
 * The accessible name: what the action would do now when that text begins with the visible label
 * ("Undo Rename web-1" for "Undo"), so that the name still contains what is on screen; the label
 * for icon buttons; otherwise the visible label itself (a descriptive title stays a tooltip).
 */
function accessibleName(label: string, text: string, iconOnly: boolean): string | undefined {
  if (text !== label && text.startsWith(label)) return text;
  return iconOnly ? label : undefined;
}

export function ActionButton({ id, icon, className }: ActionButtonProps) {
  const { action, enabled, text, title, ariaKeyShortcuts, run } = useAction(id);
  return (
    <button
      type="button"
      className={className ?? 'action-button'}
      data-action={id}
      title={title}
      aria-label={accessibleName(action.label, text, icon !== undefined)}
      aria-keyshortcuts={ariaKeyShortcuts}
      disabled={!enabled}
      onClick={run}
    >
      {icon ?? action.label}
    </button>
  );
}
