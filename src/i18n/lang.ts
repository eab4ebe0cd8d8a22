export type Lang = 'ja' | 'en';

/** --lang wins; else LC_ALL, LC_MESSAGES, LANG (POSIX precedence); Japanese locales give ja. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'ja' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja/i.test(locale) ? 'ja' : 'en';
}
