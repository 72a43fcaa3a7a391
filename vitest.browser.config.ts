import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The browser test (`npm run test:browser`): headless Chromium from the system (Debian's
// `chromium` package), which `npm test` does not need. .ci/run installs it and runs this.
// The base config's test options, with only the browser test included (mergeConfig would add
// the lists together).
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['tests/browser/**/*.test.ts'], exclude: ['node_modules/**'], testTimeout: 120_000 },
});
