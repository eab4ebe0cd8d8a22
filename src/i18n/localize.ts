// The one accessor that turns Messages into sentences. Every renderer (text, markdown, JSON, TUI)
// calls say(); pure code never does. A key is `catalog:id`; each catalog has the same ids in en and ja
// (tests/unit/i18n-catalogs.test.ts renders every key in both languages).
import type { Lang } from './lang.js';
import { isMessage, type Message, type MessageParam } from '../model/message.js';
import { en } from './messages/en.js';
import { ja } from './messages/ja.js';
import { wen } from './messages/workloads-en.js';
import { wja } from './messages/workloads-ja.js';
import { rbacEn } from './messages/rbac-en.js';
import { rbacJa } from './messages/rbac-ja.js';
import { routingEn } from './messages/routing-en.js';
import { routingJa } from './messages/routing-ja.js';
import { commonEn, commonJa } from './messages/common.js';
import { cliEn, cliJa } from './messages/cli.js';
import { checkEn, checkJa } from './messages/check.js';
import { kindsEn } from './messages/kinds-en.js';
import { kindsJa } from './messages/kinds-ja.js';
import { gatewayExplainEn } from './messages/gateway-explain-en.js';
import { gatewayExplainJa } from './messages/gateway-explain-ja.js';
import { tuiEn } from './messages/tui-en.js';
import { tuiJa } from './messages/tui-ja.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- catalogs differ in their params
type AnyCatalog = Record<string, (...args: any[]) => string>;

/** catalog name → its two languages. Register a new catalog here (and nowhere else). */
export const CATALOGS: Record<string, Record<Lang, AnyCatalog>> = {
  common: { en: commonEn, ja: commonJa },
  check: { en: checkEn, ja: checkJa },
  pod: { en, ja },
  wl: { en: wen, ja: wja },
  rbac: { en: rbacEn, ja: rbacJa },
  route: { en: routingEn, ja: routingJa },
  cli: { en: cliEn, ja: cliJa },
  kinds: { en: kindsEn, ja: kindsJa },
  gwx: { en: gatewayExplainEn, ja: gatewayExplainJa },
  tui: { en: tuiEn, ja: tuiJa },
};

export class MissingMessageError extends Error {}

/** The sentence for `m` in `lang`. Nested Message params are said first; arrays are joined by the list separator. */
export function say(m: Message, lang: Lang): string {
  const cut = m.key.indexOf(':');
  const fn = cut > 0 ? CATALOGS[m.key.slice(0, cut)]?.[lang]?.[m.key.slice(cut + 1)] : undefined;
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
