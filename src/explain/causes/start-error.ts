// Why the container runtime could not start a container's process (terminated reason StartError with
// exit code 128 under containerd, waiting CreateContainerError under CRI-O, RunContainerError): the
// runtime's words parsed for the program it tried to run, and whether that program came from the Pod's
// `command` or the image's own ENTRYPOINT. No log exists for such a container. Pure; returns data.
//   containerd/runc: 'failed to create containerd task: failed to create shim task: OCI runtime create
//   failed: runc create failed: unable to start container process: exec: "sleep 3600": executable file
//   not found in $PATH: unknown'; '… error during container init: exec: "/app": stat /app: no such file
//   or directory: unknown'; '… exec: "/entrypoint.sh": permission denied: unknown'; '… exec format error';
//   and, from a started container (exit 255 or 1, CrashLoopBackOff), 'exec /app: exec format error'.
import type { Container } from '../../model/pod.js';

export type StartProblem =
  | { kind: 'not-found' | 'not-executable' | 'wrong-format'; program: string; from: 'command' | 'args' | 'image'; split?: string[] }
  | { kind: 'other' };

export function startProblem(message: string | undefined, container: Container | undefined): StartProblem {
  const text = message ?? '';
  // runc's init, once the container has started, writes "exec /app: exec format error" to the container's
  // output and exits 255 (or 1): the termination message carries it with FallbackToLogsOnError.
  const program = /exec: "([^"]*)"/.exec(text)?.[1] ?? /\bexec (\S+): exec format error/.exec(text)?.[1];
  if (program === undefined) return { kind: 'other' };
  const kind = /executable file not found|no such file or directory/.test(text)
    ? 'not-found'
    : /permission denied/.test(text)
      ? 'not-executable'
      : /exec format error/.test(text)
        ? 'wrong-format'
        : undefined;
  if (!kind) return { kind: 'other' };
  // command[0] replaces the image's ENTRYPOINT; with no command and no ENTRYPOINT, args[0] is what runs.
  const from = container?.command?.[0] === program ? 'command' : !container?.command && container?.args?.[0] === program ? 'args' : 'image';
  // A whole command line in one list item ("sleep 3600") is looked up as one program of that name.
  const split = from !== 'image' && /\s/.test(program.trim()) ? program.trim().split(/\s+/) : undefined;
  return { kind, program, from, ...(split ? { split } : {}) };
}
