// Whether to colour, decided once for the CLI and the TUI alike (issue 17): --no-color wins; then
// NO_COLOR (any non-empty value, no-color.org: the user's opt-out beats a FORCE_COLOR inherited from
// a tool); then FORCE_COLOR (as Node and chalk read it: "0"/"false" off, anything else on, even into
// a pipe); then TERM=dumb; else only on a terminal.

export function colorEnabled(stream: { isTTY?: boolean }, flag = true, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!flag) return false;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.TERM === 'dumb') return false;
  return !!stream.isTTY;
}

// SGR parameters that set a colour: 30–39/90–97 foreground, 40–49/100–107 background; 38/48/58
// take 5;N or 2;R;G;B after them.
const SGR = /\u001b\[([\d;]*)m/g;
function isColourParam(n: number): boolean {
  return (n >= 30 && n <= 49) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107);
}

/**
 * Removes colours from escape sequences but keeps bold, dim, inverse and underline: with colour off
 * the TUI still needs inverse to show the selected row, which switching its renderer's colour level
 * to 0 would drop as well.
 */
export function withoutColour(text: string): string {
  return text.replace(SGR, (_all, params: string) => {
    const p = params === '' ? ['0'] : params.split(';');
    const kept: string[] = [];
    for (let i = 0; i < p.length; i++) {
      const n = Number(p[i]);
      if (n === 38 || n === 48 || n === 58) i += p[i + 1] === '5' ? 2 : p[i + 1] === '2' ? 4 : 0;
      else if (!isColourParam(n)) kept.push(p[i]!);
    }
    return kept.length ? `\u001b[${kept.join(';')}m` : '';
  });
}

/** A view of a stream whose writes lose their colours (for Ink's stdout); everything else passes through. */
export function colourlessStream<T extends NodeJS.WriteStream>(stream: T): T {
  return new Proxy(stream, {
    get(target, key) {
      if (key === 'write')
        return (chunk: unknown, ...rest: unknown[]) =>
          (target.write as (...a: unknown[]) => boolean)(typeof chunk === 'string' ? withoutColour(chunk) : chunk, ...rest);
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
