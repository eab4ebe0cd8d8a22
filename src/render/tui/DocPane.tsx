// The text of the document section that teaches a finding's concept, sanitized and wrapped.
import type { TuiMessages } from '../../i18n/messages/tui.js';
import { sanitize, sanitizeLine } from '../../text/sanitize.js';
import type { DocSectionText } from './source.js';
import { wrap } from './text.js';
import { TextPane, type PaneLineSpec } from './TextPane.js';

export interface DocPaneProps {
  section: DocSectionText | null | 'loading';
  scroll: number;
  width: number;
  height: number;
  m: TuiMessages;
}

export function docLines(section: DocSectionText, width: number): PaneLineSpec[] {
  const lines: PaneLineSpec[] = [{ text: sanitizeLine(`${section.file}:${section.line}`), dim: true }, { text: '' }];
  for (const para of sanitize(section.text).replace(/\t/g, '  ').split('\n')) {
    for (const l of wrap(para, width)) lines.push({ text: l });
  }
  return lines;
}

export function DocPane({ section, scroll, width, height, m }: DocPaneProps) {
  if (section === 'loading') return <TextPane title={m.docTitle} lines={[{ text: '…' }]} scroll={0} width={width} height={height} />;
  if (!section)
    return <TextPane title={m.docTitle} lines={[{ text: m.docMissing, color: 'yellow' }]} scroll={0} width={width} height={height} />;
  const title = sanitizeLine(section.headings.join(' > '));
  return <TextPane title={title} lines={docLines(section, width)} scroll={scroll} width={width} height={height} />;
}
