import { useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../../../shared/ipc';
import { useDocument } from '../state/document';
import { openFile, runCommand } from './commands';
import { SHORTCUT_LABEL } from './shortcuts';
import { useUi } from '../state/ui';

interface Item {
  label: string;
  command?: MenuCommand;
  run?: () => void;
  /** Needs an open design. */
  needsDoc?: boolean;
  separatorBefore?: boolean;
  submenu?: Item[];
}

function menus(recent: string[]): Array<{ label: string; items: Item[] }> {
  return [
    {
      label: 'File',
      items: [
        { label: 'New from Template…', command: 'new' },
        { label: 'Open…', command: 'open' },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((path) => ({ label: path, run: () => void openFile(path) }))
            : [{ label: 'No recent designs' }],
        },
        { label: 'Save', command: 'save', needsDoc: true, separatorBefore: true },
        { label: 'Save As…', command: 'save-as', needsDoc: true },
        {
          label: 'Export Diagram as SVG…',
          command: 'export-svg',
          needsDoc: true,
          separatorBefore: true,
        },
        { label: 'Export Diagram as PNG…', command: 'export-png', needsDoc: true },
        { label: 'Export Bill of Materials…', command: 'export-bom', needsDoc: true },
        { label: 'Export Cable Schedule…', command: 'export-cables', needsDoc: true },
        { label: 'Repeat Last Export', command: 'repeat-export', needsDoc: true },
      ],
    },
    {
      label: 'Edit',
      items: [
        { label: 'Undo', command: 'undo', needsDoc: true },
        { label: 'Redo', command: 'redo', needsDoc: true },
        { label: 'Duplicate', command: 'duplicate', needsDoc: true, separatorBefore: true },
        { label: 'Delete', command: 'delete', needsDoc: true },
        { label: 'Select All', command: 'select-all', needsDoc: true },
        { label: 'Preferences…', command: 'preferences', separatorBefore: true },
      ],
    },
    {
      label: 'View',
      items: [
        { label: 'Auto Layout', command: 'auto-layout', needsDoc: true },
        { label: 'Zoom In', command: 'zoom-in', needsDoc: true, separatorBefore: true },
        { label: 'Zoom Out', command: 'zoom-out', needsDoc: true },
        { label: 'Fit Design', command: 'fit-view', needsDoc: true },
        {
          label: 'Toggle Problems Panel',
          command: 'toggle-problems',
          needsDoc: true,
          separatorBefore: true,
        },
        {
          label: 'Toggle Minimap',
          command: 'toggle-minimap',
          needsDoc: true,
          separatorBefore: true,
        },
        { label: 'Toggle Legend', command: 'toggle-legend', needsDoc: true },
        { label: 'Toggle Dark Mode', command: 'toggle-theme', separatorBefore: true },
      ],
    },
    {
      label: 'Help',
      items: [
        { label: 'Keyboard Shortcuts', command: 'shortcuts' },
        { label: 'Rules Reference', command: 'rules-reference' },
        { label: 'About ClusterWire', command: 'about' },
      ],
    },
  ];
}

/**
 * The menu bar for serve mode, where there is no native menu; the same commands as Electron's.
 * Keyboard: Alt opens nothing special, but every item has its shortcut and menus are buttons.
 */
export function MenuBar() {
  const recent = useUi((s) => s.recent);
  const hasDoc = useDocument((s) => s.doc !== null);
  const [open, setOpen] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(null);
    };
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(null);
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', escape);
    };
  }, [open]);

  const choose = (item: Item) => {
    setOpen(null);
    if (item.run) item.run();
    else if (item.command) void runCommand(item.command);
  };
  const renderItem = (item: Item) => {
    const disabled = (item.needsDoc && !hasDoc) || (!item.command && !item.run && !item.submenu);
    return (
      <li
        key={item.label}
        role="none"
        className={item.separatorBefore ? 'cw-menu-separated' : undefined}
      >
        {item.submenu ? (
          <div className="cw-submenu" role="menuitem" aria-haspopup="menu" tabIndex={-1}>
            <span>{item.label}</span>
            <span aria-hidden>›</span>
            <ul role="menu" className="cw-menu-list cw-submenu-list">
              {item.submenu.map(renderItem)}
            </ul>
          </div>
        ) : (
          <button type="button" role="menuitem" disabled={disabled} onClick={() => choose(item)}>
            <span>{item.label}</span>
            {item.command && SHORTCUT_LABEL[item.command] ? (
              <kbd>{SHORTCUT_LABEL[item.command]}</kbd>
            ) : null}
          </button>
        )}
      </li>
    );
  };
  return (
    <nav className="cw-menubar" ref={ref} role="menubar" aria-label="Application menu">
      {menus(recent).map((menu) => (
        <div key={menu.label} className="cw-menu">
          <button
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === menu.label}
            className={open === menu.label ? 'cw-menu-open' : undefined}
            onClick={() => setOpen(open === menu.label ? null : menu.label)}
            onMouseEnter={() => open && setOpen(menu.label)}
          >
            {menu.label}
          </button>
          {open === menu.label ? (
            <ul role="menu" className="cw-menu-list">
              {menu.items.map(renderItem)}
            </ul>
          ) : null}
        </div>
      ))}
    </nav>
  );
}
