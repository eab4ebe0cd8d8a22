import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure code on snapshot fixtures, no cluster) and `integration` (a real
// control plane: the sandbox started once per run by the global setup, or the cluster named by
// KUBEXPLAIN_TEST_KUBECONFIG). `npm test` runs both.
export default defineConfig({
  test: {
    // Under CI a JSON report is written too, so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest-results.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/catalogs.ts'],
          // Unit tests run first; projects with different worker limits need distinct groups.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'tui',
          include: ['tests/tui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/catalogs.ts'],
          // Its own group (vitest runs nothing when projects with different settings share one).
          sequence: { groupOrder: 2 },
          testTimeout: 40_000,
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.test.ts', 'tests/faults/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
