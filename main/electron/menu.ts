import { Menu, app } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import { forPlatform, isMainCommand, menuLayout } from '../../shared/commands';
import type {
  CommandId,
  CommandSpec,
  MainCommandId,
  MenuEntry,
  MenuName,
} from '../../shared/commands';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface MenuActions {
  command(command: MenuCommand): void;
  newWindow(): void;
  openRecent(path: string): void;
  closeWindow(): void;
}

/**
 * The application menu, laid out by the command table (shared/commands). What is written here is
 * what only Electron has: platform roles (the app menu, the clipboard, full screen, quit), the
 * recent files, and which of main's own actions each main command runs.
 */
export function buildMenu(recentFiles: string[], actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  // The page handles the clipboard events these roles send (editor/clipboard.ts).
  const rolesBefore: Partial<Record<CommandId, MenuItemConstructorOptions[]>> = {
    duplicate: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }],
  };
  const rolesAtEnd: Partial<Record<MenuName, MenuItemConstructorOptions[]>> = {
    View: [
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
    ],
  };
  const mainItem: Record<MainCommandId, () => MenuItemConstructorOptions | null> = {
    'new-window': () => ({ click: actions.newWindow }),
    'open-recent': () => ({
      submenu:
        recentFiles.length === 0
          ? [{ label: 'No Recent Designs', enabled: false }]
          : recentFiles.map((path) => ({
              label: basename(path),
              sublabel: path,
              click: () => actions.openRecent(path),
            })),
    }),
    'close-window': () => ({ click: actions.closeWindow }),
    // A Mac quits from the app menu.
    quit: () => (isMac ? null : { role: 'quit' }),
  };
  const keys = (spec: CommandSpec): MenuItemConstructorOptions => {
    if (spec.accelerator) return { accelerator: forPlatform(spec.accelerator, isMac) };
    // Keys the page answers itself are shown but not registered, or the menu would take Delete
    // from every text field. macOS cannot show an accelerator without registering it.
    if (spec.pageKeys && !isMac)
      return { accelerator: spec.pageKeys[0], registerAccelerator: false };
    return {};
  };
  const item = (spec: CommandSpec<CommandId>): MenuItemConstructorOptions | null => {
    const id = spec.id;
    const base = { id, label: spec.label, ...keys(spec) };
    if (!isMainCommand(id)) return { ...base, click: () => actions.command(id) };
    const own = mainItem[id]();
    return own && { ...base, ...own };
  };
  const items = (entries: MenuEntry[]): MenuItemConstructorOptions[] =>
    entries.flatMap((entry) => {
      const made: MenuItemConstructorOptions | null =
        entry.kind === 'submenu'
          ? { label: entry.label, submenu: items(entry.entries) }
          : item(entry.spec);
      if (!made) return [];
      const roles = entry.kind === 'command' ? (rolesBefore[entry.spec.id] ?? []) : [];
      return [...(entry.separatorBefore ? [{ type: 'separator' as const }] : []), ...roles, made];
    });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    ...menuLayout(() => true).map((menu) => ({
      label: `&${menu.name}`,
      submenu: [...items(menu.entries), ...(rolesAtEnd[menu.name] ?? [])],
    })),
  ];
  return Menu.buildFromTemplate(template);
}
