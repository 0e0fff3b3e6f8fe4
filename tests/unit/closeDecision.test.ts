import { describe, expect, it } from 'vitest';
import { closeDecision } from '../../main/electron/closeDecision';
import type { CloseDecision, WindowCloseState } from '../../main/electron/closeDecision';

const working: WindowCloseState = { dirty: true, settled: false, failed: null };

/** The prompt's buttons, each with what it does. */
function buttons(decision: CloseDecision): Array<[string, string]> {
  if (decision.kind !== 'ask') throw new Error('expected a prompt');
  return decision.prompt.buttons.map((label, i) => [label, decision.answers[i]!]);
}

describe('closing a window with unsaved work', () => {
  it('a clean window closes without a question', () => {
    expect(closeDecision({ ...working, dirty: false })).toEqual({ kind: 'close' });
    // Even a failed page with nothing unsaved.
    expect(
      closeDecision({
        dirty: false,
        settled: false,
        failed: { written: false, inRecovery: false },
      }),
    ).toEqual({ kind: 'close' });
  });

  it("work the user settled already (saved, or Don't Save) closes without a second question", () => {
    expect(closeDecision({ ...working, settled: true })).toEqual({ kind: 'close' });
  });

  it("dirty in a working page: Save, Don't Save or Cancel, saying the changes would be lost", () => {
    const decision = closeDecision(working);
    expect(buttons(decision)).toEqual([
      ['Save', 'save'],
      ["Don't Save", 'discard'],
      ['Cancel', 'cancel'],
    ]);
    expect(decision).toMatchObject({
      prompt: {
        detail: 'Your changes are lost if you close without saving.',
        defaultId: 0,
        cancelId: 2,
      },
    });
  });

  it('dirty in a failed page whose work is in the recovery folder: closes, no false alarm', () => {
    expect(closeDecision({ ...working, failed: { written: true, inRecovery: true } })).toEqual({
      kind: 'close',
    });
  });

  it('a failed page whose recovery file has gone since says the changes are lost, and offers no Save', () => {
    const decision = closeDecision({ ...working, failed: { written: true, inRecovery: false } });
    expect(buttons(decision)).toEqual([
      ['Close', 'close'],
      ['Cancel', 'cancel'],
    ]);
    expect(decision).toMatchObject({
      prompt: {
        message: 'Close this window and lose its unsaved changes?',
        detail: expect.stringContaining('that recovery file is no longer there'),
        // Losing work is never the default.
        defaultId: 1,
        cancelId: 1,
      },
    });
  });

  it('a failed page that could not write its latest changes says only those are lost', () => {
    const decision = closeDecision({ ...working, failed: { written: false, inRecovery: true } });
    expect(buttons(decision)).toEqual([
      ['Close', 'close'],
      ['Cancel', 'cancel'],
    ]);
    expect(decision).toMatchObject({
      prompt: {
        message: 'Close this window and lose the latest changes?',
        detail: expect.stringContaining('The changes up to the last autosave are there'),
        defaultId: 1,
      },
    });
  });

  it('a failed page with nothing in recovery at all says everything unsaved is lost', () => {
    const decision = closeDecision({ ...working, failed: { written: false, inRecovery: false } });
    expect(decision).toMatchObject({
      prompt: { message: 'Close this window and lose its unsaved changes?' },
      answers: ['close', 'cancel'],
    });
  });
});
