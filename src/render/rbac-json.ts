// JSON of who-can, can and access: the model serialized, its Messages said in English so the documented
// fields (warnings[], nearMisses[].detail, subjects[].note, risks[].reason) stay plain strings.
import { say } from '../i18n/localize.js';
import { isMessage } from '../model/message.js';
import type { AccessCheck, AccessMatrix, WhoCan } from '../model/rbac.js';
import { safeJson } from '../text/escaped-writer.js';

export function renderRbacJson(model: WhoCan | AccessCheck | AccessMatrix): string {
  return safeJson(model, (_key, value: unknown) => (isMessage(value) ? say(value, 'en') : value));
}
