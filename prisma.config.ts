import { defineConfig } from 'prisma/config';

// Prisma's migrate commands need an engine binary these machines cannot download, so
// migrations are applied by src/migrate.ts; this config serves `prisma generate` and, where
// the engine exists, `prisma migrate status`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/postgres' },
});
