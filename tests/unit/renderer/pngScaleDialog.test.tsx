// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { PNG_SCALE, PNG_SCALE_CHOICES } from '../../../shared/export/pngScale';
import { ExportOptions } from '../../../renderer/src/shell/dialogs/ExportOptions';

// The app's side of the one PNG scale range (tests/unit/pngScale.test.ts has the CLI's).

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

it('the PNG export dialog offers only scales inside the range, up to its top', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () =>
    root.render(
      <ExportOptions
        modal={{ kind: 'export-options', exportKind: 'png', resolve: () => undefined }}
      />,
    ),
  );
  const offered = [...host.querySelectorAll('option')]
    .map((o) => o.getAttribute('value')!)
    .filter((v) => /^\d/.test(v))
    .map(Number);
  expect(offered).toEqual([...PNG_SCALE_CHOICES]);
  for (const s of offered) {
    expect(s).toBeGreaterThanOrEqual(PNG_SCALE.min);
    expect(s).toBeLessThanOrEqual(PNG_SCALE.max);
  }
  expect(offered).toContain(PNG_SCALE.max);
  expect(offered).toContain(1);
  await act(async () => root.unmount());
  host.remove();
});
