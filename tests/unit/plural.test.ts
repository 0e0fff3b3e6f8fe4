import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plural } from '../../shared/model';

describe('plural', () => {
  it('says one thing in the singular, every other count in the plural', () => {
    expect(plural(1, 'warning')).toBe('1 warning');
    expect(plural(0, 'warning')).toBe('0 warnings');
    expect(plural(3, 'network')).toBe('3 networks');
    expect(plural(1, 'switch port or LAG', 'switch ports or LAGs')).toBe('1 switch port or LAG');
    expect(plural(2, 'switch port or LAG', 'switch ports or LAGs')).toBe('2 switch ports or LAGs');
  });

  it('is what the window uses: no count there is glued to a fixed plural noun', () => {
    // "{n} warnings" read "1 warnings"; counts now go through plural().
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const glued =
      /(\{[\w.]+\.(length|size|errors|warnings|infos)\}|\$\{[\w.]+\.(length|size|errors|warnings|infos)\}) (errors|warnings|infos|devices|cables|networks|nodes|files|ports)\b/;
    const offenders = files('renderer/src').filter((f) => glued.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
