import { cp, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

/** The committed hostile seeds (small files); the big, binary and oddly named ones are made at test time. */
export const HOSTILE_FIXTURES = join(ROOT, 'tests/fixtures/hostile/seeds');

/** What must become of one hostile seed: a page showing these literal strings, or a rejection whose reason matches. */
export type HostileExpectation = { text: string[]; title?: string } | { rejected: RegExp };

export interface HostileCase {
  file: string;
  expect: HostileExpectation;
}

const MB = 1024 * 1024;

/** Every hostile seed and what must happen to it. */
export const HOSTILE_CASES: HostileCase[] = [
  { file: 'empty.txt', expect: { rejected: /^empty file: .*add the article text/ } },
  { file: 'whitespace-only.txt', expect: { rejected: /^no text: the file holds only white space/ } },
  { file: 'binary-nul.bin', expect: { rejected: /^binary content: the file contains NUL bytes/ } },
  { file: 'ten-megabytes.txt', expect: { rejected: /^too large: 10\.0 MB exceeds the 2\.0 MB limit/ } },
  { file: 'one-megabyte-line.txt', expect: { rejected: /^line 3 is 1,048,\d{3} characters long \(the limit is 100,000\)/ } },
  { file: 'dangling-link.txt', expect: { rejected: /^unreadable \(ENOENT\): .*link to a missing file/ } },
  { file: 'a-folder', expect: { rejected: /^a folder, not a file: seeds in sub-folders are not read/ } },
  {
    file: 'windows-1252.txt',
    expect: { title: 'Café owners protest new terrace rules', text: ['The owners of the Café Crème said the “terrace tax” would cost them €400 a month – more than their rent.'] },
  },
  { file: 'utf16le-bom.txt', expect: { title: 'Museum reopens its Ø-shaped gallery after repairs', text: ['The museum’s director said the gallery — closed since spring — reopens on Saturday'] } },
  { file: 'crlf.txt', expect: { title: 'Ferry timetable changes for the winter season', text: ['winter crossings will leave every ninety minutes.', 'Passengers with season tickets keep their fares'] } },
  { file: 'lone-cr.txt', expect: { title: 'Bakery guild elects a new president', text: ['chose its new president by a show of hands', 'The vote ended a month of debate over opening hours.'] } },
  { file: 'cyrillic.txt', expect: { title: 'Городской совет утвердил новый график работы библиотек', text: ['читальные залы будут открыты до девяти часов вечера.'] } },
  { file: 'chinese.txt', expect: { title: '市图书馆延长周末开放时间', text: ['馆长表示，这一决定是根据读者的意见作出的。'] } },
  {
    file: 'mdx-syntax.txt',
    expect: {
      text: [
        'wrote {process.exit(1)} on the whiteboard',
        'import fs from "node:fs" was the first line',
        'export const secret = process.env was the second line',
        '<HarbourChart data={1} />',
        '{/* a comment in braces */}',
        '`rm -rf /` in backticks and ```three backticks```',
      ],
    },
  },
  {
    file: 'html-js.txt',
    expect: {
      title: 'Council <script>alert("title")</script> vote on harbour fees delayed again',
      text: [
        '<script>document.title = "owned"</script>',
        '<img src=x onerror=alert(2)>',
        '<iframe src="https://evil.example/frame"></iframe>',
        '<a href="javascript:alert(3)">click here</a>',
        '[a markdown link](javascript:alert(4))',
        '<svg onload=alert(5)></svg> and <object data="evil.swf"></object>',
      ],
    },
  },
  {
    file: 'markdown-structure.txt',
    expect: {
      text: [
        '# Not a heading, just a hash sign at the start of a line',
        'title: injected front matter that must stay plain text',
        '[trustee-notes]: https://evil.example/reference-definition',
        'referred to [trustee-notes] twice',
        '<!-- an HTML comment the trustees left in the notes -->',
      ],
    },
  },
  { file: 'same-title-a.txt', expect: { title: 'Regional orchestra announces its spring season', text: ['six concerts between March and May'] } },
  { file: 'same-title-b.txt', expect: { title: 'Regional orchestra announces its spring season', text: ['naming the guest conductor for April'] } },
  // Same headline, and file names whose 8-hex-digit slug hashes collide (found by search).
  { file: 'slug-collision-123482.txt', expect: { title: 'Harbour notes in brief', text: ['mentions the new ferry timetable.'] } },
  { file: 'slug-collision-148289.txt', expect: { title: 'Harbour notes in brief', text: ["mentions the library's new opening hours."] } },
  { file: 'duplicate-id.txt', expect: { text: ['mentions the number seventeen'] } },
  { file: 'duplicate-id.md', expect: { text: ['mentions the number twenty-three'] } },
  { file: 'file name with spaces.txt', expect: { title: 'Park rangers count more herons this year', text: ['forty-two nesting herons'] } },
  { file: 'café ünïcödé 新闻.txt', expect: { title: 'Village café wins a regional baking prize', text: ['apples from the orchard behind the village school'] } },
  { file: '<img src=x onerror=alert(9)>.txt', expect: { title: 'A seed whose file name is markup', text: ['The body is ordinary text about a town fair.'] } },
  {
    file: 'joined-paragraph.txt',
    expect: { title: 'A long hard-wrapped paragraph of markup', text: ['Wrapped line 0 has *_`[]()#-!\\{<}>&amp; and https://example.com/0 but no stop', 'Wrapped line 3999 has'] },
  },
];

/**
 * Fills dir with every hostile seed: copies the committed fixtures and writes the ones that
 * are too big to commit (10 MB), binary, or named in ways some file systems refuse.
 */
export async function writeHostileSeeds(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(HOSTILE_FIXTURES)) {
    if (!name.startsWith('.')) await cp(join(HOSTILE_FIXTURES, name), join(dir, name));
  }
  await writeFile(join(dir, 'binary-nul.bin'), pngLikeBytes());
  await writeFile(join(dir, 'ten-megabytes.txt'), Buffer.alloc(10 * MB, 'All work and no play makes a very long seed. '));
  await writeFile(join(dir, 'one-megabyte-line.txt'), `A headline over one enormous line\n\n${'lorem ipsum '.repeat(MB / 12)}\n`);
  await writeFile(join(dir, 'joined-paragraph.txt'), joinedParagraphSeed());
  await writeFile(join(dir, '<img src=x onerror=alert(9)>.txt'), 'A seed whose file name is markup\n\nThe body is ordinary text about a town fair.\n');
  await symlink(join(dir, 'no-such-file.txt'), join(dir, 'dangling-link.txt'));
  await mkdir(join(dir, 'a-folder'));
  await writeFile(join(dir, 'a-folder', 'nested.txt'), 'A nested seed that is not read\n\nIts folder is reported instead.\n');
}

/** A PNG signature and header followed by bytes with NULs: what a mis-saved image looks like. */
export function pngLikeBytes(): Buffer {
  return Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 4000 }, (_, i) => (i * 7) % 256)]);
}

/**
 * Distinct hard-wrapped lines (4,000 make ~330 KB), none ending a sentence, each dense with Markdown
 * and MDX punctuation: cleaning joins them into one huge paragraph, the worst case for
 * escaping and for parsing the result.
 */
export function joinedParagraphSeed(lines = 4000): string {
  const body = Array.from({ length: lines }, (_, i) => `Wrapped line ${i} has *_\`[]()#-!\\{<}>&amp; and https://example.com/${i} but no stop`);
  return `A long hard-wrapped paragraph of markup\n\n${body.join('\n')}\n`;
}
