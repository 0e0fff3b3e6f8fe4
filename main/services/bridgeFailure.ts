import type { BridgeError } from '../../shared/ipc/contract';

/** A failure a bridge handler reports to the renderer as a typed error (never a crash). */
export class BridgeFailure extends Error {
  constructor(readonly error: BridgeError) {
    super(error.message);
    this.name = 'BridgeFailure';
  }
}

export const fail = (
  code: BridgeError['code'],
  message: string,
  extra: Omit<BridgeError, 'code' | 'message'> = {},
): BridgeFailure => new BridgeFailure({ code, message, ...extra });
