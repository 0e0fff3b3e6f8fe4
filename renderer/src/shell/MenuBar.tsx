import { useEffect, useRef, useState } from 'react';
import { runCommand } from '../state/commands';
import { useDocument } from '../state/document';
import { useUi } from '../state/ui';
import { openFile } from './files';
import { isMac } from './keys';
import { menuBarModel } from './menuModel';
import type { MenuBarItem } from './menuModel';

const MENUS = menuBarModel(isMac);

/**
 * The menu bar for serve mode, where there is no native menu: the command table's menus, as
 * Electron's are. Keyboard: Alt opens nothing special, but items show their keys.
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

  const choose = (run: () => unknown) => {
    setOpen(null);
    void run();
  };
  const renderItem = (item: MenuBarItem) => {
    const className = item.separatorBefore ? 'cw-menu-separated' : undefined;
    if (item.kind === 'command') {
      return (
        <li key={item.id} role="none" className={className}>
          <button
            type="button"
            role="menuitem"
            disabled={item.needsDesign && !hasDoc}
            onClick={() => choose(() => runCommand(item.id))}
          >
            <span>{item.label}</span>
            {item.shortcut ? <kbd>{item.shortcut}</kbd> : null}
          </button>
        </li>
      );
    }
    const recentItems = (
      <>
        {recent.map((path) => (
          <li key={path} role="none">
            <button type="button" role="menuitem" onClick={() => choose(() => openFile(path))}>
              <span>{path}</span>
            </button>
          </li>
        ))}
        {recent.length === 0 ? (
          <li role="none">
            <button type="button" role="menuitem" disabled>
              <span>No recent designs</span>
            </button>
          </li>
        ) : null}
      </>
    );
    return (
      <li key={item.label} role="none" className={className}>
        <div className="cw-submenu" role="menuitem" aria-haspopup="menu" tabIndex={-1}>
          <span>{item.label}</span>
          <span aria-hidden>›</span>
          <ul role="menu" className="cw-menu-list cw-submenu-list">
            {item.kind === 'recent' ? recentItems : item.items.map(renderItem)}
          </ul>
        </div>
      </li>
    );
  };
  return (
    <nav className="cw-menubar" ref={ref} role="menubar" aria-label="Application menu">
      {MENUS.map((menu) => (
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
