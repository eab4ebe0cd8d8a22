// The one accessor that turns Messages into sentences. Every renderer (text, markdown, JSON, TUI)
// calls say(); pure code never does. A key is `catalog:id`; each catalog has the same ids in en and ja
// (tests/unit/i18n-catalogs.test.ts renders every key in both languages).
//
// Catalogs load on demand, one language at a time: all of them in both languages are ~400 kB of
// JavaScript, which cost every run ~25 ms of CPU to compile (issue 19). say() stays synchronous, so a
// command awaits loadCatalogs() before it says anything: explain loads the catalogs its explanation
// speaks (catalogsIn), the other verbs every catalog of their language, the TUI both languages.
import type { Lang } from './lang.js';
import { isMessage, type Message, type MessageParam } from '../model/message.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- catalogs differ in their params
type AnyCatalog = Record<string, (...args: any[]) => string>;
type Loader = () => Promise<AnyCatalog>;

/** catalog name → a loader per language. Register a new catalog here (and nowhere else). */
export const CATALOGS: Record<string, Record<Lang, Loader>> = {
  common: {
    en: async () => (await import('./messages/common.js')).commonEn,
    ja: async () => (await import('./messages/common.js')).commonJa,
  },
  check: { en: async () => (await import('./messages/check.js')).checkEn, ja: async () => (await import('./messages/check.js')).checkJa },
  pod: { en: async () => (await import('./messages/en.js')).en, ja: async () => (await import('./messages/ja.js')).ja },
  wl: {
    en: async () => (await import('./messages/workloads-en.js')).wen,
    ja: async () => (await import('./messages/workloads-ja.js')).wja,
  },
  rbac: { en: async () => (await import('./messages/rbac-en.js')).rbacEn, ja: async () => (await import('./messages/rbac-ja.js')).rbacJa },
  route: {
    en: async () => (await import('./messages/routing-en.js')).routingEn,
    ja: async () => (await import('./messages/routing-ja.js')).routingJa,
  },
  cli: { en: async () => (await import('./messages/cli.js')).cliEn, ja: async () => (await import('./messages/cli.js')).cliJa },
  kinds: {
    en: async () => (await import('./messages/kinds-en.js')).kindsEn,
    ja: async () => (await import('./messages/kinds-ja.js')).kindsJa,
  },
  gwx: {
    en: async () => (await import('./messages/gateway-explain-en.js')).gatewayExplainEn,
    ja: async () => (await import('./messages/gateway-explain-ja.js')).gatewayExplainJa,
  },
  tui: { en: async () => (await import('./messages/tui-en.js')).tuiEn, ja: async () => (await import('./messages/tui-ja.js')).tuiJa },
  docs: { en: async () => (await import('./messages/docs.js')).docsEn, ja: async () => (await import('./messages/docs.js')).docsJa },
  errors: {
    en: async () => (await import('./messages/errors-en.js')).errorsEn,
    ja: async () => (await import('./messages/errors-ja.js')).errorsJa,
  },
  docload: {
    en: async () => (await import('./messages/docs-load.js')).docsLoadEn,
    ja: async () => (await import('./messages/docs-load.js')).docsLoadJa,
  },
};

const loaded: Record<Lang, Map<string, AnyCatalog>> = { en: new Map(), ja: new Map() };

/** Loads the named catalogs (default: all) in `lang`; say() can then use them. */
export async function loadCatalogs(lang: Lang, names: Iterable<string> = Object.keys(CATALOGS)): Promise<void> {
  await Promise.all(
    [...names].map(async (name) => {
      const load = CATALOGS[name]?.[lang];
      if (load && !loaded[lang].has(name)) loaded[lang].set(name, await load());
    }),
  );
}

/** The catalogs that saying `messages` needs, nested params included. */
export function catalogsIn(messages: Iterable<MessageParam>): Set<string> {
  const names = new Set<string>();
  const visit = (v: MessageParam): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isMessage(v)) return;
    names.add(v.key.slice(0, v.key.indexOf(':')));
    for (const p of Object.values(v.params ?? {})) visit(p);
  };
  for (const m of messages) visit(m);
  return names;
}

/**
 * The catalogs that saying every Message inside `value` needs (an answer model: plain objects and
 * arrays, walked whole), so a command loads those only rather than every catalog.
 */
export function catalogsOfValue(value: unknown): Set<string> {
  const found: MessageParam[] = [];
  const walk = (v: unknown): void => {
    if (isMessage(v)) found.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(value);
  return catalogsIn(found);
}

export class MissingMessageError extends Error {}

/** The sentence for `m` in `lang`. Nested Message params are said first; arrays are joined by the list separator. */
export function say(m: Message, lang: Lang): string {
  const cut = m.key.indexOf(':');
  const name = m.key.slice(0, cut);
  const catalog = cut > 0 ? loaded[lang].get(name) : undefined;
  if (cut > 0 && !catalog && CATALOGS[name])
    throw new MissingMessageError(`catalog ${name} (${lang}) is not loaded: await loadCatalogs() before saying ${m.key}`);
  const fn = catalog?.[m.key.slice(cut + 1)];
  if (!fn) throw new MissingMessageError(`no ${lang} message for ${m.key}`);
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.params ?? {})) params[k] = param(v, lang);
  return fn(params);
}

function param(v: MessageParam, lang: Lang): unknown {
  if (isMessage(v)) return say(v, lang);
  if (Array.isArray(v)) return v.map((x: MessageParam) => param(x, lang)).join(lang === 'ja' ? '、' : ', ');
  return v;
}

/** A sayer bound to one language, for renderers that say many messages. */
export const sayer =
  (lang: Lang) =>
  (m: Message): string =>
    say(m, lang);

/**
 * A catalog's entries said in one language, for renderers that build many sentences of one catalog:
 * `t[id](params)` is `say({ key: 'catalog:id', params }, lang)`, so its catalog loads like any other.
 */
export function saying<C extends object>(catalog: string, lang: Lang): C {
  return new Proxy({} as C, {
    get: (_, id) => (params?: Message['params']) => say({ key: `${catalog}:${String(id)}`, ...(params ? { params } : {}) }, lang),
  });
}
