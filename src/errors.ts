// Exit codes and the one error type the CLI turns into a single line. Documented in the README.
import { builders, type Message } from './model/message.js';
import type { errorsEn } from './i18n/messages/errors-en.js';
import { say } from './i18n/localize.js';
import { sanitizeLine } from './text/sanitize.js';

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

/** The sentences of errors (catalog `errors`): `new KxError(em.notFound({...}), …)`. */
export const em = builders<typeof errorsEn>('errors');

/**
 * An error meant for the user: one line of message, a distinct exit code, an optional hint. Both are
 * Messages, said in the user's language when reported (commands/report-error.ts); `message` is the
 * English sentence, sanitized, for stacks and tests (the key and params when the catalogs are not loaded).
 */
export class KxError extends Error {
  constructor(
    readonly said: Message,
    readonly exitCode: ExitCodeValue,
    readonly hint?: Message,
    options?: { cause?: unknown; request?: { verb: string; resource: string; namespace?: string } },
  ) {
    super(undefined, options);
    this.name = 'KxError';
    Object.defineProperty(this, 'message', { get: () => english(said), enumerable: false, configurable: true });
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

function english(m: Message): string {
  try {
    return sanitizeLine(say(m, 'en'));
  } catch {
    return `${m.key} ${JSON.stringify(m.params ?? {})}`;
  }
}

export const usageError = (said: Message, hint?: Message) => new KxError(said, ExitCode.usage, hint);
