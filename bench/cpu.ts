import { readdirSync, readFileSync } from 'node:fs';

// CPU time of processes from /proc (Linux), to split a request's cost between the gateway,
// PostgreSQL and the load generator: a CPU profile alone counts the time the gateway sits
// preempted inside a system call (waking a PostgreSQL backend on a busy machine) as its own.

const TICKS_PER_SECOND = 100;

/** User + system CPU seconds used so far by the given processes (0 for ones that are gone). */
export function cpuSeconds(pids: number[], withReapedChildren = false): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name, which sits in parentheses and may hold spaces:
      // utime, stime, then cutime, cstime (children that exited and were waited for).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      if (withReapedChildren) ticks += Number(fields[13]) + Number(fields[14]);
    } catch {
      // exited between listing and reading
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/**
 * CPU seconds of every PostgreSQL server on this machine so far: each postmaster with the
 * backends it has reaped (connections that closed) plus the processes still running.
 */
export function postgresCpuSeconds(): number {
  const all = postgresPids();
  const set = new Set(all);
  const parentOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  let total = 0;
  for (const pid of all) {
    let postmaster = false;
    try {
      postmaster = !set.has(parentOf(pid));
    } catch {
      continue;
    }
    total += cpuSeconds([pid], postmaster);
  }
  return total;
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
