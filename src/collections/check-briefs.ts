import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import { isMap, isScalar, parseDocument } from 'yaml';
import { lineColumn } from '../pipeline/authored/brief.ts';
import { readFrontmatter } from '../pipeline/authored/frontmatter.ts';
import { briefSchema } from './brief-schema.ts';
import { inlineFlagsInTree, mayHaveInlineFlags } from './inline-flags.ts';

/**
 * Checks of hand-written briefs, run before Astro loads them: encoding, YAML, the schema's
 * fields and MDX syntax. Astro would stop at the first broken file with a parser message (and
 * a schema error without a line); this names every problem in every file at once, each with
 * its line and column and what to change.
 */

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** One problem in a hand-written brief: where (1-based; column when known), what kind, and the message with the fix. */
export interface BriefProblem {
  line?: number;
  column?: number;
  kind: 'encoding' | 'frontmatter' | 'field' | 'mdx' | 'flag-tag';
  message: string;
}

/** Problems in one hand-written brief, each a sentence that starts with the file name; empty when it parses. */
export function checkBriefSource(file: string, bytes: Uint8Array): string[] {
  return briefProblems(bytes).map((p) => `${file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${p.message}`);
}

export function briefProblems(bytes: Uint8Array): BriefProblem[] {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [{ kind: 'encoding', message: 'not valid UTF-8 text; save it with UTF-8 encoding' }];
  }
  const problems: BriefProblem[] = [];
  if (/^---[ \t]*\r?\n/.test(source)) {
    const match = FRONTMATTER.exec(source);
    if (!match) problems.push({ kind: 'frontmatter', message: 'the frontmatter has no closing `---` line; end the field list with a line of three dashes' });
    else problems.push(...checkFrontmatter(match[1]!));
  }
  if (problems.length === 0) problems.push(...checkFields(source));
  try {
    const withFlags = mayHaveInlineFlags(source);
    const tree = mdxToMdast(source, { features: { gfm: true, frontmatter: true }, position: withFlags });
    if (withFlags) problems.push(...inlineFlagsInTree(tree).problems.map((p) => ({ kind: 'flag-tag' as const, ...placed(p) })));
  } catch (error) {
    problems.push({ kind: 'mdx', ...placed(mdxMessage(error)) });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** "line:column: message" (either part optional) as a problem's place and message. */
function placed(text: string): { line?: number; column?: number; message: string } {
  const match = /^(\d+)(?::(\d+))?:\s*/.exec(text) ?? /^:\s*/.exec(text);
  if (!match) return { message: text };
  return { ...(match[1] ? { line: Number(match[1]) } : {}), ...(match[2] ? { column: Number(match[2]) } : {}), message: text.slice(match[0].length) };
}

function checkFrontmatter(yaml: string): BriefProblem[] {
  const doc = parseDocument(yaml, { prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // Name the field the error is in (an unclosed quote is only noticed lines later); +2: 1-based, after the opening `---`.
    const field = fieldAt(doc.contents, error.pos[0]);
    const offset = field?.offset ?? error.pos[0];
    const line = countNewlines(yaml.slice(0, offset)) + 2;
    const where = field ? `the \`${field.name}\` field` : 'the frontmatter';
    return [
      {
        kind: 'frontmatter',
        line,
        message:
          `${where} is not valid YAML (${reason}); ` +
          'write one `field: value` per line and put values containing ": ", "#" or a leading quote in double quotes, e.g. title: "Fees: up again"',
      },
    ];
  }
  const value: unknown = doc.toJS();
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    return [{ kind: 'frontmatter', message: 'the frontmatter must be a list of `field: value` lines, e.g. title: Your headline' }];
  }
  return [];
}

/**
 * The schema's checks (src/collections/brief-schema.ts), made here rather than left to Astro so
 * that each problem is listed once with the others, at the line and column of its field.
 */
function checkFields(source: string): BriefProblem[] {
  const frontmatter = readFrontmatter(source);
  const result = briefSchema.safeParse(frontmatter.data);
  if (result.success) return [];
  const at = lineColumn(source);
  return result.error.issues.map((issue): BriefProblem => {
    // An unknown field is pointed at by its name; any other problem by its value.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const offset = keys.length > 0 ? frontmatter.keyOffset(keys[0]!) : frontmatter.offsetOf(path);
    const { line, column } = at(offset ?? 0);
    return { kind: 'field', line, column, message: `${keys.length > 0 ? '' : `${path.join('.')}: `}${issue.message}` };
  });
}

/** The last top-level field that starts at or before offset. */
function fieldAt(contents: unknown, offset: number): { name: string; offset: number } | null {
  if (!isMap(contents)) return null;
  let found: { name: string; offset: number } | null = null;
  for (const pair of contents.items) {
    const key = pair.key;
    if (isScalar(key) && key.range && key.range[0] <= offset) found = { name: String(key.value), offset: key.range[0] };
  }
  return found;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** "line:column: reason. fix" from a Sätteri MDX parse error such as "5:28: Unexpected end of file in expression… (mdx-jsx:…)". */
function mdxMessage(error: unknown): string {
  const text = (error as Error).message ?? String(error);
  const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\(([\w:-]+)\))?\s*$/s.exec(text);
  const where = match ? `${match[1]}:${match[2]}` : '';
  const reason = (match ? match[3]! : text).replace(/\.$/, '');
  return `${where}: the MDX cannot be parsed (${reason}); close the \`{…}\` expression or \`<Tag>\`, or if you meant the character itself, escape it as \\{ or \\<`;
}

/** Checks every .mdx file under dir (relative names from root); a missing folder means no hand-written briefs. */
export async function checkHandWrittenBriefs(dir: string, root: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  const problems: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    problems.push(...checkBriefSource(relative(root, path).split('\\').join('/'), await readFile(path)));
  }
  return problems;
}
