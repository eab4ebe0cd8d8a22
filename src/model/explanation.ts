import type { Finding, Verdict } from './finding.js';
import type { Ref } from './ref.js';

export interface Explanation {
  kind: 'Explanation';
  target: Ref;
  verdict: Verdict;
  findings: Finding[];
  warnings: string[];
}
