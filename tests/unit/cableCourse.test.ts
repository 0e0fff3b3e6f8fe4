import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, deviceFromModel } from '../../shared/catalog';
import { NODE, cableCourse, clipText, deviceBox, portStub } from '../../shared/export';
import type { PortSide } from '../../shared/export';

type Point = readonly [number, number];

/** Whether the axis-parallel segment p-q passes through the rectangle (inclusive by `margin`). */
function crosses(p: Point, q: Point, r: { x: number; y: number; w: number; h: number }): boolean {
  const [x1, x2] = [Math.min(p[0], q[0]), Math.max(p[0], q[0])];
  const [y1, y2] = [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
  return x2 > r.x && x1 < r.x + r.w && y2 > r.y && y1 < r.y + r.h;
}

describe('cable course', () => {
  it('every stub of every catalog model runs from its jack to the card edge past no other port', () => {
    let checked = 0;
    for (const model of BUILTIN_CATALOG.models) {
      const device = deviceFromModel(model, { id: 'd', hostname: 'd' });
      const box = deviceBox(device);
      expect(box.rows, model.id).toBeLessThanOrEqual(2);
      // A port is its whole cell, jack and name: a cable drawn over another port's name reads
      // as that port's cable.
      const jacks = box.ports.map((s) => ({
        name: s.name,
        x: s.x - NODE.cellW / 2,
        y: s.y - NODE.jackH / 2,
        w: NODE.cellW,
        h: NODE.cellH,
      }));
      for (const slot of box.ports) {
        for (const side of ['top', 'bottom'] as PortSide[]) {
          const stub = portStub(box, slot, side);
          // Starts on its own jack's edge on that side, ends on the card's edge on that side.
          expect(stub[0]).toEqual([slot.x, slot.y + (side === 'top' ? -1 : 1) * (NODE.jackH / 2)]);
          expect(stub[stub.length - 1]![1]).toBe(side === 'top' ? 0 : box.height);
          const last = stub[stub.length - 1]![0];
          expect(last).toBeGreaterThan(0);
          expect(last).toBeLessThan(box.width);
          for (let i = 1; i < stub.length; i++)
            for (const jack of jacks)
              if (jack.name !== slot.name)
                expect(
                  crosses(stub[i - 1]!, stub[i]!, jack),
                  `${model.id} ${slot.name} ${side} over ${jack.name}`,
                ).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('leaves each card straight out on its side, then meets the peer', () => {
    const a = {
      stub: [
        [10, 60],
        [10, 80],
      ] as Array<[number, number]>,
      side: 'bottom' as const,
    };
    const b = {
      stub: [
        [300, 410],
        [300, 400],
      ] as Array<[number, number]>,
      side: 'top' as const,
    };
    const course = cableCourse(a, b);
    expect(course.d.startsWith('M10 60 L10 80 L10 96 C10 ')).toBe(true);
    expect(course.d.endsWith('300 384 L300 400 L300 410')).toBe(true);
    expect(course.labelA).toEqual({ x: 10, y: 84, anchor: 'end' });
    expect(course.labelB).toEqual({ x: 300, y: 396, anchor: 'start' });
  });
});

describe('clipText', () => {
  it('keeps short text and cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(clipText('pve-01', 6)).toBe('pve-01');
    expect(clipText('pve-012', 6)).toBe('pve-0…');
    expect(clipText('😀'.repeat(6), 6)).toBe('😀'.repeat(6));
    expect(clipText('😀'.repeat(7), 6)).toBe(`${'😀'.repeat(5)}…`);
    expect(clipText('a'.repeat(5_000_000), 32)).toHaveLength(32);
  });
});
