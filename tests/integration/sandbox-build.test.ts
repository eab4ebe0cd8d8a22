// sandbox/build.sh's fault handling, on the real Go toolchain: a failed build names the component
// and its log; Ctrl-C during a build leaves no half-written cache entry.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = new URL('../../sandbox/build.sh', import.meta.url).pathname;
const dirs: string[] = [];
// runBuild waits for the whole process group; the retries cover a file system that is slow to let go.
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })));

/** Runs build.sh with a fresh binary cache (and whatever else `env` sets under `tmp`). */
function runBuild(env: (tmp: string) => Record<string, string>, interruptAfterMs?: number, signal: 'group' | 'script' = 'group') {
  const tmp = mkdtempSync(join(tmpdir(), 'kx-build-test-'));
  dirs.push(tmp);
  const cache = join(tmp, 'kx');
  const child = spawn('bash', [script], {
    env: { ...process.env, KUBEXPLAIN_CACHE_DIR: cache, ...env(tmp) },
    detached: true, // its own process group, so SIGINT reaches go too, as a terminal's Ctrl-C would
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // A terminal's Ctrl-C reaches the whole group; `timeout` or `kill` reach the script alone.
  if (interruptAfterMs)
    setTimeout(() => (signal === 'group' ? process.kill(-child.pid!, 'SIGINT') : child.kill('SIGTERM')), interruptAfterMs);
  return new Promise<{ code: number | null; stderr: string; cache: string; lingered: boolean }>((res) =>
    child.on('close', (code) => void groupGone(child.pid!).then((gone) => res({ code, stderr, cache, lingered: !gone }))),
  );
}

/**
 * Whether no process of the group is left within 20 s (go's compile workers exit a moment after go;
 * their zombies are reaped by init). Before, a build outlived its script.
 */
async function groupGone(pgid: number): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('sandbox/build.sh', () => {
  it('names the failed component and its log when the Go module proxy cannot be reached', async () => {
    const r = await runBuild((tmp) => ({ GOPROXY: 'off', GOMODCACHE: join(tmp, 'mod'), GOFLAGS: '-modcacherw' }));
    expect(r.code).toBe(1);
    const log = join(r.cache, 'logs', 'build-kwok.log');
    expect(r.stderr).toContain(`sandbox build: kwok, kwokctl failed`);
    expect(r.stderr).toContain(`Log: ${log}`);
    expect(existsSync(log)).toBe(true);
    expect(r.stderr).toMatch(/GOPROXY=off/); // the log's tail is shown
    expect(readdirSync(r.cache).filter((d) => d !== 'logs')).toEqual([]); // nothing cached
  });

  it('leaves no partial cache entry when interrupted mid-build', async () => {
    // A cold GOCACHE makes sure the build is still running when the interrupt comes.
    const r = await runBuild((tmp) => ({ GOCACHE: join(tmp, 'gocache') }), 4_000);
    expect(r.stderr).toContain('interrupted; nothing partial was cached');
    expect(r.code).not.toBe(0);
    expect(readdirSync(r.cache).filter((d) => d !== 'logs')).toEqual([]);
    expect(r.lingered).toBe(false);
  });

  it('stops the running go build when only the script is signalled (timeout, kill), and waits for it', async () => {
    // Before: the script exited at once and go, a background job that ignored the signal, built on.
    const r = await runBuild((tmp) => ({ GOCACHE: join(tmp, 'gocache') }), 4_000, 'script');
    expect(r.stderr).toContain('interrupted; nothing partial was cached');
    expect(r.code).not.toBe(0);
    expect(readdirSync(r.cache).filter((d) => d !== 'logs')).toEqual([]);
    expect(r.lingered).toBe(false);
  });
});
