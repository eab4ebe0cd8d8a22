// The text of the document section that teaches a finding's concept, sanitized and wrapped.
import type { Lang } from '../../i18n/lang.js';
import { say } from '../../i18n/localize.js';
import { sanitizeLine } from '../../text/sanitize.js';
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
  const lines: PaneLineSpec[] = [{ text: sanitizeLine(`${section.file}:${section.line}`), dim: true }, { text: '' }];
  for (const text of renderMarkdownLines(section.text, width, { style: ansiMarkdownStyle })) lines.push({ text });
  return lines;
}

export function DocPane({ section, scroll, width, height, lang }: DocPaneProps) {
  const docTitle = say(t['doc.title'](), lang);
  if (section === 'loading')
    return <TextPane title={docTitle} lines={[{ text: say(t.loading(), lang) }]} scroll={0} width={width} height={height} />;
  if (!section)
    return (
      <TextPane
        title={docTitle}
        lines={[{ text: say(t['doc.missing'](), lang), color: 'yellow' }]}
        scroll={0}
        width={width}
        height={height}
      />
    );
  const title = sanitizeLine(section.headings.join(' > '));
  return <TextPane title={title} lines={docLines(section, width)} scroll={scroll} width={width} height={height} />;
}
