/**
 * One piece of work at a time per file in this process: two windows (or browser tabs) saving
 * the same design are served in turn, so the second compares its stamp with what the first
 * wrote instead of both passing the check and one silently losing.
 */
const tails = new Map<string, Promise<void>>();

export async function withFileLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const tail = new Promise<void>((done) => (release = done));
  tails.set(key, tail);
  await previous;
  try {
    return await work();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
