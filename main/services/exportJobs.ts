import type { PngStage } from './png';

export type ExportStage = PngStage | 'writing';

interface Job {
  stage: ExportStage;
  started: number;
  abort: AbortController;
}

/**
 * Exports that are running, by the name the renderer gave them, so it can ask how far one is
 * and cancel it while its exportDesign call is still waiting.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  /** Starts tracking `id` (a fresh name when absent); `done()` forgets it. */
  start(id: string | undefined): {
    signal: AbortSignal;
    stage(stage: ExportStage): void;
    done(): void;
  } {
    const job: Job = { stage: 'drawing', started: performance.now(), abort: new AbortController() };
    if (id !== undefined) this.jobs.set(id, job);
    return {
      signal: job.abort.signal,
      stage: (stage) => {
        job.stage = stage;
      },
      done: () => {
        if (id !== undefined && this.jobs.get(id) === job) this.jobs.delete(id);
      },
    };
  }

  progress(id: string): { stage: ExportStage; seconds: number } | null {
    const job = this.jobs.get(id);
    if (!job) return null;
    return { stage: job.stage, seconds: (performance.now() - job.started) / 1000 };
  }

  cancel(id: string): void {
    this.jobs.get(id)?.abort.abort();
  }
}
