// Standard output written with fs.writeSync instead of process.stdout. Building process.stdout loads
// Node's streams (and, for a pipe or a terminal, net and tty): 2-3 ms of a short command that writes
// one text at its end. The writes were synchronous anyway (a file or a pipe, on POSIX). The TUI keeps
// process.stdout: Ink needs the stream. So does Windows: its console takes UTF-16 (WriteConsoleW), which
// only the stream does; bytes written to it would garble Japanese.
import { fstatSync, statSync, writeSync } from 'node:fs';

let captured: string[] | undefined;

/** Is this descriptor a terminal? node:tty is loaded only for a character device other than /dev/null. */
export function isTerminal(fd: 0 | 1 | 2): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (st.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // no such descriptor, or no /dev/null (Windows): ask tty
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}

let tty: boolean | undefined;

const windows = process.platform === 'win32';

export const stdout = {
  get isTTY(): boolean {
    return (tty ??= windows ? !!process.stdout.isTTY : isTerminal(1));
  },
  /** The terminal's width, when it is one. */
  get columns(): number | undefined {
    return this.isTTY ? process.stdout.columns : undefined;
  },
  write(text: string): boolean {
    if (captured) captured.push(text);
    else if (windows) writeStream(text);
    else writeAll(Buffer.from(text, 'utf8'));
    return true;
  },
};

// A reader that stops early (`| head`) closes the pipe: stop quietly, as kubectl does. A descriptor left
// non-blocking by the parent may refuse a write for a moment: wait a millisecond and go on.
function writeAll(buf: Buffer): void {
  for (let at = 0; at < buf.length;) {
    try {
      at += writeSync(1, buf, at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      else if (code === 'EPIPE') process.exit(Number(process.exitCode ?? 0));
      else throw err;
    }
  }
}

let listening = false;
function writeStream(text: string): void {
  if (!listening) {
    listening = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(Number(process.exitCode ?? 0));
      throw err;
    });
  }
  process.stdout.write(text);
}

/** Holds what is written until `text()` is taken (-o yaml prints a verb's JSON again as YAML). */
export function captureStdout(): { text(): string; restore(): void } {
  const chunks: string[] = [];
  captured = chunks;
  const restore = () => {
    if (captured === chunks) captured = undefined;
  };
  return {
    restore,
    text() {
      restore();
      return chunks.join('');
    },
  };
}
