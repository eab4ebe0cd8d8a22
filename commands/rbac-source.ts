// What `can`, `who-can`, `access` and the TUI share: where RBAC comes from (the cluster, or with -f
// manifests on disk: offline, nothing is asked) and the wiring of one answer: parse, discover a custom
// resource's scope and subresources, read RBAC, resolve, ask the authorizer.
import { selfSubjectAccessReview, subjectAccessReview, whoAmI, type ReviewOptions } from '../src/cluster/access-review.js';
import { discoverCustomResource } from '../src/cluster/discovery.js';
import { lookupKind } from '../src/cluster/kinds.js';
import type { Connection } from '../src/cluster/kubeconfig.js';
import { loadManifests } from '../src/cluster/manifests.js';
import { readRbac } from '../src/cluster/rbac-reader.js';
import { orUnverified, reviewAll } from '../src/cluster/rbac-live.js';
import type { LiveReader } from '../src/cluster/reader.js';
import { em, usageError } from '../src/errors.js';
import { quoted, type Message } from '../src/model/message.js';
import type { AccessCheck, AccessRequest, RbacSnapshot, Subject, SubjectSpec, UserInfo, WhoCan } from '../src/model/rbac.js';
import { suggestResources } from '../src/rbac/builtin-resources.js';
import { rm } from '../src/rbac/messages.js';
import { accessRequest, knownSubresources, parseTarget, type KindLookup, type Scope } from '../src/rbac/query.js';
import { canI, whoCan, withAuthorizer } from '../src/rbac/resolve.js';
import { buildSnapshot, snapshotFromManifests } from '../src/rbac/snapshot.js';
import { userInfoFor } from '../src/rbac/subjects.js';
import { whoCanQuestions, withWhoCanVerdicts } from '../src/rbac/who-can-verify.js';
import type { CommonOptions } from './main.js';
import { openLiveReader } from './open-reader.js';

export function isOffline(common: CommonOptions): boolean {
  return (common.filename?.length ?? 0) > 0;
}

/** Offline: the namespace is -n, else "default" (as kubectl apply would place namespaced objects without one). */
export function offlineNamespace(common: CommonOptions): string {
  return common.namespace ?? 'default';
}

export async function offlineSnapshot(common: CommonOptions): Promise<RbacSnapshot> {
  const objects = await loadManifests(common.filename ?? []);
  return snapshotFromManifests(objects, { defaultNamespace: offlineNamespace(common) });
}

export interface Live {
  conn: Connection;
  reader: LiveReader;
  timeoutMs: number;
  debug: boolean;
}

export function connect(common: CommonOptions): Live {
  const { conn, reader, timeoutMs } = openLiveReader(common);
  return { conn, reader, timeoutMs, debug: !!common.debug };
}

export const reviewOptions = (live: Live): ReviewOptions => ({ timeoutMs: live.timeoutMs, debug: live.debug, counter: live.reader });

/** Every RBAC object (RoleBindings of all namespaces: near misses and who-can -A need them). */
export async function liveSnapshot(live: Live, namespace: string): Promise<RbacSnapshot> {
  return buildSnapshot(await readRbac(live.reader, { all: true, namespace }));
}

/** What one subject's matrix needs: ClusterRoles and ClusterRoleBindings, and the Roles and RoleBindings of one namespace ('' = none). */
export async function scopedSnapshot(live: Live, namespace: string): Promise<RbacSnapshot> {
  return buildSnapshot(await readRbac(live.reader, namespace ? { namespace } : { clusterOnly: true }));
}

/** The kinds the cluster layer knows (singular kind names such as "deployment"), for the query parser. */
export const kindLookup: KindLookup = (spec) => {
  const k = lookupKind(spec);
  return k && { group: k.group, resource: k.plural, ...(k.namespaced ? {} : { clusterScoped: true }) };
};

/**
 * The request for VERB TARGET. A resource that is not built in (widgets.example.com) is looked up through
 * discovery when a cluster is at hand: its scope decides which bindings can grant it, its subresources how
 * RESOURCE/X reads; an unserved one gets a warning with close names (RBAC may still name it).
 */
export async function resolveRequest(
  live: Live | null,
  verb: string,
  target: string,
  scope: Scope,
  mode: 'can' | 'who-can',
): Promise<{ request: AccessRequest; warnings: Message[] }> {
  const t = parseTarget(target, kindLookup);
  if ('nonResourceURL' in t) return { request: accessRequestOrUrl(verb, t.nonResourceURL), warnings: [] };
  if (!live || t.builtin || t.resource === '*' || t.group === '*') return { request: accessRequest(verb, t, scope, mode), warnings: [] };
  const info = await discoverCustomResource(live.conn, t.group, t.resource, live.timeoutMs);
  if (info.served === true) {
    const served = { ...t, ...(info.namespaced ? {} : { clusterScoped: true }) };
    return { request: accessRequest(verb, served, scope, mode, info.subresources ?? knownSubresources(t)), warnings: [] };
  }
  const request = accessRequest(verb, t, scope, mode);
  if (info.served === false) {
    const name = `${t.resource}.${t.group}`;
    const near = suggestResources(name, info.candidates);
    return { request, warnings: [rm['warn.unservedResource']({ name, near: near.join(', ') })] };
  }
  return { request, warnings: [] };
}

function accessRequestOrUrl(verb: string, url: string): AccessRequest {
  if (!/^([a-z]+|\*)$/.test(verb)) throw usageError(em['verb.invalid']({ verb: quoted(verb) }), em['verb.invalid.hint']());
  return { verb, nonResourceURL: url };
}

export function rejectMeOffline(subject: SubjectSpec): asserts subject is Subject {
  if (subject.kind === 'Me') throw usageError(em['me.offline'](), em['me.offline.hint']());
}

/** can, live: our reading of RBAC next to the authorizer's answer (SelfSubjectAccessReview for me). */
export async function answerCanLive(
  conn: Connection,
  opts: ReviewOptions,
  snapshot: Promise<RbacSnapshot>,
  subject: SubjectSpec,
  request: AccessRequest,
): Promise<AccessCheck> {
  // `me` is whoever the credentials authenticate as, with the authenticator's groups.
  const user: UserInfo = subject.kind === 'Me' ? await whoAmI(conn, opts) : userInfoFor(subject);
  const [snap, review] = await Promise.all([
    snapshot,
    orUnverified(() =>
      subject.kind === 'Me' ? selfSubjectAccessReview(conn, request, opts) : subjectAccessReview(conn, user, request, opts),
    ),
  ]);
  return withAuthorizer(
    canI(snap, user, request, { subject }),
    review && { allowed: review.allowed, reason: review.reason || review.evaluationError },
  );
}

/** who-can, live: the subjects RBAC names, each confirmed by a SubjectAccessReview unless verify is false. */
export async function answerWhoCanLive(
  conn: Connection,
  opts: ReviewOptions,
  snapshot: RbacSnapshot,
  request: AccessRequest,
  verify = true,
): Promise<WhoCan> {
  const result = whoCan(snapshot, request);
  if (!verify) return { ...result, warnings: [...result.warnings, rm['warn.noVerify']()] };
  return withWhoCanVerdicts(result, await reviewAll(conn, whoCanQuestions(result), opts));
}
