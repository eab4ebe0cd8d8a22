import type { Lang } from '../lang.js';
import { en, type Messages } from './en.js';
import { ja } from './ja.js';

export type { Messages };
export const messages = (lang: Lang): Messages => (lang === 'ja' ? ja : en);
