// Image pull failures classified from the kubelet's and runtime's words (waiting message, `Failed`
// events): the image or tag does not exist, the registry refused the credentials (401/403), the
// registry cannot be reached, or the name is invalid; with the pull secrets the Pod names and
// whether they exist, and the kubelet's FailedToRetrieveImagePullSecret warning (a missing secret
// does not stop the pull: it goes without those credentials). Pure; returns data.
import type { Event, Pod } from '../../model/pod.js';

export type PullKind = 'not-found' | 'unauthorized' | 'unreachable' | 'rate-limited' | 'invalid-name' | 'never-pull' | 'unknown';

export interface PullFailure {
  kind: PullKind;
  image: string;
  container: string;
  /** The runtime's own words (quoted, never translated). */
  detail?: string;
  /** The HTTP status the registry answered with, when the text says it. */
  status?: number;
  /** "pull access denied, repository does not exist or may require authorization" with no 401/403: either one. */
  missingOrPrivate?: boolean;
  /** The Pod's imagePullSecrets (the ServiceAccount's are copied in at admission) and whether each exists. */
  secrets: { name: string; exists?: boolean }[];
  /** Secrets the kubelet could not read (FailedToRetrieveImagePullSecret): the pull went without them. */
  unretrievable: string[];
  /** The ServiceAccount's imagePullSecrets, when it was read. */
  serviceAccount?: { name: string; secrets: string[] };
}

// containerd / CRI-O / registry texts, most specific first.
const RULES: [RegExp, PullKind][] = [
  [/InvalidImageName|invalid reference format|couldn't parse image name/i, 'invalid-name'],
  [/ErrImageNeverPull|imagePullPolicy is "Never"|Never pull/i, 'never-pull'],
  // 429: the registry limits pulls (Docker Hub's "toomanyrequests: You have reached your unauthenticated pull rate limit").
  [/\b429\b|toomanyrequests|too many requests|pull rate limit/i, 'rate-limited'],
  [
    /\b(401|403)\b|unauthori[sz]ed|forbidden|authentication required|authorization failed|no basic auth credentials|denied: /i,
    'unauthorized',
  ],
  [/not found|manifest unknown|name unknown|no such image|does not exist/i, 'not-found'],
  [
    /no such host|i\/o timeout|connection refused|network is unreachable|TLS handshake timeout|dial tcp|server misbehaving|context deadline exceeded|RegistryUnavailable/i,
    'unreachable',
  ],
];

// Waiting reasons that name the failure themselves (pkg/kubelet/images/types.go, v1.36): no pull was tried.
const REASONS: Record<string, PullKind> = { InvalidImageName: 'invalid-name', ErrImageNeverPull: 'never-pull' };

export function classifyPull(text: string): { kind: PullKind; status?: number; missingOrPrivate?: boolean } {
  // Docker Hub says "pull access denied, repository does not exist or may require authorization" (Docker:
  // "… may require 'docker login'") for both a private and a missing repository, with "insufficient_scope:
  // authorization failed" after it; only an explicit 401/403 or "unauthorized" says which.
  const kind = RULES.find(([re]) => re.test(text))?.[1] ?? 'unknown';
  const st = /\b(401|403|404|429|5\d\d) (?:Unauthorized|Forbidden|Not Found|[A-Z])/.exec(text);
  const either = /repository does not exist or may require/i.test(text) && !/\b(401|403)\b|unauthori[sz]ed/i.test(text);
  return { kind, ...(st ? { status: Number(st[1]) } : {}), ...(either ? { missingOrPrivate: true } : {}) };
}

export function pullFailure(
  pod: Pod,
  container: string,
  waiting: { reason?: string; message?: string } | undefined,
  events: readonly Event[] | undefined,
  secretNames: readonly string[] | undefined,
  serviceAccount?: { name: string; secrets: string[] },
): PullFailure {
  const c = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((x) => x.name === container);
  const image = c?.image ?? '?';
  // The Failed event carries the runtime's error for this image; the waiting message may only say "Back-off pulling image".
  const failed = (events ?? []).filter(
    (e) => e.reason === 'Failed' && (e.message ?? '').includes(`"${image}"`) && !/^Error: /.test(e.message ?? ''),
  );
  const text = [failed.at(-1)?.message, waiting?.message].filter(Boolean).join('\n');
  // The kubelet's waiting reason says these two outright; the runtime's text is only read for the others.
  const byReason = REASONS[waiting?.reason ?? ''];
  const { kind, status, missingOrPrivate } = byReason ? { kind: byReason, status: undefined, missingOrPrivate: false } : classifyPull(text);
  const unretrievable = (events ?? [])
    .filter((e) => e.reason === 'FailedToRetrieveImagePullSecret')
    .flatMap((e) => /Unable to retrieve some image pull secrets \(([^)]*)\)/.exec(e.message ?? '')?.[1]?.split(/,\s*/) ?? []);
  // The kubelet's FailedToRetrieveImagePullSecret says a Secret is missing even when the Secrets were not read.
  const secrets = (pod.spec.imagePullSecrets ?? []).map((s) => ({
    name: s.name,
    ...(secretNames ? { exists: secretNames.includes(s.name) } : unretrievable.includes(s.name) ? { exists: false } : {}),
  }));
  const detail = failed.at(-1)?.message ?? waiting?.message;
  return {
    kind,
    image,
    container,
    ...(detail ? { detail } : {}),
    ...(status ? { status } : {}),
    ...(missingOrPrivate ? { missingOrPrivate } : {}),
    secrets,
    unretrievable: [...new Set(unretrievable)],
    ...(serviceAccount ? { serviceAccount } : {}),
  };
}
