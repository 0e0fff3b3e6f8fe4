import { describe, expect, it } from 'vitest';
import { deviceBox, portStub } from '../../../shared/export/geometry';
import { portKey } from '../../../shared/model';
import { designToFlow } from '../../../renderer/src/canvas/designToFlow';
import { template } from '../../support/rules';

describe('designToFlow', () => {
  it('attaches every cable to the handles of its two ports, along the stubs its cards draw', () => {
    const d = template();
    const { nodes, edges } = designToFlow(d, new Map(), 'full', true);
    const nodeOf = new Map(nodes.map((n) => [n.id, n]));
    expect(edges).toHaveLength(d.cables.length);
    for (const cable of d.cables) {
      const edge = edges.find((e) => e.id === cable.id)!;
      expect([edge.source, edge.sourceHandle, edge.target, edge.targetHandle]).toEqual([
        cable.a.device,
        cable.a.port,
        cable.b.device,
        cable.b.port,
      ]);
      for (const [end, drawn] of [
        [cable.a, edge.data!.a!],
        [cable.b, edge.data!.b!],
      ] as const) {
        const device = d.devices.find((x) => x.id === end.device)!;
        const box = deviceBox(device);
        const slot = box.ports.find((p) => p.name === end.port)!;
        const stub = portStub(box, slot, drawn.side);
        // The edge's stub, relative to the handle, is the card's stub moved to the jack's edge.
        expect(drawn.stub[0]).toEqual([0, 0]);
        expect(drawn.stub.map(([x, y]) => [x + stub[0]![0], y + stub[0]![1]])).toEqual(stub);
        // And the card draws that stub.
        expect(
          nodeOf.get(end.device)!.data.overlay.stubs.some((s) => s.port === end.port),
          portKey(end),
        ).toBe(true);
      }
      expect(edge.data!.label).toBe(cable.label);
    }
  });

  it('draws labels only when asked, and plain side handles in the far overview', () => {
    const d = template();
    expect(designToFlow(d, new Map(), 'full', false).edges.every((e) => !e.data!.label)).toBe(true);
    const far = designToFlow(d, new Map(), 'far', true);
    expect(far.edges.every((e) => !e.data!.a && !e.data!.label)).toBe(true);
    expect(far.edges.every((e) => e.sourceHandle?.startsWith('@'))).toBe(true);
    expect(far.nodes.every((n) => n.data.overlay.stubs.length === 0)).toBe(true);
  });

  it('names an unlabelled cable by its ends for assistive technology, not by its id', () => {
    const d = template();
    const cable = d.cables.find((c) => c.id === 'cab-peer-1')!;
    cable.label = undefined;
    const edge = designToFlow(d, new Map(), 'full', true).edges.find((e) => e.id === cable.id)!;
    expect(edge.ariaLabel).toMatch(/^core-01:swp21 ↔ core-02:swp21: /);
  });

  it('frames LAG members on their cards, as the export does', () => {
    const d = template();
    const { nodes } = designToFlow(d, new Map(), 'full', true);
    const node1 = nodes.find((n) => n.id === 'node-1')!;
    expect(node1.data.overlay.frames.map((f) => f.label)).toEqual(['bond0']);
  });
});
