// Temporary folders for tests, removed when the test file ends: each test run used to leave its
// folders behind (thousands in /tmp after a few days of runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
// Registered by the test file that imports this module (vitest evaluates it once per file).
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

/** A new folder in the system's temporary folder, named after `prefix`; removed after this test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
