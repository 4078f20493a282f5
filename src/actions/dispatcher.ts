/**
 * The one keyboard dispatcher: turns key presses into actions from the registry. Key presses
 * meant for a text field, a select or an open modal dialog are left alone, so typing "Delete" in
 * the inspector never deletes a resource.
 */
import type { ActionContext, ActionRegistry } from './registry';
import type { KeyLike } from './shortcuts';

/** The parts of a keyboard event the dispatcher uses. */
export interface KeyEventLike extends KeyLike {
  target: EventTarget | null;
  defaultPrevented: boolean;
  isComposing?: boolean;
  repeat?: boolean;
  preventDefault(): void;
}

/** Input types that do not take typed text: shortcuts keep working while they have focus. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

function isElement(target: EventTarget | null): target is Element {
  return typeof Element !== 'undefined' && target instanceof Element;
}

/** True when a key press on this target belongs to the field (typing, editing, choosing). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!isElement(target)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

/** True when the target sits inside an open modal dialog, which handles its own keys. */
function insideModal(target: EventTarget | null): boolean {
  return isElement(target) && target.closest('[aria-modal="true"], dialog[open]') !== null;
}

/**
 * Runs the action a key press triggers. Returns the id of the action that ran, or null. A matched
 * shortcut is claimed (default prevented) even when its action is disabled, so that e.g. Ctrl+D on
 * an empty selection does not fall through to the browser's bookmark dialog.
 */
export function dispatchKey(event: KeyEventLike, registry: ActionRegistry, ctx: ActionContext): string | null {
  if (event.defaultPrevented || event.isComposing === true) return null;
  if (isTextEntry(event.target) || insideModal(event.target)) return null;
  const action = registry.match(event);
  if (!action) return null;
  event.preventDefault();
  if (!action.enabled(ctx.store.getState(), ctx)) return null;
  action.perform(ctx);
  return action.id;
}
