import { Menu, app } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface MenuActions {
  command(command: MenuCommand): void;
  newWindow(): void;
  openRecent(path: string): void;
  closeWindow(): void;
}

/** The application menu; shortcuts use CmdOrCtrl so they follow each platform's convention. */
export function buildMenu(recentFiles: string[], actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.command(command);
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New from Template…', accelerator: 'CmdOrCtrl+N', id: 'new', click: send('new') },
        { label: 'New Window', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newWindow },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', id: 'open', click: send('open') },
        {
          id: 'open-recent',
          label: 'Open Recent',
          submenu:
            recentFiles.length === 0
              ? [{ label: 'No Recent Designs', enabled: false }]
              : recentFiles.map((path) => ({
                  label: basename(path),
                  sublabel: path,
                  click: () => actions.openRecent(path),
                })),
        },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', id: 'save', click: send('save') },
        {
          label: 'Save As…',
          accelerator: 'CmdOrCtrl+Shift+S',
          id: 'save-as',
          click: send('save-as'),
        },
        {
          label: 'Export',
          submenu: [
            { label: 'Diagram as SVG…', id: 'export-svg', click: send('export-svg') },
            { label: 'Diagram as PNG…', id: 'export-png', click: send('export-png') },
            { label: 'Bill of Materials (CSV)…', id: 'export-bom', click: send('export-bom') },
            { label: 'Cable Schedule (CSV)…', id: 'export-cables', click: send('export-cables') },
            { type: 'separator' },
            {
              label: 'Repeat Last Export',
              accelerator: 'CmdOrCtrl+Shift+E',
              id: 'repeat-export',
              click: send('repeat-export'),
            },
          ],
        },
        { type: 'separator' },
        { label: 'Close Window', accelerator: 'CmdOrCtrl+W', click: actions.closeWindow },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', id: 'undo', click: send('undo') },
        {
          label: 'Redo',
          accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y',
          id: 'redo',
          click: send('redo'),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        {
          label: 'Duplicate',
          accelerator: 'CmdOrCtrl+D',
          id: 'duplicate',
          click: send('duplicate'),
        },
        // No accelerator: the Delete key belongs to text fields first; the canvas handles it itself.
        { label: 'Delete', id: 'delete', click: send('delete') },
        {
          label: 'Select All',
          accelerator: 'CmdOrCtrl+A',
          id: 'select-all',
          click: send('select-all'),
        },
        { type: 'separator' },
        {
          label: 'Preferences…',
          accelerator: 'CmdOrCtrl+,',
          id: 'preferences',
          click: send('preferences'),
        },
      ],
    },
    {
      label: '&View',
      submenu: [
        {
          label: 'Auto Layout',
          accelerator: 'CmdOrCtrl+Shift+L',
          id: 'auto-layout',
          click: send('auto-layout'),
        },
        { type: 'separator' },
        { label: 'Zoom In', accelerator: 'CmdOrCtrl+=', id: 'zoom-in', click: send('zoom-in') },
        { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', id: 'zoom-out', click: send('zoom-out') },
        {
          label: 'Fit Design',
          accelerator: 'CmdOrCtrl+0',
          id: 'fit-view',
          click: send('fit-view'),
        },
        { type: 'separator' },
        {
          label: 'Problems Panel',
          accelerator: 'CmdOrCtrl+Shift+M',
          id: 'toggle-problems',
          click: send('toggle-problems'),
        },
        { label: 'Show Minimap', id: 'toggle-minimap', click: send('toggle-minimap') },
        { label: 'Show Legend', id: 'toggle-legend', click: send('toggle-legend') },
        { label: 'Toggle Dark Mode', id: 'toggle-theme', click: send('toggle-theme') },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Keyboard Shortcuts', id: 'shortcuts', click: send('shortcuts') },
        {
          label: 'Rules Reference',
          accelerator: 'F1',
          id: 'rules-reference',
          click: send('rules-reference'),
        },
        { label: 'About ClusterWire', id: 'about', click: send('about') },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
