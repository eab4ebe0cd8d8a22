// One colour rule for the CLI and the TUI: --no-color, NO_COLOR, FORCE_COLOR, TERM=dumb, a terminal;
// and the TUI's colourless stream keeps the styles that carry meaning (inverse marks the selection).
import { describe, expect, it } from 'vitest';
import { colorEnabled, withoutColour } from '../../src/render/color.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('colorEnabled', () => {
  it('colours a terminal and not a pipe by default', () => {
    expect(colorEnabled(tty, true, {})).toBe(true);
    expect(colorEnabled(pipe, true, {})).toBe(false);
  });
  it('--no-color wins over everything, FORCE_COLOR included', () => {
    expect(colorEnabled(tty, false, { FORCE_COLOR: '1' })).toBe(false);
  });
  it('NO_COLOR (non-empty) turns it off on a terminal, even with FORCE_COLOR', () => {
    expect(colorEnabled(tty, true, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, true, { NO_COLOR: '' })).toBe(true);
  });
  it('FORCE_COLOR colours a pipe; FORCE_COLOR=0 or false turns a terminal off', () => {
    expect(colorEnabled(pipe, true, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(pipe, true, { FORCE_COLOR: '' })).toBe(true);
    expect(colorEnabled(tty, true, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(tty, true, { FORCE_COLOR: 'false' })).toBe(false);
  });
  it('TERM=dumb turns a terminal off unless FORCE_COLOR says otherwise', () => {
    expect(colorEnabled(tty, true, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled(tty, true, { TERM: 'dumb', FORCE_COLOR: '1' })).toBe(true);
  });
});

describe('withoutColour', () => {
  it('drops foreground, background, 256 and truecolour parameters', () => {
    expect(withoutColour('\u001b[31mred\u001b[39m \u001b[48;5;21mbg\u001b[49m \u001b[38;2;1;2;3mrgb\u001b[39m')).toBe('red bg rgb');
  });
  it('keeps bold, dim, inverse, underline and resets, also inside a mixed sequence', () => {
    expect(withoutColour('\u001b[7msel\u001b[27m \u001b[1;32mok\u001b[0m')).toBe('\u001b[7msel\u001b[27m \u001b[1mok\u001b[0m');
    expect(withoutColour('\u001b[2mdim\u001b[22m\u001b[m')).toBe('\u001b[2mdim\u001b[22m\u001b[0m'); // ESC[m is ESC[0m
  });
});
