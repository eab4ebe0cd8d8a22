// Hostile strings through every renderer and format: captured objects whose event messages, container
// and condition messages, annotations, RBAC names and document headings carry terminal escapes (SGR,
// an OSC 8 hyperlink), CR, NEL, a bidi override, Markdown table and link syntax, HTML and a CDATA end.
// No raw control, bidi or markup may reach the output, and the visible text must still be there.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { XMLValidator } from 'fast-xml-parser';
import { createElement, type ReactElement } from 'react';
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCheckReport } from '../../commands/check.js';
import { loadDocIndex } from '../../src/docs/load.js';
import { search } from '../../src/docs/rank.js';
import type { Lang } from '../../src/i18n/lang.js';
import { sayDns, sayTrace } from '../../src/i18n/say-trace.js';
import type { KubeObject } from '../../src/model/kube.js';
import { quoted } from '../../src/model/message.js';
import type { DocSearch } from '../../src/model/docs.js';
import { access, canI, rulesFor, whoCan, withAuthorizer } from '../../src/rbac/resolve.js';
import { matrixResources } from '../../src/rbac/access-rows.js';
import { userInfoFor } from '../../src/rbac/subjects.js';
import { buildSnapshot } from '../../src/rbac/snapshot.js';
import { renderAccessMarkdown, renderAccessText } from '../../src/render/access.js';
import { renderCheckJson, renderCheckMarkdown, renderCheckText } from '../../src/render/check.js';
import { renderCheckJunit, renderCheckSarif } from '../../src/render/check-ci.js';
import {
  ansiStyle,
  docListEntries,
  renderConceptListMarkdown,
  renderConceptListText,
  renderDocListText,
  renderSearchMarkdown,
  renderSearchText,
  renderSectionHeader,
  renderSectionMarkdown,
  toSafeJson,
} from '../../src/render/docs-text.js';
import { CONCEPTS } from '../../src/docs/catalog.js';
import { ansiMarkdownStyle, renderMarkdownLines } from '../../src/render/markdown-terminal.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderRbacJson } from '../../src/render/rbac-json.js';
import { renderCanMarkdown, renderCanText, renderWhoCanMarkdown, renderWhoCanText } from '../../src/render/rbac.js';
import { renderText } from '../../src/render/text.js';
import { renderDnsJson, renderTraceJson } from '../../src/render/trace-json.js';
import { renderDnsMarkdown, renderDnsText, renderTraceMarkdown, renderTraceText } from '../../src/render/trace-text.js';
import { dnsNames } from '../../src/routing/dns.js';
import { traceFromSnapshot } from '../../src/routing/trace.js';
import { columnsFor } from '../../src/render/tui/columns.js';
import { DocPane } from '../../src/render/tui/DocPane.js';
import { ExplanationPane } from '../../src/render/tui/ExplanationPane.js';
import { FilterInput } from '../../src/render/tui/FilterInput.js';
import { Header } from '../../src/render/tui/Header.js';
import { LogBuffer, yamlLines } from '../../src/render/tui/object-lines.js';
import { ObjectList } from '../../src/render/tui/ObjectList.js';
import { problemKey, problemLines } from '../../src/render/tui/problem-lines.js';
import { ProblemList } from '../../src/render/tui/ProblemList.js';
import { RbacPane } from '../../src/render/tui/RbacPane.js';
import { toRow } from '../../src/render/tui/rows.js';
import { TextPane } from '../../src/render/tui/TextPane.js';
import { TracePane } from '../../src/render/tui/TracePane.js';
import { safe } from '../../src/text/safe-text.js';
import { explainObjects, FixtureReader, fixtureObjects } from '../support/fixture-reader.js';
import { listItems } from './rbac/fixtures.js';
import { serviceSnapshot, shop } from './routing/fixtures.js';

/** What a hostile cluster could write: the visible part is "RED!linkevil" once escapes are gone. */
const H =
  'RED\u001b[31m!\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007\r\u202eevil\u0085 | x](http://e.example) <script>alert(1)</script> ]]>';
const VISIBLE = 'RED!linkevil';
// Anything a terminal acts on, or that reorders or hides text: C0 but tab/newline, DEL, C1, bidi, zero-width, separators.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const md = new MarkdownIt({ html: true, linkify: false });

function cleanText(out: string): void {
  expect(out).not.toMatch(RAW);
  expect(out).toContain(VISIBLE);
}

function cleanMarkdown(out: string): void {
  expect(out).not.toMatch(RAW);
  const html = md.render(out);
  expect(html).not.toMatch(/<script|href="http:\/\/(e|evil)\.example/);
  // Escaped, the cluster's pipe stays inside its cell and its ]( opens no link; the text is still there.
  expect(out).toMatch(/RED!linkevil \\\| x\\\]\(http:\/\/e\.example\) &lt;script&gt;/);
}

/** With colour, the only escapes are our own SGR codes. */
function cleanColoured(out: string): void {
  expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW);
  expect(out).not.toContain('\u001b]8');
  expect(out).toContain('RED');
}

/** A TUI frame: the only escapes are Ink's and our own SGR colours; the visible text is there. */
function cleanFrame(view: ReactElement): void {
  const frame = render(view).lastFrame() ?? '';
  expect(frame.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW);
  expect(frame).toContain(VISIBLE);
}

/** JSON is lossless (the value round-trips) but prints nothing raw. */
function cleanJson(out: string): unknown {
  expect(out).not.toMatch(RAW);
  const value: unknown = JSON.parse(out);
  expect(JSON.stringify(value)).toContain('RED\\u001b[31m!');
  return value;
}

/** Appends H to every message, annotation and condition message of the captured objects. */
function hostile(objects: readonly KubeObject[]): KubeObject[] {
  return objects.map((o) => {
    const c = structuredClone(o) as KubeObject & {
      message?: string;
      note?: string;
      status?: { conditions?: { message?: string }[]; containerStatuses?: { state?: Record<string, { message?: string }> }[] };
    };
    if (c.kind === 'Event' && c.message) c.message += ` ${H}`;
    if (c.metadata) c.metadata.annotations = { ...(c.metadata.annotations ?? {}), 'example.com/note': H };
    for (const cond of c.status?.conditions ?? []) if (cond.message) cond.message += ` ${H}`;
    for (const cs of c.status?.containerStatuses ?? [])
      for (const st of Object.values(cs.state ?? {})) if (st?.message !== undefined) st.message += ` ${H}`;
    return c;
  });
}

const shopObjects = hostile(fixtureObjects('check'));

describe.each(['en', 'ja'] as Lang[])('hostile strings (%s)', (lang) => {
  it('explain: text (with and without colour), markdown, json', async () => {
    for (const name of ['typo-image', 'missing-config', 'api-79cd48b5d9-lrrbs']) {
      const { e } = await explainObjects(shopObjects, 'pod', name, 'shop', lang);
      cleanText(renderText(e));
      cleanColoured(renderText(e, true));
      cleanMarkdown(renderMarkdown(e));
      cleanJson(renderJson(e));
    }
  });

  it('check: text, markdown, json, JUnit XML, SARIF', async () => {
    const docs = (await loadDocIndex({ docs: [], env: {}, cache: false })).index;
    // Names from manifest files (check -f) are not validated: one Pod's name carries H too.
    const renamed = shopObjects.map((o) => {
      const c = structuredClone(o) as KubeObject & { involvedObject?: { name?: string } };
      if (c.metadata?.name === 'typo-image') c.metadata.name = `typo-image${H}`;
      if (c.involvedObject?.name === 'typo-image') c.involvedObject.name = `typo-image${H}`;
      return c;
    });
    const r = await buildCheckReport(new FixtureReader(renamed, 'shop'), { namespace: 'shop', lang, docs });
    cleanText(renderCheckText(r, lang));
    cleanMarkdown(renderCheckMarkdown(r, lang));
    cleanJson(renderCheckJson(r));
    const junit = renderCheckJunit(r, 'warning');
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).not.toMatch(RAW);
    expect(junit).not.toMatch(/<script|]]>/);
    expect(junit).toContain(`${VISIBLE} | x](http://e.example) &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;`);
    type Sarif = { runs: { results: { message: { text: string }; locations: { logicalLocations: { name: string }[] }[] }[] }[] };
    const sarif = cleanJson(renderCheckSarif(r, '0.0.0')) as Sarif;
    const results = sarif.runs[0]!.results;
    // SARIF's message is text by contract (sanitized); a location's name is data (lossless, JSON-escaped).
    expect(results.every((x) => !RAW.test(x.message.text))).toBe(true);
    expect(results.some((x) => x.locations[0]!.logicalLocations[0]!.name === `typo-image${H}`)).toBe(true);
  });

  it('trace: text, markdown, json', () => {
    const pods = shop.pods.map((p) => ({ ...p, metadata: { ...p.metadata, annotations: { note: H } } }));
    const slices = shop.slices.map((s) => ({
      ...s,
      endpoints: (s.endpoints ?? []).map((e) =>
        e.targetRef ? { ...e, targetRef: { ...e.targetRef, name: `${e.targetRef.name}${H}` } } : e,
      ),
    }));
    const t = sayTrace(
      traceFromSnapshot(serviceSnapshot(shop, 'web', { pods, endpointSlices: slices }), { kind: 'service', name: 'web' }),
      lang,
    );
    cleanText(renderTraceText(t, false, lang));
    cleanColoured(renderTraceText(t, true, lang));
    cleanMarkdown(renderTraceMarkdown(t, lang));
    cleanJson(renderTraceJson(t));
  });

  it('dns: text, markdown, json (a Service and endpoint hostnames from -f manifests, a --cluster-domain)', () => {
    const web = shop.services.find((x) => x.metadata.name === 'web')!;
    const service = { ...web, metadata: { ...web.metadata, name: `web${H}` } };
    const slices = shop.slices.map((x) => ({ ...x, endpoints: (x.endpoints ?? []).map((e) => ({ ...e, hostname: `host${H}` })) }));
    const d = sayDns(
      dnsNames({
        namespace: 'shop',
        target: { kind: 'Service', service },
        endpointSlices: slices,
        domain: { domain: `cluster.local${H}`, source: 'flag' },
        offline: false,
        warnings: [quoted(`cannot read ${H}`)],
      }),
      lang,
    );
    cleanText(renderDnsText(d, false, lang));
    cleanColoured(renderDnsText(d, true, lang));
    cleanMarkdown(renderDnsMarkdown(d, lang));
    cleanJson(renderDnsJson(d));
  });

  // RBAC manifests (-f) are not validated, and resourceNames never are: a binding name and a Secret name carry H.
  const items = listItems<KubeObject & { resourceNames?: string[]; rules?: { resourceNames?: string[] }[] }>('sandbox/rbac.json').map(
    (i) => {
      const c = structuredClone(i);
      if (c.kind === 'RoleBinding' && c.metadata?.name === 'ci-bot-secrets') c.metadata.name = `ci-bot-secrets${H}`;
      for (const rule of c.rules ?? []) if (rule.resourceNames) rule.resourceNames = rule.resourceNames.map((n) => `${n}${H}`);
      return c;
    },
  );
  const of = (kind: string) => items.filter((i) => i.kind === kind) as never[];
  const snapshot = buildSnapshot({
    clusterRoles: of('ClusterRole'),
    clusterRoleBindings: of('ClusterRoleBinding'),
    roles: of('Role'),
    roleBindings: of('RoleBinding'),
    source: 'live',
  });
  const ciBot = userInfoFor({ kind: 'ServiceAccount', namespace: 'rbac-fixture', name: 'ci-bot' });
  const secret = { verb: 'get', group: '', resource: 'secrets', name: `db-password${H}`, namespace: 'rbac-fixture' };

  it('can and who-can: text, markdown, json; the authorizer reason too', () => {
    const check = withAuthorizer(canI(snapshot, ciBot, secret), { allowed: true, reason: H });
    for (const out of [
      renderCanText(check, 'sa:rbac-fixture/ci-bot', false, lang),
      renderWhoCanText(whoCan(snapshot, secret), false, lang),
    ])
      cleanText(out);
    cleanMarkdown(renderCanMarkdown(check, 'sa:rbac-fixture/ci-bot', false, lang));
    cleanMarkdown(renderWhoCanMarkdown(whoCan(snapshot, secret), false, lang));
    cleanJson(renderRbacJson(check));
    cleanJson(renderRbacJson(whoCan(snapshot, secret)));
  });

  it('access: text, markdown, json', () => {
    const m = access(snapshot, ciBot, 'rbac-fixture', matrixResources(rulesFor(snapshot, ciBot, 'rbac-fixture')));
    cleanText(renderAccessText(m, lang));
    cleanMarkdown(renderAccessMarkdown(m, lang));
    cleanJson(renderRbacJson(m));
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'kx-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, `notes${H.replace(/[/\\]/g, '')}.md`), `# ${H}\n\n## readiness probe ${H}\n\nreadinessProbe ${H}\n`);

  it('docs: search in text, markdown, json; the document list; a section shown (text, markdown, json); the concept list', async () => {
    const { index } = await loadDocIndex({ docs: [dir], handbook: false, env: {}, cwd: dir, cache: false });
    const results = search(index, 'readiness probe', { lang });
    expect(results.length).toBeGreaterThan(0);
    const doc: DocSearch = { kind: 'DocSearch', query: `readiness probe ${H}`, concept: null, results, concepts: [], warnings: [] };
    cleanText(renderSearchText(doc, lang));
    cleanColoured(renderSearchText(doc, lang, ansiStyle));
    cleanText(renderDocListText(docListEntries(index.documents), lang));
    cleanColoured(renderDocListText(docListEntries(index.documents), lang, ansiStyle));
    cleanMarkdown(renderSearchMarkdown(doc, lang));
    cleanJson(toSafeJson(doc));
    // docs --show: the heading line, a caution and the section rendered for the terminal.
    const section = `## readiness probe ${H}\n\nreadinessProbe ${H}\n`;
    const shown = `${renderSectionHeader(results[0]!, [H], ansiStyle)}${renderMarkdownLines(section, 60, { style: ansiMarkdownStyle }).join('\n')}`;
    cleanColoured(shown);
    expect(shown).toContain(VISIBLE);
    // -o markdown shows the user's own Markdown as written (that is the point), without terminal controls.
    const asWritten = renderSectionMarkdown(section);
    expect(asWritten).not.toMatch(RAW);
    expect(asWritten).toContain(`## readiness probe ${VISIBLE}`);
    cleanJson(toSafeJson({ kind: 'DocSection', markdown: section }));
    expect(renderConceptListText(CONCEPTS, lang, ansiStyle).replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW);
    expect(md.render(renderConceptListMarkdown(CONCEPTS, lang))).toContain('&lt;service&gt;.&lt;namespace&gt;');
  });

  it('TUI: header, object list, explanation, problems, trace, document, RBAC, YAML and log panes, the input line', async () => {
    const ui = { width: 220, height: 60, lang };
    // Names from manifest files are not validated: the Pod's name carries H, as do its annotations and messages.
    const pods = shopObjects
      .filter((o) => o.kind === 'Pod')
      .map((o) => ({ ...o, metadata: { ...o.metadata, name: `${o.metadata?.name}${H}` } }));
    const rows = pods.map((o) => toRow('Pod', o));
    cleanFrame(
      createElement(Header, {
        identity: { context: `ctx${H}`, server: 'https://10.0.0.1:6443', user: `alice${H}` },
        namespace: `shop${H}`,
        connection: { state: 'reconnecting', error: safe(`dial ${H}`), retryInMs: 1000 },
        ...ui,
      }),
    );
    cleanFrame(
      createElement(ObjectList, {
        kind: 'Pod',
        prevKind: 'Service',
        nextKind: 'Deployment',
        columns: columnsFor('Pod', false),
        sort: { column: null, desc: false },
        rows: new Map(rows.map((r) => [r.key, r])),
        view: rows.map((r) => r.key),
        total: rows.length,
        selected: rows[0]!.key,
        synced: true,
        placeholder: null,
        filter: `x${H}`,
        focused: true,
        ...ui,
      }),
    );
    const { e } = await explainObjects(shopObjects, 'pod', 'typo-image', 'shop', lang);
    cleanFrame(
      createElement(ExplanationPane, { view: { explanation: e, loading: false }, stale: false, focused: true, findingCursor: 0, ...ui }),
    );
    cleanFrame(
      createElement(ExplanationPane, { view: { loading: false, error: H }, stale: false, focused: true, findingCursor: 0, ...ui }),
    );
    const renamed = shopObjects.map((o) =>
      o.metadata?.name === 'typo-image' ? { ...o, metadata: { ...o.metadata, name: `typo-image${H}` } } : o,
    );
    const docs = (await loadDocIndex({ docs: [], env: {}, cache: false })).index;
    const report = await buildCheckReport(new FixtureReader(renamed, 'shop'), { namespace: 'shop', lang, docs });
    cleanFrame(
      createElement(ProblemList, {
        problems: { report, at: 0, scanning: false },
        selected: problemKey(report.problems[0]!),
        focused: true,
        scope: `shop${H}`,
        now: 0,
        ...ui,
      }),
    );
    cleanFrame(
      createElement(ProblemList, { problems: { scanning: false, error: H }, selected: null, focused: true, scope: 'shop', now: 0, ...ui }),
    );
    const lines = report.problems.flatMap((p) => problemLines(p, 200, lang));
    cleanFrame(createElement(TextPane, { title: safe(H), lines, scroll: 0, ...ui }));
    const slices = shop.slices.map((x) => ({
      ...x,
      endpoints: (x.endpoints ?? []).map((ep) =>
        ep.targetRef ? { ...ep, targetRef: { ...ep.targetRef, name: `${ep.targetRef.name}${H}` } } : ep,
      ),
    }));
    const trace = sayTrace(
      traceFromSnapshot(serviceSnapshot(shop, 'web', { endpointSlices: slices }), { kind: 'service', name: 'web' }),
      lang,
    );
    cleanFrame(
      createElement(TracePane, {
        view: { target: `service/web${H}`, state: 'done', trace: { ...trace, warnings: [H] } },
        scroll: 0,
        ...ui,
      }),
    );
    cleanFrame(createElement(TracePane, { view: { target: 'service/web', state: 'error', message: H }, scroll: 0, ...ui }));
    const section = {
      headings: [`readiness ${H}`],
      file: `notes${H}.md`,
      line: 3,
      text: `## readiness probe ${H}\n\nreadinessProbe **${H}** \`${H}\`\n\n- ${H}\n\n    ${H}\n`,
    };
    cleanFrame(createElement(DocPane, { section, scroll: 0, ...ui }));
    const check = withAuthorizer(canI(snapshot, ciBot, secret), { allowed: true, reason: H });
    const answer = renderCanText(check, 'sa:rbac-fixture/ci-bot', false, lang).split('\n');
    cleanFrame(
      createElement(RbacPane, { view: { query: `can get secret/x${H}`, state: 'done', lines: answer, allowed: true }, scroll: 0, ...ui }),
    );
    cleanFrame(createElement(RbacPane, { view: { query: 'who-can get pods', state: 'error', message: H }, scroll: 0, ...ui }));
    const yaml = yamlLines(pods[0]!, (bytes) => `(${bytes} bytes)`);
    const logs = new LogBuffer();
    logs.push(`line one ${H}\nline two ${H}`);
    cleanFrame(
      createElement(TextPane, {
        title: safe(`yaml ${H}`),
        lines: [...yaml, ...logs.all()].map((text) => ({ text })),
        scroll: 0,
        width: 220,
        height: 400,
      }),
    );
    cleanFrame(createElement(FilterInput, { prompt: '/', text: `x${H}`, width: 220 }));
  });
});

// One way to escape: renderers write through the escaping writer (src/text/escaped-writer.ts) and the TUI
// through SafeText (src/text/safe-text.ts); a renderer calling the escapers by hand is one that can forget.
describe('renderers escape through the writer or SafeText only', () => {
  // The few direct uses, each for a reason the writer does not cover.
  const ALLOWED: Record<string, string> = {
    'check-ci.ts': "SARIF's message is a JSON string by contract: sanitized text inside safeJson",
    'docs-text.ts': 'headings are compared as shown; docs --show -o markdown prints the document as written',
    'markdown-terminal.ts': 'a code block keeps its blank lines and indentation (its text tokens use safe())',
  };
  it('src/render imports sanitize/markdown-escape only where listed', () => {
    const root = new URL('../../src/render/', import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const direct = files.filter((f) => /text\/(sanitize|markdown-escape)\.js'/.test(readFileSync(new URL(f, root), 'utf8')));
    expect(direct.sort()).toEqual(Object.keys(ALLOWED).sort());
  });
});
