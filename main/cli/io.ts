import { EXIT } from './exitCodes';
import type { ExitCode } from './exitCodes';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (progress). */
  isTTY: boolean;
  /** Colour output: a TTY, unless NO_COLOR is set; FORCE_COLOR turns it on anyway. */
  color: boolean;
  cwd: string;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  color: process.env.FORCE_COLOR
    ? process.env.FORCE_COLOR !== '0'
    : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
};

/** Thrown for bad arguments; run() prints the message with a pointer to --help and exits 3. */
export class UsageError extends Error {
  readonly exitCode: ExitCode = EXIT.usage;
}
