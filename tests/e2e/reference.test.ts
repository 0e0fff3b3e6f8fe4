import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDesign } from '../../shared/format';
import type { Design, VlanConfig } from '../../shared/model';
import { plural } from '../../shared/model';
import { summarize, validate } from '../../shared/rules';
import { findTemplate } from '../../shared/templates';
import { LABEL_ZOOM } from '../../renderer/src/canvas/DeviceNodeView';
import { editorDriver } from '../support/editorDriver';
import { ARTIFACTS, openEditor } from '../support/editorSession';
import type { EditorSession } from '../support/editorSession';

/**
 * The acceptance test of the editor: an architect builds the reference design (the smallest
 * sound HCI design: 2 firewalls, an MLAG core pair, a management switch, 3 PVE nodes, 26 cables)
 * from an empty canvas without touching a file, and the saved result is that design.
 *
 * The steps are read from the reference template, so the test builds exactly what the template
 * holds; every step goes through the UI: drag from the palette, drag from port to port, tick
 * ports, type into the inspector.
 */
const reference = findTemplate('pve-hci-3node')!.build();
let session: EditorSession;
let page: Page;
beforeAll(async () => {
  session = await openEditor('cw-reference-');
  page = session.page;
});
afterAll(() => session?.close());
const ui = editorDriver(() => page);

const summaryText = (d: Design) => {
  const s = summarize(validate(d));
  return `${plural(s.errors, 'error')} · ${plural(s.warnings, 'warning')} · ${plural(s.infos, 'info')}`;
};
const vlanText = (v: VlanConfig['taggedVlans']) => (v === 'all' ? 'all' : (v ?? []).join(', '));

/** Ports of one device, in the order the design lists them. */
function byDevice(refs: Array<{ device: string; port: string }>): Array<[string, string[]]> {
  const out = new Map<string, string[]>();
  for (const r of refs) out.set(r.device, [...(out.get(r.device) ?? []), r.port]);
  return [...out];
}

async function setVlanConfig(scope: ReturnType<Page['locator']>, config: VlanConfig) {
  if (config.mode)
    await scope.getByLabel('Switchport mode', { exact: true }).selectOption(config.mode);
  if (config.untaggedVlan !== undefined)
    await ui.fill(
      scope,
      config.mode === 'trunk' ? 'Native VLAN' : 'VLAN',
      String(config.untaggedVlan),
    );
  if (config.taggedVlans !== undefined)
    await ui.fill(scope, 'Tagged VLANs', vlanText(config.taggedVlans));
  if (config.mtu !== undefined) await ui.fill(scope, 'MTU', String(config.mtu));
}

/** What makes two designs the same network: ids of LAGs and networks aside, by name. */
function essence(d: Design) {
  const lagName = (id: string | undefined) => d.lags.find((l) => l.id === id)?.name;
  const netName = (id: string) => d.networks.find((n) => n.id === id)?.name;
  const end = (r: { device: string; port: string }) => `${r.device}:${r.port}`;
  return {
    devices: d.devices.map((x) => [x.id, x.hostname, x.role, x.model.catalogId]),
    cables: d.cables.map((c) => `${[end(c.a), end(c.b)].sort().join(' - ')} ${c.media}`).sort(),
    // Not the LACP rate: a LAG made in the editor is fast, as PVE advises; the template keeps the default.
    lags: d.lags.map((l) => ({
      name: l.name,
      mode: l.mode,
      members: l.members.map(end),
      config: l.config,
    })),
    mlag: d.mlagPairs.map((p) => ({
      switches: p.switches,
      peerLink: lagName(p.peerLinkLag),
      keepalive: p.keepalive?.network === undefined ? undefined : netName(p.keepalive.network),
    })),
    ha: d.haPairs.map((p) => p.firewalls),
    networks: d.networks.map(({ id: _id, ...n }) => n),
    attachments: d.devices.map((x) => [
      x.id,
      x.attachments.map(({ network, lag, ...a }) => ({
        ...a,
        network: netName(network),
        ...(lag ? { lag: lagName(lag) } : {}),
      })),
    ]),
    portConfigs: d.devices.flatMap((x) =>
      x.ports.filter((p) => p.config).map((p) => [x.id, p.name, p.config]),
    ),
    clusters: d.clusters.map(({ id: _id, ...c }) => c),
  };
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Every cable of `design` as drawn, in screen pixels: where its path starts and ends, with the
 * jack and the card at that end (a's end first), and its two labels.
 */
const cablesAsDrawn = (design: Design) =>
  page.evaluate(
    (cables) => {
      const box = (el: Element | null): Box => {
        if (!el) throw new Error('not drawn');
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      return cables.map(({ id, a, b }) => {
        const edge = document.querySelector(`.react-flow__edge[data-id="${id}"]`)!;
        const path = edge.querySelector<SVGPathElement>('.react-flow__edge-path')!;
        const m = path.getScreenCTM()!;
        const onScreen = (p: DOMPoint) => ({ x: p.x * m.a + m.e, y: p.y * m.d + m.f });
        const at = (ref: { device: string; port: string }, p: DOMPoint) => ({
          ...onScreen(p),
          jack: box(
            document.querySelector(
              `[data-device="${ref.device}"] [data-port="${ref.port}"] .cw-port-jack`,
            ),
          ),
          card: box(document.querySelector(`.react-flow__node[data-id="${ref.device}"]`)),
        });
        return {
          id,
          ends: [
            at(a, path.getPointAtLength(0)),
            at(b, path.getPointAtLength(path.getTotalLength())),
          ],
          labels: [...edge.querySelectorAll('.cw-cable-label')].map((l) => ({
            text: l.textContent ?? '',
            ...box(l),
          })),
        };
      });
    },
    design.cables.map(({ id, a, b }) => ({ id, a, b })),
  );

describe('the reference design, built by hand (serve mode, Debian Chromium)', () => {
  it('places, cables and configures 8 devices and 26 cables from an empty canvas (the MLAG peer link through guided MLAG), from problems to clean', async () => {
    await page.getByTestId('welcome').waitFor();
    await page.getByRole('button', { name: /Empty design/ }).click();
    await page.getByTestId('palette').waitFor();

    // The architect prefers fiber: DAC only up to 2 m, new cables 3 m long.
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await page.getByRole('menuitem', { name: /Preferences/ }).click();
    const prefs = page.getByRole('dialog');
    await ui.fill(prefs, 'DAC up to (m)', '2');
    await ui.fill(prefs, 'New cable length (m)', '3');
    await prefs.getByRole('button', { name: 'Done' }).click();

    // Devices from the palette, roughly where the reference has them; auto layout tidies up.
    for (const [i, device] of reference.devices.entries()) {
      await ui.dropModel(device.model.catalogId!, 60 + (i % 4) * 220, 60 + Math.floor(i / 4) * 260);
    }
    await ui.autoLayout();
    // On a large screen the laid-out design fits at a zoom where every port is drawn with its
    // name and handle (from 50 %): a cable starts from any port there.
    await page.setViewportSize({ width: 3000, height: 1800 });
    await page.keyboard.press('Control+0');
    await page.waitForTimeout(400);
    expect(await ui.zoom()).toBeGreaterThanOrEqual(0.5);
    await page.screenshot({ path: `${ARTIFACTS}/reference-1-devices.png` });

    // Every cable, port to port, except the peer link's: guided MLAG cables those.
    const peerLink = reference.lags.find((l) =>
      reference.mlagPairs.some((p) => p.peerLinkLag === l.id),
    )!;
    const inPeerLink = (r: { device: string; port: string }) =>
      peerLink.members.some((m) => m.device === r.device && m.port === r.port);
    let drawn = 0;
    for (const cable of reference.cables) {
      if (inPeerLink(cable.a) && inPeerLink(cable.b)) continue;
      await ui.dragCable([cable.a.device, cable.a.port], [cable.b.device, cable.b.port]);
      drawn++;
      await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(drawn);
    }
    await page.screenshot({ path: `${ARTIFACTS}/reference-2-cabled.png` });
    await expect.poll(ui.summary).toMatch(/^[1-9]\d* errors?|[1-9]\d* warnings?/);

    // The core pair and the firewall HA pair.
    await ui.selectDevice('core-1');
    await ui.selectDevice('core-2', true);
    // Guided MLAG: the dialog proposes the peer link from the fastest free ports (the ones the
    // reference uses); confirming makes pair, cables and LAG in one step.
    await page.getByTestId('make-mlag').click();
    const guided = page.getByTestId('peer-link-dialog');
    const [a1, a2, b1, b2] = peerLink.members;
    for (const [i, [a, b]] of [
      [a1!, b1!],
      [a2!, b2!],
    ].entries()) {
      expect(await guided.getByTestId(`peer-port-${i}-a`).inputValue()).toBe(a!.port);
      expect(await guided.getByTestId(`peer-port-${i}-b`).inputValue()).toBe(b!.port);
    }
    await page.screenshot({ path: `${ARTIFACTS}/reference-2b-guided-mlag.png` });
    await guided.getByTestId('peer-link-confirm').click();
    await expect
      .poll(() => page.locator('.react-flow__edge').count())
      .toBe(reference.cables.length);
    await ui.selectDevice('fw-1');
    await ui.selectDevice('fw-2', true);
    await page.getByTestId('make-ha').click();

    // LAGs: tick the member ports (on one device, or on both switches of the pair), create,
    // then name it in its inspector.
    const openLag = async (lag: Design['lags'][number]) => {
      const last = lag.members[lag.members.length - 1]!;
      await ui.selectDevice(last.device);
      await page.getByTestId(`lag-of-${last.port}`).click();
      return page.getByTestId('lag-inspector');
    };
    for (const lag of reference.lags) {
      if (lag === peerLink) continue;
      for (const [device, ports] of byDevice(lag.members)) {
        await ui.selectDevice(device);
        await ui.pickPorts(...ports);
      }
      await page.getByTestId('create-lag').click();
      const inspector = await openLag(lag);
      await ui.fill(inspector, 'Name', lag.name);
    }

    // Networks, in the design inspector (nothing selected).
    await ui.clearSelection();
    for (const [i, network] of reference.networks.entries()) {
      await page.getByRole('button', { name: 'Add network' }).click();
      const row = page.getByTestId('network').nth(i);
      await ui.fill(row, 'Name', network.name);
      await row.getByLabel('Role', { exact: true }).selectOption(network.role);
      if (network.vlan !== undefined) await ui.fill(row, 'VLAN', String(network.vlan));
      if (network.cidr !== undefined) await ui.fill(row, 'CIDR', network.cidr);
      if (network.gateway !== undefined) await ui.fill(row, 'Gateway', network.gateway);
      await ui.fill(row, 'MTU', String(network.mtu));
      if (network.latencyMs !== undefined)
        await ui.fill(row, 'Latency (ms)', String(network.latencyMs));
    }
    const netId = (id: string) => `net-${reference.networks.findIndex((n) => n.id === id) + 1}`;
    const lagId = (id: string) => `lag-${reference.lags.findIndex((l) => l.id === id) + 1}`;

    // The MLAG keepalive runs over a network: set it on the peer link now that networks exist.
    for (const pair of reference.mlagPairs) {
      const peerLink = reference.lags.find((l) => l.id === pair.peerLinkLag);
      if (!peerLink || pair.keepalive?.network === undefined) continue;
      const inspector = await openLag(peerLink);
      await inspector.getByTestId('mlag-keepalive').selectOption(netId(pair.keepalive.network));
    }
    await ui.clearSelection();

    // Which networks ride on which port or bond of each device, with addresses and corosync links.
    for (const device of reference.devices) {
      if (device.attachments.length === 0) continue;
      await ui.selectDevice(device.id);
      for (const [i, a] of device.attachments.entries()) {
        await page.getByTestId('add-attachment').click();
        const row = page.getByTestId('attachment').nth(i);
        await row.getByLabel('Network', { exact: true }).selectOption(netId(a.network));
        await row
          .getByLabel('Via', { exact: true })
          .selectOption(a.lag !== undefined ? `lag:${lagId(a.lag)}` : `port:${a.port}`);
        await row.getByLabel('tagged (VLAN)').setChecked(a.tagged);
        if (a.address !== undefined) await ui.fill(row, 'Address', a.address);
        if (a.corosync) {
          await ui.fill(row, 'Corosync link', String(a.corosync.link));
          await ui.fill(row, 'Link priority', String(a.corosync.priority));
        }
      }
    }
    // The hosts send VLANs the switches do not carry yet: errors, named port by port.
    await expect.poll(ui.summary).toMatch(/^[1-9]\d* errors?/);
    await expect.poll(ui.problems).toContain('is not allowed on core-01 swp1');
    await page.screenshot({ path: `${ARTIFACTS}/reference-3-errors.png` });

    // Switch side: trunk the LAGs, then the ports that share a configuration, picked together.
    for (const [i, lag] of reference.lags.entries()) {
      if (!lag.config) continue;
      const inspector = await openLag(lag);
      await inspector.getByTestId(`lag-lag-${i + 1}-mode`).selectOption(lag.config.mode!);
      await ui.fill(inspector, 'Tagged VLANs', vlanText(lag.config.taggedVlans));
      await ui.fill(inspector, 'MTU', String(lag.config.mtu));
    }
    for (const device of reference.devices) {
      const groups = new Map<string, string[]>();
      for (const port of device.ports) {
        if (!port.config) continue;
        const key = JSON.stringify(port.config);
        groups.set(key, [...(groups.get(key) ?? []), port.name]);
      }
      for (const [config, ports] of groups) {
        await ui.selectDevice(device.id);
        await ui.pickPorts(...ports);
        await setVlanConfig(page.getByTestId('port-inspector'), JSON.parse(config) as VlanConfig);
        await page.getByTestId('picked-ports').getByRole('button', { name: 'Clear' }).click();
      }
    }

    // The cluster of the three nodes, with Ceph.
    await ui.clearSelection();
    const cluster = reference.clusters[0]!;
    await page.getByTestId('add-cluster').click();
    const editor = page.getByTestId('cluster-editor');
    await ui.fill(editor, 'Name', cluster.name);
    await ui.fill(editor, 'Domain', cluster.domain);
    await ui.fill(editor, 'Planned VMs', String(cluster.plannedVms));
    await ui.fill(editor, 'IOPS per VM', String(cluster.iopsPerVm));

    // Clean: the same findings as the reference itself (its three infos are by design).
    await expect.poll(ui.summary).toBe(summaryText(reference));
    await ui.autoLayout();
    await page.screenshot({ path: `${ARTIFACTS}/reference-4-clean.png` });

    await ui.saveAs('reference');
    const loaded = loadDesign(readFileSync(join(session.folder, 'reference.clusterwire'), 'utf8'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(essence(loaded.design)).toEqual(essence(reference));
    // Every cable got the label the template prints on it, drawn by hand or by guided MLAG.
    const labelOf = (d: Design) =>
      Object.fromEntries(
        d.cables.map((c) => [
          [c.a, c.b]
            .map((r) => `${r.device}:${r.port}`)
            .sort()
            .join(' - '),
          c.label,
        ]),
      );
    expect(labelOf(loaded.design)).toEqual(labelOf(reference));

    // At a zoom where labels are drawn, every cable starts and ends on its ports' jacks and
    // carries its label at both ends, outside the cards it joins.
    await page.setViewportSize({ width: 2600, height: 1500 });
    await page.keyboard.press('Control+0');
    await page.waitForTimeout(400);
    for (let i = 0; i < 10 && (await ui.zoom()) < LABEL_ZOOM; i++) {
      await page.keyboard.press('Control+=');
      await page.waitForTimeout(300);
    }
    expect(await ui.zoom()).toBeGreaterThanOrEqual(LABEL_ZOOM);
    await expect
      .poll(() => page.locator('.cw-cable-label').count())
      .toBe(2 * reference.cables.length);
    const drawnCables = await cablesAsDrawn(loaded.design);
    expect(drawnCables).toHaveLength(reference.cables.length);
    for (const c of drawnCables) {
      expect(c.labels, c.id).toHaveLength(2);
      expect(c.labels[0]!.text, c.id).toBe(c.labels[1]!.text);
      c.ends.forEach((end, i) => {
        const where = `${c.id} (${c.labels[0]!.text}) end ${i}`;
        // The cable leaves the jack from its top or bottom edge, at its middle.
        expect(Math.abs(end.x - (end.jack.left + end.jack.right) / 2), where).toBeLessThan(1.5);
        expect(
          Math.min(Math.abs(end.y - end.jack.top), Math.abs(end.y - end.jack.bottom)),
          where,
        ).toBeLessThan(2.5);
        // Its label there stands clear of the card (above or below it).
        const label = c.labels[i]!;
        expect(label.bottom <= end.card.top || label.top >= end.card.bottom, where).toBe(true);
      });
    }
    expect(drawnCables.map((c) => c.labels[0]!.text).sort()).toEqual(
      reference.cables.map((c) => c.label).sort(),
    );
    await page.screenshot({ path: `${ARTIFACTS}/reference-5-labels.png` });
    await page.setViewportSize({ width: 1600, height: 1000 });
    expect(session.pageErrors).toEqual([]);
  }, 240_000);
});
