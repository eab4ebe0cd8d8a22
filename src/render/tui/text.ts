// Terminal text measuring for the TUI's own wrapping (needed to know how many lines a pane holds,
// so only the visible ones are rendered). East Asian wide characters take two columns.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function charWidth(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** Cuts `text` to at most `width` columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Pads with spaces to exactly `width` columns (truncating first). */
export function padCut(text: string, width: number): string {
  const t = truncate(text, width);
  return t + ' '.repeat(Math.max(0, width - displayWidth(t)));
}

/**
 * Wraps one paragraph to `width` columns: at spaces where there are some, anywhere for text
 * without spaces (Japanese). Newlines start new lines.
 */
export function wrap(text: string, width: number): string[] {
  if (width <= 1) return [text];
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    let lw = 0;
    const tokens = para.match(/\S+\s*|\s+/g) ?? [''];
    for (const token of tokens) {
      const tw = displayWidth(token.trimEnd());
      if (lw + tw <= width) {
        line += token;
        lw += displayWidth(token);
        continue;
      }
      if (line.trim() && tw <= width) {
        out.push(line.trimEnd());
        line = token;
        lw = displayWidth(token);
        continue;
      }
      // A token longer than the line: break it by characters.
      for (const ch of token) {
        const cw = charWidth(ch);
        if (lw + cw > width) {
          out.push(line.trimEnd());
          line = '';
          lw = 0;
        }
        line += ch;
        lw += cw;
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}
