import type { Finding, FindingModel, Severity, Verdict } from './finding.js';
import type { Message } from './message.js';
import type { Ref } from './ref.js';

/**
 * What an explainer returns: every sentence still a Message. Renderers turn it into an Explanation
 * in the user's language with sayExplanation() (src/i18n/say-explanation.ts).
 */
export interface ExplanationModel {
  kind: 'Explanation';
  target: Ref;
  verdict: { severity: Severity; message: Message };
  findings: FindingModel[];
  warnings: Message[];
}

/** An explanation said in one language: what the text, Markdown, JSON and TUI renderers print. */
export interface Explanation {
  kind: 'Explanation';
  target: Ref;
  verdict: Verdict;
  findings: Finding[];
  warnings: string[];
}
