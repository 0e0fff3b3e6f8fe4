/**
 * Hostile input through load, validate and every output, in-process and through the CLI:
 * random bytes, random JSON, and valid designs full of hostile text (control characters, RTL
 * override, formula prefixes, quotes, `]]>`, `</svg>`, unpaired surrogates, long strings).
 * Outputs come from FUZZ_OUTPUTS (tests/support/fuzzOutputs.ts): add new exports and
 * generators there. FUZZ_SEED=n replays a run; fast-check prints the seed of a failure.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDesign, serializeDesign } from '../../shared/format';
import type { Design } from '../../shared/model';
import { Design as DesignSchema } from '../../shared/model';
import { validate } from '../../shared/rules';
import { TEMPLATES, findTemplate } from '../../shared/templates';
import { designArb } from '../support/arbitraries';
import { runCli } from '../support/cli';
import type { FuzzFiles, FuzzOutput } from '../support/fuzzOutputs';
import { FUZZ_OUTPUTS, PLANTED } from '../support/fuzzOutputs';

const SEED = process.env.FUZZ_SEED === undefined ? 20261129 : Number(process.env.FUZZ_SEED);
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

/** A Node stack frame ("    at fn (file:1:2)"): the CLI must never print one. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const HOSTILE = [
  '\x1b[2J\x1b[H',
  '\x07\x00\x08',
  '\u0085\u009b31m',
  '\u202eevil\u202c',
  '=1+1',
  '+SUM(A1)',
  '-2+3',
  '@cmd',
  ' \t=x',
  '\u3000＝1',
  ';=1+1',
  '"quoted", \'single\'',
  ']]>',
  '</svg><script>alert(1)</script>',
  '<!-- &amp; & &#0;',
  '\r\n=HYPERLINK("http://x")',
  '\n',
  '\r',
  '\t',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\ufffe\uffff',
  'a'.repeat(2000),
  '😀 東京 Zoë',
  '${x} %s %n \\ `',
  // A planted command (PLANTED) that must never reach a command position in generated files.
  `\n${PLANTED} x`,
  `\r\n${PLANTED}`,
  `'; ${PLANTED}; echo '`,
  `" && ${PLANTED} "`,
  `$(${PLANTED})`,
  `\`${PLANTED}\``,
  `x # \n${PLANTED}`,
];

/** Hostile text: one to three pieces of the list above and random UTF-16 (lone surrogates too). */
const hostileText: Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 12 })), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) => parts.join(''));

/** Puts hostile text into every free-text field a user can type, the next string each time. */
function withHostileText(design: Design, texts: string[]): Design {
  const d = structuredClone(design);
  let i = 0;
  const next = () => texts[i++ % texts.length]!;
  d.meta.name = next();
  d.meta.author = next();
  d.meta.notes = next();
  d.meta.revision = next();
  for (const device of d.devices) {
    device.hostname = next();
    device.model.manufacturer = next();
    device.model.name = next();
    device.model.partNumber = next();
    device.ports.forEach((port, p) => {
      port.card = next();
      port.config = { ...port.config, description: next() };
      // Port names are referenced by cables, LAGs and attachments: rename everywhere, unique.
      const renamed = `${next()}#${p}`;
      const same = (ref: { device: string; port: string }) =>
        ref.device === device.id && ref.port === port.name;
      for (const c of d.cables) {
        if (same(c.a)) c.a.port = renamed;
        if (same(c.b)) c.b.port = renamed;
      }
      for (const l of d.lags) for (const m of l.members) if (same(m)) m.port = renamed;
      for (const a of device.attachments) if (a.port === port.name) a.port = renamed;
      port.name = renamed;
    });
    for (const disk of device.server?.disks ?? []) disk.name = next();
  }
  for (const c of d.cables) {
    c.label = next();
    c.color = next();
  }
  for (const l of d.lags) l.name = next();
  for (const m of d.mlagPairs) m.name = next();
  for (const n of d.networks) n.name = next();
  for (const c of d.clusters) {
    c.name = next();
    c.domain = next();
    for (const pool of c.ceph.pools) pool.name = next();
  }
  d.suppressions.push({ rule: 'ceph.iops-budget', reason: `ok ${next()}` });
  return d;
}

const templateArb = fc.constantFrom(...TEMPLATES.map((t) => t.build()));
const hostileDesign = (base: Arbitrary<Design>) =>
  fc
    .tuple(base, fc.array(hostileText, { minLength: 1, maxLength: 12 }))
    .map(([design, texts]) => withHostileText(design, texts));
/** Templates (realistic, every object kind) and generated designs (odd shapes), hostile text. */
const hostileDesigns = fc.oneof(hostileDesign(templateArb), hostileDesign(designArb));

/** Loads must answer ok or problems with positions; never throw. */
function expectLoadAnswers(text: string): void {
  const result = loadDesign(text);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.message).toBe('string');
      expect(Number.isInteger(p.line) && Number.isInteger(p.column)).toBe(true);
    }
  }
}

/** A template's JSON with one value somewhere replaced by random JSON: deep schema errors. */
const mutatedDesignJson: Arbitrary<string> = fc
  .tuple(templateArb, fc.nat(), fc.jsonValue({ maxDepth: 3 }))
  .map(([design, pick, value]) => {
    const json = JSON.parse(serializeDesign(design)) as unknown;
    const slots: Array<[Record<string, unknown> | unknown[], string | number]> = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) {
        node.forEach((v, k) => {
          slots.push([node, k]);
          walk(v);
        });
      } else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          slots.push([node as Record<string, unknown>, k]);
          walk(v);
        }
      }
    };
    walk(json);
    const [parent, key] = slots[pick % slots.length]!;
    (parent as Record<string | number, unknown>)[key] = value;
    return JSON.stringify(json, null, 2);
  });

/** Renders an output in-process and checks it, whichever shape it has. */
function renderAndCheck(output: FuzzOutput, design: Design): void {
  if (output.folder) output.check(output.render(design), design);
  else {
    const bytes = output.render(design);
    output.check(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), design);
  }
}

/** Every file under `dir` by "/"-separated relative path (none when it does not exist). */
function readFolder(dir: string): FuzzFiles {
  const files: FuzzFiles = new Map();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const full = join(entry.parentPath, entry.name);
      files.set(
        full
          .slice(dir.length + 1)
          .split(/[\\/]/)
          .join('/'),
        readFileSync(full),
      );
    }
  return files;
}

/**
 * A design an output accepts (the reference template) with hostile text in one free-text field:
 * reaches the writers of outputs that refuse a design hostile everywhere (generate).
 */
const oneHostileField: Arbitrary<Design> = fc
  .tuple(fc.nat(), fc.nat(), hostileText)
  .map(([field, which, text]) => {
    const d = findTemplate('pve-hci-3node')!.build();
    const pick = <T>(items: T[]): T => items[which % items.length]!;
    const setters: Array<() => void> = [
      () => (d.meta.name = text),
      () => (d.meta.notes = text),
      () => (d.meta.author = text),
      () => (d.meta.revision = text),
      () => (pick(d.devices).hostname = text),
      () => (pick(d.devices).model.name = text),
      () => {
        const device = pick(d.devices.filter((x) => x.ports.length > 0));
        const port = device.ports[which % device.ports.length]!;
        port.config = { ...port.config, description: text };
      },
      () => (pick(d.cables).label = text),
      () => (pick(d.lags).name = text),
      () => (pick(d.networks).name = text),
      () => (d.clusters[0]!.name = text),
      () => (d.clusters[0]!.domain = text),
      () => (d.clusters[0]!.ceph.pools[0]!.name = text),
    ];
    setters[field % setters.length]!();
    return d;
  });

describe('fuzz: load', () => {
  it('random bytes: load answers, never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) =>
        expectLoadAnswers(Buffer.from(bytes).toString('utf8')),
      ),
      runs(300),
    );
  });

  it('random JSON and templates with a random value planted anywhere: load answers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), mutatedDesignJson), expectLoadAnswers),
      runs(300),
    );
  });

  it('deep nesting and huge numbers: load answers', () => {
    for (const text of ['['.repeat(100_000), '{"a":'.repeat(50_000), '1e999999', '-'.repeat(9)])
      expectLoadAnswers(text);
  });
});

describe('fuzz: valid designs with hostile text, in-process', () => {
  it('stay valid designs that round-trip, validate without internal errors, and export well-formed', () => {
    const fast = FUZZ_OUTPUTS.filter((o) => !o.slow);
    fc.assert(
      fc.property(hostileDesigns, (design) => {
        expect(DesignSchema.safeParse(design).success).toBe(true);
        const loaded = loadDesign(serializeDesign(design));
        expect(loaded.ok).toBe(true);
        for (const f of validate(design)) expect(f.message).not.toMatch(/internal error/);
        for (const output of fast) renderAndCheck(output, design);
      }),
      runs(40),
    );
  }, 120_000);

  it('outputs that refuse hostile designs, with hostile text in one field of one they accept', () => {
    const picky = FUZZ_OUTPUTS.filter((o) => o.refusesHostileDesigns);
    let written = 0;
    fc.assert(
      fc.property(oneHostileField, (design) => {
        for (const output of picky) {
          if (output.folder) {
            const files = output.render(design);
            if (files.size > 0) written++;
            output.check(files, design);
          } else renderAndCheck(output, design);
        }
      }),
      runs(150),
    );
    // The property is about what gets written: some runs must write.
    expect(written).toBeGreaterThan(0);
  }, 120_000);

  it('slow outputs (PNG) on a few designs', () => {
    const slow = FUZZ_OUTPUTS.filter((o) => o.slow);
    fc.assert(
      fc.property(hostileDesign(templateArb), (design) => {
        for (const output of slow) renderAndCheck(output, design);
      }),
      runs(3),
    );
  }, 120_000);
});

describe('fuzz: the CLI (built dist, child processes)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cw-fuzz-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const expectCleanExit = (result: ReturnType<typeof runCli>, codes: number[]) => {
    expect(codes, result.stderr).toContain(result.code);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  };

  /** Writes one output of d.clusterwire through the CLI: exit 0/1, and what it wrote is well-formed. */
  const runCliOutput = (output: FuzzOutput, i: number, design: Design) => {
    const out = `out-${i}${output.folder ? '' : '.bin'}`;
    rmSync(join(dir, out), { recursive: true, force: true });
    expectCleanExit(runCli(output.cli('d.clusterwire', out), { cwd: dir }), [0, 1]);
    if (output.folder) output.check(readFolder(join(dir, out)), design);
    else output.check(readFileSync(join(dir, out)), design);
  };

  it('random bytes and random JSON: validate exits 2 (or 0/1), no stack trace', () => {
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 500 }).map((b) => Buffer.from(b)),
      fc.oneof(fc.json({ maxDepth: 3 }), mutatedDesignJson).map((t) => Buffer.from(t)),
    );
    fc.assert(
      fc.property(inputs, (bytes) => {
        writeFileSync(join(dir, 'in.clusterwire'), bytes);
        expectCleanExit(runCli(['validate', 'in.clusterwire'], { cwd: dir }), [0, 1, 2]);
      }),
      runs(4),
    );
  }, 120_000);

  it('hostile designs: validate and every output exit 0/1, outputs well-formed, terminal text escaped', () => {
    const fast = FUZZ_OUTPUTS.filter((o) => !o.slow);
    let slowRuns = 1;
    fc.assert(
      fc.property(hostileDesign(templateArb), (design) => {
        writeFileSync(join(dir, 'd.clusterwire'), serializeDesign(design));
        const validated = runCli(['validate', 'd.clusterwire'], { cwd: dir });
        expectCleanExit(validated, [0, 1]);
        // eslint-disable-next-line no-control-regex -- no raw ESC, BEL or other C0 may reach a terminal
        expect(validated.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]/);
        const outputs = slowRuns-- > 0 ? FUZZ_OUTPUTS : fast;
        for (const [i, output] of outputs.entries()) runCliOutput(output, i, design);
      }),
      runs(2),
    );
  }, 180_000);

  it('outputs that refuse hostile designs, through the CLI, with hostile text in one field', () => {
    const picky = FUZZ_OUTPUTS.filter((o) => o.refusesHostileDesigns);
    fc.assert(
      fc.property(oneHostileField, (design) => {
        writeFileSync(join(dir, 'd.clusterwire'), serializeDesign(design));
        for (const [i, output] of picky.entries()) runCliOutput(output, i, design);
      }),
      runs(3),
    );
  }, 120_000);
});
