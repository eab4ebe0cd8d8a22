// Glyphs and colours shared by the TUI components.
import type { Severity } from '../../model/finding.js';
import type { RowHealth } from './rows.js';
import { safe, type SafeText } from '../../text/safe-text.js';

export const HEALTH_GLYPH: Record<RowHealth, SafeText> = {
  ok: safe('●'),
  progress: safe('◌'),
  warning: safe('◐'),
  error: safe('✖'),
  done: safe('✔'),
  none: safe('·'),
};
export const HEALTH_COLOR: Record<RowHealth, string> = {
  ok: 'green',
  progress: 'cyan',
  warning: 'yellow',
  error: 'red',
  done: 'gray',
  none: 'white',
};
export const SEVERITY_COLOR: Record<Severity, string> = { ok: 'green', info: 'cyan', warning: 'yellow', error: 'red' };
export const SEVERITY_MARK: Record<Severity, string> = { ok: 'ok', info: 'info', warning: 'warn', error: 'error' };
