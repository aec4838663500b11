import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/pipeline/clean/index.ts';
import { isBareUrl } from '../../src/pipeline/clean/text.ts';
import { reviseByContext, mainSpan } from '../../src/pipeline/clean/classify.ts';
import { bylineNames, cueCategory, disclosuresIn, isShareLine, isTrailer, relatedLabel } from '../../src/pipeline/clean/cues.ts';
import { datelineDate, printedDates, urlDate } from '../../src/pipeline/clean/dates.ts';
import { toUnits, wrapWidth } from '../../src/pipeline/clean/units.ts';
import { splitBlocks } from '../../src/pipeline/read/split-blocks.ts';

const clean = (text: string) => cleanBlocks(splitBlocks(text));
const STORY = [
  'The regional assembly voted on Wednesday to extend the night bus network to the three towns on the eastern edge of the county, a change that campaigners had sought for years.',
  'The new routes will start in September and will be paid for from the transport budget, which the assembly increased by four percent in its spring review.',
];

describe('units: hard wraps, bullets and URL lines', () => {
  const wrapped = [
    'Officials have raised concerns about excessive reliance on imported parts after',
    'losing access to several suppliers last year, the ministry said in a statement on',
    'Friday, adding that a review of the supply chain would be published in March.',
    'The review will cover every ministry.',
    ' A second paragraph starts indented, as page dumps often print one.',
  ].join('\n');

  it('estimates the wrap width only for pages with several long wrapped lines', () => {
    expect(wrapWidth(splitBlocks(wrapped))).toBeGreaterThanOrEqual(78);
    expect(wrapWidth(splitBlocks('Home\nNews\nSport\nBusiness'))).toBe(0);
    expect(wrapWidth(splitBlocks('A single long line of a notice that is longer than forty characters.\nSource: Somewhere'))).toBe(0);
  });

  it('re-joins lines wrapped mid-sentence and keeps deliberate breaks', () => {
    const units = toUnits(splitBlocks(wrapped));
    expect(units.map((u) => u.text)).toEqual([
      'Officials have raised concerns about excessive reliance on imported parts after losing access to several suppliers last year, the ministry said in a statement on Friday, adding that a review of the supply chain would be published in March.',
      'The review will cover every ministry.',
      'A second paragraph starts indented, as page dumps often print one.',
    ]);
  });

  it('does not join short menu lines', () => {
    expect(toUnits(splitBlocks('Home\nNews\nSport')).map((u) => u.text)).toEqual(['Home', 'News', 'Sport']);
  });

  it('turns bullet lines into list items and lone URLs into URL units', () => {
    const units = toUnits(splitBlocks('  • First point – detail.\n  • Second point.\n[ https://example.com/a ]'));
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['bullet', 'First point – detail.'],
      ['bullet', 'Second point.'],
      ['url', '[ https://example.com/a ]'],
    ]);
  });

  it('recognises bare URL lines', () => {
    expect(isBareUrl('https://www.example.com/x?y=1')).toBe(true);
    expect(isBareUrl('www.example.com')).toBe(true);
    expect(isBareUrl('Read https://example.com now')).toBe(false);
  });
});

describe('cues name furniture but leave story sentences alone', () => {
  it('names short furniture lines', () => {
    expect(cueCategory('Advertisement')).toBe('ad');
    expect(cueCategory('Tags: Energy, Water')).toBe('tags');
    expect(cueCategory('Log In')).toBe('login');
    expect(cueCategory('Forgotten Password?')).toBe('login');
    expect(cueCategory('© 2024 Example Media Ltd')).toBe('footer');
    expect(cueCategory('Privacy Policy')).toBe('footer');
    expect(cueCategory('Customer service: +49 30 1234567, Mon to Fri 9:00 to 17:00')).toBe('footer');
    expect(cueCategory('The ferry company praised its customer service staff for their patience.')).toBeNull();
    expect(cueCategory('This site uses cookies. By continuing you consent to our cookie policy.')).toBe('cookie');
    expect(cueCategory('Home > World > Asia')).toBe('navigation');
  });

  it('does not name story sentences that mention the same words', () => {
    expect(cueCategory('Hackers stole login details from the city parking app, officials said.')).toBeNull();
    expect(cueCategory('Shareholders agreed to share the cost of the depot.')).toBeNull();
    expect(relatedLabel('Residents who want to read more about the plan can visit the library.')).toBeNull();
    expect(isShareLine('The company will share its findings with regulators.')).toBe(false);
    expect(isShareLine('Home News Sport Weather')).toBe(false);
  });

  it('recognises share lines, including glued button labels', () => {
    expect(isShareLine('ShareTweetSend')).toBe(true);
    expect(isShareLine('Share on FacebookShare on X')).toBe(true);
    expect(isShareLine('WhatsApp')).toBe(true);
    expect(isShareLine('Copy   ok.example.org   link')).toBe(true);
    expect(isShareLine('Copy link into your clipboard //news.example/content/2 .. 10/09/story.html')).toBe(true);
    expect(isShareLine('Share Tweet Email Print Copy link Telegram Reddit Pinterest Facebook Flipboard Send Save Post')).toBe(true);
    expect(isShareLine('Share Tweet Email Print Copy link Telegram Reddit Pinterest Facebook Flipboard Send Save Post Pin')).toBe(false);
    // The link a copy button shows is not counted among the row's words; other tokens without a letter neither.
    expect(isShareLine('Share Tweet Email Print Copy link Telegram Reddit Pinterest Facebook Flipboard Send Save Post https://news.example/a/b — |')).toBe(true);
  });

  it('reads related labels, trailers, bylines and notices', () => {
    expect(relatedLabel('Also Read')).toEqual({ rest: '' });
    expect(relatedLabel('Recent Posts')).toEqual({ rest: '' });
    expect(relatedLabel('Popular posts')).toEqual({ rest: '' });
    expect(relatedLabel('Recent posts on the council forum asked when the buses would start.')).toBeNull();
    expect(relatedLabel('Read Also: Ministers Meet Again')).toEqual({ rest: 'Ministers Meet Again' });
    for (const t of ['Das Thema könnte dich auch interessieren:', 'Diese Artikel könnten dich ebenfalls interessieren:', 'Diese Beiträge könnten Ihnen auch gefallen', 'Explore further', 'Zum Weiterlesen:', 'Empfohlen für dich', 'Otras noticias', 'Mirá también', 'Mehr zum Thema auf example.de:', 'También lea:', 'Le puede interesar']) expect(relatedLabel(t), t).toEqual({ rest: '' });
    expect(relatedLabel('Explore further up the valley, where the night buses do not yet run.')).toBeNull();
    // "More about <subject>" over other stories; not the page's own "More about this recipe", nor a sentence.
    for (const t of ['MORE ABOUT THE NIGHT BUSES', 'More about Valley Transport', 'Other Stories We Like', 'Stories you might like']) expect(relatedLabel(t), t).toEqual({ rest: '' });
    expect(relatedLabel('Stories we like to tell our children are long.')).toBeNull();
    // "More:" / "Mehr:" over one linked headline.
    expect(relatedLabel('MORE: Council strikes deal to rebuild the old depot')).toEqual({ rest: 'Council strikes deal to rebuild the old depot' });
    expect(relatedLabel('Mehr: Die Nachtbusse fahren ab Mai.')).toEqual({ rest: 'Die Nachtbusse fahren ab Mai.' });
    expect(relatedLabel('More buses will run from May.')).toBeNull();
    for (const t of ['More About This Recipe', 'More about that later.', 'More about the new timetable will follow next week.']) expect(relatedLabel(t), t).toBeNull();
    expect(isTrailer('Read the Full Example Times Article at:')).toBe(true);
    expect(isTrailer('Read the full report, the minister said, before judging it.')).toBe(false);
    // "Read the whole article" in the other languages: where the text goes on.
    for (const t of ['Den Rest des Interviews gibt es hier.', 'Den vollständigen Beitrag lesen Sie in der Märzausgabe.', "Hier geht's zum ganzen Artikel", "Lire l'article complet sur le site du journal"]) expect(isTrailer(t), t).toBe(true);
    expect(isTrailer('Den ganzen Text hat der Landtag noch nicht beschlossen.')).toBe(false);
    // A blog's feed footer, "The post <title> appeared first on <site>." as its theme prints it in each language, with the writer's name before it or not.
    for (const t of ['The post Night Buses Return to the Valley appeared first on Valley Notes.', 'Der Beitrag Nachtbusse im Tal erschien zuerst auf Talblog.', 'Jana Beispiel • Dieser Beitrag Nachtbusse im Tal erschien zuerst im Blog Talblog.de', "L’article Les bus de nuit reviennent est apparu en premier sur Carnet du Val.", 'La entrada Vuelven los autobuses nocturnos se publicó primero en Notas del Valle.']) expect(isTrailer(t), t).toBe(true);
    for (const t of ['Der Beitrag der Gemeinde zum Busnetz erschien zuerst unwichtig, sagte sie, doch dann kam der Winter und alles änderte sich.', 'The post office appeared first on the list of closures.']) expect(isTrailer(t), t).toBe(false);
    expect(bylineNames('By Jane Doe and Ali Khan')).toEqual(['Jane Doe', 'Ali Khan']);
    expect(bylineNames('Jane Doe by Jane Doe')).toEqual(['Jane Doe']);
    expect(bylineNames('by the river')).toBeNull();
    expect(disclosuresIn('🞛 This publication is a summary of another publication 🞛 This publication contains commentary from the source')).toEqual([
      'This publication is a summary of another publication',
      'This publication contains commentary from the source',
    ]);
    expect(disclosuresIn('The publication of the report was delayed by a week.')).toEqual([]);
    expect(disclosuresIn('This article contains affiliate links to the shops we review.')).toEqual(['This article contains affiliate links to the shops we review.']);
    // The page saying it shows sponsored content; not a page saying what it shows.
    expect(disclosuresIn('Diese Seite zeigt gesponserte Inhalte und Anzeigen von Partnern.')).toEqual(['Diese Seite zeigt gesponserte Inhalte und Anzeigen von Partnern.']);
    expect(disclosuresIn('Diese Seite zeigt die Fahrpläne der Nachtbusse für den Winter.')).toEqual([]);
    // Under its own label a disclaimer may run past the unlabelled notice's length; a story's paragraph that long is not one.
    const long = `Disclaimer:The content on this site is general information only. ${'It is not advice on any investment, and readers should ask their own adviser before they act on it. '.repeat(6)}`.trim();
    expect(long.split(/\s+/u).length).toBeGreaterThan(120);
    expect(disclosuresIn(long)).toEqual([long]);
    const story = `The content of the report was general. ${'The council said the buses would run every night, and the drivers agreed to the new rota after a long meeting. '.repeat(6)}`.trim();
    expect(disclosuresIn(story)).toEqual([]);
  });
});

describe('dates on lines of their own and in URLs', () => {
  it('reads datelines in several forms', () => {
    expect(datelineDate('Thu, October 9, 2025')?.iso).toBe('2025-10-09');
    expect(datelineDate('Published: 12 March 2021')?.iso).toBe('2021-03-12');
    expect(datelineDate('March 12, 2021 at 10:00 am')?.iso).toBe('2021-03-12');
    expect(datelineDate('2021-03-12')?.iso).toBe('2021-03-12');
    expect(datelineDate('The vote on March 12, 2021 was close')).toBeNull();
    expect(datelineDate('3 days ago')).toBeNull();
    // A post's date with its comment count beside it; not a sentence that goes on after the count.
    expect(datelineDate('March 12, 2021 · 0 comments')?.iso).toBe('2021-03-12');
    expect(datelineDate('12. März 2021 | Keine Kommentare')?.iso).toBe('2021-03-12');
    expect(datelineDate('March 12, 2021 · 3 comments on the plan')).toBeNull();
    // The desk that filed it before a bullet.
    expect(datelineDate('Valley Sport  •  12.03.2021', false)?.iso).toBe('2021-03-12');
    expect(datelineDate('Valley Post · March 12, 2021')?.iso).toBe('2021-03-12');
    // Its author's name and the count between dashes, after its time or not; not a teaser's words, nor a result that runs on.
    expect(datelineDate('12.03.2021 um 16:14 Uhr - Jana Beispiel - 14 Ergänzungen', false)?.iso).toBe('2021-03-12');
    expect(datelineDate('March 12, 2021 - Jane Doe - 4 Comments')?.iso).toBe('2021-03-12');
    expect(datelineDate('12. März 2021 Stadtrat beschließt 3 Punkte', false)).toBeNull();
    expect(datelineDate('12. März 2021 - Hans Meier - 3 Tore und ein Eigentor', false)).toBeNull();
    // A page's stamp of its last change; not a page of a report.
    expect(datelineDate('Page Last Updated: 03/12/2021')?.iso).toBe('2021-03-12');
    expect(datelineDate('Page 4 of the report, March 12, 2021')).toBeNull();
  });

  it('reads the shortest numeric forms and skips text with too few digits for a date', () => {
    expect(printedDates('Filed 6.11.22 at noon').map((d) => d.iso)).toEqual(['2022-11-06']);
    expect(printedDates('Filed 6. 11. 22 at noon').map((d) => d.iso)).toEqual(['2022-11-06']);
    expect(printedDates('Due 7/4/21').map((d) => d.iso)).toEqual(['2021-07-04']);
    expect(printedDates('Room 12, floor 3, 45 seats, 6 exits')).toEqual([]);
  });

  it('reads dates in URL paths and refuses impossible ones', () => {
    expect(urlDate('https://x.example/news/2023-04-19/story')?.iso).toBe('2023-04-19');
    expect(urlDate('https://x.example/2020/11/03/story.html')?.iso).toBe('2020-11-03');
    expect(urlDate('https://x.example/a/20200229-leap')?.iso).toBe('2020-02-29');
    expect(urlDate('https://x.example/2021/02/30/no')).toBeNull();
    expect(urlDate('https://x.example/story-10853160')).toBeNull();
  });

  it('knows the calendar: leap days by the Gregorian rule, month lengths', () => {
    expect(printedDates('Filed 29.02.2000').map((d) => d.iso)).toEqual(['2000-02-29']);
    expect(printedDates('Filed 29.02.1900')).toEqual([]);
    expect(printedDates('Filed 29.02.2023')).toEqual([]);
    expect(printedDates('Filed 30 April 2021').map((d) => d.iso)).toEqual(['2021-04-30']);
    expect(printedDates('Filed 31 April 2021')).toEqual([]);
    expect(printedDates('Filed 31 December 2099').map((d) => d.iso)).toEqual(['2099-12-31']);
  });
});

describe('jusText-style context', () => {
  it('short units take the class of their neighbours', () => {
    expect(reviseByContext(['good', 'short', 'good'], [false, false, false], [300, 10, 300])).toEqual(['good', 'good', 'good']);
    expect(reviseByContext(['bad', 'short', 'bad'], [false, false, false], [10, 10, 10])).toEqual(['bad', 'bad', 'bad']);
    expect(reviseByContext(['bad', 'near-good', 'bad'], [false, false, false], [10, 100, 10])).toEqual(['bad', 'bad', 'bad']);
    expect(reviseByContext(['bad', 'near-good', 'good'], [false, false, false], [10, 100, 300])).toEqual(['bad', 'good', 'good']);
  });

  it('keeps a heading just above good text', () => {
    expect(reviseByContext(['bad', 'short', 'good'], [false, true, false], [10, 20, 300])).toEqual(['bad', 'good', 'good']);
  });

  describe('a sentence that prints a web address', () => {
    const page = (line: string) =>
      clean(['Lake ferry adds a winter timetable', 'By Ilse Brandt, 3 November 2020', ...STORY, line, 'The first winter boats will leave the east pier at seven each morning and return before dark, the operator said.', 'Share this:\nFacebook\nTwitter'].join('\n\n'));
    const kept = (line: string) => page(line).nodes.some((n) => n.text === line);

    // The story's, however long the address (link density counts a link's words, not an address in the text).
    const citing = [
      'Passengers who want a seat on the first crossings can reserve one through the operator in advance. The timetable is at https://ferry.example.org/timetables/winter-2020/east-pier.',
      'Riders can print a season pass at https://ferry.example.org/passes/season and show it on board.',
      'The operator explains the new timetable and its fares in a short film on its own channel. Watch it here. https://video.example.org/ferry/winter-timetable-2020',
    ];
    // Not when the address is most of a short line, or the line is no sentence.
    const linking = ['More: https://ferry.example.org/timetables/winter-2020/east-pier/all-stops.', 'Timetables, fares and passes for every pier on the lake https://ferry.example.org/timetables/winter-2020'];
    it.each([...citing.map((l) => [l, true] as const), ...linking.map((l) => [l, false] as const)])('keeps "%s": %s', (line, expected) => {
      expect(kept(line)).toBe(expected);
    });
  });

  it('finds the densest span and leaves far-away good text out', () => {
    expect(mainSpan(['good', 'good', 'bad', 'bad', 'bad', 'bad', 'bad', 'bad', 'good'], [50, 60, 1, 1, 1, 1, 1, 1, 8])).toEqual([0, 1]);
  });
});

describe('cleanBlocks', () => {
  it("reads a line with one quote mark as a quotation without the mark, and a transcript's speaker marks as text", () => {
    const quoted = `> ${STORY[1]}`;
    const transcript = '>>> good evening. the council met tonight and agreed to keep the harbour library open on sundays through the winter.';
    const closing = 'Operators will have to run the buses every thirty minutes until two in the morning on Fridays and Saturdays, and every hour on other nights.';
    const nodes = clean(['Big news today in the town hall', STORY[0], quoted, transcript, closing].join('\n\n')).nodes;
    expect(nodes.find((n) => n.text === STORY[1])?.kind).toBe('quote');
    expect(nodes.find((n) => n.text === transcript)?.kind).toBe('paragraph');
  });

  it('keeps the headline once and removes its repeat', () => {
    const result = clean(['Big news today in the town hall', 'Big news today in the town hall', ...STORY].join('\n\n'));
    expect(result.nodes.map((n) => n.text)).toEqual(['Big news today in the town hall', ...STORY]);
    expect(result.headline).toBe(0);
    expect(result.removed).toEqual([{ category: 'duplicate', text: 'Big news today in the town hall', line: 3, lineCount: 1 }]);
  });

  it('renders a short line as a subheading, but not a line whose sentence ends inside it', () => {
    const kinds = (line: string) => clean(['Night buses reach eastern towns', line, ...STORY].join('\n\n')).nodes.map((n) => n.kind);
    expect(kinds('Where the money goes')).toEqual(['heading', 'heading', 'paragraph', 'paragraph']);
    expect(kinds("What St. Mary's Gets")).toEqual(['heading', 'heading', 'paragraph', 'paragraph']);
    // A caption with its credit, and a short paragraph closed by a credit.
    expect(kinds('The mayor opened the depot in Eastfield on Monday, June 3, 2021. (Ann Lee for the Courier)')).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(kinds('Residents waited in the rain for hours. (Reporting by Ann Lee)')).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('re-joins a sentence cut by a URL line', () => {
    const result = clean([STORY[0], '“The plan is sound,” the mayor', 'https://example.org/statement', 'said on Thursday.', STORY[1]].join('\n\n'));
    expect(result.nodes.map((n) => n.text)).toContain('“The plan is sound,” the mayor said on Thursday.');
    expect(result.removed.map((r) => r.category)).toEqual(['url']);
  });

  it('keeps a story list between paragraphs and drops a menu list above the headline', () => {
    const result = clean(['  • News\n  • Sport\n  • Weather', 'Night buses reach eastern towns', STORY[0], 'The routes are:', '  • Line 1 to the harbour and the old town;\n  • Line 2 to the hospital and the station.', STORY[1]].join('\n\n'));
    expect(result.nodes.filter((n) => n.kind === 'list-item').map((n) => n.text)).toEqual(['Line 1 to the harbour and the old town;', 'Line 2 to the hospital and the station.']);
    expect(result.removed.filter((r) => r.category === 'navigation').map((r) => r.text)).toEqual(['• News', '• Sport', '• Weather']);
  });

  it('keeps the unnamed lines of a very short page rather than publish an empty brief', () => {
    const result = clean('A second seed added while running\n\nShare on Facebook\n\nEdited body.');
    expect(result.nodes.map((n) => n.text)).toEqual(['A second seed added while running', 'Edited body.']);
    expect(result.removed.map((r) => r.category)).toEqual(['share']);
    expect(result.warnings.join(' ')).toMatch(/fallback/);
  });

  it('takes out the rules a page draws between its parts, a line of no letter or digit, and keeps the story around them', () => {
    const result = clean(['Night buses reach eastern towns', STORY[0], '————————————————————', STORY[1], '* * *', 'The drivers said they were ready for the first night.'].join('\n\n'));
    expect(result.nodes.map((n) => n.text)).toEqual(['Night buses reach eastern towns', STORY[0], STORY[1], 'The drivers said they were ready for the first night.']);
    expect(result.removed.filter((r) => r.category === 'blank-noise').map((r) => r.text)).toEqual(['————————————————————', '* * *']);
  });

  it("keeps only the fallback's text under the headline, not a sidebar's list far below it", () => {
    const menu = Array.from({ length: 25 }, (_, i) => `Archive ${i + 1}`);
    const books = ['Ana Ruiz: Night Buses of the Valley and Other Stories of the Road', 'Omar Haddad: The Harbour at Night, a Short History of the Ferries'];
    const result = clean(['A week on the buses', 'Short page.', 'Share on Facebook', 'It ends here.', ...menu, ...books].join('\n\n'));
    expect(result.warnings.join(' ')).toMatch(/fallback/);
    expect(result.nodes.map((n) => n.text)).toEqual(['A week on the buses', 'Short page.', 'It ends here.']);
  });

  it("ends the fallback's text at a call to comment, not in the comment form's prompts under it", () => {
    const form = ['Leave a Reply\nYour comment here ...', 'Enter your details below or pick a service to sign in with:', 'Email (required)\nName (required)\nWebsite', 'Cancel', 'Send me an email when someone answers my comment.', 'Tell me by email about new posts on this blog.', 'Categories\nTravel\nFood\nMeta\nLog in'];
    const result = clean(['A week on the buses', '2 June 2013 at 20:51', '“Short page,” he said.', 'Share this:\nFacebook\nLike this:', 'Related', ...form].join('\n\n'));
    expect(result.warnings.join(' ')).toMatch(/fallback/);
    expect(result.nodes.map((n) => n.text)).toEqual(['A week on the buses', '“Short page,” he said.']);
  });

  it("lets a comment count under the byline pass: the fallback's text goes on under it", () => {
    const result = clean(['A week on the buses', 'Short page.', '3 Comments', 'It ends here.'].join('\n\n'));
    expect(result.warnings.join(' ')).toMatch(/fallback/);
    expect(result.nodes.map((n) => n.text)).toEqual(['A week on the buses', 'Short page.', 'It ends here.']);
  });

  it('warns when nothing like an article is left', () => {
    const result = clean('Home\nNews\nSport\n\nLog in\n\nPrivacy Policy');
    expect(result.nodes).toEqual([]);
    expect(result.warnings.join(' ')).toMatch(/kept only 0 words/);
  });
});
