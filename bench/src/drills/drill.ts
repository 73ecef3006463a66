/**
 * What every drill hands back and how it talks while it runs: one line per step (so a reader can follow
 * the fault as it happens), and one result row for the summary table.
 */

export interface DrillResult {
  drill: string;
  /** Requests or operations sent during the drill. */
  sent: number;
  /** Operations that did not get the answer the drill expects (an error where success was due, or the reverse). */
  failed: number;
  /** Acknowledged writes (or units, items) missing afterwards. */
  lost: number;
  pass: boolean;
  /** Why it passed or failed, in a few words each: measured figures and broken expectations. */
  notes: string[];
}

const started = performance.now();

/** Prints one step of a drill, with the seconds since the drills began. */
export function step(drill: string, text: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stdout.write(`${seconds}s  ${drill.padEnd(18)} ${text}\n`);
}

/** Collects the expectations of one drill: each one checked is printed, each one broken is kept. */
export class Expectations {
  readonly broken: string[] = [];
  readonly notes: string[] = [];
  readonly #drill: string;

  constructor(drill: string) {
    this.#drill = drill;
  }

  check(holds: boolean, what: string, measured?: string): void {
    const line = measured ? `${what} (${measured})` : what;
    step(this.#drill, `${holds ? 'ok  ' : 'FAIL'} ${line}`);
    if (!holds) this.broken.push(line);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  result(counts: { sent: number; failed: number; lost: number }): DrillResult {
    const pass = this.broken.length === 0 && counts.failed === 0 && counts.lost === 0;
    return {
      drill: this.#drill,
      ...counts,
      pass,
      notes: [...this.notes, ...this.broken.map((b) => `broken: ${b}`)],
    };
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a number from the environment (the drills' knobs), with a default. */
export function knob(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
