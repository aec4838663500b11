import type { RemovalCategory } from '../types.ts';
import type { ContentClass } from './classify.ts';
import { isScriptError } from './cues.ts';
import { closesWithColon, closesWithMark } from './text.ts';
import type { Unit } from './units.ts';

/**
 * Code printed in a technical post: shell commands, source lines, configuration. The classifier
 * reads such lines as furniture (no stopwords, many symbols), so a post that shows "install it
 * with:" lost the command it introduced. A run of code lines inside the story is kept as a code
 * block, verbatim. Written here because no unified plugin reads code out of plain text: the seed
 * is a page's text, not Markdown with fences.
 */

/** A shell command: a prompt and a command, or a command word no sentence opens with, with its arguments. */
const SHELL = /^\s*(?:[$#>%]\s*(?:sudo|apt(?:-get)?|yum|dnf|brew|npm|npx|yarn|pnpm|pip3?|python3?|node|git|docker|kubectl|cd|ls|cp|mv|rm|mkdir|chmod|chown|echo|export|curl|wget|ssh|scp|rsync|tar|cat|grep|sed|awk|make|cmake|cargo|javac?|gcc|systemctl|service|netsh|conda)|(?:sudo|apt(?:-get)?|yum|dnf|brew|npm|npx|yarn|pnpm|pip3?|python3?|git|docker|kubectl|mkdir|chmod|chown|curl|wget|ssh|scp|rsync|grep|sed|awk|cmake|javac|gcc|systemctl|netsh|set-option|bind-key|unbind-key|conda))\s+\S/u;
/** A command word that is also a word of prose ("make", "cat", "cd to the folder"): code only with an argument no sentence has (a flag, a path, a variable). */
const SHELL_AMBIGUOUS = /^\s*(?:cd|ls|make|cat|cp|mv|rm|echo|export|tar|node|cargo|java|service|go|bind)\s+(?:-{1,2}\w|\S*[/.=$~*]|["'])/u;
/** A statement that opens with a keyword only code has: an import, a definition, a return, an include, a block's head in lower case ("if x:", "for (…) {"), a decorator with its arguments. */
const STATEMENT = /^\s*(?:import\s+[\w.{}*, ]+(?:\s+from\s+\S+)?\s*;?\s*$|from\s+[\w.]+\s+import\s+\S|def\s+\w+\s*\(|class\s+\w+\s*[(:{]|return\b|#include\s*[<"]|function\s*\w*\s*\(|(?:const|let|var)\s+\w+\s*=|(?:public|private|static)\s+\w+|(?:if|for|while)\s*\(.*\)\s*\{?\s*$|(?:if|elif|else|for|while|try|except|with)\b[^:]*:\s*$|@\w+\()/u;
/** An interactive prompt before a line of code (">>> ", "... "), read past. */
const PROMPT = /^\s*(?:>>>|\.\.\.)\s+/u;
/** Syntax a sentence does not have, though a formula or a table's row may: an assignment, or a call (a name right before its brackets). */
const SYNTAX = /^\s*[\w.[\]"']+\s*(?:[+\-*/]?=|<-)\s*\S|\w\([^)]*\)/u;
/** A comment or a docstring: code's own prose, read as code only inside a block of it ("# note", not "#hashtag"). */
const COMMENT = /^\s*(?:#[\s!]|\/\/|\/\*|\*\s|"""|''')/u;
/** Brackets and separators alone ("})", "];"), closing a block. */
const CLOSING = /^[\s{}()[\];,]+$/u;
/** Symbols code is dense with. */
const SYMBOLS = /[=(){}[\];<>$#/\\|_.:-]/gu;
/** Share of such symbols in a line that only SYNTAX calls code, at least (a formula in a sentence has few). */
const SYMBOL_SHARE = 0.05;
/** Words of a code line at most (a sentence runs longer). */
const CODE_LINE_WORDS = 20;
const CODE_LINE_CHARS = 200;

/** Whether one printed line reads as code; `strong` asks for a command or a statement, not only code-like syntax. */
export function isCodeLine(line: string, strong = false): boolean {
  const s = line.replace(PROMPT, '').trim();
  if (s.length < 3 || s.length > CODE_LINE_CHARS || s.split(/\s+/u).length > CODE_LINE_WORDS) return false;
  // A sentence closes with a stop; code closes with a bracket, a semicolon or a name.
  if (closesWithMark(s, '.!?…') && !/[;{}()\]]\s*$/u.test(s)) return false;
  // Rules drawn with one character, a server's error message (the site's, not the post's), a bare link.
  if (/^(.)\1+$/u.test(s) || isScriptError(s) || /^(?:https?:\/\/|www\.)\S+$/iu.test(s)) return false;
  if (SHELL.test(s) || SHELL_AMBIGUOUS.test(s) || STATEMENT.test(s)) return true;
  return !strong && SYNTAX.test(s) && (s.match(SYMBOLS)?.length ?? 0) / s.length >= SYMBOL_SHARE;
}

/** A line that belongs to a block of code once one has started: code, an indented line, a comment or a docstring. */
function continuesCode(line: string): boolean {
  return isCodeLine(line) || CLOSING.test(line) || (/^(?:\s{2,}|\t)\S/u.test(line) && line.trim().split(/\s+/u).length <= CODE_LINE_WORDS) || (COMMENT.test(line) && line.trim().length <= CODE_LINE_CHARS);
}

/** Units a detector named that may still be code: a repeated line ("cd ..") reads as a menu entry. */
const MAY_BE_CODE = new Set<RemovalCategory | null>([null, 'navigation', 'duplicate']);
/** How close under the story's paragraph a run of code starts, in units. */
const CODE_REACH = 2;

/** Words of a line of prose between two blocks of code, at least, for it to be kept with them. */
const BETWEEN_WORDS = 5;

/** What a technical post's code is: the units of its blocks, and the sentences between two blocks that introduce the next. */
export interface CodeRuns {
  code: Set<number>;
  prose: Set<number>;
}

/**
 * Units that are code inside the story, removed or kept: every line of each reads as code, the run of them
 * stands right under a kept paragraph (at most one other removed unit between) and the story goes on
 * after it, or that paragraph announces it with a colon ("Install it with:"). A sentence standing
 * alone between two blocks ("The script below prints …:") is the story's too.
 */
export function codeRuns(units: Unit[], classes: ContentClass[], category: (RemovalCategory | null)[]): CodeRuns {
  const code = new Set<number>();
  const between = new Set<number>();
  // A block starts at a line of code; once started, indented lines, comments and docstrings go on with it.
  const isCode = (i: number, started: boolean) => {
    const u = units[i];
    if (!u || u.kind !== 'text' || !MAY_BE_CODE.has(category[i] ?? null)) return false;
    const lines = u.raw.split('\n').filter((l) => l.trim() !== '');
    // A block starts at a line the classifier removed, or at one it kept as text only when that is a command or
    // a statement: a kept heading or sentence may look like a call ("mère-fille(s)") or an assignment ("Input = Output").
    const kept = classes[i] === 'good';
    const starts = (l: string) => isCodeLine(l, kept);
    // Text the classifier kept goes on with a block only as code or a comment: a dump may indent a short paragraph too.
    const continues = (l: string) => (kept ? isCodeLine(l) || CLOSING.test(l) || COMMENT.test(l) : continuesCode(l));
    if (lines.length === 0) return false;
    if (started) return lines.every(continues);
    // A block may open with its comment ("# .tmux.conf") over the code it names, on its line or in its unit.
    if (lines.every((l) => COMMENT.test(l))) return isCode(i + 1, false);
    return lines.some(starts) && lines.every((l) => starts(l) || COMMENT.test(l));
  };
  const isSentence = (i: number) => {
    const t = units[i]!.text.trim();
    return units[i]!.kind === 'text' && closesWithMark(t, '.:：!?') && t.split(/\s+/u).length >= BETWEEN_WORDS;
  };
  const lastKept = classes.lastIndexOf('good');
  let prose = -1;
  for (let i = 0; i < units.length; i++) {
    // Code the classifier kept (the lines under "Install it with:" read as a list) is code all the same.
    if (classes[i] === 'good' && !isCode(i, false)) {
      prose = i;
      continue;
    }
    if (prose < 0 || i - prose > CODE_REACH || !isCode(i, false)) continue;
    let j = i;
    while (isCode(j + 1, true)) j++;
    // The sentence that announces the code may be the one line the classifier removed between ("In short:").
    const announcer = i - prose === 2 && isSentence(prose + 1) && closesWithColon(units[prose + 1]!.text) ? prose + 1 : -1;
    const announced = closesWithColon(units[prose]!.text) || announcer >= 0;
    if (announced || j < lastKept) {
      if ((code.has(prose) && i - prose === 2 && isSentence(prose + 1)) || announcer >= 0) between.add(prose + 1);
      for (let k = i; k <= j; k++) code.add(k);
      // A caption or a line of output between two blocks of code: the next block follows this one.
      prose = j;
    }
    i = j;
  }
  return { code, prose: between };
}
