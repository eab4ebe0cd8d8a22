// The left pane of the Problems view (`!`, `:problems`): the grouped problems of `kubexplain check`,
// worst first, one line each: severity glyph, the cause, how many objects it affects. The title says
// how long ago the last scan finished; the window follows the cursor as in the object list.
import { useRef } from 'react';
import { Box } from 'ink';
import { Text } from './SafeText.js';
import type { Lang } from '../../i18n/lang.js';
import { sayer } from '../../i18n/localize.js';
import type { CheckReport } from '../../model/check.js';
import { windowStart } from './ObjectList.js';
import { problemKey } from './problem-lines.js';
import { cat, padCut, padStart, safe, truncate, tt } from '../../text/safe-text.js';
import { displayWidth } from '../../text/wrap.js';
import { SEVERITY_COLOR } from './theme.js';
import { t } from './tui-messages.js';

/** What the Problems view knows: the last report, when it arrived, and the scan under way or failed. */
export interface ProblemsState {
  report?: CheckReport;
  /** Epoch ms of the last finished scan. */
  at?: number;
  scanning: boolean;
  error?: string;
}

export const SEVERITY_GLYPH = { error: safe('✖'), warning: safe('◐'), info: safe('◌'), ok: safe('●') };

export interface ProblemListProps {
  problems: ProblemsState;
  selected: string | null;
  focused: boolean;
  /** The namespace, or the word for all of them. */
  scope: string;
  width: number;
  height: number;
  now: number;
  lang: Lang;
}

export function ProblemList(p: ProblemListProps) {
  const top = useRef(0);
  const { report } = p.problems;
  const list = report?.problems ?? [];
  const seconds = p.problems.at === undefined ? null : Math.max(0, Math.round((p.now - p.problems.at) / 1000));
  const s = sayer(p.lang);
  const scope = p.scope;
  const counted = t['problems.title']({ count: list.length, scope });
  const title = tt`${s(seconds === null ? counted : t['problems.updated']({ title: counted, seconds }))}${p.problems.scanning ? ` ${s(t['problems.scanning']())}` : ''}`;
  const [causeHeader, countHeader] = [safe(s(t['problems.cause']())), safe(s(t['problems.objects']()))];
  const countWidth = Math.max(displayWidth(countHeader), ...list.map((x) => String(x.affected.length).length));
  const causeWidth = Math.max(4, p.width - 2 - 1 - countWidth);
  const height = Math.max(1, p.height - 2);
  const keys = list.map(problemKey);
  const cursor = p.selected === null ? 0 : Math.max(0, keys.indexOf(p.selected));
  const selected = keys[cursor];
  top.current = windowStart(top.current, cursor, height, list.length);
  let placeholder: { text: string; color?: string } | null = null;
  if (p.problems.error) placeholder = { text: s(t['problems.failed']({ reason: p.problems.error })), color: 'red' };
  else if (!report) placeholder = { text: s(t['problems.scanning']()) };
  else if (!list.length) placeholder = { text: s(t['problems.none']({ scope })), color: 'green' };
  return (
    <Box flexDirection="column" width={p.width} height={p.height}>
      <Text bold color="cyan" wrap="truncate">
        {truncate(title, p.width)}
      </Text>
      <Text bold wrap="truncate">
        {truncate(tt`  ${padCut(causeHeader, causeWidth)} ${padStart(countHeader, countWidth)}`, p.width)}
      </Text>
      {placeholder ? (
        <Text wrap="truncate" {...(placeholder.color ? { color: placeholder.color } : { dimColor: true })}>
          {truncate(safe(placeholder.text), p.width)}
        </Text>
      ) : null}
      {list.slice(top.current, top.current + height).map((x, i) => {
        const sel = keys[top.current + i] === selected;
        return (
          <Text key={keys[top.current + i]} wrap="truncate" inverse={sel && p.focused} bold={sel}>
            <Text color={SEVERITY_COLOR[x.severity]}>{SEVERITY_GLYPH[x.severity]}</Text>
            {cat(tt` `, padCut(safe(x.cause), causeWidth), tt` `, padStart(safe(x.affected.length), countWidth))}
          </Text>
        );
      })}
    </Box>
  );
}
