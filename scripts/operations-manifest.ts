import { writeFileSync } from 'node:fs';
import { apolloManifest, canonicalOperations, operationsDir, relayManifest } from '../src/operations.ts';

// npm run operations:manifest: the registered operations for clients' persisted-query tooling.
const ops = canonicalOperations();
writeFileSync(new URL('manifest.json', operationsDir), `${JSON.stringify(relayManifest(ops), null, 2)}\n`);
writeFileSync(new URL('persisted-query-manifest.json', operationsDir), `${JSON.stringify(apolloManifest(ops), null, 2)}\n`);
console.log(`${ops.length} operations: operations/manifest.json (Relay), operations/persisted-query-manifest.json (Apollo)`);
