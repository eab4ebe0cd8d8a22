// Captures what the docs annotation is really asked, for the audit set in tests/docs-eval/set.ts
// (AUDIT): every failing finding of every object `check` judges in the given namespaces, with the
// concept, severity and terms the kind's explainer produces (its model, before it is said), and each
// problem `check` groups them into (annotated with its concept alone). Read-only, like the tool.
// Run: KUBECONFIG=… npx tsx bench/docs-audit-capture.ts NAMESPACE…
import { loadKubeConfig } from '../src/cluster/kubeconfig.js';
import { LiveReader } from '../src/cluster/reader.js';
import { MemoryReader } from '../src/cluster/memory-reader.js';
import { scan } from '../src/cluster/scan.js';
import { kindRef, lookupKind } from '../src/cluster/kinds.js';
import { executePlan } from '../src/cluster/plan-executor.js';
import { registrationFor } from '../src/explain/registry.js';
import { checkSubjects } from '../src/check/report.js';
import { say } from '../src/i18n/localize.js';
import { buildCheckReport } from '../commands/check.js';
import { loadDocIndex } from '../src/docs/load.js';

const conn = loadKubeConfig({});
const live = new LiveReader(conn, 30_000, false);
const docs = loadDocIndex({ docs: [], env: {}, cache: false }).then((d) => d.index);
const out: unknown[] = [];
for (const ns of process.argv.slice(2)) {
  const { objects } = await scan(live, { namespace: ns });
  const memory = new MemoryReader(objects);
  for (const o of checkSubjects(objects)) {
    const kind = lookupKind(o.kind!)!;
    const reg = registrationFor(kind.group, kind.kind);
    if (!reg) continue; // Service, Ingress: said by the routing engine, no terms (their problems are below)
    const explainer = await reg.load();
    const m = explainer.explain(await executePlan(memory, explainer, kindRef(kind), o.metadata!.name!, ns));
    for (const f of m.findings)
      if (f.severity === 'warning' || f.severity === 'error')
        out.push({
          ns,
          object: `${o.kind}/${o.metadata!.name}`,
          concept: f.concept,
          severity: f.severity,
          terms: f.terms ?? [],
          title: say(f.title, 'en'),
        });
  }
  const report = await buildCheckReport(live, { namespace: ns, lang: 'en', docs });
  for (const p of report.problems) out.push({ ns, check: true, concept: p.concept, severity: p.severity, terms: [], title: p.cause });
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
