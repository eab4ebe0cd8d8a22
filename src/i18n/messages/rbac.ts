import type { Lang } from '../lang.js';
import { rbacEn, type RbacMessages } from './rbac-en.js';
import { rbacJa } from './rbac-ja.js';

export type { RbacMessages };
export const rbacMessages = (lang: Lang): RbacMessages => (lang === 'ja' ? rbacJa : rbacEn);
