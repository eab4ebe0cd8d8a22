// The one-line input at the bottom: the filter, an RBAC query or a namespace.
import { Text } from 'ink';
import { sanitizeLine } from '../../text/sanitize.js';
import { displayWidth } from './text.js';

export function FilterInput({ prompt, text, width }: { prompt: string; text: string; width: number }) {
  const shown = sanitizeLine(text);
  // Keep the end of a long input in view.
  const room = Math.max(1, width - displayWidth(prompt) - 1);
  const chars = [...shown];
  let tail = '';
  let w = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = displayWidth(chars[i]!);
    if (w + cw > room) break;
    tail = chars[i]! + tail;
    w += cw;
  }
  return (
    <Text wrap="truncate">
      <Text color="yellow" bold>
        {prompt}
      </Text>
      {tail}
      <Text inverse> </Text>
    </Text>
  );
}
