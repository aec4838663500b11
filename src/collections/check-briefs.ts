import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import { isMap, isScalar, parseDocument } from 'yaml';
import { inlineFlagsInTree, mayHaveInlineFlags } from './inline-flags.ts';

/**
 * Syntax checks for hand-written briefs, run before Astro loads them. Astro would stop
 * at the first broken file with a parser message; this names every broken file at once,
 * with the line and what to change. (Field-level errors are the schema's job.)
 */

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Problems in one hand-written brief, each a sentence that starts with the file name; empty when it parses. */
export function checkBriefSource(file: string, bytes: Uint8Array): string[] {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [`${file}: not valid UTF-8 text; save it with UTF-8 encoding`];
  }
  const problems: string[] = [];
  if (/^---[ \t]*\r?\n/.test(source)) {
    const match = FRONTMATTER.exec(source);
    if (!match) problems.push(`${file}: the frontmatter has no closing \`---\` line; end the field list with a line of three dashes`);
    else problems.push(...checkFrontmatter(file, match[1]!));
  }
  try {
    const withFlags = mayHaveInlineFlags(source);
    const tree = mdxToMdast(source, { features: { gfm: true, frontmatter: true }, position: withFlags });
    if (withFlags) problems.push(...inlineFlagsInTree(tree).problems.map((p) => `${file}:${p}`));
  } catch (error) {
    problems.push(`${file}:${mdxMessage(error)}`);
  }
  return problems;
}

function checkFrontmatter(file: string, yaml: string): string[] {
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
      `${file}:${line}: ${where} is not valid YAML (${reason}); ` +
        'write one `field: value` per line and put values containing ": ", "#" or a leading quote in double quotes, e.g. title: "Fees: up again"',
    ];
  }
  const value: unknown = doc.toJS();
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    return [`${file}: the frontmatter must be a list of \`field: value\` lines, e.g. title: Your headline`];
  }
  return [];
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
