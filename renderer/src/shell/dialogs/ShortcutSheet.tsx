import type { Modal } from '../../state/ui';
import { SHORTCUT_LABEL } from '../shortcuts';
import { Buttons, Dialog } from './Dialog';

export function ShortcutSheet({ modal }: { modal: Extract<Modal, { kind: 'shortcuts' }> }) {
  const rows: Array<[string, string]> = [
    ...Object.entries(SHORTCUT_LABEL).map(
      ([command, keys]) => [keys, COMMAND_TITLE[command] ?? command] as [string, string],
    ),
    ['Del / Backspace', 'Delete the selection'],
    ['Arrow keys', 'Nudge the selected devices along the grid'],
    ['Shift+click, drag on empty canvas', 'Select several'],
    ['Space+drag, right-drag', 'Pan'],
    ['Scroll, pinch', 'Zoom'],
    ['Drag from a port to a port', 'Cable them (refused with the reason when impossible)'],
    ['Drag from the palette', 'Place a device'],
    ['Ctrl/⌘+C, X, V', 'Copy, cut, paste devices (cables between them come along)'],
  ];
  return (
    <Dialog title="Keyboard shortcuts" onCancel={() => modal.resolve()} wide testId="shortcuts">
      <table className="cw-shortcuts">
        <tbody>
          {rows.map(([keys, what]) => (
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

const COMMAND_TITLE: Record<string, string> = {
  new: 'New from template',
  open: 'Open',
  save: 'Save',
  'save-as': 'Save As',
  'repeat-export': 'Repeat last export',
  undo: 'Undo',
  redo: 'Redo',
  'zoom-in': 'Zoom in',
  'zoom-out': 'Zoom out',
  'fit-view': 'Fit the design',
  'rules-reference': 'Rules reference',
  duplicate: 'Duplicate',
  'auto-layout': 'Auto layout (firewalls, core pair, servers)',
  delete: 'Delete',
  'select-all': 'Select all',
  'toggle-problems': 'Show or hide the problems panel',
  shortcuts: 'This list',
};
