/**
 * The keyboard shortcut sheet, rendered from the actions registry: every action with a shortcut,
 * grouped as the registry groups them.
 */
import { shortcutLabels, useActions } from '../actions/ActionsProvider';
import type { ActionGroup, RegisteredAction } from '../actions/registry';
import { Dialog } from './library/Dialog';

const GROUPS: readonly ActionGroup[] = ['Edit', 'Selection', 'View', 'Design'];

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { registry, apple } = useActions();
  const withKeys = registry.list().filter((a) => a.shortcuts.length > 0);
  const byGroup = (group: ActionGroup): RegisteredAction[] => withKeys.filter((a) => a.group === group);
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="sheet" testId="shortcut-sheet">
      <div className="sheet-groups">
        {GROUPS.filter((g) => byGroup(g).length > 0).map((group) => (
          <section key={group} className="sheet-group" aria-label={group}>
            <h3 className="sheet-group-title">{group}</h3>
            <dl className="sheet-list">
              {byGroup(group).map((action) => (
                <div key={action.id} className="sheet-row" data-action={action.id}>
                  <dt>{action.label}</dt>
                  <dd>
                    {shortcutLabels(action, apple).map((label, i) => (
                      <span key={label}>
                        {i > 0 ? <span className="sheet-or"> or </span> : null}
                        <kbd>{label}</kbd>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="sheet-note">Shortcuts do not apply while you type in a field. Ctrl also works as ⌘ on a Mac.</p>
    </Dialog>
  );
}
