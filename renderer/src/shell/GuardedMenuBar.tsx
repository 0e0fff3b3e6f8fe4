import { runCommand } from '../state/commands';
import { useDocument } from '../state/document';
import { isMac } from './keys';
import { MenuBar } from './MenuBar';
import { menuBarModel } from './menuModel';
import type { MenuBarItem } from './menuModel';
import { PanelBoundary } from './PanelBoundary';

/** The file commands no failure may take away: they keep the design savable. */
const ESSENTIAL: readonly string[] = ['open', 'save', 'save-as'];
const ESSENTIAL_ITEMS = menuBarModel(isMac)
  .flatMap((menu) => menu.items)
  .filter(
    (item): item is Extract<MenuBarItem, { kind: 'command' }> =>
      item.kind === 'command' && ESSENTIAL.includes(item.id),
  );

/** What the title bar keeps when the menus fail: Open, Save and Save As as plain buttons. */
function EssentialFileCommands() {
  const hasDoc = useDocument((s) => s.doc !== null);
  return (
    <>
      {ESSENTIAL_ITEMS.map((item) => (
        <button
          key={item.id}
          type="button"
          disabled={item.needsDesign && !hasDoc}
          title={item.shortcut}
          onClick={() => void runCommand(item.id)}
        >
          {item.label}
        </button>
      ))}
    </>
  );
}

/**
 * Serve mode's menu bar in its own boundary: if it fails, the title bar says so and keeps Open,
 * Save and Save As; their keys keep working too, since the window answers keys, not the menus.
 */
export function GuardedMenuBar() {
  return (
    <PanelBoundary
      name="menu bar"
      compact
      className="cw-menubar-failed"
      actions={<EssentialFileCommands />}
    >
      <MenuBar />
    </PanelBoundary>
  );
}
