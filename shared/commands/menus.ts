import { COMMANDS, MENUS } from './table';
import type { CommandId, CommandSpec, MenuName } from './table';

export type MenuEntry =
  | { kind: 'command'; spec: CommandSpec<CommandId>; separatorBefore: boolean }
  | { kind: 'submenu'; label: string; entries: MenuEntry[]; separatorBefore: boolean };

export interface MenuLayout {
  name: MenuName;
  entries: MenuEntry[];
}

/**
 * The menus as the command table lays them out, with the commands `include` keeps. A submenu
 * stands where its first command would; no menu or submenu starts with a separator.
 */
export function menuLayout(include: (spec: CommandSpec<CommandId>) => boolean): MenuLayout[] {
  return MENUS.map((name) => {
    const entries: MenuEntry[] = [];
    for (const spec of COMMANDS) {
      if (spec.menu !== name || !include(spec)) continue;
      const separatorBefore = spec.separatorBefore === true;
      if (!spec.submenu) {
        entries.push({
          kind: 'command',
          spec,
          separatorBefore: separatorBefore && entries.length > 0,
        });
        continue;
      }
      let submenu = entries.find(
        (e): e is Extract<MenuEntry, { kind: 'submenu' }> =>
          e.kind === 'submenu' && e.label === spec.submenu,
      );
      if (!submenu) {
        submenu = {
          kind: 'submenu',
          label: spec.submenu,
          entries: [],
          separatorBefore: separatorBefore && entries.length > 0,
        };
        entries.push(submenu);
      }
      submenu.entries.push({
        kind: 'command',
        spec,
        separatorBefore: separatorBefore && submenu.entries.length > 0,
      });
    }
    return { name, entries };
  });
}
