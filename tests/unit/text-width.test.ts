// The one copy of cutting and padding by display width (src/text/wrap.ts), as the TUI and the CLI tables
// use it: wide characters take two columns, and an emoji ZWJ sequence or a surrogate pair is never cut.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { keepEnd, padCut, padStart, padTo, truncate } from '../../src/text/wrap.js';

describe('width helpers', () => {
  it('truncate: ASCII, Japanese (two columns each) and graphemes kept whole, ending with …', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    expect(truncate('コンテナ', 5)).toBe('コン…');
    expect(truncate('👩‍💻👩‍💻👩‍💻', 5)).toBe('👩‍💻👩‍💻…');
    expect(truncate('𠮷野家の牛丼', 6)).toBe('𠮷野…');
    expect(truncate('x', 0)).toBe('');
  });

  it('keepEnd: the end of the text that fits, never half a character', () => {
    expect(keepEnd('who-can get pods', 8)).toBe('get pods');
    expect(keepEnd('コンテナ名', 5)).toBe('ナ名');
    expect(keepEnd('a👩‍💻', 2)).toBe('👩‍💻');
    expect(keepEnd('short', 10)).toBe('short');
  });

  it('padCut, padStart and padTo fill to the width by display columns', () => {
    for (const s of ['ab', 'コンテナ', '👩‍💻x', '𠮷']) {
      expect(stringWidth(padCut(s, 9))).toBe(9);
      expect(stringWidth(padStart(s, 9))).toBe(9);
      expect(padStart(s, 9).trimStart()).toBe(s);
    }
    expect(padCut('コンテナの名前', 7)).toBe('コンテ…');
    // padTo never cuts: a name longer than its column stays whole.
    expect(padTo('コンテナ', 10)).toBe('コンテナ  ');
    expect(padTo('a-long-name', 4)).toBe('a-long-name');
  });
});
