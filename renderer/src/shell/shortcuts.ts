import type { MenuCommand } from '../../../shared/ipc';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/**
 * Shortcuts for serve mode, where the page handles keys itself (Electron's native menu has the
 * same accelerators). Browsers keep Ctrl+N and Ctrl+W for themselves, so New uses Alt+N.
 */
const SHORTCUTS: Array<{
  key: string;
  mod: boolean;
  shift?: boolean;
  alt?: boolean;
  command: MenuCommand;
}> = [
  { key: 'n', mod: false, alt: true, command: 'new' },
  { key: 'o', mod: true, command: 'open' },
  { key: 's', mod: true, command: 'save' },
  { key: 's', mod: true, shift: true, command: 'save-as' },
  { key: 'e', mod: true, shift: true, command: 'repeat-export' },
  { key: 'z', mod: true, command: 'undo' },
  { key: 'z', mod: true, shift: true, command: 'redo' },
  { key: 'y', mod: true, command: 'redo' },
  { key: '=', mod: true, command: 'zoom-in' },
  { key: '+', mod: true, shift: true, command: 'zoom-in' },
  { key: '-', mod: true, command: 'zoom-out' },
  { key: '0', mod: true, command: 'fit-view' },
  { key: 'F1', mod: false, command: 'rules-reference' },
  { key: 'd', mod: true, command: 'duplicate' },
  { key: 'l', mod: true, shift: true, command: 'auto-layout' },
  { key: 'a', mod: true, command: 'select-all' },
  { key: 'm', mod: true, shift: true, command: 'toggle-problems' },
  { key: '?', mod: false, shift: true, command: 'shortcuts' },
];

export const SHORTCUT_LABEL: Partial<Record<MenuCommand, string>> = {
  new: 'Alt+N',
  open: `${mod}O`,
  save: `${mod}S`,
  'save-as': `${mod}${isMac ? '⇧' : 'Shift+'}S`,
  'repeat-export': `${mod}${isMac ? '⇧' : 'Shift+'}E`,
  undo: `${mod}Z`,
  redo: isMac ? '⌘⇧Z' : 'Ctrl+Y',
  'zoom-in': `${mod}+`,
  'zoom-out': `${mod}-`,
  'fit-view': `${mod}0`,
  'rules-reference': 'F1',
  duplicate: `${mod}D`,
  'auto-layout': `${mod}${isMac ? '⇧' : 'Shift+'}L`,
  delete: 'Del',
  'select-all': `${mod}A`,
  'toggle-problems': `${mod}${isMac ? '⇧' : 'Shift+'}M`,
  shortcuts: '?',
};

export function commandForKey(event: KeyboardEvent): MenuCommand | null {
  const modDown = isMac ? event.metaKey : event.ctrlKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const match = SHORTCUTS.find(
    (s) =>
      s.key === key &&
      s.mod === modDown &&
      Boolean(s.shift) === event.shiftKey &&
      Boolean(s.alt) === event.altKey,
  );
  return match?.command ?? null;
}
