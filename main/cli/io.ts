import { EXIT } from './exitCodes';
import type { ExitCode } from './exitCodes';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
  cwd: string;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
};

/** Thrown for bad arguments; run() prints the message with a pointer to --help and exits 3. */
export class UsageError extends Error {
  readonly exitCode: ExitCode = EXIT.usage;
}
