import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The real parsers of the generated files: Debian's ifupdown2 (unpacked into .cache/ifupdown2
 * by scripts/unpack-ifupdown2.sh) and corosync's `corosync -t`, run inside a network namespace of
 * the test's own. `unavailable` says why one cannot run here; .ci/run sets
 * CLUSTERWIRE_REQUIRE_PARSERS so that CI fails instead of skipping.
 */

const IFUPDOWN2 = resolve(process.env.CLUSTERWIRE_IFUPDOWN2 ?? '.cache/ifupdown2');
const IFUP_MAIN = join(IFUPDOWN2, 'usr/share/ifupdown2/__main__.py');

export const requireParsers = process.env.CLUSTERWIRE_REQUIRE_PARSERS === '1';

const runs = (cmd: string, args: string[]) =>
  spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;

export function ifupdown2Unavailable(): string | undefined {
  if (!existsSync(IFUP_MAIN))
    return `ifupdown2 is not unpacked at ${IFUPDOWN2} (run scripts/unpack-ifupdown2.sh)`;
  if (!runs('python3', ['--version'])) return 'python3 is not installed';
  // ifupdown2 keeps its lock and state under /run/network.
  try {
    mkdirSync('/run/network', { recursive: true });
  } catch {
    return 'cannot create /run/network (ifupdown2 needs it; run as root)';
  }
  return undefined;
}

export function corosyncUnavailable(): string | undefined {
  if (!runs('corosync', ['-v'])) return 'corosync is not installed (apt-get install corosync)';
  if (!runs('unshare', ['-n', 'true']))
    return 'unshare -n is not permitted here (needs root or user namespaces)';
  if (!runs('unshare', ['-n', 'ip', 'link', 'set', 'lo', 'up']))
    return 'ip (iproute2) cannot run in a namespace';
  return undefined;
}

/** The problems ifupdown2's syntax check reports for an interfaces file; [] when it is clean. */
export function ifupdown2Problems(text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cw-ifup-'));
  try {
    const file = join(dir, 'interfaces');
    writeFileSync(file, text);
    // ifupdown2 decides what to do by the name it is called by.
    const ifup = join(dir, 'ifup');
    symlinkSync(IFUP_MAIN, ifup);
    const result = spawnSync('python3', [ifup, '--syntax-check', '-a', '-i', file], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const lines = `${result.stdout}\n${result.stderr}`.split('\n').map((l) => l.trim());
    // The one note a clean Proxmox VE file gives: the writer puts the MTU on the bridge too.
    return lines.filter(
      (l) => l !== '' && !/^warning: \S+: bridge inherits mtu from its ports/.test(l),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `corosync -t` on a corosync.conf, in a fresh network namespace whose loopback holds
 * `localAddresses` (corosync must find one node's address on itself), with a random key.
 */
export function corosyncCheck(
  text: string,
  localAddresses: string[],
): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cw-corosync-'));
  try {
    const key = join(dir, 'authkey');
    writeFileSync(key, Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 97 + 13) % 256)), {
      mode: 0o400,
    });
    const conf = join(dir, 'corosync.conf');
    // pvecm's file names no key file (corosync's default is /etc/corosync/authkey); the test's own.
    writeFileSync(conf, text.replace(/^totem \{\n/m, `totem {\n  keyfile: ${key}\n`));
    const script = [
      'set -e',
      'ip link set lo up',
      ...localAddresses.map((a) => `ip addr add ${a}/${a.includes(':') ? 128 : 32} dev lo`),
      `exec corosync -t -c ${conf}`,
    ].join('\n');
    const result = spawnSync('unshare', ['-n', 'sh', '-c', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
