// The one-line input at the bottom: the filter, an RBAC query or a namespace.
import { Text } from './SafeText.js';
import { keepEnd, safe, SPACE } from '../../text/safe-text.js';
import { displayWidth } from '../../text/wrap.js';

export function FilterInput({ prompt, text, width }: { prompt: string; text: string; width: number }) {
  const shown = safe(text);
  // Keep the end of a long input in view.
  const tail = keepEnd(shown, Math.max(1, width - displayWidth(prompt) - 1));
  return (
    <Text wrap="truncate">
      <Text color="yellow" bold>
        {safe(prompt)}
      </Text>
      {tail}
      <Text inverse>{SPACE}</Text>
    </Text>
  );
}
