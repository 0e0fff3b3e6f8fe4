import { registerCommands } from '../state/commands';
import { useDocument } from '../state/document';
import { deleteSelection, duplicateSelection, selectAll } from './clipboard';
import { useFind } from './FindDevice';

const focusedTextField = () => {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
    ? active
    : null;
};

/** The editor's commands: undo and redo, and what acts on the selection. */
export function registerEditorCommands(): void {
  registerCommands({
    // In a text field, undo, redo and select all belong to the field.
    undo: () => {
      if (focusedTextField()) document.execCommand('undo');
      else useDocument.getState().undo();
    },
    redo: () => {
      if (focusedTextField()) document.execCommand('redo');
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
