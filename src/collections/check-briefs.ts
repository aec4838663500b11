import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import { parseDocument } from 'yaml';

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
    mdxToMdast(source, { features: { gfm: true, frontmatter: true }, position: false });
  } catch (error) {
    problems.push(`${file}:${mdxMessage(error)}`);
  }
  return problems;
}

function checkFrontmatter(file: string, yaml: string): string[] {
  const doc = parseDocument(yaml, { prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    // +1: the frontmatter starts on the line after the opening `---`.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    return [
      `${file}:${line}: the frontmatter is not valid YAML (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}); ` +
        'write one `field: value` per line and put values containing ": ", "#" or a leading quote in double quotes, e.g. title: "Fees: up again"',
    ];
  }
  const value: unknown = doc.toJS();
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    return [`${file}: the frontmatter must be a list of \`field: value\` lines, e.g. title: Your headline`];
  }
  return [];
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
