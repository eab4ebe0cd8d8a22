// What a container's exit code says by itself, read from lastState.terminated (or state.terminated): 126 and
// 127 are a shell's "cannot execute" and "command not found", 128+N a kill by signal N (134 SIGABRT, 139
// SIGSEGV, 143 SIGTERM). 137 is left to the callers (OOMKilled or another SIGKILL), 1 and 2 to the app's log.
// Pure; returns data.

export type ExitMeaning =
  { kind: 'not-executable' | 'not-found' | 'abort' | 'segfault' | 'sigterm' } | { kind: 'signal'; signal: number; name?: string };

const NAMES: Record<number, string> = { 1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 7: 'SIGBUS', 8: 'SIGFPE' };

export function exitMeaning(code: number | undefined): ExitMeaning | undefined {
  switch (code) {
    case 126:
      return { kind: 'not-executable' };
    case 127:
      return { kind: 'not-found' };
    case 134:
      return { kind: 'abort' };
    case 139:
      return { kind: 'segfault' };
    case 143:
      return { kind: 'sigterm' };
  }
  // 128+N: killed by signal N (Linux has 64); 137 (SIGKILL) is said elsewhere, with or without OOMKilled.
  if (code === undefined || code <= 128 || code > 128 + 64 || code === 137) return undefined;
  const signal = code - 128;
  return { kind: 'signal', signal, ...(NAMES[signal] ? { name: NAMES[signal] } : {}) };
}
