import { COMMANDS, formatShortcut, shortcutOf } from '../../../../shared/commands';
import type { CommandId, KeyContext } from '../../../../shared/commands';
import { useUi } from '../../state/ui';
import type { Modal } from '../../state/ui';
import { keyContext } from '../keys';
import { Buttons, Dialog } from './Dialog';

export interface ShortcutRow {
  keys: string;
  what: string;
  /** The command of the table the row shows; none for gestures. */
  command?: CommandId;
}

/** What the mouse and the canvas do, beside the commands' keys. */
const GESTURES: ShortcutRow[] = [
  { keys: 'Backspace', what: 'Delete, as Del does' },
  { keys: 'Arrow keys', what: 'Nudge the selected devices along the grid' },
  { keys: 'Shift+click, drag on empty canvas', what: 'Select several' },
  { keys: 'Space+drag, right-drag', what: 'Pan' },
  { keys: 'Scroll, pinch', what: 'Zoom' },
  {
    keys: 'Drag from a port to a port',
    what: 'Cable them (refused with the reason when impossible)',
  },
  { keys: 'Drag from the palette', what: 'Place a device' },
  { keys: 'Ctrl/⌘+C, X, V', what: 'Copy, cut, paste devices (cables between them come along)' },
];

/** Every command with a key here, as the menus show it, then the gestures. */
export function shortcutRows(context: KeyContext): ShortcutRow[] {
  const commands = COMMANDS.flatMap((spec) => {
    const keys = shortcutOf(spec, context);
    return keys
      ? [{ keys: formatShortcut(keys, context.mac), what: spec.label, command: spec.id }]
      : [];
  });
  return [...commands, ...GESTURES];
}

export function ShortcutSheet({ modal }: { modal: Extract<Modal, { kind: 'shortcuts' }> }) {
  const transport = useUi((s) => s.info?.transport);
  const rows = shortcutRows(keyContext(transport));
  return (
    <Dialog title="Keyboard shortcuts" onCancel={() => modal.resolve()} wide testId="shortcuts">
      <table className="cw-shortcuts">
        <tbody>
          {rows.map(({ keys, what }) => (
            <tr key={`${keys}${what}`}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Buttons>
        <button type="button" className="cw-primary" onClick={() => modal.resolve()}>
          Close
        </button>
      </Buttons>
    </Dialog>
  );
}
