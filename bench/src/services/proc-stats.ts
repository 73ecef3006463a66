/**
 * What Linux says about a process we started: resident memory (VmRSS) and CPU time used so far.
 * CPU time per request separates a server's own cost from time it spends waiting for the database.
 * CPU time comes from the scheduler's per-thread runtime (nanoseconds) where the kernel shows it, else
 * from /proc/<pid>/stat, which counts in 10 ms ticks: too coarse for a run of a few requests.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Resident set size in MiB, from /proc/<pid>/status. */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

// USER_HZ: the unit of utime and stime in /proc/<pid>/stat; 100 on every Linux build we run on.
const ticksPerSecond = 100;

/** CPU seconds the process's live threads have run, or undefined when the kernel does not say. */
function scheduledSeconds(pid: number): number | undefined {
  let totalMs = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const sched = readFileSync(`/proc/${pid}/task/${tid}/sched`, 'utf8');
      const match = /^se\.sum_exec_runtime\s*:\s*([\d.]+)$/m.exec(sched);
      if (!match?.[1]) return undefined;
      totalMs += Number(match[1]);
    }
  } catch {
    return undefined;
  }
  return totalMs / 1000;
}

/** CPU seconds the process has used (all its threads: JavaScript, GC, I/O). */
export function cpuSeconds(pid: number): number {
  return scheduledSeconds(pid) ?? tickedSeconds(pid);
}

/** User plus system CPU seconds from /proc/<pid>/stat. */
function tickedSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / ticksPerSecond;
}
