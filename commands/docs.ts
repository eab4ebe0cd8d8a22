// kubexplain docs [query] | --concept KEY | --list
// Parses nothing itself: takes the parsed options, loads the index, ranks, picks a renderer.
import { CONCEPTS, getConcept } from '../src/docs/catalog.js';
import { loadDocIndex, sectionMarkdown } from '../src/docs/load.js';
import { getMisconception, sectionMisconceptions } from '../src/docs/misconceptions.js';
import { catalogsIn, loadCatalogs, say } from '../src/i18n/localize.js';
import { builders } from '../src/model/message.js';
import { closeConceptKeys, matchConcepts, rankConcept, search, suggestConcepts } from '../src/docs/rank.js';
import { ExitCode, KxError, em, usageError } from '../src/errors.js';
import { detectLang } from '../src/i18n/lang.js';
import type { DocSearch } from '../src/model/docs.js';
import {
  ansiStyle,
  docListEntries,
  plainStyle,
  renderConceptListMarkdown,
  renderSectionHeader,
  renderSectionMarkdown,
  type Style,
  renderConceptListText,
  renderDocListText,
  renderSearchMarkdown,
  renderSearchText,
  toSafeJson,
} from '../src/render/docs-text.js';
import { sanitizeLine } from '../src/text/sanitize.js';
import type { ParsedDocument } from '../src/docs/types.js';
import type { Lang } from '../src/i18n/lang.js';
import type { DocsCatalog } from '../src/i18n/messages/docs.js';
import path from 'node:path';
import type { CommonOptions } from './main.js';
import { colorEnabled } from '../src/render/color.js';
import { stdout } from './stdout.js';

const d = builders<DocsCatalog>('docs');

export interface DocsOptions {
  concept?: string;
  list?: boolean;
  /** Print the best section's text (true), or the section named "FILE#anchor". */
  show?: boolean | string;
}

export interface DocsIO {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

// stderr is made only when written to: building it loads Node's streams (see ./stdout.ts).
const defaultIO = (): DocsIO => ({ stdout, stderr: { write: (s) => process.stderr.write(s) }, env: process.env, cwd: process.cwd() });

export async function runDocs(
  query: string | undefined,
  opts: DocsOptions,
  common: Pick<CommonOptions, 'output' | 'lang' | 'docs' | 'color'>,
  io: DocsIO = defaultIO(),
): Promise<void> {
  const lang = detectLang(common.lang, io.env);
  await loadCatalogs(lang, ['docs']);
  const output = common.output ?? 'text';
  const style = colorEnabled(io.stdout, common.color !== false, io.env) ? ansiStyle : plainStyle;
  const q = query?.trim() || undefined;

  if (opts.list) {
    if (q || opts.concept) throw usageError(d.listWithOthers());
    if (output === 'json') io.stdout.write(toSafeJson({ kind: 'ConceptList', concepts: CONCEPTS }));
    else if (output === 'markdown') io.stdout.write(renderConceptListMarkdown(CONCEPTS, lang));
    else io.stdout.write(renderConceptListText(CONCEPTS, lang, style));
    return;
  }
  if (q && opts.concept) throw usageError(d.queryAndConcept());
  if (opts.concept !== undefined && !getConcept(opts.concept)) {
    const close = closeConceptKeys(opts.concept);
    throw usageError(d.unknownConcept({ k: opts.concept }), close.length > 0 ? d.didYouMean({ list: close.join(', ') }) : d.tryList());
  }

  const loaded = await loadDocIndex({ docs: common.docs ?? [], env: io.env, cwd: io.cwd });
  const { index } = loaded;
  await loadCatalogs(lang, catalogsIn([...loaded.warnings, em['line.warning']({ text: '' })]));
  const warnings = loaded.warnings.map((w) => say(w, lang));
  if (output !== 'json') for (const w of warnings) io.stderr.write(`${sanitizeLine(say(em['line.warning']({ text: w }), lang))}\n`);

  if (typeof opts.show === 'string') {
    if (q || opts.concept) throw usageError(d.showWithOthers());
    const found = findSection(index.documents, opts.show, io.cwd, lang);
    if (!found) throw new KxError(d.noSuchSection({ ref: opts.show }), ExitCode.notFound, d.showHint());
    await show(found.doc, found.line, output, lang, style, io);
    return;
  }

  if (!q && !opts.concept) {
    const documents = docListEntries(index.documents);
    if (output === 'json') io.stdout.write(toSafeJson({ kind: 'DocList', documents, warnings }));
    else io.stdout.write(renderDocListText(documents, lang, style));
    return;
  }

  const results = opts.concept ? rankConcept(index, opts.concept, { lang }) : search(index, q!, { lang });
  const doc: DocSearch = {
    kind: 'DocSearch',
    query: q ?? null,
    concept: opts.concept ?? null,
    results,
    concepts: q ? matchConcepts(q).map((c) => c.key) : [],
    warnings,
  };
  if (results.length === 0) {
    // Scripts still get a document to parse; the exit code says nothing matched.
    if (output === 'json') io.stdout.write(toSafeJson(doc));
    if (opts.concept) throw new KxError(d.noMatchConcept({ k: opts.concept }), ExitCode.notFound);
    const suggestions = suggestConcepts(q!);
    const list = (suggestions.length > 0 ? suggestions : defaultSuggestions()).map((c) => `${c.key} (${c[lang][0]})`);
    throw new KxError(d.noMatch({ q: q! }), ExitCode.notFound, d.trySuggestions({ list: list.join(', ') }));
  }
  if (opts.show) {
    const best = results[0]!;
    const found = index.documents.find((x) => x.file === best.file)!;
    await show(found, best.line, output, lang, style, io);
    return;
  }
  if (output === 'json') io.stdout.write(toSafeJson(doc));
  else if (output === 'markdown') io.stdout.write(renderSearchMarkdown(doc, lang));
  else io.stdout.write(renderSearchText(doc, lang, style));
}

/** "FILE#anchor": FILE as printed by docs (relative or absolute), or its base name (the handbook in `lang` first). */
function findSection(documents: ParsedDocument[], ref: string, cwd: string, lang: Lang): { doc: ParsedDocument; line: number } | null {
  const hash = ref.lastIndexOf('#');
  const file = hash >= 0 ? ref.slice(0, hash) : ref;
  const anchor = hash >= 0 ? decodeURIComponent(ref.slice(hash + 1)) : '';
  const abs = path.resolve(cwd, file);
  const exact = documents.filter((d) => path.resolve(cwd, d.file) === abs);
  const byName = documents.filter((d) => path.basename(d.file) === path.basename(file));
  const candidates = (exact.length > 0 ? exact : byName).sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
  for (const doc of candidates) {
    const section = anchor ? doc.sections.find((s) => s.anchor === anchor) : doc.sections[0];
    if (section) return { doc, line: section.line };
  }
  return null;
}

async function show(doc: ParsedDocument, line: number, output: string, lang: Lang, style: Style, io: DocsIO): Promise<void> {
  const section = doc.sections.find((s) => s.line === line)!;
  const markdown = (await sectionMarkdown(doc, line, io.cwd)) ?? '';
  const ref = { file: doc.file, line, headings: section.headings, document: doc.title, anchor: section.anchor, source: doc.source };
  if (output === 'json') {
    const cautions = sectionMisconceptions(section).map((id) => ({ id, text: getMisconception(id)!.truth[lang] }));
    io.stdout.write(toSafeJson({ kind: 'DocSection', ...ref, markdown, ...(cautions.length > 0 ? { cautions } : {}) }));
    return;
  }
  if (output === 'markdown') {
    io.stdout.write(renderSectionMarkdown(markdown));
    return;
  }
  const width = Math.max(20, Math.min(io.stdout.columns ?? 80, 100));
  const cautions = sectionMisconceptions(section).map((id) => getMisconception(id)!.truth[lang]);
  // markdown-it and the width tables load only for --show: a search never renders Markdown.
  const { ansiMarkdownStyle, plainMarkdownStyle, renderMarkdownLines } = await import('../src/render/markdown-terminal.js');
  const lines = renderMarkdownLines(markdown, width, { style: style === plainStyle ? plainMarkdownStyle : ansiMarkdownStyle });
  // The section's text is rendered by markdown-terminal.ts, which escapes every token of the document.
  io.stdout.write(`${renderSectionHeader({ ...ref, score: 0 }, cautions, style)}\n${lines.join('\n')}\n`);
}

function defaultSuggestions() {
  return ['pod.phase', 'probes.readiness', 'service', 'rbac.role'].map((k) => getConcept(k)!);
}
