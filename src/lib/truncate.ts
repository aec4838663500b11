/** Cuts text to at most `maxChars` characters at a word boundary, ending with an ellipsis. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  // A single very long word is cut mid-word rather than dropped.
  const kept = space > maxChars / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/, '')}…`;
}
