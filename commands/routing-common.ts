// What `trace` and `dns` share: a Reader (the cluster, or manifests with -f), the namespace to use,
// and annotating findings with the documents that teach them.
import type { CommonOptions } from './main.js';
import type { Reader } from '../src/cluster/reader.js';
import { openLiveReader } from './open-reader.js';
import { ManifestReader } from '../src/cluster/manifests.js';
import { annotate } from '../src/docs/annotate.js';
import { loadDocIndex } from '../src/docs/load.js';
import type { Finding } from '../src/model/finding.js';
import type { Lang } from '../src/i18n/lang.js';
import { catalogsIn, loadCatalogs, say } from '../src/i18n/localize.js';
import { afterIo } from './after-io.js';

export interface Source {
  reader: Reader;
  namespace: string;
}

/**
 * Offline (-f) the namespace is -n, else the namespace of the only object of that kind and name in
 * the manifests, else "default"; live it is -n, else the context's.
 */
export async function openSource(common: CommonOptions, target?: { kind: string; name: string }): Promise<Source> {
  if (common.filename?.length) {
    const reader = await ManifestReader.fromPaths(common.filename, common.namespace ?? 'default');
    let namespace = common.namespace;
    if (!namespace && target) {
      const nss = [
        ...new Set(
          reader.objects.filter((o) => o.kind === target.kind && o.metadata?.name === target.name).map((o) => o.metadata?.namespace),
        ),
      ];
      if (nss.length === 1 && nss[0]) namespace = nss[0];
    }
    return { reader, namespace: namespace ?? 'default' };
  }
  return openLiveReader(common);
}

/** Docs for findings, loaded while the cluster answers; returns the annotate step and doc warnings. */
export async function docsAnnotator(
  common: CommonOptions,
  lang: Lang,
): Promise<{ annotateAll: (f: Finding[]) => Finding[]; warnings: string[] }> {
  // After a turn of the event loop: the trace's first read goes out before this long synchronous load.
  const docs = await afterIo(() => loadDocIndex({ docs: common.docs ?? [], annotateOnly: true }));
  await loadCatalogs(lang, catalogsIn(docs.warnings));
  return { annotateAll: (f) => annotate(f, docs.index, lang), warnings: docs.warnings.map((w) => say(w, lang)) };
}
