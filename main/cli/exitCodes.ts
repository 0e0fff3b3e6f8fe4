/** The CLI contract (README, docs/architecture.md): scripts and CI pipelines depend on these. */
export const EXIT = {
  ok: 0,
  designErrors: 1,
  invalidFile: 2,
  usage: 3,
  outputFailed: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
