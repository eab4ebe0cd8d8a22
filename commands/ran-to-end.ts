// Whether this run did its verb's work to the end (not help, not an error): only such a run is worth
// keeping V8's code of (bin/load-bundle.cjs). A run that failed early compiled a fraction of the verb,
// and a cache of it, accepted by every later run, would leave them compiling the rest each time. A
// global, not a module variable: the TUI is a bundle of its own (dist/tui.mjs) and leaves by process.exit.
const KEY = Symbol.for('kubexplain.ranToEnd');
const flags = globalThis as typeof globalThis & { [KEY]?: boolean };

export const markRanToEnd = (): void => {
  flags[KEY] = true;
};

export const ranToEnd = (): boolean => flags[KEY] === true;
