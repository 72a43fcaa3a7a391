// Start-up failures a newcomer can act on: one sentence naming the setting to change, no stack.

export class StartupError extends Error {}

const reasons: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused (is PostgreSQL running there, on that port?)',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved (DNS did not answer)',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  '28P01': 'the password was refused',
  '28000': 'the server refused this user or client',
  '3D000': 'the database does not exist',
  '57P01': 'the server is shutting down',
  '57P03': 'the server is starting up',
};

/** Why the database at `url` cannot be used, as "the database in SOURCE (host:port, database x): reason", or null when unknown. */
export function describeDatabaseError(err: unknown, url: string, source: string): string | null {
  const e = err as { code?: string; message?: string; errors?: { code?: string }[] };
  const code = e.code ?? e.errors?.[0]?.code;
  const timedOut = /timeout/i.test(e.message ?? '');
  const reason = (code && reasons[code]) ?? (timedOut ? reasons.ETIMEDOUT : undefined);
  if (!reason) return null;
  let where = url;
  try {
    const u = new URL(url);
    where = `${u.hostname}:${u.port || '5432'}${u.pathname !== '/' ? `, database ${u.pathname.slice(1)}` : ''}`;
  } catch {
    // an unparsable URL is reported as it is (src/env.ts has checked its scheme)
  }
  return `the database in ${source} (${where}): ${reason}`;
}

/** The error to report when the database at `url` cannot be used; `source` names where the URL came from. */
export function databaseStartupError(err: unknown, url: string, source: string, after = ''): Error {
  const described = describeDatabaseError(err, url, source);
  return described ? new StartupError(`Cannot use ${described}${after}.`) : (err as Error);
}

/** The error to report when the HTTP port cannot be opened. */
export function listenStartupError(err: unknown, host: string, port: number): Error {
  const code = (err as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    return new StartupError(`PORT ${port} is already in use on ${host}: stop the program using it, or set PORT to a free port.`);
  }
  if (code === 'EACCES') return new StartupError(`PORT ${port} needs more privileges on ${host}: set PORT to 1024 or above.`);
  if (code === 'EADDRNOTAVAIL')
    return new StartupError(`HOST ${host} is not an address of this machine: set HOST (0.0.0.0 listens on all).`);
  return err as Error;
}
