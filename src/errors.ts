// Exit codes and the one error type the CLI turns into a single line. Documented in the README.
export const ExitCode = {
  ok: 0,
  /** `can` denied (as `kubectl auth can-i`), or a generic failure. */
  denied: 1,
  usage: 2,
  /** kubeconfig missing or invalid, server unreachable, timeout, authentication failed. */
  connection: 3,
  notFound: 4,
  forbidden: 5,
  notImplemented: 6,
  /** The local sandbox could not be built or started. */
  sandbox: 7,
  /** `can` could not tell: RBAC could not be read completely and the authorizer could not be asked. */
  unknown: 8,
  internal: 70,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Shared by every copy of KxError in the process (Symbol.for), unlike the class itself. */
const BRAND = Symbol.for('kubexplain.KxError');

/** An error meant for the user: one line of message, a distinct exit code, an optional hint. */
export class KxError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
    readonly hint?: string,
    options?: { cause?: unknown; request?: { verb: string; resource: string; namespace?: string } },
  ) {
    super(message, options);
    this.name = 'KxError';
    if (options?.request) this.request = options.request;
  }
  /** The request that was refused, when the API server refused one (403): lets a warning name the permission in any language. */
  readonly request?: { verb: string; resource: string; namespace?: string };

  /**
   * The TUI runs from its own bundle (dist/tui.mjs) with its own copy of this class: an error it throws
   * is still reported as the user's error, not as an internal one. Subclasses keep the plain check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return this === KxError && value instanceof Error && (value as unknown as Record<symbol, unknown>)[BRAND] === true;
  }
}
Object.defineProperty(KxError.prototype, BRAND, { value: true });

export const usageError = (message: string, hint?: string) => new KxError(message, ExitCode.usage, hint);
