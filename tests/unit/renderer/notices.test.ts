import { beforeEach, describe, expect, it } from 'vitest';
import { useUi } from '../../../renderer/src/state/ui';

const texts = () => useUi.getState().notices.map((n) => n.text);

describe('notices', () => {
  beforeEach(() => useUi.setState({ notices: [] }));

  it('shows the four most recent', () => {
    for (let i = 1; i <= 6; i++) useUi.getState().notify('info', `plain ${i}`);
    expect(texts()).toEqual(['plain 3', 'plain 4', 'plain 5', 'plain 6']);
  });

  it('keeps a notice that offers an action while later plain ones come and go', () => {
    const { notify } = useUi.getState();
    notify('error', 'autosave set aside', '/r/superseded/a.clusterwire', {
      label: 'Open Autosave',
      run: async () => true,
    });
    for (let i = 1; i <= 5; i++) notify('info', `plain ${i}`);
    expect(texts()).toEqual(['autosave set aside', 'plain 3', 'plain 4', 'plain 5']);
    // Dismissed, it makes room like any other.
    const kept = useUi.getState().notices[0]!;
    useUi.getState().dismiss(kept.id);
    notify('info', 'plain 6');
    expect(texts()).toEqual(['plain 3', 'plain 4', 'plain 5', 'plain 6']);
  });

  it('always shows the newest, even beside four that offer an action', () => {
    const { notify } = useUi.getState();
    const action = { label: 'Open Autosave', run: async () => true };
    for (let i = 1; i <= 4; i++) notify('error', `set aside ${i}`, undefined, action);
    notify('info', 'Saved lab.clusterwire');
    notify('info', 'Saved lab.clusterwire again');
    expect(texts()).toEqual([
      'set aside 1',
      'set aside 2',
      'set aside 3',
      'set aside 4',
      'Saved lab.clusterwire again',
    ]);
  });
});
