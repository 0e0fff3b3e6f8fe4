/**
 * Text fields and the app's commands. A field that edits the design (the inspector's fields, the
 * design name) commits on Enter or when it is left, and says through `data-draft` whether it
 * holds typing not committed yet. While it does, undo and redo are the field's own (the
 * browser's text undo); once the typing is committed (or there is none), they are the app's,
 * so the design goes back and the field shows it. A command that reads or changes the design
 * commits the field first, as leaving it would, so the typing is neither lost nor saved half.
 */

/** The attribute a design field carries: whether it holds uncommitted typing. */
export const draftMark = (typing: boolean) => ({ 'data-draft': typing ? 'typing' : 'none' });

/** Inputs that hold text; a focused checkbox or button leaves undo to the app. */
const TEXT_INPUT = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);

export function focusedTextField(): HTMLInputElement | HTMLTextAreaElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement) return active;
  if (active instanceof HTMLInputElement && TEXT_INPUT.has(active.type)) return active;
  return null;
}

/**
 * Whether undo and redo belong to the focused field: it holds typing not committed yet, or it is
 * not a design field at all (a search box).
 */
export function fieldOwnsUndo(): boolean {
  const field = focusedTextField();
  return field !== null && field.dataset.draft !== 'none';
}

/**
 * Commits the focused field's typing before a command acts on the design (leaving the field
 * commits it). A field whose value is invalid keeps its typing and focus, and the command waits
 * (false): running it would drop the typing or write it to whatever the command selects next.
 */
export function commitFocusedField(): boolean {
  const field = focusedTextField();
  if (!field) return true;
  if (field.dataset.draft === 'typing' && field.getAttribute('aria-invalid') === 'true') {
    field.focus();
    return false;
  }
  field.blur();
  return true;
}
