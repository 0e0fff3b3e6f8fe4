// @vitest-environment happy-dom
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  COMMANDS,
  RENDERER_COMMAND_IDS,
  commandForKey,
  formatShortcut,
  isMainCommand,
  shortcutOf,
} from '../../shared/commands';
import type { CommandSpec, KeyContext, KeyPress } from '../../shared/commands';
import { MenuCommand } from '../../shared/ipc';
import { buildMenu } from '../../main/electron/menu';
import { shortcutRows } from '../../renderer/src/shell/dialogs/ShortcutSheet';
import { menuBarModel } from '../../renderer/src/shell/menuModel';
import type { MenuBarItem } from '../../renderer/src/shell/menuModel';
import { runCommand, unhandledCommands } from '../../renderer/src/state/commands';

/** Electron, mocked: a built menu is its template. */
vi.mock('electron', () => {
  const module = {
    Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
    app: { isPackaged: false },
  };
  return { ...module, default: module };
});

interface NativeItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  submenu?: NativeItem[];
  click?: () => void;
}

const platform = process.platform;
afterAll(() => Object.defineProperty(process, 'platform', { value: platform }));

/** The Electron menu on a platform, each item with the menu (and submenu) it sits in. */
function nativeMenu(mac: boolean) {
  Object.defineProperty(process, 'platform', { value: mac ? 'darwin' : 'linux' });
  const sent: string[] = [];
  const menu = buildMenu(['/designs/rack-a.clusterwire'], {
    command: (c) => sent.push(c),
    newWindow: () => sent.push('main:new-window'),
    openRecent: (path) => sent.push(`main:open ${path}`),
    closeWindow: () => sent.push('main:close-window'),
  }) as unknown as { template: NativeItem[] };
  const items: Array<{ item: NativeItem; path: string[] }> = [];
  const walk = (list: NativeItem[], path: string[]) => {
    for (const item of list) {
      items.push({ item, path });
      if (item.submenu && item.id !== 'open-recent')
        walk(item.submenu, [...path, (item.label ?? '').replace('&', '')]);
    }
  };
  walk(menu.template, []);
  return { template: menu.template, items, sent };
}

/** Where the table puts a command: its menu, then its submenu if any. */
const placeOf = (spec: CommandSpec) => [spec.menu ?? '', ...(spec.submenu ? [spec.submenu] : [])];

const CONTEXTS: KeyContext[] = [
  { transport: 'electron', mac: false },
  { transport: 'electron', mac: true },
  { transport: 'http', mac: false },
  { transport: 'http', mac: true },
];
const inMenus = COMMANDS.filter((spec) => spec.menu);

describe('the command table', () => {
  it('is what the IPC contract accepts from main: the renderer commands, each once', () => {
    expect(MenuCommand.options).toEqual(RENDERER_COMMAND_IDS);
    expect(RENDERER_COMMAND_IDS).toEqual(
      COMMANDS.filter((c) => !isMainCommand(c.id)).map((c) => c.id),
    );
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    // Only commands main runs may be desktop-only; everything in a menu has a label.
    for (const spec of COMMANDS) {
      if (spec.desktopOnly) expect(isMainCommand(spec.id)).toBe(true);
      expect(spec.label).not.toBe('');
    }
  });

  for (const mac of [false, true]) {
    it(`feeds the Electron menu (${mac ? 'macOS' : 'Linux and Windows'}): every command, its label, its place and its keys`, () => {
      const { template, items, sent } = nativeMenu(mac);
      const electron: KeyContext = { transport: 'electron', mac };
      expect(template.filter((m) => m.label).map((m) => m.label)).toEqual([
        '&File',
        '&Edit',
        '&View',
        '&Help',
      ]);
      for (const spec of inMenus) {
        const found = items.filter(({ item }) => item.id === spec.id);
        if (mac && spec.id === 'quit') {
          // A Mac quits from the app menu.
          expect(found).toEqual([]);
          expect(template[0]?.role).toBe('appMenu');
          continue;
        }
        expect(found, spec.id).toHaveLength(1);
        const { item, path } = found[0]!;
        expect(item.label, spec.id).toBe(spec.label);
        expect(path, spec.id).toEqual(placeOf(spec));
        // The same key the shortcut sheet shows; keys the page answers itself are shown
        // without being registered, which macOS cannot do.
        const shown = shortcutOf(spec, electron);
        expect(item.accelerator, spec.id).toBe(mac && spec.pageKeys ? undefined : shown);
        expect(item.registerAccelerator, spec.id).toBe(spec.pageKeys && !mac ? false : undefined);
        if (isMainCommand(spec.id)) continue;
        item.click!();
        expect(sent.at(-1)).toBe(spec.id);
      }
      // Nothing in the menu that the table does not know, but Electron's own roles.
      const ids = new Set<string>(COMMANDS.map((c) => c.id));
      for (const { item } of items) {
        if (item.id) expect(ids.has(item.id), item.id).toBe(true);
        else if (!item.role && item.type !== 'separator')
          expect(['&File', '&Edit', '&View', '&Help', 'Export']).toContain(item.label);
      }
      const recent = items.find(({ item }) => item.id === 'open-recent')!.item;
      recent.submenu![0]!.click!();
      expect(sent.at(-1)).toBe('main:open /designs/rack-a.clusterwire');
    });
  }

  for (const mac of [false, true]) {
    it(`feeds serve mode's menu bar (${mac ? 'macOS' : 'others'}): the same commands, labels, places and keys, less the desktop's`, () => {
      const http: KeyContext = { transport: 'http', mac };
      const found = new Map<string, { item: MenuBarItem; path: string[] }>();
      const walk = (items: MenuBarItem[], path: string[]) => {
        for (const item of items) {
          if (item.kind === 'submenu') walk(item.items, [...path, item.label]);
          else found.set(item.kind === 'command' ? item.id : 'open-recent', { item, path });
        }
      };
      const model = menuBarModel(mac);
      expect(model.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
      for (const menu of model) walk(menu.items, [menu.label]);
      for (const spec of inMenus) {
        const entry = found.get(spec.id);
        if (spec.desktopOnly) {
          expect(entry, spec.id).toBeUndefined();
          continue;
        }
        expect(entry, spec.id).toBeDefined();
        expect(entry!.item.label).toBe(spec.label);
        expect(entry!.path).toEqual(placeOf(spec));
        if (entry!.item.kind !== 'command') continue;
        const keys = shortcutOf(spec, http);
        expect(entry!.item.shortcut, spec.id).toBe(keys && formatShortcut(keys, mac));
        expect(entry!.item.needsDesign).toBe(spec.needsDesign === true);
      }
      expect(found.size).toBe(inMenus.filter((s) => !s.desktopOnly).length);
    });
  }

  for (const context of CONTEXTS) {
    it(`feeds the shortcut sheet (${context.transport}, ${context.mac ? 'macOS' : 'others'}): every command with a key, as the menus show it`, () => {
      const rows = shortcutRows(context);
      for (const spec of COMMANDS) {
        const keys = shortcutOf(spec, context);
        const shown = rows.filter((r) => r.command === spec.id);
        expect(shown, spec.id).toEqual(
          keys
            ? [{ command: spec.id, keys: formatShortcut(keys, context.mac), what: spec.label }]
            : [],
        );
      }
    });
  }
});

/** The key press an accelerator stands for, as a browser reports it. */
function press(accelerator: string, mac: boolean): KeyPress {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const command = parts.some((p) => /^(CmdOrCtrl|Cmd|Ctrl)$/.test(p));
  const shiftKey = parts.includes('Shift');
  const char = key === 'Plus' ? '+' : key;
  return {
    key: char.length === 1 && shiftKey ? char.toUpperCase() : char,
    ctrlKey: command && !mac,
    metaKey: command && mac,
    shiftKey,
    altKey: parts.includes('Alt'),
  };
}

describe('the key handler', () => {
  for (const context of CONTEXTS) {
    it(`answers every key the sheet shows (${context.transport}, ${context.mac ? 'macOS' : 'others'}), where the page is the one to answer it`, () => {
      for (const spec of COMMANDS) {
        const keys = shortcutOf(spec, context);
        if (!keys) continue;
        const pageAnswers =
          !isMainCommand(spec.id) && (context.transport === 'http' || spec.pageKeys);
        // In Electron the native menu answers accelerators before the page sees them.
        expect(commandForKey(press(keys, context.mac), context), `${spec.id} ${keys}`).toBe(
          pageAnswers ? spec.id : null,
        );
      }
    });
  }

  it('keeps the keys serve mode had, and leaves the browser its own', () => {
    const down = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
      key,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
    const ctrl = { ctrlKey: true };
    const ctrlShift = { ctrlKey: true, shiftKey: true };
    const http: KeyContext = { transport: 'http', mac: false };
    const cases: Array<[KeyPress, string | null]> = [
      [down('n', { altKey: true }), 'new'],
      [down('o', ctrl), 'open'],
      [down('s', ctrl), 'save'],
      [down('S', ctrlShift), 'save-as'],
      [down('E', ctrlShift), 'repeat-export'],
      [down('z', ctrl), 'undo'],
      [down('Z', ctrlShift), 'redo'],
      [down('y', ctrl), 'redo'],
      [down('=', ctrl), 'zoom-in'],
      [down('+', ctrlShift), 'zoom-in'],
      [down('-', ctrl), 'zoom-out'],
      [down('0', ctrl), 'fit-view'],
      [down('F1'), 'rules-reference'],
      [down('d', ctrl), 'duplicate'],
      [down('L', ctrlShift), 'auto-layout'],
      [down('a', ctrl), 'select-all'],
      [down('M', ctrlShift), 'toggle-problems'],
      [down('?', { shiftKey: true }), 'shortcuts'],
      [down('Delete'), 'delete'],
      [down('Backspace'), 'delete'],
      // Browsers keep these for themselves (a new window, closing the tab).
      [down('n', ctrl), null],
      [down('w', ctrl), null],
      [down('s'), null],
      [down('s', { ctrlKey: true, altKey: true }), null],
    ];
    for (const [key, command] of cases) expect(commandForKey(key, http), key.key).toBe(command);
    // On a Mac, Cmd is the command key and Ctrl is not.
    const mac: KeyContext = { transport: 'http', mac: true };
    expect(commandForKey(down('s', { metaKey: true }), mac)).toBe('save');
    expect(commandForKey(down('Z', { metaKey: true, shiftKey: true }), mac)).toBe('redo');
    expect(commandForKey(down('s', ctrl), mac)).toBe(null);
    // In Electron the page answers only its own keys; the menu answers the rest.
    const electron: KeyContext = { transport: 'electron', mac: false };
    expect(commandForKey(down('Delete'), electron)).toBe('delete');
    expect(commandForKey(down('?', { shiftKey: true }), electron)).toBe('shortcuts');
    expect(commandForKey(down('s', ctrl), electron)).toBe(null);
  });
});

describe('the command registry', () => {
  it('has a handler for every renderer command once the app and its rooms are loaded', async () => {
    expect(unhandledCommands()).toEqual(RENDERER_COMMAND_IDS);
    await import('../../renderer/src/App');
    expect(unhandledCommands()).toEqual([]);
  });

  it('runs a registered command', async () => {
    const { useUi } = await import('../../renderer/src/state/ui');
    const before = useUi.getState().panels.legend;
    await runCommand('toggle-legend');
    expect(useUi.getState().panels.legend).toBe(!before);
  });
});
