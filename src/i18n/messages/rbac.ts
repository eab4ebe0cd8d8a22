// The RBAC renderers' sentences, said through the one accessor (the catalog loads with the others).
import type { Lang } from '../lang.js';
import { saying } from '../localize.js';
import type { RbacMessages } from './rbac-en.js';

export type { RbacMessages };
export const rbacMessages = (lang: Lang): RbacMessages => saying<RbacMessages>('rbac', lang);
