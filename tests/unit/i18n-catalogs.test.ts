// Every message key of every catalog exists in English and Japanese and renders with sample params;
// a key missing from one language, or a Japanese entry left in English, fails here.
import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogsIn, say } from '../../src/i18n/localize.js';

/** Sample params: any name reads as "7", so counts, names and fragments all render. */

const SAMPLE = new Proxy({}, { get: (_t, k) => (k === Symbol.toPrimitive ? undefined : '7') });

// Each catalog, through its loader (the chunk a run imports).
const loaded = await Promise.all(
  Object.entries(CATALOGS).map(async ([name, load]) => ({ name, en: await load.en(), ja: await load.ja() })),
);

describe('message catalogs', () => {
  for (const { name, en, ja } of loaded) {
    it(`${name}: the same keys in en and ja`, () => {
      expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    });
    it(`${name}: every key renders in both languages`, () => {
      const broken: string[] = [];
      for (const key of Object.keys(en)) {
        for (const lang of ['en', 'ja'] as const) {
          try {
            const text = say({ key: `${name}:${key}`, params: SAMPLE as Record<string, string> }, lang);
            if (typeof text !== 'string') broken.push(`${lang} ${key}: not a string`);
          } catch (err) {
            broken.push(`${lang} ${key}: ${(err as Error).message}`);
          }
        }
      }
      expect(broken).toEqual([]);
    });
  }
});

describe('errors catalog (the lines a failed run prints)', () => {
  // Three English words in a row, outside what is quoted (「…」) or a command we show (`…`).
  const englishRun = /[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){2,}/;
  const errors = loaded.find((c) => c.name === 'errors')!;
  it('every Japanese error and hint is Japanese', () => {
    const english: string[] = [];
    for (const key of Object.keys(errors.ja)) {
      const text = say({ key: `errors:${key}`, params: SAMPLE as Record<string, string> }, 'ja').replace(/「[^」]*」|`[^`]*`/g, ' ');
      if (englishRun.test(text)) english.push(`${key}: ${text}`);
    }
    expect(english).toEqual([]);
  });
});

describe('catalogsIn', () => {
  it('names every catalog a message speaks, nested and listed params included', () => {
    const m = {
      key: 'pod:verdict.unschedulable',
      params: { message: { key: 'common:quoted', params: { text: 'x' } }, more: [{ key: 'kinds:a' }] },
    };
    expect([...catalogsIn([m, { key: 'cli:offlineRead' }])].sort()).toEqual(['cli', 'common', 'kinds', 'pod']);
  });
});
