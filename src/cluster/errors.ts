// Turns what the API server or the network said into one KxError with a kubectl-like exit code.
// The message names the permission when a request is forbidden, so partial results can say
// exactly what is missing.
import { ExitCode, KxError } from '../errors.js';
import { message, quoted, type Message } from '../model/message.js';

export interface RequestDescription {
  verb: 'get' | 'list' | 'watch' | 'create';
  resource: string; // plural, with group: "deployments.apps"
  name?: string;
  namespace?: string;
}

export function describeRequest(r: RequestDescription): string {
  const what = r.name ? `${r.resource} "${r.name}"` : r.resource;
  return `${r.verb} ${what}${r.namespace ? ` in namespace "${r.namespace}"` : ''}`;
}

/** An HTTP status (and the server's Status message, if any) → a KxError. */
export function fromStatus(code: number, r: RequestDescription, server: string, message?: string): KxError {
  const req = describeRequest(r);
  switch (code) {
    case 401:
      return new KxError(
        `the API server ${server} rejected the credentials (401 Unauthorized)`,
        ExitCode.connection,
        'check the user of your kubeconfig context: the token or certificate may have expired',
      );
    case 403:
      return new KxError(
        `forbidden: cannot ${req}${message ? `: ${message}` : ''}`,
        ExitCode.forbidden,
        `ask for the permission "${r.verb}" on ${r.resource}${r.namespace ? ` in namespace ${r.namespace}` : ''}`,
        { request: { verb: r.verb, resource: r.resource, ...(r.namespace ? { namespace: r.namespace } : {}) } },
      );
    case 404:
      return new KxError(
        `${r.resource} "${r.name ?? ''}" not found${r.namespace ? ` in namespace "${r.namespace}"` : ''}`,
        ExitCode.notFound,
      );
    default:
      return new KxError(`the API server ${server} answered ${code} to ${req}${message ? `: ${message}` : ''}`, ExitCode.connection);
  }
}

/** A network-level failure → a KxError saying the server could not be reached. */
export function fromNetwork(err: unknown, server: string, timeoutMs: number): KxError {
  const e = err as { code?: string; name?: string; message?: string };
  const cause = { cause: err };
  if (e.name === 'TimeoutError' || e.code === 'ETIMEDOUT' || e.name === 'AbortError') {
    return new KxError(
      `no answer from the API server ${server} within ${timeoutMs / 1000}s`,
      ExitCode.connection,
      'is the cluster running? raise --request-timeout for a slow link',
      cause,
    );
  }
  const reason =
    e.code === 'ECONNREFUSED'
      ? 'connection refused'
      : e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN'
        ? 'host not found'
        : /TLS|CERT|VERIFY|SIGNATURE|SELF_SIGNED/.test(e.code ?? '')
          ? `TLS error: ${e.message ?? e.code}`
          : (e.message ?? String(err));
  return new KxError(
    `cannot reach the API server ${server}: ${reason}`,
    ExitCode.connection,
    'check that the cluster is running and that --context/--kubeconfig name the right one',
    cause,
  );
}

/**
 * Credentials could not be had (an exec plugin failed, hung or returned nothing; a certificate or token
 * file is missing): exit 3 like other kubeconfig errors, and never swallowed as "the server did not answer".
 */
export class CredentialError extends KxError {
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, ExitCode.connection, hint, options);
    this.name = 'CredentialError';
  }
}

/** A refused secondary read as a warning Message: the permission it lacked, said in the user's language. */
export const readWarning = (err: KxError): Message => (err.request ? message('common:forbidden', { ...err.request }) : quoted(err.message));
