import { readdirSync, readFileSync } from 'node:fs';

// CPU time of processes from /proc (Linux), to split a request's cost between the gateway,
// PostgreSQL and the load generator: a CPU profile alone counts the time the gateway sits
// preempted inside a system call (waking a PostgreSQL backend on a busy machine) as its own.

const TICKS_PER_SECOND = 100;

/** The fields of /proc/PID/stat after the command name (which sits in parentheses and may hold spaces). */
function stat(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  } catch {
    return null; // exited between listing and reading
  }
}

// Indexes into stat(): parent pid, then utime, stime, cutime, cstime (cutime and cstime are the
// children that exited and were waited for).
const PPID = 1;
const ticksOf = (f: string[], withReapedChildren: boolean) =>
  Number(f[11]) + Number(f[12]) + (withReapedChildren ? Number(f[13]) + Number(f[14]) : 0);

/** User + system CPU seconds used so far by the given processes (0 for ones that are gone). */
export function cpuSeconds(pids: number[]): number {
  return (
    pids.reduce((sum, pid) => {
      const f = stat(pid);
      return sum + (f ? ticksOf(f, false) : 0);
    }, 0) / TICKS_PER_SECOND
  );
}

/**
 * CPU seconds of every PostgreSQL server on this machine so far: each postmaster with the
 * backends it has reaped (connections that closed) plus the processes still running.
 */
export function postgresCpuSeconds(): number {
  const pids = postgresPids();
  const set = new Set(pids);
  let ticks = 0;
  for (const pid of pids) {
    const f = stat(pid);
    if (f) ticks += ticksOf(f, !set.has(Number(f[PPID])));
  }
  return ticks / TICKS_PER_SECOND;
}

/** The PostgreSQL server processes on this machine (postmaster and backends). */
export function postgresPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (comm === 'postgres' || comm.startsWith('postgres:')) pids.push(Number(entry));
    } catch {
      // exited
    }
  }
  return pids;
}
