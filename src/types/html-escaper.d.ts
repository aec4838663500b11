// html-escaper (Astro's own escaper) ships no types.
declare module 'html-escaper' {
  /** Escapes &, <, >, ' and " for HTML text and attribute values. */
  export function escape(text: string): string;
}
