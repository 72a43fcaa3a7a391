import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Reads a V8 .cpuprofile (`node --cpu-prof`) and prints its self time by package and the top
// functions: where a request's gateway CPU goes. Shared by bench:profile and bench:mix --profile.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The package (or src/ folder) a function's script belongs to. */
function where(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.includes('/src/')) return `src/${url.split('/src/')[1].split('/')[0]}`;
  if (url.startsWith('node:') || url === '') return url || '(native)';
  return url;
}

/** The main thread's profile in `dir` (thread 0; tsx's loader thread writes another). */
export function mainThreadProfile(dir: string): string {
  const name = readdirSync(dir).find((f) => f.endsWith('.0.001.cpuprofile'));
  if (!name) throw new Error(`no main-thread CPU profile in ${dir}`);
  return join(dir, name);
}

/**
 * Prints the profile's busy time per request and its split. `requests` are the measured ones,
 * `unmeasured` those the profile also covers (warm-up), so the per-request figure divides by both.
 */
export function summarizeProfile(file: string, requests: number, unmeasured: number, top: number): void {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of prof.samples.entries()) self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const isIdle = (id: number) => ['(idle)', '(program)'].includes(byId.get(id)!.callFrame.functionName);
  const busy = total - [...self].filter(([id]) => isIdle(id)).reduce((a, [, t]) => a + t, 0);
  const perPkg = new Map<string, number>();
  const perFn = new Map<string, number>();
  for (const [id, t] of self) {
    if (isIdle(id)) continue;
    const f = byId.get(id)!.callFrame;
    const pkg = f.functionName === '(garbage collector)' ? '(gc)' : where(f.url);
    perPkg.set(pkg, (perPkg.get(pkg) ?? 0) + t);
    const fn = `${f.functionName || '(anonymous)'} ${pkg}:${f.lineNumber + 1}`;
    perFn.set(fn, (perFn.get(fn) ?? 0) + t);
  }
  console.log(`profile ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s; ${requests} requests measured`);
  console.log(
    `profiled time per request (measured run + warm-up; includes time the gateway was preempted inside a call): ${(busy / 1000 / (requests + unmeasured)).toFixed(2)} ms\n`,
  );
  const show = (m: Map<string, number>, n: number) => {
    for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${((t / busy) * 100).toFixed(1).padStart(5)}%  ${k}`);
  };
  console.log('self time by package (share of busy time):');
  show(perPkg, 30);
  console.log('\ntop functions:');
  show(perFn, top);
}
