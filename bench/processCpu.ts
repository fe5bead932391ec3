import { readFileSync } from 'node:fs';

/** Linux's USER_HZ, the unit of /proc's CPU times, is 100 on every common platform. */
const CLOCK_TICKS = 100;

/**
 * CPU time (user + system) another process has used so far, in seconds, read from /proc; NaN
 * where there is none (no such process, or no /proc). On a shared machine the CPU a piece of
 * work costs is steadier than its wall time, whatever else runs.
 */
export function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is the 3rd; utime, stime the 14th, 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}
