// `kubexplain explain <kind>/<name>`: parse the target, connect, run the kind's explainer, render.
import type { CommonOptions } from './main.js';
import { ExitCode, KxError, usageError } from '../src/errors.js';
import { KINDS, lookupKind, type KindInfo } from '../src/cluster/kinds.js';
import { editDistance } from '../src/text/edit-distance.js';
import { loadKubeConfig, parseDuration } from '../src/cluster/kubeconfig.js';
import { LiveReader, type Reader } from '../src/cluster/reader.js';
import { checkSegment } from '../src/cluster/paths.js';
import { explainerFor } from './run-explain.js';
import { annotate } from '../src/docs/annotate.js';
import { loadDocIndex } from '../src/docs/load.js';
import { detectLang } from '../src/i18n/lang.js';
import { renderText, useColor } from '../src/render/text.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';

/** kind/name (or "kind name" is not accepted: kubectl's slash form only) → kind and name. */
export function parseTarget(target: string): { kind: KindInfo; name: string } {
  const slash = target.indexOf('/');
  const kindText = slash < 0 ? target : target.slice(0, slash);
  const name = slash < 0 ? '' : target.slice(slash + 1);
  const kind = lookupKind(kindText);
  if (!kind) {
    const near = suggestKinds(kindText);
    throw usageError(
      `unknown kind "${kindText}"`,
      near.length ? `did you mean ${near.join(', ')}?` : 'use a kubectl kind name such as pod, deploy, svc, ing, no, ns',
    );
  }
  if (!name)
    throw usageError(
      `missing name in "${target}"`,
      `use ${kind.kind.toLowerCase()}/<name>, e.g. kubexplain explain ${kind.short[0] ?? kind.kind.toLowerCase()}/web`,
    );
  // Before any request: a dot or slash name would make another URL (and some explainers list first).
  checkSegment(`${kind.kind} name`, name);
  return { kind, name };
}

/** Kind names within edit distance 2 or sharing a prefix, for "did you mean". */
export function suggestKinds(text: string): string[] {
  const t = text.toLowerCase();
  const names = KINDS.flatMap((k) => [k.kind.toLowerCase(), k.plural, ...k.short]);
  return [...new Set(names.filter((n) => editDistance(n, t) <= 2 || (t.length >= 3 && n.startsWith(t))))].slice(0, 4);
}

export async function explainCommand(target: string, opts: CommonOptions): Promise<void> {
  const { kind, name } = parseTarget(target);
  const lang = detectLang(opts.lang);
  const { reader, namespace } = opts.filename?.length ? await offlineReader(kind, opts) : liveReader(opts);
  // The document index loads while the cluster answers.
  const [explained, docs] = await Promise.all([explainerFor(kind)(reader, name, namespace, lang), loadDocIndex({ docs: opts.docs ?? [] })]);
  const offline = opts.filename?.length
    ? [`offline: read from ${opts.filename.join(', ')}, no cluster was asked; objects not in these files count as missing`]
    : [];
  const explanation = {
    ...explained,
    findings: annotate(explained.findings, docs.index, lang),
    warnings: [...offline, ...explained.warnings, ...docs.warnings],
  };
  if (opts.debug) process.stderr.write(`debug: ${reader.requestCount} requests\n`);
  const out =
    opts.output === 'json'
      ? renderJson(explanation)
      : opts.output === 'markdown'
        ? renderMarkdown(explanation)
        : renderText(explanation, useColor(process.stdout, opts.color));
  process.stdout.write(out);
}

function liveReader(opts: CommonOptions): { reader: Reader; namespace: string } {
  const conn = loadKubeConfig(opts);
  return { reader: new LiveReader(conn, parseDuration(opts.requestTimeout ?? '30s'), opts.debug ?? false), namespace: conn.namespace };
}

// RBAC objects carry all an explanation of them needs in their spec (aggregation is computed as the
// controller would). Other kinds are judged on live status (ready, available, restarts), which
// manifests do not carry: rather than explain a spec as if it were failing, say so, and never fall
// back to the kubeconfig's cluster.
const OFFLINE_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

async function offlineReader(kind: KindInfo, opts: CommonOptions): Promise<{ reader: Reader; namespace: string }> {
  if (!OFFLINE_KINDS.has(kind.kind)) {
    throw new KxError(
      `explain -f is not implemented for ${kind.kind}: its explanation judges the live status, which manifests do not carry`,
      ExitCode.notImplemented,
      'explain it against a cluster; offline, explain works for role, clusterrole, rolebinding and clusterrolebinding, and trace, dns, can, who-can and access take -f',
    );
  }
  const namespace = opts.namespace ?? 'default';
  const { ManifestReader } = await import('../src/cluster/manifests.js');
  return { reader: await ManifestReader.fromPaths(opts.filename ?? [], namespace), namespace };
}
