// Accessor for the TUI's own catalog pair (kept apart from en.ts/ja.ts).
import type { Lang } from '../lang.js';
import { tuiEn, type TuiMessages } from './tui-en.js';
import { tuiJa } from './tui-ja.js';

export type { TuiMessages };
export const tuiMessages = (lang: Lang): TuiMessages => (lang === 'ja' ? tuiJa : tuiEn);
