/**
 * Text from content (titles, file names, messages) never drives a terminal: control characters
 * and the characters that reorder what follows are shown as escapes, not sent.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}
