// Turns what the API server or the network said into one KxError with a kubectl-like exit code.
// The message names the permission when a request is forbidden, so partial results can say
// exactly what is missing.
import { ExitCode, KxError, em } from '../errors.js';
import { isMessage, message, quoted, type Message } from '../model/message.js';

export interface RequestDescription {
  verb: 'get' | 'list' | 'watch' | 'create';
  resource: string; // plural, with group: "deployments.apps"
  name?: string;
  namespace?: string;
}

/** The request in words: `get pods "web" in namespace "shop"`. */
export function describeRequest(r: RequestDescription): Message {
  return em.request({
    verb: r.verb,
    resource: r.resource,
    ...(r.name !== undefined ? { name: quoted(r.name) } : {}),
    ...(r.namespace ? { ns: quoted(r.namespace) } : {}),
  });
}

/** An HTTP status (and the server's Status message, if any) → a KxError. */
export function fromStatus(code: number, r: RequestDescription, server: string, message?: string): KxError {
  const request = describeRequest(r);
  const said = message ? { message: quoted(message) } : {};
  switch (code) {
    case 401:
      return new KxError(em.unauthorized({ server }), ExitCode.connection, em['unauthorized.hint']());
    case 403:
      return new KxError(
        em.forbidden({ request, ...said }),
        ExitCode.forbidden,
        em['forbidden.hint']({ verb: r.verb, resource: r.resource, ...(r.namespace ? { ns: quoted(r.namespace) } : {}) }),
        { request: { verb: r.verb, resource: r.resource, ...(r.namespace ? { namespace: r.namespace } : {}) } },
      );
    case 404:
      return notFoundError(r.resource, r.name ?? '', r.namespace);
    default:
      return new KxError(em['server.status']({ server, code, request, ...said }), ExitCode.connection);
  }
}

/** `pods "web" not found in namespace "shop"`: the object names what was asked for (withSuggestions reads it). */
export const notFoundError = (resource: string, name: string, namespace?: string, cause?: unknown): KxError =>
  new KxError(
    em.notFound({ resource, name: quoted(name), ...(namespace ? { ns: quoted(namespace) } : {}) }),
    ExitCode.notFound,
    undefined,
    cause ? { cause } : {},
  );

/** The name a not-found error was about, if it names one. */
export function notFoundName(err: KxError): string | undefined {
  const name = err.said.params?.name;
  return isMessage(name) && typeof name.params?.text === 'string' ? name.params.text : undefined;
}

/** A network-level failure → a KxError saying the server could not be reached. */
export function fromNetwork(err: unknown, server: string, timeoutMs: number): KxError {
  const e = err as { code?: string; name?: string; message?: string };
  const cause = { cause: err };
  if (e.name === 'TimeoutError' || e.code === 'ETIMEDOUT' || e.name === 'AbortError') {
    return new KxError(em.timeout({ server, seconds: timeoutMs / 1000 }), ExitCode.connection, em['timeout.hint'](), cause);
  }
  const reason =
    e.code === 'ECONNREFUSED'
      ? em['reason.refused']()
      : e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN'
        ? em['reason.hostNotFound']()
        : /TLS|CERT|VERIFY|SIGNATURE|SELF_SIGNED/.test(e.code ?? '')
          ? em['reason.tls']({ message: quoted(e.message ?? e.code ?? '') })
          : quoted(e.message ?? String(err));
  return new KxError(em.unreachable({ server, reason }), ExitCode.connection, em['unreachable.hint'](), cause);
}

/**
 * Credentials could not be had (an exec plugin failed, hung or returned nothing; a certificate or token
 * file is missing): exit 3 like other kubeconfig errors, and never swallowed as "the server did not answer".
 */
export class CredentialError extends KxError {
  constructor(message: Message, hint?: Message, options?: { cause?: unknown }) {
    super(message, ExitCode.connection, hint, options);
    this.name = 'CredentialError';
  }
}

/** A refused secondary read as a warning Message: the permission it lacked, said in the user's language. */
export const readWarning = (err: KxError): Message => (err.request ? message('common:forbidden', { ...err.request }) : err.said);
