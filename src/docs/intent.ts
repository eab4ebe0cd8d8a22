// What a query asks for, and what a section offers. Pure.
// A problem ("X が動かない", "why does X fail", a failing finding) is best answered by a section
// that explains causes, checks and fixes; a "what is X" question by a definition.
import type { IndexEntry, Section, SectionFacts } from './types.js';

export type Intent = 'problem' | 'definition' | 'neutral';

const PROBLEM_JA =
  /動かない|できない|でき ?ません|失敗|エラー|直し方|直す|原因|繋がらない|つながらない|のまま|しない|落ちる|ならない|されない|繰り返|確認し|デバッグ|トラブル|対処|止まる|拒否|遅い|見つからない|解決|どうすれば|方法|見方|移らない/;
const PROBLEM_EN =
  /\b(?:fail\w*|error\w*|cannot|can't|can ?not|won't|doesn't|does not|not work\w*|fix\w*|debug\w*|why|stuck|keeps?|broken|refused|denied|forbidden|troubleshoot\w*|how (?:to|do i|can i)|crash\w*|pending|unreachable|timeout|timed out|not found|backoff|oomkilled|insufficient|no endpoints)\b/i;
const DEFINITION = /とは|って何|ってなに|何か|の意味|の違い|の役割|\bwhat (?:is|are|does)\b|\bdefin\w*|\bdifference\b|\bmeaning\b/i;

export function queryIntent(query: string): Intent {
  if (DEFINITION.test(query)) return 'definition';
  if (PROBLEM_JA.test(query) || PROBLEM_EN.test(query)) return 'problem';
  return 'neutral';
}

// A section that teaches how to check or fix: commands, or words about causes and checks.
const HOWTO_WORDS = /確認|原因|トラブル|デバッグ|debug|troubleshoot|対処|修正|解決|エラー|error|失敗|fail|疎通|ログ|logs?\b|check/i;
const COMMAND = /\bkubectl\s+(?:get|describe|logs|exec|debug|events|auth|top|rollout|run)\b|\bnslookup\b|\bcurl\b|\bdig\b/;
const DEFINITION_HEADING = /とは|とは何か|what (?:is|are)|概要|\bintroduction\b|\boverview\b/i;

export type SectionKind = Pick<SectionFacts, 'howto' | 'definition'>;

/** What a section's text offers (the built handbook computes it once, with the package). */
export function kindOf(s: Pick<Section, 'heading' | 'body' | 'code'>): SectionKind {
  const text = `${s.heading}\n${s.body}\n${s.code}`;
  const howto = COMMAND.test(text) || HOWTO_WORDS.test(s.heading) || (HOWTO_WORDS.test(s.body) && COMMAND.test(s.body + s.code));
  return { howto, definition: DEFINITION_HEADING.test(s.heading) };
}

const kindCache = new WeakMap<IndexEntry, SectionKind>();

export function sectionKind(e: IndexEntry): SectionKind {
  let k = e.section.facts ?? kindCache.get(e);
  if (!k) kindCache.set(e, (k = kindOf(e.section)));
  return k;
}

/** Multiplier for a section's score under an intent. */
export function intentFactor(intent: Intent, e: IndexEntry): number {
  if (intent === 'neutral') return 1;
  const k = sectionKind(e);
  if (intent === 'problem') return (k.howto ? 1.25 : 1) * (k.definition && !k.howto ? 0.8 : 1);
  return k.definition ? 1.25 : k.howto ? 0.9 : 1;
}
