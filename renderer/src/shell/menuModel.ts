import { formatShortcut, isMainCommand, menuLayout, shortcutOf } from '../../../shared/commands';
import type { MenuEntry, MenuName, RendererCommandId } from '../../../shared/commands';

export type MenuBarItem =
  | {
      kind: 'command';
      id: RendererCommandId;
      label: string;
      /** As shown: `Ctrl+S`, `⌘S`. */
      shortcut: string | undefined;
      needsDesign: boolean;
      separatorBefore: boolean;
    }
  /** Open Recent: the recent designs, listed when the menu opens. */
  | { kind: 'recent'; label: string; separatorBefore: boolean }
  | { kind: 'submenu'; label: string; items: MenuBarItem[]; separatorBefore: boolean };

/**
 * Serve mode's menus, from the command table: the desktop app's, less what a browser tab does
 * not have (windows, quit). Open Recent is the one command of main's that a tab keeps.
 */
export function menuBarModel(mac: boolean): Array<{ label: MenuName; items: MenuBarItem[] }> {
  const context = { transport: 'http', mac } as const;
  const item = (entry: MenuEntry): MenuBarItem => {
    const { separatorBefore } = entry;
    if (entry.kind === 'submenu')
      return {
        kind: 'submenu',
        label: entry.label,
        items: entry.entries.map(item),
        separatorBefore,
      };
    const { spec } = entry;
    const id = spec.id;
    if (isMainCommand(id)) return { kind: 'recent', label: spec.label, separatorBefore };
    const shortcut = shortcutOf(spec, context);
    return {
      kind: 'command',
      id,
      label: spec.label,
      shortcut: shortcut && formatShortcut(shortcut, mac),
      needsDesign: spec.needsDesign === true,
      separatorBefore,
    };
  };
  const kept = menuLayout(
    (spec) => !spec.desktopOnly && (!isMainCommand(spec.id) || spec.id === 'open-recent'),
  );
  return kept.map((menu) => ({ label: menu.name, items: menu.entries.map(item) }));
}
