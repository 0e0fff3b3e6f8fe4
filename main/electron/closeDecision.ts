/**
 * What closing a window does about its unsaved work. A plain function of what main knows, so
 * the rule can be tested without Electron; main shows the prompt and carries out the answer.
 */

/** What main knows about a window when the user closes it. */
export interface WindowCloseState {
  /** The page said the design has unsaved changes. */
  dirty: boolean;
  /** The user settled the unsaved work already (saved, or chose Don't Save): close, no question. */
  settled: boolean;
  /**
   * The page failed as a whole (its window boundary shows instead of the app), so it can no
   * longer save: whether it wrote the unsaved work to the recovery folder after the failure,
   * and whether that recovery file is still there now. null while the page works.
   */
  failed: { written: boolean; inRecovery: boolean } | null;
}

/** What one button of the prompt does. */
export type CloseAnswer =
  /** The page saves, then asks main to close. */
  | 'save'
  /** The page drops its recovery file, then asks main to close. */
  | 'discard'
  /** Close now; the page is not asked (it cannot answer any more). */
  | 'close'
  | 'cancel';

export interface ClosePrompt {
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}

export type CloseDecision =
  | { kind: 'close' }
  /** `answers[i]` is what the prompt's button `i` does. */
  | { kind: 'ask'; prompt: ClosePrompt; answers: CloseAnswer[] };

const CLOSE: CloseDecision = { kind: 'close' };

export function closeDecision(state: WindowCloseState): CloseDecision {
  if (!state.dirty || state.settled) return CLOSE;
  const { failed } = state;
  if (!failed) {
    return {
      kind: 'ask',
      prompt: {
        message: 'Save changes to this design before closing?',
        detail: 'Your changes are lost if you close without saving.',
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
      },
      answers: ['save', 'discard', 'cancel'],
    };
  }
  // The failed page wrote all of its unsaved work to the recovery folder and cannot change it
  // any more, and its card already told the user so. Nothing is lost by closing and nothing can
  // be saved from here, so a question would only frighten or get in the way: the window closes,
  // as apps that keep unsaved work across a restart do, and the next start offers the work.
  if (failed.written && failed.inRecovery) return CLOSE;
  // The page cannot save, so Save is never offered: its only answers are close or stay.
  const prompt: ClosePrompt = failed.inRecovery
    ? {
        message: 'Close this window and lose the latest changes?',
        detail:
          'This window stopped working and could not write its latest changes to the recovery ' +
          'folder. The changes up to the last autosave are there, and ClusterWire offers them ' +
          'the next time it starts; those made after it are lost.',
        buttons: ['Close', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      }
    : {
        message: 'Close this window and lose its unsaved changes?',
        detail: failed.written
          ? // Written, then restored or discarded from another window since.
            'This window stopped working. Its unsaved changes were written to the recovery ' +
            'folder, but that recovery file is no longer there, so they cannot be saved or ' +
            'recovered from here.'
          : 'This window stopped working and its unsaved changes could not be written to the ' +
            'recovery folder, so they cannot be saved or recovered.',
        buttons: ['Close', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      };
  return { kind: 'ask', prompt, answers: ['close', 'cancel'] };
}
