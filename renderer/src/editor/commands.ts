import { registerCommands } from '../state/commands';
import { useDocument } from '../state/document';
import { fieldOwnsUndo, focusedTextField } from '../state/fieldFocus';
import { deleteSelection, duplicateSelection, selectAll } from './clipboard';
import { useFind } from './FindDevice';

/** The editor's commands: undo and redo, and what acts on the selection. */
export function registerEditorCommands(): void {
  registerCommands({
    // Undo and redo are the field's while it holds uncommitted typing (state/fieldFocus), the
    // design's otherwise; select all in a text field selects its text.
    undo: () => {
      if (fieldOwnsUndo()) document.execCommand('undo');
      else useDocument.getState().undo();
    },
    redo: () => {
      if (fieldOwnsUndo()) document.execCommand('redo');
      else useDocument.getState().redo();
    },
    'select-all': () => {
      const field = focusedTextField();
      if (field) field.select();
      else selectAll();
    },
    duplicate: duplicateSelection,
    delete: deleteSelection,
    'find-device': () => useFind.getState().show(),
  });
}
