import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '../src/env.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const e = parseEnv({});
    expect(e).toMatchObject({ PORT: 4000, DATABASE_SCHEMA: 'public', DB_POOL_MAX: 10 });
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.DB_ACQUIRE_TIMEOUT_MS).toBeGreaterThan(0);
    expect(e.DB_STATEMENT_TIMEOUT_MS).toBeGreaterThan(0);
  });

  it('names every bad variable in one clear message', () => {
    const bad = () => parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DB_POOL_MAX: '0' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/PORT: .*\n.*DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL\n.*DB_POOL_MAX/s);
  });

  it('treats empty values as unset', () => {
    const e = parseEnv({ DATABASE_URL: '', PORT: '' });
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.PORT).toBe(4000);
  });
});
