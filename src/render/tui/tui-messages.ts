// The TUI's Messages (catalog `tui`, said with say() in the chosen language) and its key lists: the
// key names (↑↓, Enter, :pod) are written here once, the words beside them come from the catalog.
import type { TuiCatalog } from '../../i18n/messages/tui-en.js';
import type { Lang } from '../../i18n/lang.js';
import { say } from '../../i18n/localize.js';
import { builders, type Message } from '../../model/message.js';

export const t = builders<TuiCatalog>('tui');

/** A key and what it does; a key's name is a Message only where it holds a word (`:kind`). */
export type KeyHint = readonly [key: string | Message, what: Message];

export const FOOTER_LIST: readonly KeyHint[] = [
  ['↑↓', t['key.move']()],
  [':', t['key.kind']()],
  ['Enter', t['key.details']()],
  ['y', t['key.yaml']()],
  ['l', t['key.logs']()],
  ['e', t['key.events']()],
  ['d', t['key.docs']()],
  ['t', t['key.trace']()],
  ['r', t['key.rbac']()],
  ['/', t['key.filter']()],
  ['n', t['key.namespace']()],
  ['0', t['key.allNs']()],
  ['s', t['key.sort']()],
  ['!', t['key.problems']()],
];

export const FOOTER_DETAIL: readonly KeyHint[] = [
  ['↑↓', t['key.finding']()],
  ['Enter/d', t['key.openDoc']()],
  ['Esc', t['key.back']()],
];

export const FOOTER_OVERLAY: readonly KeyHint[] = [
  ['↑↓', t['key.scroll']()],
  ['Esc', t['key.close']()],
];

export const FOOTER_PROBLEMS: readonly KeyHint[] = [
  ['↑↓', t['key.move']()],
  ['Enter', t['key.explain']()],
  ['d', t['key.docs']()],
  ['0', t['key.allNs']()],
  ['Esc', t['key.back']()],
];

/** Always at the end of the key bar. */
export const FOOTER_ALWAYS: readonly KeyHint[] = [
  ['?', t['key.help']()],
  ['q', t['key.quit']()],
];

/** The help overlay (`?`). */
export const HELP: readonly KeyHint[] = [
  ['↑ ↓ / j k', t['help.move']()],
  [t['help.kindKey'](), t['help.jump']()],
  ['Ctrl-A', t['help.allKinds']()],
  ['← → / Tab', t['help.prevNext']()],
  ['0', t['help.allNs']()],
  ['s / S', t['help.sort']()],
  ['y', t['help.yaml']()],
  ['l / p', t['help.logs']()],
  ['e', t['help.events']()],
  ['Enter', t['help.enter']()],
  ['d / Enter', t['help.doc']()],
  ['t', t['help.trace']()],
  ['r', t['help.rbac']()],
  ['! / :problems', t['help.problems']()],
  ['/', t['help.filter']()],
  ['n', t['help.namespace']()],
  ['Esc', t['help.esc']()],
  ['?', t['help.help']()],
  ['q / Ctrl-C', t['help.quit']()],
];

/** Key hints as text in `lang`: `[key, what]` pairs. */
export const sayHints = (hints: readonly KeyHint[], lang: Lang): [string, string][] =>
  hints.map(([k, what]) => [typeof k === 'string' ? k : say(k, lang), say(what, lang)]);

/** A kind's plural as the list's title and the picker say it ("Pods"; Japanese keeps the kind). */
export const kindPlural = (kind: string, lang: Lang): string => say(t['kind.plural']({ kind }), lang);
