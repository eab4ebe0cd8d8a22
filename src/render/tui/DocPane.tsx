// The text of the document section that teaches a finding's concept, escaped and wrapped.
import type { Lang } from '../../i18n/lang.js';
import { say } from '../../i18n/localize.js';
import { EMPTY, safe, tt } from '../../text/safe-text.js';
import { ansiMarkdownStyle, renderMarkdownLines } from '../markdown-terminal.js';
import type { DocSectionText } from './source.js';
import { TextPane, type PaneLineSpec } from './TextPane.js';
import { t } from './tui-messages.js';

export interface DocPaneProps {
  section: DocSectionText | null | 'loading';
  scroll: number;
  width: number;
  height: number;
  lang: Lang;
}

/** The section rendered from its Markdown (bold, code, lists, tables as text), wrapped to the pane. */
export function docLines(section: DocSectionText, width: number): PaneLineSpec[] {
  const lines: PaneLineSpec[] = [{ text: tt`${section.file}:${section.line}`, dim: true }, { text: EMPTY }];
  for (const text of renderMarkdownLines(section.text, width, { style: ansiMarkdownStyle })) lines.push({ text });
  return lines;
}

export function DocPane({ section, scroll, width, height, lang }: DocPaneProps) {
  const docTitle = safe(say(t['doc.title'](), lang));
  if (section === 'loading')
    return <TextPane title={docTitle} lines={[{ text: safe(say(t.loading(), lang)) }]} scroll={0} width={width} height={height} />;
  if (!section)
    return (
      <TextPane
        title={docTitle}
        lines={[{ text: safe(say(t['doc.missing'](), lang)), color: 'yellow' }]}
        scroll={0}
        width={width}
        height={height}
      />
    );
  const title = safe(section.headings.join(' > '));
  return <TextPane title={title} lines={docLines(section, width)} scroll={scroll} width={width} height={height} />;
}
