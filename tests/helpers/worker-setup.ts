import { inject } from 'vitest';

// Runs before each test file, before it imports the app: points src/env.ts at this worker's
// own schema of the shared test database.
process.env.DATABASE_URL = inject('databaseUrl');
process.env.DATABASE_SCHEMA = `vt_${process.env.VITEST_POOL_ID ?? '1'}`;
process.env.NODE_ENV = 'test';
