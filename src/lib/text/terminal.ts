/**
 * Text from content (titles, file names, messages) never drives a terminal: control characters
 * and the characters that reorder what follows are shown as escapes, not sent.
 */
export function terminalSafe(text: string): string {
  // Control characters but tab and newline, and the Unicode bidirectional controls.
  return text.replace(/(?![\t\n])[\p{Cc}\p{Bidi_Control}]/gu,
    (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}
