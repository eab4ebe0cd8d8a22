// Vitest setup (unit, tui): every message catalog in both languages, as the TUI loads them. Commands
// load only what they say (src/i18n/localize.ts); tests call say() and the renderers directly.
import { loadCatalogs } from '../../src/i18n/localize.js';

await Promise.all([loadCatalogs('en'), loadCatalogs('ja')]);
