import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/pipeline/clean/index.ts';
import { findComments, isAgeLine, isCommentEntryLine, isCommentFormLine, isCommentHeading, isCommenterLine, isEmbedSignature, trailingCommentCount } from '../../src/pipeline/clean/comments.ts';
import { initialClass, pageThresholds } from '../../src/pipeline/clean/classify.ts';
import { measure } from '../../src/pipeline/clean/features.ts';
import { detectLanguage } from '../../src/pipeline/clean/language.ts';
import { bylineNames, cueCategory, disclosuresIn, isAboutLabel, isBlogTagline, isDeskByline, isEmbedPlaceholder, isNamedBio, isNamedBox, isPictureCaption, isScriptError, isShareLine, isTeaserSummary, relatedLabel, saysWhoUnderLabel } from '../../src/pipeline/clean/cues.ts';
import { datelineDate, isDayLine, isPostedDateLine, printedDates } from '../../src/pipeline/clean/dates.ts';
import { gluedJoins, spacedJoins } from '../../src/pipeline/clean/text.ts';
import { stackedTrailEnds } from '../../src/pipeline/clean/trail.ts';
import { tableRows } from '../../src/pipeline/clean/tables.ts';
import { isCodeLine } from '../../src/pipeline/clean/code.ts';
import { flagInputFor } from '../../src/pipeline/flags/stage.ts';
import { toUnits, wrapWidth, type Unit } from '../../src/pipeline/clean/units.ts';
import { extractMetadata } from '../../src/pipeline/metadata/index.ts';
import { factBoxLines, isFurnitureLine, isLinkRow, isNamedByDate, isRatingCount, isSlideCounter, isWeatherLine } from '../../src/pipeline/clean/headline-lines.ts';
import { leadHeadline, tidyHeadline } from '../../src/pipeline/metadata/title.ts';
import { decodeSeed } from '../../src/pipeline/read/read-seed.ts';
import { splitBlocks } from '../../src/pipeline/read/split-blocks.ts';

/**
 * Behaviour that real page dumps need (a browser's select-all copy: one element a line,
 * bylines and dates in many languages, comment sections). Every case is invented.
 */

function run(text: string) {
  const read = decodeSeed(new TextEncoder().encode(text), 'page.txt');
  if (!read.ok) throw new Error(read.rejection.reason);
  const clean = cleanBlocks(splitBlocks(read.seed.text));
  return { clean, ...extractMetadata(read.seed, clean) };
}

const P = [
  'The regional assembly voted on Wednesday to extend the night bus network to the three towns on the eastern edge of the county, a change that campaigners had sought for years.',
  'The new routes will start in September and will be paid for from the transport budget, which the assembly increased by four percent in its spring review.',
  'Operators will have to run the buses every thirty minutes until two in the morning on Fridays and Saturdays, and every hour on the other nights of the week.',
];

describe('printed dates in the forms pages use', () => {
  it.each([
    ['Reuters November 18, 2019 11:03 PM', '2019-11-18', true],
    ['Nov 19, 2019, 10:31 pm CST', '2019-11-19', true],
    ['Updated : 19 November 2019', '2019-11-19', false],
    ['2019-11-19T10:31:00Z', '2019-11-19', true],
    ['19.11.2019, 14:08 Uhr', '2019-11-19', true],
    ['6. März 2024', '2024-03-06', false],
    ['le 3 mars 2021', '2021-03-03', false],
    ['19 de noviembre de 2019', '2019-11-19', false],
    // A date printed in capitals, its small words too.
    ['6 DE MAYO DE 2022 05:30', '2022-05-06', true],
    ['4 maja 2021', '2021-05-04', false],
    ['August 2nd, 2012 at 12:36 pm', '2012-08-02', true],
    ['2020. május 5.', '2020-05-05', false],
    ['2019年11月19日', '2019-11-19', false],
    ['07.13.12 at 08:07', '2012-07-13', true],
    // A time of day glued to the year by the page dump.
    ['jueves, 9 de marzo de 202318:45 hs', '2023-03-09', true],
    ['09.03.202318:45 Uhr', '2023-03-09', true],
    // A comment count glued to the year by the page dump.
    ['19.11.20193 Kommentare', '2019-11-19', false],
    ['11/19/20190 Comments', '2019-11-19', false],
    // A two-digit year with the time glued on reads as the year and the hour, not a year of four digits; a year of four digits stays one.
    ['hafenfan28.09.1912:44', '2019-09-28', true],
    ['am 3.4.1912', '1912-04-03', false],
    // A label or a name in small letters run into the day by the page dump.
    ['Posted on28. Juli 2019', '2019-07-28', false],
    ['Ana Ruiz22. Februar 2020', '2020-02-22', false],
  ])('%s', (text, iso, time) => {
    const [d] = printedDates(text);
    expect(d?.iso).toBe(iso);
    expect(d?.time).toBe(time);
  });

  it('reads no date from a year glued to a number that is no comment count', () => {
    expect(printedDates('19.11.201945 Besucher')).toEqual([]);
    expect(printedDates('11/19/201945 people')).toEqual([]);
  });

  it('reads an ambiguous day and month in the page language’s order, unless a part settles it', () => {
    expect(printedDates('11/10/2019', true)[0]?.iso).toBe('2019-11-10');
    expect(printedDates('11/10/2019', false)[0]?.iso).toBe('2019-10-11');
    expect(printedDates('25/10/2019', true)[0]?.iso).toBe('2019-10-25');
  });

  it('finds no date in numbers that are not one', () => {
    // More digits glued to a year, not a time of day: no year can be read.
    expect(printedDates('9 March 2023184')).toEqual([]);
    expect(printedDates('09.03.20231')).toEqual([]);
    expect(printedDates('Version 1.2.3 was released')).toEqual([]);
    // A day run into a code in capitals is the code's number.
    expect(printedDates('Model MX28. Juli 2019')).toEqual([]);
    expect(printedDates('In 2019 there were 12 of 14 cases')).toEqual([]);
    expect(printedDates('3 hours ago')).toEqual([]);
    expect(printedDates('Call 0123 456 789')).toEqual([]);
    expect(printedDates('31.02.2020')).toEqual([]);
  });

  it('tells a dateline from a sentence that holds a date', () => {
    expect(datelineDate('Veröffentlicht am 3. März 2024, 10:12 Uhr')?.iso).toBe('2024-03-03');
    expect(datelineDate('Publié le 3 mars 2021 à 10h12')?.iso).toBe('2021-03-03');
    // A US time zone written short, in capitals; in small letters "et" is a word.
    expect(datelineDate('24 July 2024 Last updated at 06:50 ET')?.iso).toBe('2024-07-24');
    expect(datelineDate('3 mars et 4 mars 2021')).toBeNull();
    expect(datelineDate('The vote on March 12, 2021 was close')).toBeNull();
    expect(datelineDate('Martes, 3 de marzo de 2020 a las 10:12hrs.')?.iso).toBe('2020-03-03');
    expect(datelineDate('Las obras de 3 de marzo de 2020 siguen')).toBeNull();
    // Danish and Norwegian labels.
    expect(datelineDate('Publiceret 4. marts 2024 kl. 09.40')?.iso).toBe('2024-03-04');
    expect(datelineDate('Sist oppdatert: 04.03.2024 09:40')?.iso).toBe('2024-03-04');
    expect(datelineDate('Bussene kjører fra 4. mars 2024 hver natt')).toBeNull();
  });

  it('reads the place a story was filed from before its date, and a post\'s meta line that opens with the date, as datelines', () => {
    const lines: Record<string, string | null> = {
      'Linz  -  Dienstag, 08.03.2022, 09:40 Uhr': '2022-03-08',
      'Bad Talstadt – 4. Mai 2023': '2023-05-04',
      '7. Oktober 2021 redaktion Verkehr 2': '2021-10-07',
      // The place after the date.
      '12. Feb. 2023 in Talstadt, Deutschland': '2023-02-12',
      'March 3, 2021 in the town hall': null,
      // A title with an article is no place, nor a heading in small letters; a sentence after the date is no meta line.
      'The Weekly Roundup, Friday, March 8, 2024': null,
      'Spring review - April 2, 2024': null,
      '7. Oktober 2021: Der Rat beschließt den neuen Fahrplan für alle Linien': null,
    };
    for (const [line, iso] of Object.entries(lines)) expect(datelineDate(line)?.iso ?? null, line).toBe(iso);
  });
});

describe('bylines in several languages', () => {
  it.each([
    ['von Clara Hoffmann', ['Clara Hoffmann']],
    ['Par Jean Dupont, publié le 3 mars 2021', ['Jean Dupont']],
    ['Posted by Max Fisher on October 29, 2012 at 6:48 pm', ['Max Fisher']],
    ['przez Jan Kowalski', ['Jan Kowalski']],
    ['Von Roland Brockmann und Sebastian Drescher', ['Roland Brockmann', 'Sebastian Drescher']],
    ['+ Posted by Mira Olsen // Producer', ['Mira Olsen']],
    ['---- by Ana Ruiz', ['Ana Ruiz']],
    ['Posted by kestrel42 on Tuesday July 24, @10:23AM', ['kestrel42']],
    ['Posted by Dana | View all posts by Dana', ['Dana']],
    // A date's month, a connector in capitals, a doubled name and a role are not part of the names.
    ['By Ana Maria Ruiz Feb 8, 2020 5 min read', ['Ana Maria Ruiz']],
    ['BY J.O. LINDQVIST APR. 26, 2022', ['J.O. LINDQVIST']],
    ['POSTED BY MIRA OLSEN AT 8:56 AM', ['MIRA OLSEN']],
    ['Posted by Dana August 9th, 2012 | 0 Comments', ['Dana']],
    ['von Clara Hoffmann Veröffentlicht am 1. Mai 2019', ['Clara Hoffmann']],
    ['Submitted by Ana Ruiz on 8 August 2012 - 8:22am', ['Ana Ruiz']],
    ['by Ana Maria Ruiz Published Nov. 7, 2012 10:58 am Updated Nov. 7, 2012 11:22 am', ['Ana Maria Ruiz']],
    ['By Ana Ruiz Last updated 3 March 2024', ['Ana Ruiz']],
    // A connector in title case before the date; a name's own "On" when no date follows.
    ['By Lena Brandt On 12. Dezember 2022', ['Lena Brandt']],
    ['By Ana Ruiz On November 3, 2012', ['Ana Ruiz']],
    ['Von Lena Brandt Am 3. März 2021', ['Lena Brandt']],
    ['Von Lena Brandt Vom 3. Februar 2022 0', ['Lena Brandt']],
    // The author's e-mail button run on after the name, glued or not.
    ['By Lena BrandtEmail Author', ['Lena Brandt']],
    ['By Lena Brandt Email Author', ['Lena Brandt']],
    ['By Mira Olsen and Ana On', ['Mira Olsen', 'Ana On']],
    // "e", "i" and "y" join names only as words: "Tenore" is one name, not "Tenor" and a second.
    ['by Lena Tenore Published Nov. 7, 2012 10:58 am', ['Lena Tenore']],
    ['Von Lena Weißen und Omar Haddad', ['Lena Weißen', 'Omar Haddad']],
    // A post's meta line, longer than a byline: names, date and time, tags.
    ['Music post by Ana Ruiz, Submitted by Ana Ruiz on October 26, 2012 - 12:10pm; tagged autumn, harbour, ferries, night buses, rain.', ['Ana Ruiz']],
    ['Guest post by Omar Haddad', ['Omar Haddad']],
    ['Par Claire Morel Claire Morel', ['Claire Morel']],
    ['Posted by Ana Ruiz, Senior Product Manager, Valley Maps', ['Ana Ruiz']],
    ['By Ana Ruiz and Omar Haddad, Transport Correspondent', ['Ana Ruiz', 'Omar Haddad']],
    // A surname that is also a month stays when no date follows it.
    ['By Julia August', ['Julia August']],
    ['By Tom March and Ana Ruiz', ['Tom March', 'Ana Ruiz']],
    // The kind of piece before the label, the writer's role after it, a sentence's full stop after the name.
    ['Article written by guest writer Mara Lindqvist', ['Mara Lindqvist']],
    ['Post written by Tomas Brenner.', ['Tomas Brenner']],
    ['By staff reporter Omar Haddad', ['Omar Haddad']],
    ['Story written by Ann Lee | Valley Post', ['Ann Lee']],
    ['By Jane Q.', ['Jane Q.']],
    // The post's topics printed after the name.
    ['Written by Ana Ruiz Topics: Night buses - Transport', ['Ana Ruiz']],
    ['Von Clara Hoffmann Themen: Verkehr, Wetter', ['Clara Hoffmann']],
    // A post's date before the label; a comments link and its count after the name.
    ['November 12, 2012 by Ana Ruiz 7', ['Ana Ruiz']],
    ['3. März 2021 von Clara Hoffmann Ein Kommentar', ['Clara Hoffmann']],
    ['06 May 2019 by Omar Haddad Discuss (0)', ['Omar Haddad']],
    // The date's weekday before it.
    ['Thursday, March 7, 2019, by Ana Ruiz', ['Ana Ruiz']],
    ['Mi., 6. März 2019 von Clara Hoffmann', ['Clara Hoffmann']],
    // A name and the post's date, nothing else: a byline without its label.
    ['Clara Hoffmann | 06.03.19', ['Clara Hoffmann']],
    ['Ana Ruiz — 7 March 2019, 09:15', ['Ana Ruiz']],
    ['Clara Hoffmann am 6. März 2019 um 15:47', ['Clara Hoffmann']],
    ['Ana Ruiz on March 7, 2019, 9:15 AM', ['Ana Ruiz']],
    // A place before its date is no name; a surname cut to its initial signs a customer's review; more words after the date make a sentence.
    ['Berlin am 6. März 2019', null],
    ['Clara H. am 6.3.2019', null],
    ['Clara Hoffmann am 6. März 2019 im Rathaus', null],
    // The kind of piece before "von".
    ['Blog Beitrag von Clara Hoffmann', ['Clara Hoffmann']],
    ['Ein Gastbeitrag von Omar Haddad', ['Omar Haddad']],
    // A column, a commentary or an analysis names its writer so.
    ['Eine Kolumne von Lena Brandt', ['Lena Brandt']],
    ['Ein Kommentar von Clara Hoffmann und Tim Vogt', ['Clara Hoffmann', 'Tim Vogt']],
    ['A column by Ana Ruiz', ['Ana Ruiz']],
    ['Opinion by Omar Haddad', ['Omar Haddad']],
    ['Une chronique de Claire Morel', ['Claire Morel']],
    // Labels of the Nordic languages, Polish, Italian and Spanish.
    ['Tekst: Kari Lund', ['Kari Lund']],
    ['Skrevet af Mette Holm', ['Mette Holm']],
    ['Kirjoittanut Aino Laine', ['Aino Laine']],
    ['Teksti: Aino Laine', ['Aino Laine']],
    ['Autorka: Ewa Zielińska', ['Ewa Zielińska']],
    ['Napisał Piotr Wójcik', ['Piotr Wójcik']],
    ['A cura di Giulia Conti', ['Giulia Conti']],
    ['Escrito por Lucía Romero', ['Lucía Romero']],
    ['Texto: Lucía Romero', ['Lucía Romero']],
    // A surname's two particles ("van der", "von der", "de la").
    ['Door Marieke van der Linden', ['Marieke van der Linden']],
    ['Von Greta von der Heide', ['Greta von der Heide']],
    ['Por Lucía de la Fuente', ['Lucía de la Fuente']],
    // The writer's role printed after the names with no comma, its desk word with it; a name of three words keeps them.
    ['By Ana Ruiz Transport reporter Valley Post', ['Ana Ruiz']],
    ['By Omar Haddad Staff Writer', ['Omar Haddad']],
    ['By Tom Hale Senior correspondent, Valley Post', ['Tom Hale']],
    ['By Mary Ann Lee Reporter', ['Mary Ann Lee']],
    ['Von Clara Hoffmann Redakteurin', ['Clara Hoffmann']],
  ])('%s', (line, names) => expect(bylineNames(line)).toEqual(names));

  it('reads no writer from a section printed in capitals after the label', () => {
    expect(bylineNames('By LETTERS TO THE EDITOR |')).toBeNull();
    expect(bylineNames('By NEWS FROM THE COUNCIL')).toBeNull();
    expect(bylineNames('By ANA RUIZ |')).toEqual(['ANA RUIZ']);
  });

  it("reads no writer from a piece's kind followed by no name, nor from a sentence that opens with one", () => {
    expect(bylineNames('Kommentar von der Opposition')).toBeNull();
    expect(bylineNames('Tekst jest długi, ale warto go przeczytać')).toBeNull();
    expect(bylineNames('Escrito por el comité de vecinos en 1998')).toBeNull();
    expect(bylineNames('Analysis by the harbour authority shows the ferries run late')).toBeNull();
    expect(bylineNames('A column by Ana Ruiz on why the night buses should run every hour through the winter and beyond')).toBeNull();
  });

  it("reads no writer from a date after a word that is no weekday, nor from a place's name or a section beside a date", () => {
    expect(bylineNames('Updated, March 7, 2019, by the harbour authority')).toBeNull();
    expect(bylineNames('Lately, March 7, 2019, by Ana Ruiz')).toBeNull();
    expect(bylineNames('Hamburg | 06.03.19')).toBeNull();
    expect(bylineNames('Verkehr | 06.03.19')).toBeNull();
    expect(bylineNames('Clara Hoffmann | 06.03.19 | Verkehr')).toBeNull();
  });

  it('leaves a commentary label alone on its line, over the author box after the story, to that box', () => {
    const page = ['Night buses reach eastern towns', 'March 4, 2024', ...P, 'Kommentar von', 'Lena Brandt', 'Redakteurin für Verkehr'].join('\n');
    const { nodes, meta } = run(page);
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(meta.authors).toEqual([]);
  });

  it('does not read a line labelled "Text:" whose words are no name, nor "Text" without its colon, as a byline', () => {
    expect(bylineNames('Text: Mein Motto für den Sommer, meine Pläne und ein Fazit')).toBeNull();
    expect(bylineNames('Text Message From Mom')).toBeNull();
  });

  it('reads a byline past its date and time, without a reading time or a section glued to the last name, and one labelled "Text:" or with a gendered label', () => {
    // One case a line: the byline, then the names it gives, split by semicolons.
    const cases = `1.3.24 20:19 von Clara Hoffmann Lesezeit: 4 Min. => Clara Hoffmann
March 12, 2024 at 10:31 pm by Ana Ruiz => Ana Ruiz
12.03.2024, 14:54 Uhr von Clara Hoffmann => Clara Hoffmann
By Ana Ruiz Reading time: 6 min => Ana Ruiz
Mar 9th, 2024 at 10:00 am by Omar HaddadOpinion => Omar Haddad
By Dana McKay and Anna MacLeod => Dana McKay; Anna MacLeod
Text: Clara Hoffmann / hafenblick.de => Clara Hoffmann
Text & Fotos: Clara Hoffmann => Clara Hoffmann
Autor/in: Clara Hoffmann => Clara Hoffmann
Autor*innen: Clara Hoffmann und Lena Brandt => Clara Hoffmann; Lena Brandt`;
    for (const [line, names] of cases.split('\n').map((c) => c.split(' => '))) expect(bylineNames(line!), line).toEqual(names!.split('; '));
  });

  it('takes no byline from a sentence or a lone word after a plain "by"', () => {
    expect(bylineNames('By the way, the buses will run later')).toBeNull();
    expect(bylineNames('By car')).toBeNull();
    // A picture's credit names its photographer, not the story's author; nor does a date make a sentence a byline.
    expect(bylineNames('Photo by Ana Ruiz')).toBeNull();
    expect(bylineNames('March 3, 2020 by the way it rained')).toBeNull();
    // The author's handle after the name.
    expect(bylineNames('Por Lena Ruiz @lenaruiz -')).toEqual(['Lena Ruiz']);
    expect(bylineNames('By Omar Haddad @ohaddad')).toEqual(['Omar Haddad']);
    expect(bylineNames('Songs written by Peter Hale')).toBeNull();
    expect(bylineNames('A poem written by a child in the village')).toBeNull();
    expect(bylineNames('A Facebook post by the council drew many replies')).toBeNull();
    expect(bylineNames('Posted by the council on its website, the plan drew many replies from residents of the towns.')).toBeNull();
  });

  it('reads a byline cut over two lines ("By" / names)', () => {
    const page = ['Night buses reach eastern towns', 'By', 'Ana Ruiz', 'March 4, 2024', ...P].join('\n');
    const { nodes, meta } = run(page);
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(meta.authors).toEqual(['Ana Ruiz']);
  });

  it('reads a person\'s name alone beside the date under the headline (and its deck) as the byline, though the author\'s box prints it again', () => {
    const deck = 'Three towns on the county\'s eastern edge get buses after midnight from September.';
    const box = 'Ana Ruiz is a transport reporter at the Valley Post and has covered the county\'s buses since 2019.';
    const { nodes, meta } = run(['Night buses reach eastern towns', deck, 'Ana Ruiz', '16 March 2024', ...P, 'Ana Ruiz', box].join('\n\n'));
    expect(meta.authors).toEqual(['Ana Ruiz']);
    expect(nodes.map((n) => n.text)).not.toContain('Ana Ruiz');
    // Without a date beside it the name may be a subheading or a caption's: no byline is read from it; under a byline, it is the picture's credit.
    expect(run(['Night buses reach eastern towns', 'Ana Ruiz', ...P].join('\n\n')).meta.authors).toEqual([]);
    expect(run(['Night buses reach eastern towns', 'By Omar Haddad', '16 March 2024', 'Ana Ruiz', ...P].join('\n\n')).meta.authors).toEqual(['Omar Haddad']);
  });

  it('drops a profession\'s title or the outlet\'s possessive before the author\'s name, and reads an ad slot\'s label in the byline\'s place as no author', () => {
    const authorsOf = (byline: string) => run(['Night buses reach eastern towns', byline, 'March 4, 2024', ...P].join('\n\n')).meta.authors;
    expect(authorsOf('Autor: Rechtsanwalt Sebastian Berg')).toEqual(['Sebastian Berg']);
    expect(authorsOf('By Attorney Jane Doe')).toEqual(['Jane Doe']);
    // The outlet's possessive before the name ("KVTN's Jane Doe").
    expect(authorsOf("By KVTN's Jane Doe and Omar Haddad")).toEqual(['Jane Doe', 'Omar Haddad']);
    expect(authorsOf('By Sponsored Content')).toEqual([]);
    expect(authorsOf('Von Gesponserte Inhalte')).toEqual([]);
  });

  it('does not take a search form\'s label and button, or a button cut short, for a byline cut over two lines', () => {
    const page = (form: string[]) => run(['Night buses reach eastern towns', ...form, 'March 4, 2024', ...P].join('\n'));
    expect(page(['Von:', 'Filter Suche']).meta.authors).toEqual([]);
    expect(page(['Von:', 'Stichwort Profisuche...']).meta.authors).toEqual([]);
    expect(page(['Von:', 'Jesko Peschke']).meta.authors).toEqual(['Jesko Peschke']);
  });

  it('does not take a phrase with a preposition for a byline', () => {
    expect(bylineNames('Von Bremen nach Hamburg')).toBeNull();
    expect(bylineNames('by the river')).toBeNull();
  });
});

describe('comment sections', () => {
  it('recognises comment headings and calls to comment', () => {
    for (const t of ['14 Comments', '3 Kommentare', 'Leave a Reply', 'Notify me of follow-up comments by email.', 'Posted in News | Leave a comment', 'Schreibe einen Kommentar', 'Laisser un commentaire', '22 Responses to “A Headline Here”', 'Comments»', 'Kommentieren Sie hier', 'Jetzt kommentieren', 'One Trackback', '3 Pingbacks', 'Trackbacks/Pingbacks', 'Join the Conversation']) {
      expect(isCommentHeading(t), t).toBe(true);
    }
  });

  it('does not take story sentences about comments for a heading', () => {
    expect(isCommentHeading('300 comments were sent to the council about the plan before the vote.')).toBe(false);
    expect(isCommentHeading('Readers who left comments on the first report asked about the cost of the scheme.')).toBe(false);
    expect(isCommentHeading('Die Stadt wollte die Pläne nicht kommentieren.')).toBe(false);
    expect(isCommentHeading('The blog software sends a trackback to every site the post links to.')).toBe(false);
    // An interview's heading holds the word, not the call.
    expect(isCommentHeading('A Conversation with Ana Ruiz')).toBe(false);
  });

  it('recognises the line that opens a comment, not the story’s own date line', () => {
    expect(isCommentEntryLine('Marta Kowalczyk says:')).toBe(true);
    expect(isCommentEntryLine('March 4, 2024 at 9:12 am')).toBe(true);
    expect(isCommentEntryLine('Reply')).toBe(true);
    expect(isCommentEntryLine('Published on March 4, 2024')).toBe(false);
    expect(isCommentEntryLine(P[0]!)).toBe(false);
  });

  it('counts comments only where the comment word follows the number', () => {
    for (const t of ['100 of 312 comments shown', '5 thoughts on “Night buses reach eastern towns”', '3 Leserkommentare']) expect(isCommentHeading(t), t).toBe(true);
    // A headline that counts something else and ends in the word is the story's.
    expect(isCommentHeading('7 Ways to Get More Comments on Your Posts')).toBe(false);
    expect(isCommentHeading('12 Tipps für mehr Kommentare')).toBe(false);
  });

  it('reads a call to answer in German as a call to comment, not a story sentence about an answer', () => {
    for (const t of ['Hinterlasse eine Antwort', 'Schreibe eine Antwort', 'Antwort schreiben', '2 Antworten']) expect(isCommentHeading(t), t).toBe(true);
    expect(isCommentHeading('Antwort von Anna Berger')).toBe(false);
    expect(isCommentHeading('Die Antwort der Regierung auf die Anfrage kam erst nach drei Wochen.')).toBe(false);
  });

  it('ends the story at a German call to answer, with the comment form after it', () => {
    const story = ['Der Kreistag hat am Mittwoch beschlossen, die Nachtbusse bis in die drei Orte am östlichen Rand des Landkreises fahren zu lassen.', 'Die neuen Linien starten im September und werden aus dem Verkehrshaushalt bezahlt, den der Kreistag im Frühjahr um vier Prozent erhöht hat.', 'Die Betreiber müssen die Busse freitags und samstags bis zwei Uhr morgens alle dreißig Minuten fahren lassen, an den übrigen Tagen stündlich.'];
    const form = ['Hinterlasse eine Antwort', 'Deine E-Mail-Adresse wird nicht veröffentlicht, und dein Name erscheint über deiner Antwort.', 'Name und Website für das nächste Mal in diesem Browser speichern.'];
    const page = ['Nachtbusse fahren in den Osten des Kreises', 'Von Anna Berger', ...story, ...form].join('\n\n');
    expect(run(page).clean.nodes.map((n) => n.text).slice(1)).toEqual(story);
  });

  it('opens a comment at a relative age or a closing reply button, not at a teaser’s age', () => {
    expect(isCommentEntryLine('14 minutes ago Report abuse Permalink Reply')).toBe(true);
    expect(isCommentEntryLine('vor 3 Stunden')).toBe(true);
    expect(isCommentEntryLine('[Reply]')).toBe(true);
    expect(isCommentEntryLine('Vor 3 Tagen veröffentlicht')).toBe(false);
    expect(isCommentEntryLine('vor 2 Monaten von Anna Berger')).toBe(false);
  });

  it('removes a comment section whose entries show only an age and buttons', () => {
    const comments = ['Lina Park', '14 minutes ago Report abuse Permalink Reply', 'The eastern towns have waited far too long for this, and I hope the buses really run every thirty minutes.', 'Omar Haddad', '1 hour ago Report abuse Permalink Reply', 'Will the night buses also stop at the hospital, or only in the town centres as the day buses do now?', 'Jo Weller', '2 hours ago Report abuse Permalink Reply', 'Good news for shift workers, who have had to pay for taxis or walk home after midnight for years.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', ...P, ...comments].join('\n');
    const { nodes } = run(page);
    expect(nodes.map((n) => n.text)).toEqual(P);
  });

  it('reads a short name joined to a date or an age as a commenter, not a byline or a teaser', () => {
    for (const t of ['Lina Park - March 4, 2024', '2. Omar Haddad – March 4, 2024', 'jo_w, on March 5th, 2024 // Twitter: @jow', 'Kestrel 3 days ago', 'Anna | 04.03.2024']) expect(isCommenterLine(t), t).toBe(true);
    for (const t of ['By Ana Ruiz on March 4, 2024', 'Posted on: 03-04-2024', 'Night buses reach the eastern towns - March 4, 2024', 'March 4, 2024', 'The vote was held. - March 4, 2024']) expect(isCommenterLine(t), t).toBe(false);
  });

  it("reads a date given as a fact's value (\"Termin:\", \"Deadline:\") as no comment's stamp", () => {
    for (const t of ['Termin: 21.02.2024, 19 Uhr', 'Deadline: March 4, 2024 at 5 pm', 'Registered: 04.03.2024 10:12']) {
      expect(isCommentEntryLine(t), t).toBe(false);
      expect(isCommenterLine(t), t).toBe(false);
    }
    expect(isCommentEntryLine('Lina Park: 21.02.2024, 19:02')).toBe(true);
    const events = [
      'Termin: 21.02.2024, 19 Uhr', 'Ort: Stadthalle Eastbury', 'Thema: Nachtbusse und neue Linien', 'Die Verkehrsbetriebe stellen die neuen Nachtlinien vor und beantworten Fragen der Anwohner.',
      'Termin: 28.02.2024, 18:30 Uhr', 'Ort: Rathaus Westbury', 'Thema: Fahrpläne für die Dörfer', 'Der Kreis erklärt, wie die Dörfer am Rand des Netzes angebunden werden sollen.',
      'Termin: 06.03.2024, 19 Uhr', 'Ort: Bürgerhaus Northam', 'Thema: Sicherheit in der Nacht', 'Polizei und Verkehrsbetriebe sprechen über Sicherheit an den Haltestellen in der Nacht.',
    ];
    const intro = 'Auch in diesem Frühjahr lädt der Kreis zu Abenden über die neuen Nachtbusse ein. Die ersten Termine stehen fest, weitere folgen in den nächsten Wochen.';
    const { clean, nodes } = run(['Termine: Abende zu den Nachtbussen im Frühjahr', intro, ...events].join('\n'));
    expect(clean.removed.filter((r) => r.category === 'comments')).toEqual([]);
    expect(nodes.map((n) => n.text)).toContain('Thema: Sicherheit in der Nacht');
  });

  it('keeps a table printed among the paragraphs (one row a line, tabs between cells) and finds its rows', () => {
    const table = ['Metropolitan statistical area\tMedian fare per journey\tYearly change\tMonthly change', 'Eastham\t$3.10\t28.7%\t-2.1%', 'Northam\t$2.60\t6.4%\t1.8%', 'Westbury\t$2.90\t1.7%\t1.1%'];
    const { nodes } = run(['Night buses reach eastern towns', P[0], 'Buses a night, by town', ...table, P[1], P[2]].join('\n'));
    for (const row of table) expect(nodes.map((n) => n.text), row).toContain(row);
    expect(tableRows(toUnits(splitBlocks(['Intro', ...table, 'Two\tcells', 'Three\tcells\there'].join('\n'))))).toEqual(new Set([1, 2, 3, 4]));
    // Two rows alike are no table; a tab-separated menu row stays furniture.
    expect(tableRows(toUnits(splitBlocks(['Home\tNews\tSport', 'Eastham\t12', 'Northam\t9', 'Westbury'].join('\n'))))).toEqual(new Set());
  });

  it('keeps a table printed right under the story\'s last paragraph, its caption too, but not one after the share buttons', () => {
    const rows = ['Route\tRiders in May\tChange on April', 'N1 Eastham\t4,210\t+12%', 'N2 Northam\t3,075\t+8%', 'N3 Westbury\t2,660\t-3%', 'All routes\t9,945\t+7%'];
    const footer = ['Share', 'Tweet', 'Email', 'About us', 'Contact', 'Privacy policy'];
    const after = run(['Night buses reach eastern towns', ...P, 'Riders by route, May', ...rows, ...footer].join('\n')).nodes.map((n) => n.text);
    expect(after).toContain('Riders by route, May');
    for (const row of rows) expect(after, row).toContain(row);
    const beyond = run(['Night buses reach eastern towns', ...P, 'Share', 'Tweet', 'Email', ...rows, 'About us', 'Contact'].join('\n')).nodes.map((n) => n.text);
    for (const row of rows) expect(beyond, row).not.toContain(row);
  });

  it('keeps every item of a list printed as one block between two paragraphs when most of it reads as text', () => {
    const items = [
      'Eastham Youth Trust - Night Safe: a map of the lit routes that lead from each of the stops to the estates where most of the riders live',
      'Northam Library Fund - Late Books: a reading room that will stay open for as long as there is a bus to take the readers home',
      'Westbury Cycling Club – Ride Home: bike racks and lockers at the three new night bus hubs',
      'Harbour Radio / Coast FM / Valley Sound - Late Lines: a shared night news bulletin for drivers',
    ];
    const intro = 'The county also funded four local groups this year, and each will work with the operators on the new routes:';
    const menu = ['Home', 'Transport', 'Towns', 'Weather', 'Sport', 'Culture'].join('\n');
    const page = [menu, 'Night buses reach eastern towns', P[0], intro, items.join('\n'), P[1], P[2]].join('\n\n');
    const { nodes } = run(page);
    const text = nodes.map((n) => n.text).join('\n');
    for (const item of items) expect(text, item).toContain(item);
    // Guard: after the story's last paragraph (a footer under it) the block is not between two texts, and its name-heavy items stay out.
    const after = run([menu, 'Night buses reach eastern towns', ...P, 'Funded this year:', items.join('\n'), '© 2024 Eastbury Courier Ltd. All rights reserved.'].join('\n\n'));
    expect(after.nodes.map((n) => n.text).join('\n')).not.toContain(items[3]);
  });

  it("removes a list of other posts printed as date, headline and summary, and reads a day without its year as a date", () => {
    for (const t of ['November 12', 'Nov. 9', '12. November', '9 Nov']) expect(isDayLine(t), t).toBe(true);
    for (const t of ['November 2012', 'Room 12', '12 Monkeys', 'Route 9 buses']) expect(isDayLine(t), t).toBe(false);
    const teasers = [
      'Recent Posts',
      'November 12', 'A Lie That Keeps Your Bus Pass Safe', 'Answering the security question of your travel account with a made-up word that only you know makes the pass on your phone much harder for anyone else to steal or to use.',
      'November 12', 'Q&A: Paying for the Night Bus by Phone', 'The new ticket app of the operator works on most of the phones that people carry today, but some of the older models will need an update of their system first.',
      'November 9', 'Q&A: Finding the Nearest Stop', 'The map that the operator has put on its site shows every one of the stops on the new routes, with the times of the last buses of the night for each of them.',
    ];
    const { nodes } = run(['Night buses reach eastern towns', ...P, ...teasers].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    // Guard: an undated teaser under a label, then the story's next paragraph: the story resumes.
    const resumed = run(['Night buses reach eastern towns', P[0], 'Also Read', 'Night Fares Rise in the West', P[1], P[2]].join('\n\n'));
    expect(resumed.nodes.map((n) => n.text)).toEqual(P);
  });

  it('removes a list of teasers under the story, each under the same count and section, though the span took their summaries in', () => {
    const more = [
      'Drivers will be paid a night supplement of twelve percent, the union said after talks with the operators that lasted until late in the evening on Tuesday.',
      'The towns had asked for the buses since the last train to the coast was cut, which left workers of the late shifts at the hospital and the port with no way home.',
    ];
    const summaries = [
      'The harbour board has asked the ferry company to add a late crossing on weekends, after a summer in which the last boat left hundreds of visitors on the quay.',
      'Cyclists in the old town will get five new lanes next spring, paid for by the parking fees that the council raised in the autumn to the anger of the traders.',
      'The airport rail link has its money at last: the state will pay two thirds of the cost, and the county the rest, over the next six years of building work.',
    ];
    const headlines = ['Ferry company asked for a late crossing', 'Five new cycle lanes for the old town', 'Airport rail link gets its money'];
    const page = (heads: string[][]) => {
      const teasers = heads.flatMap((h, k) => [[...h, headlines[k]].join('\n'), summaries[k]!]);
      return run(['Home\nNews\nCulture\nSport', 'Night buses reach eastern towns', 'By Ana Ruiz, June 4, 2024', ...P, ...more, ...teasers, 'Author\nAna Ruiz\nAll articles'].join('\n\n'));
    };
    const listed = page([['66 Likes', 'Transport'], ['110 Likes', 'Transport'], ['958 Likes', 'Transport']]);
    expect(listed.nodes.map((n) => n.text)).toEqual([...P, ...more]);
    expect(listed.clean.removed.find((r) => r.text === summaries[0])?.category).toBe('related');
    // Guard: heads that share no line (no count, no section printed again) are no list's, and the text stays as the span read it.
    const apart = page([['Transport'], ['Culture'], ['Weather']]);
    for (const s of summaries) expect(apart.nodes.map((n) => n.text)).toContain(s);
    // Guard: a gallery's slides, each under its counter and credit, are the story's.
    const slides = page([['1/3 photos © Lena Ott'], ['2/3 photos © Lena Ott'], ['3/3 photos © Lena Ott']]);
    for (const s of summaries) expect(slides.nodes.map((n) => n.text)).toContain(s);
  });

  it("removes the one line a label inside the story links to, in sentence case and closing no sentence, not the story's sentence under it", () => {
    const teaser = 'The latest on regional transport, from night fares to new depots';
    const linked = run(['Night buses reach eastern towns', P[0], 'Keep Reading', teaser, P[1], P[2]].join('\n\n'));
    expect(linked.nodes.map((n) => n.text)).toEqual(P);
    expect(linked.clean.removed.find((r) => r.text === teaser)?.category).toBe('related');
    const sentence = 'The drivers said the new timetable was the best news they had heard in years.';
    const resumed = run(['Night buses reach eastern towns', P[0], 'Keep Reading', sentence, P[1], P[2]].join('\n\n'));
    expect(resumed.nodes.map((n) => n.text)).toEqual([P[0], sentence, P[1], P[2]]);
  });

  it("keeps a sentence under a label that introduces what follows with a colon, though its words are capitalised", () => {
    const intro = 'The Night Bus Strike of 1998. That Is the Backstory to the Vote, Told in the Valley Post:';
    const page = run(['Night buses reach eastern towns', P[0], 'See Also', intro, P[1], P[2]].join('\n\n'));
    expect(page.nodes.map((n) => n.text)).toEqual([P[0], intro, P[1], P[2]]);
    const teaser = run(['Night buses reach eastern towns', P[0], 'See Also', 'Night Fares Rise in the West, and the Depot Plans Move Ahead', P[1], P[2]].join('\n\n'));
    expect(teaser.clean.removed.find((r) => r.text.startsWith('Night Fares'))?.category).toBe('related');
  });

  it('removes a list of other stories whose headlines each carry their byline and date', () => {
    const teasers = ['Weitere Artikel', 'Nachttarife steigen im Westen', 'Von Ana Ruiz am 16.11.2024', 'Ein neues Depot für die Talbahn', 'Von Ana Ruiz am 10.08.2024', 'Fahrer stimmen über die Spätschichten ab', 'Von Omar Haddad am 15.06.2024'];
    const { nodes, clean } = run(['Night buses reach eastern towns', ...P, ...teasers].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.find((r) => r.text === 'Ein neues Depot für die Talbahn')?.category).toBe('related');
  });

  it("removes a box of other stories under its label, each line a headline glued to its summary, in a block of its own", () => {
    const story = [
      'Der Kreistag hat am Mittwoch beschlossen, das Netz der Nachtbusse auf die drei Orte am östlichen Rand des Landkreises auszuweiten, wofür Initiativen seit Jahren geworben hatten.',
      'Die neuen Linien sollen im September starten und aus dem Verkehrshaushalt bezahlt werden, den der Kreistag in seiner Frühjahrssitzung um vier Prozent erhöht hat.',
      'Die Betreiber müssen die Busse freitags und samstags bis zwei Uhr morgens alle dreißig Minuten fahren lassen, an den anderen Abenden der Woche einmal in der Stunde.',
    ];
    const box = [
      'Lesen Sie auch',
      'Nachttarife steigen im Westen Der Verbund hebt die Preise der Nachtlinien zum Fahrplanwechsel um zwölf Prozent an.',
      'Ein neues Depot für die Talbahn Die Hallen am Stadtrand sollen bis zum Herbst des nächsten Jahres fertig sein.',
      'Fahrer stimmen über Spätschichten ab Die Gewerkschaft ruft ihre Mitglieder zur Urabstimmung über die Dienstpläne auf.',
      'Neue Haltestelle am Hafen Die Stadt baut bis zum Sommer eine Haltestelle für die Fähren und die Busse der Nachtlinie.',
      'Radweg entlang der Bahn Der Bau des Weges zwischen den beiden Bahnhöfen beginnt im Frühjahr und dauert zwei Jahre.',
      'Ticket per App Ab Januar gibt es die Fahrkarten für alle Linien auch auf dem Telefon, sagte der Sprecher des Verbunds.',
    ].join('\n');
    const { nodes, clean } = run(['Nachtbusse fahren bald in den Osten', ...story, box, 'Livestream\nVideos\nImpressum\nDatenschutz'].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(story);
    expect(clean.removed.find((r) => r.text.startsWith('Ein neues Depot'))?.category).toBe('related');
    // Guard: a page printed as one block, its label among the story's lines, is no box: the story under the label stays.
    const oneBlock = ['Night buses reach eastern towns', P[0], 'Lesen Sie auch', ...P.slice(1), ...P.map((p) => p.replace('three', 'four')), ...P.map((p) => p.replace('three', 'five')), ...P.map((p) => p.replace('three', 'six'))].join('\n');
    expect(run(oneBlock).nodes.map((n) => n.text)).toContain(P[1]);
    // Guard: a search box's short labels after the box's label are no teasers.
    const search = run(['Night buses reach eastern towns', ...P, 'Also Read\nType your search\nSubmit', 'Ferry Fares Rise Again as Harbour Works Run Late'].join('\n\n'));
    expect(search.clean.removed.find((r) => r.text === 'Type your search')?.category).not.toBe('related');
  });

  it('reads a date far under the story, past its furniture, when a label alone on the line above dates the page ("Stand:" / date)', () => {
    const furniture = ['Share', 'Tweet', 'Print', 'Tags', 'Buses', 'Towns', 'Contact', 'Imprint'];
    expect(run(['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...furniture, 'Stand:', '04.11.2024'].join('\n')).meta.date.value).toBe('2024-11-04');
    // A bare date there, with no label, may be a teaser's or a list's.
    expect(run(['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...furniture, 'Bus', '04.11.2024'].join('\n')).meta.date.value).toBeNull();
  });

  it("files a blog's post line as a dateline, read for the date, but keeps a story's sentence that merely opens alike", () => {
    const post = 'This entry was posted on Thursday, August 8th, 2024 at 2:01 pm and is filed under Transport and Towns.';
    const { clean, nodes, meta } = run(['Night buses reach eastern towns', ...P, post].join('\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.find((r) => r.text === post)?.category).toBe('dateline');
    expect(meta.date.value).toBe('2024-08-08');
    const sentence = 'This was posted by the transport authority a few hours before the vote: the buses will run every thirty minutes from September.';
    const story = run(['Night buses reach eastern towns', ...P, sentence].join('\n'));
    expect(story.nodes.map((n) => n.text)).toContain(sentence);
  });

  it('files the page footer after the last comment as footer, not as comments', () => {
    const comments = ['3 Comments', 'Lina Park says:', 'March 4, 2024 at 9:12 am', 'The eastern towns have waited far too long for this, and I hope the buses really run every thirty minutes.', 'Omar Haddad says:', 'March 4, 2024 at 10:40 am', 'Will the night buses also stop at the hospital, or only in the town centres as the day buses do now?', 'Jo Weller says:', 'March 5, 2024 at 7:02 am', 'Good news for shift workers, who have had to pay for taxis or walk home after midnight for years.'];
    const footer = ['About us', 'Contact', 'Privacy policy', '© 2024 Eastbury Courier Ltd. All rights reserved.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', ...P, ...comments, ...footer].join('\n');
    const { clean, nodes } = run(page);
    expect(nodes.map((n) => n.text)).toEqual(P);
    const category = (t: string) => clean.removed.find((r) => r.text === t)?.category;
    for (const t of footer) expect(category(t), t).toBe('footer');
    expect(category('Jo Weller says:')).toBe('comments');
    // A footer-like line between two comments is inside the section.
    const inside = [...comments.slice(0, 7), 'Contact', ...comments.slice(7)];
    const second = run(['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', ...P, ...inside, ...footer].join('\n'));
    expect(second.nodes.map((n) => n.text)).toEqual(P);
    expect(second.clean.removed.find((r) => r.text === 'Contact')?.category).toBe('comments');
  });

  it('removes a numbered comment section without a heading or times', () => {
    const comments = ['1. Lina Park - March 5, 2024', 'The eastern towns have waited far too long for this, and I hope the buses really run every thirty minutes.', '2. Omar Haddad - March 5, 2024', 'Will the night buses also stop at the hospital, or only in the town centres as the day buses do now?', '3. Jo Weller - March 6, 2024', 'Good news for shift workers, who have had to pay for taxis or walk home after midnight for years.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', ...P, ...comments].join('\n');
    const { nodes, clean } = run(page);
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.filter((r) => r.category === 'comments').length).toBeGreaterThanOrEqual(comments.length);
  });

  it('removes comments headed by a name and an age', () => {
    const comments = ['Lina Park 2 days ago', 'The eastern towns have waited far too long for this, and I hope the buses really run every thirty minutes.', 'Omar Haddad 3 days ago', 'Will the night buses also stop at the hospital, or only in the town centres as the day buses do now?', 'Jo Weller 3 days ago', 'Good news for shift workers, who have had to pay for taxis or walk home after midnight for years.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', ...P, ...comments].join('\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('keeps a dated timeline inside the story', () => {
    const timeline = ['Spring review - April 2, 2024', 'The assembly raised the transport budget by four percent after a long debate about rural routes.', 'Tender - May 14, 2024', 'Three operators bid for the new routes, and the cheapest offer was chosen in June.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', P[0]!, ...timeline, P[1]!, P[2]!].join('\n');
    const texts = run(page).nodes.map((n) => n.text);
    for (const t of [P[0]!, timeline[1]!, timeline[3]!, P[2]!]) expect(texts).toContain(t);
  });

  it('removes long comments that each end in the same reply button', () => {
    // Twelve paragraphs a comment: the buttons stand further apart than the entries of short comments.
    const says = (who: string) => Array.from({ length: 12 }, (_, k) => `${who} wrote in point ${k + 1} that the night buses should also serve the villages north of the river, where no bus runs after nine.`);
    const comments = ['Lina Park', ...says('Lina'), 'Reply to This Thread Share', 'Omar Haddad', ...says('Omar'), 'Reply to This Thread Share', 'Jo Weller', ...says('Jo'), 'Reply to This Thread Share'];
    const story = [...P, 'Campaigners said the timetable was a good start, but they asked the assembly to add a stop at the hospital, where many night-shift workers begin and end their day.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', ...story, ...comments].join('\n');
    const { nodes, clean } = run(page);
    expect(nodes.map((n) => n.text)).not.toContain(comments[14]);
    expect(nodes.map((n) => n.text).slice(0, story.length)).toEqual(story);
    expect(clean.removed.filter((r) => r.category === 'comments').length).toBeGreaterThanOrEqual(28);
  });

  it('ends the story at a call to comment in a row of furniture, however long the comments after it', () => {
    const said = ['The eastern towns have waited far too long for this, and I hope the buses really run every thirty minutes as the operators promise.', 'Will the night buses also stop at the hospital, or only in the town centres as the day buses do now? Nobody at the assembly seems to know.', 'Good news for shift workers, who have had to pay for taxis or walk home after midnight for years, often in the rain and on unlit roads.', 'I drove one of the old night buses for ten years and the routes were never the problem; the problem was that nobody knew they existed.'];
    const comments = ['Lina Park', said[0]!, said[1]!, 'Omar Haddad', said[2]!, said[3]!];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'Tags: buses, transport', 'Share this article', 'Post a Comment', ...comments].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('keeps the story under a call to comment printed above it', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'Share this article', 'Leave a comment', ...P].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('names the comment form speaking to the reader about their comment, not a story sentence about comments', () => {
    for (const t of ['Your comment is awaiting moderation.', 'This is only a preview. Your comment has not yet been posted.', 'Ihr Kommentar wird vor der Veröffentlichung geprüft.']) expect(isCommentFormLine(t), t).toBe(true);
    expect(isCommentFormLine('Readers sent more than 300 comments to the council before the vote on the night bus routes, most of them in favour of the plan.')).toBe(false);
    expect(isCommentFormLine('The assembly asked for comments on the plan.')).toBe(false);
    // The form's promise about the address, and a story about an address that was published.
    for (const t of ['Your email address will not be published. Required fields are marked *', 'Ihre E-Mail-Adresse wird nicht veröffentlicht.', 'Votre adresse e-mail ne sera pas publiée.']) expect(isCommentFormLine(t), t).toBe(true);
    expect(isCommentFormLine('The mayor said her e-mail address will not be published in the council minutes again.')).toBe(false);
    // The formal call to comment over the form, and the form's lines under it, after the story.
    const form = ['Schreiben Sie einen Kommentar\nVerbinden mit:', 'Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.', 'Kommentar\nName *\nE-Mail *\nWebseite'];
    const { nodes, clean } = run(['Night buses reach eastern towns', ...P, ...form].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.find((r) => r.text === 'Schreiben Sie einen Kommentar')?.category).toBe('comments');
  });

  it('names a call to log in in order to comment, and reads the comments under a heading it follows as comments, dates or none', () => {
    for (const t of ['LOG IN TO COMMENT | REGISTER TODAY', 'Sign in to post a comment', 'Anmelden, um zu kommentieren', 'Inicia sesión para comentar', 'Connectez-vous pour commenter']) expect(isCommentFormLine(t), t).toBe(true);
    for (const t of ['Log in to your account', 'Sign in to see every route', 'Riders can log in to comment on the timetable until May.']) expect(isCommentFormLine(t), t).toBe(false);
    const comments = [
      'Finally a bus home after the late shift. I have worked nights at the hospital for eleven years and paid for a taxi every single time, so thank you to everyone who wrote letters and went to the meetings for this.',
      'MarkT',
      'Every hour is not enough on a Friday night. The buses will be full before midnight and people will be left standing at the stops in the cold, just as they were with the old summer trial two years ago.',
    ];
    const { nodes } = run(['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'COMMENTS', 'LOG IN TO COMMENT | REGISTER TODAY', 'riverside_rider', ...comments].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    // A bare heading that only names a part of the story keeps what follows.
    const story = run(['Night buses reach eastern towns', 'By Ana Ruiz', P[0]!, 'Comments', P[1]!, P[2]!].join('\n\n'));
    expect(story.nodes.map((n) => n.text)).toEqual(expect.arrayContaining([P[1], P[2]]));
  });

  it("names the form's notice that comments wait for approval, and a blog's list of trackbacks, not a story about moderation", () => {
    for (const t of ['All comments are moderated; yours shows up once we have read it.', 'This comment won\'t appear until approved by an editor.', 'Kommentare werden moderiert und erst nach Prüfung freigeschaltet.', 'Listed below are links to weblogs that reference Night buses reach eastern towns:']) expect(isCommentFormLine(t), t).toBe(true);
    for (const t of ['The forum is moderated by volunteers who live along the night routes.', 'The new timetable will not appear until the council has approved the budget.']) expect(isCommentFormLine(t), t).toBe(false);
  });

  it('names the form asking the reader to log in or register before commenting, not a story sentence about rules for comments', () => {
    for (const t of ['You need to be logged in to leave a comment on this post.', 'Um zu kommentieren, musst du angemeldet sein.', 'Para comentar debes iniciar sesión con tu cuenta.', 'Vous devez être connecté pour publier un commentaire.']) expect(isCommentFormLine(t), t).toBe(true);
    expect(isCommentFormLine('Under the new rules, officials must register every comment they make on a planning file.')).toBe(false);
    expect(isCommentFormLine('Residents must register with the council before the night buses can stop at their homes.')).toBe(false);
  });

  it('names a picture test of the form by its error and help lines, not a story sentence about an image', () => {
    for (const t of ['The letters and numbers you entered did not match the image. Please try again.', 'Having trouble reading this image? View an alternate.']) expect(isCommentFormLine(t), t).toBe(true);
    expect(isCommentFormLine('The letters on the old depot sign did not match the image the council had published.')).toBe(false);
  });

  it('ends the story at the comment form, with the prose of its messages', () => {
    const form = ['Comments', 'This is only a preview. Your comment has not yet been posted.', 'Your comment could not be posted because the letters you typed did not match the image.', 'Your comment has been saved and will appear once the editors have approved it.', 'Having trouble reading the image? Ask for another one.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'Tags: buses, transport', 'Share this article', ...form].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('ends the story at a comment policy printed as prose over the comment form', () => {
    const policy = ['We welcome comments from our readers on the stories of the day.', 'All comments are moderated, so yours may take a while to appear under the story.', 'Please keep your comments civil and on the topic of the story.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...policy, 'Recent posts'].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('keeps a story about comments whose paragraphs each mention them', () => {
    const story = ['Readers sent the assembly more comments on the night bus plan than on any plan before it, most of them from shift workers.', 'The comments were read out at the meeting on Wednesday, and several members said they had changed their minds because of them.', 'The clerk said the comments will be published with the minutes, and that moderated comments on the website will stay open until May.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...story, ...P].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual([...story, ...P]);
  });

  it('keeps a story with no comment section whole', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', ...P].join('\n');
    const { nodes, clean } = run(page);
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.filter((r) => r.category === 'comments')).toEqual([]);
  });
});

describe('a headline under a label over other stories', () => {
  const teaser = 'Assembly raised the transport budget';
  const headline = 'Night buses reach the eastern towns at last';
  // The teaser is printed twice, in a box beside the story's start and under it, with its date the second time.
  const page = (label: string) =>
    run(['4 June 2024 Last updated at 06:50 ET', 'Share this page', 'Email', 'Print', headline, " The operators said the buses would run 'every thirty minutes until two'", 'Continue reading the main story', label, teaser, '', ...P, '', 'More on This Story', label, teaser, '04 JUNE 2024, TRANSPORT', 'Related Internet links'].join('\n')).meta.title;

  it('is never the first story under a label of stories on the same subject', () => {
    for (const label of ['Related Stories', 'Lesen Sie auch', 'Noticias relacionadas', 'Czytaj też']) expect(page(label), label).toBe(headline);
  });

  it('may be the first entry of a list of the latest stories, which often opens with the page\'s own', () => {
    const own = run(['Home', 'News', 'Latest News', 'Night Buses Reach Eastern Towns', 'By Ana Ruiz', ...P].join('\n')).meta.title;
    expect(own).toBe('Night Buses Reach Eastern Towns');
  });
});

describe('a headline laid out like the teasers around it', () => {
  const teaserRows = ['Most Popular', 'Ferry Fares Rise Again as Harbour Works Run Late', 'June 3, 2024 by Tom Hale', 'Five New Cycle Lanes Open in the Old Town', 'June 3, 2024 by Sue Marsh', 'Rail Link to the Airport Gets Its Money', 'June 2, 2024 by Ed Brandt'];

  it('takes the teaser-shaped line right over the main text as its headline', () => {
    const page = [...teaserRows, 'Night Buses Reach Eastern Towns at Last', 'June 4, 2024 by Ana Ruiz', ...P].join('\n');
    const { meta, nodes } = run(page);
    expect(meta.title).toBe('Night Buses Reach Eastern Towns at Last');
    expect(meta.date.value).toBe('2024-06-04');
    expect(nodes.map((n) => n.text)).toEqual(P);
  });

  it('takes it with a site line, a date, a section, a share row and a deck between it and the text', () => {
    const between = ['valleypost.example', 'June 4, 2024', 'Transport', 'Share', 'Tweet', 'The assembly found the money in its spring review of the transport budget.'];
    const page = [...teaserRows, 'Night Buses Reach Eastern Towns at Last', ...between, ...P].join('\n');
    expect(run(page).meta.title).toBe('Night Buses Reach Eastern Towns at Last');
  });

  it("takes the headline over a list of other stories, not a teaser of the list that the page prints again under the story", () => {
    const related = 'Related Stories|Assembly Votes to Extend Night Bus Network|Transport Budget Rises by Four Percent|Night Bus Drivers Vote on Pay Offer'.split('|');
    const page = ['Home', 'Transport', 'Night Buses Reach Eastern Towns at Last', 'By Ana Ruiz Transport reporter Valley Post', ...related, ...P, 'More on This Story', ...related].join('\n');
    const { meta } = run(page);
    expect(meta.title).toBe('Night Buses Reach Eastern Towns at Last');
    expect(meta.authors).toEqual(['Ana Ruiz']);
  });

  it('leaves teasers that stand far from the main text out of the running', () => {
    const page = ['Night Buses Reach Eastern Towns at Last', 'June 4, 2024 by Ana Ruiz', ...P, ...teaserRows].join('\n');
    expect(run(page).meta.title).toBe('Night Buses Reach Eastern Towns at Last');
  });
});

describe('a story given alone, its key points without full stops', () => {
  // Four points, as a live page or a story's summary box prints them: long lines, no closing full stop.
  const points = (
    'Night buses will reach the three towns on the eastern edge of the county from September|' +
    'Campaigners had sought the routes for years after the last late service was cut|' +
    'Buses will run every thirty minutes until two in the morning on Fridays and Saturdays|' +
    'The assembly found the money in the spring review of its transport budget'
  ).split('|');

  it('takes the first line of a page with no furniture for the headline and keeps every point', () => {
    const page = ['Night buses reach the eastern towns', ...points, 'Operators will publish the timetables in August.'].join('\n\n');
    const { meta, nodes } = run(page);
    expect(meta.title).toBe('Night buses reach the eastern towns');
    expect(nodes.map((n) => n.text)).toEqual([...points, 'Operators will publish the timetables in August.']);
  });

  it('does not take a page\'s first line when the page has a menu, a byline or a date', () => {
    const page = ['Valley Post', 'Home', 'News', 'Sport', 'Contact', 'Night Buses Reach Eastern Towns at Last', 'June 4, 2024 by Ana Ruiz', ...P].join('\n');
    expect(run(page).meta.title).toBe('Night Buses Reach Eastern Towns at Last');
  });
});

describe('a short story with a longer sidebar after it', () => {
  const sidebar = [
    'The Valley Post was founded by a group of printers in the old market hall and has reported on the county, its towns and its villages ever since, with a newsroom that now counts twelve reporters and four photographers.',
    'Our weekend edition brings long reads about farming, the coast and the people who keep the county running, and our podcast visits a different village every week to hear what its people want the council to know.',
  ];
  // A row of furniture between them: share buttons, tags, calls to follow and to log in.
  const furniture = ['Share', 'Tweet', 'Email', 'Print', 'Reddit', 'WhatsApp', 'Copy link', 'Tags: buses, towns, county', 'Follow us on Twitter', 'Log in', 'Sign up', 'Subscribe', 'Leave a comment'];

  it('keeps the story under its headline when a sidebar after a row of furniture holds somewhat more prose', () => {
    const page = ['Menu', 'Night buses reach the eastern towns', 'By Dana Wells', P[0]!, P[1]!, furniture.join('\n'), ...sidebar].join('\n\n');
    const texts = run(page).clean.nodes.map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining([P[0]!, P[1]!]));
    for (const t of sidebar) expect(texts).not.toContain(t);
  });

  it('keeps the densest text when the headline\'s own text is far shorter than it', () => {
    const long = [...sidebar, ...sidebar.map((t) => t.replace('The ', 'Again, the ').replace('Our ', 'Again, our ')), P[2]!];
    const page = ['Menu', 'Night buses reach the eastern towns', 'By Dana Wells', P[1]!, furniture.join('\n'), ...long].join('\n\n');
    expect(run(page).clean.nodes.map((n) => n.text)).toEqual(expect.arrayContaining(long));
  });
});

describe('a newsletter box inside the story', () => {
  it('drops the box\'s consent paragraph standing between its buttons, and keeps the story around it', () => {
    const consent = 'I agree to the privacy policy and would like to receive the Valley Post newsletter with the week\'s best stories from the county every Friday morning, and I can withdraw at any time.';
    const page = ['Night buses reach the eastern towns', 'By Dana Wells', P[0]!, P[1]!, 'Newsletter\nYour e-mail address', consent, 'Subscribe\nNo thanks', P[2]!, P[0]!.replace('The regional', 'Last year the regional')].join('\n\n');
    const texts = run(page).clean.nodes.map((n) => n.text);
    expect(texts).not.toContain(consent);
    expect(texts).toEqual(expect.arrayContaining([P[0]!, P[1]!, P[2]!]));
  });
});

describe('the story ends at a closing paragraph', () => {
  const bio = 'Ana Ruiz is a transport reporter for the Valley Post and covers the county assembly, its budget and its buses.';
  const teasers = ['Ferry fares rise again as the harbour works run late', 'Five new cycle lanes open in the old town this spring', 'The long wait for a rail link to the airport is finally over, and passengers are pleased'];

  it('drops a biography and the prose that only follows it (teasers, a sidebar)', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, bio, ...teasers].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('ends at a run of teasers, with the prose summaries printed after it', () => {
    const sidebar = ['Most read', 'Ferry Fares Rise Again as Harbour Works Run Late', 'Five New Cycle Lanes Open in the Old Town', 'Rail Link to the Airport Gets Its Money', 'The harbour board met on Monday and agreed to spend the reserve on the quay walls, which the engineers say will last another fifty years.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...sidebar].join('\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('ends at a run of teasers when the prose after it is under two thirds of the story before it', () => {
    // 88 words of story, then three teasers and 54 words of sidebar summaries.
    const sidebar = ['Most read', 'Ferry Fares Rise Again as Harbour Works Run Late', 'Five New Cycle Lanes Open in the Old Town', 'Rail Link to the Airport Gets Its Money', 'The harbour board met on Monday and agreed to spend the reserve on the quay walls, which the engineers say will last another fifty years.', 'The old town will close two streets to cars from May, and the shops there have asked the council for more bicycle stands and benches.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...sidebar].join('\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('keeps the story whole across a run of teasers in its middle, with much of the story still after it', () => {
    const rest = ['Campaigners said the timetable was a good start, but asked the assembly to add a stop at the hospital, where many night-shift workers begin and end their day.', 'The assembly will review the routes next spring, once the first six months of passenger numbers are known.', 'Until then the day buses keep their timetable, and the last one still leaves the central station at half past eleven every night.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'Read more', 'Ferry Fares Rise Again as Harbour Works Run Late', 'Five New Cycle Lanes Open in the Old Town', 'Rail Link to the Airport Gets Its Money', ...rest].join('\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual([...P, ...rest]);
  });

  const ladder = [
    'Read more »', 'Ferry Fares Rise Again as Harbour Works Run Late', 'The ferry company said on Monday that it will run fewer boats between November and March, because the works on the harbour walls have taken much longer than the engineers had planned.',
    'Read more »', 'Five New Cycle Lanes Open in the Old Town', 'Cyclists can now ride from the station to the market and on to the river without sharing the road with buses, and the council says more lanes will follow next year.',
    'Read more »', 'Rail Link to the Airport Gets Its Money', 'The government has agreed to pay for the last part of the line to the airport, which should open in three years if the tunnel under the ring road is finished on time.',
    'Read more »',
  ];

  it('drops a list of teasers with their one-line summaries after the story', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...ladder].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('keeps paragraphs between two "Read more" teasers in the story', () => {
    const rest = ['Campaigners said the timetable was a good start, but they asked the assembly to add a stop at the hospital, where many night-shift workers begin and end their day.', 'The assembly will review the routes next spring, once the first six months of passenger numbers are known and the operators have reported their costs.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...ladder.slice(0, 2), rest[0]!, ...ladder.slice(3, 5), rest[1]!].join('\n\n');
    const texts = run(page).nodes.map((n) => n.text);
    for (const t of [...P, ...rest]) expect(texts).toContain(t);
  });

  const bar = ['Tags: buses, county assembly, transport', 'Share this:', 'Facebook', 'Twitter', 'Email'];
  const box = ['The harbour board met on Monday and agreed to spend its reserve on the quay walls, which the engineers say will last another fifty years.', 'The old town will close two streets to cars from May, and the shops there asked for more benches.'];

  const headlines = ['Ferry Fares Rise Again as Harbour Works Run Late', 'Five New Cycle Lanes Open in the Old Town', 'The Long Wait for a Rail Link to the Airport Is Over', 'Why the Market Hall Needs a New Roof Before Winter', 'Seven Things to Do by the River This Summer'];

  it('ends at a run of other stories\' headlines with nothing between them, even without a label', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...headlines, box[1]!].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('keeps title-case subheadings that each head their own paragraph, and such runs on pages not in English', () => {
    const withSections = ['Night buses reach eastern towns', 'By Ana Ruiz', P[0]!, headlines[0]!, P[1]!, headlines[1]!, P[2]!, headlines[2]!, box[0]!, headlines[3]!, box[1]!].join('\n\n');
    expect(run(withSections).nodes.map((n) => n.text)).toEqual([P[0], headlines[0], P[1], headlines[1], P[2], headlines[2], box[0], headlines[3], box[1]]);
    const german = [
      'Nachtbusse fahren bald in die östlichen Orte',
      'Von Ana Ruiz',
      'Die Regionalversammlung hat am Mittwoch beschlossen, das Netz der Nachtbusse auf die drei Orte am östlichen Rand des Kreises auszuweiten, was Initiativen seit Jahren gefordert hatten.',
      'Die neuen Linien starten im September und werden aus dem Verkehrshaushalt bezahlt, den die Versammlung bei ihrer Überprüfung im Frühjahr um vier Prozent erhöht hat.',
      'Die Betreiber müssen die Busse freitags und samstags bis zwei Uhr morgens alle dreißig Minuten fahren lassen, an den anderen Abenden der Woche jede Stunde.',
      'Neue Haltestelle Am Alten Markt Vor Dem Rathaus',
      'Längere Fahrzeiten Für Die Linie Zum Großen Krankenhaus',
      'Günstigere Monatskarten Für Schüler Und Studenten Im Kreis',
      'Zusätzliche Fahrten An Feiertagen Und Zum Jahreswechsel',
      'Mehr Sicherheit Durch Neue Kameras In Allen Fahrzeugen',
      'Die Altstadt sperrt ab Mai zwei Straßen für Autos, und die Geschäfte dort wünschen sich mehr Bänke.',
    ];
    expect(run(german.join('\n\n')).nodes.map((n) => n.text)).toEqual(german.slice(2));
  });

  it('ends at a row of closing furniture (tags, share buttons) when little prose follows it', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...bar, ...box].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('ends at a long row of furniture (share bar, follow buttons, ads, menu) though the prose after it is more than half the story', () => {
    const more = [
      'Drivers will be hired over the summer, and the operator expects the first buses to be full on Friday and Saturday nights from the very start of the service.',
      'Shop owners in the three towns welcomed the decision, saying that late customers and staff had long asked for a way home that did not depend on a car or a taxi.',
      'The county will review the routes after one year and may add a fourth line to the hospital if the numbers on the first three lines justify the extra cost.',
      'Campaigners said the timetable was a good start but asked for a stop at the railway station, where the last train from the city arrives shortly after midnight.',
      'A public meeting on the timetable will be held in the town hall next month, and residents can send their comments to the assembly in writing until the end of June.',
    ];
    const row = ['Share this:', 'Facebook', 'Twitter', 'Email', ...Array.from({ length: 6 }, (_, i) => [`Follow Valley Post ${i + 1}`, 'Advertisement']).flat(), 'Weather', 'Traffic', 'Sport', 'Business', 'Culture', 'Opinion', 'Obituaries', 'Jobs', 'Advertisement', 'Advertisement'];
    const teasers = [
      'Harbour pilot who guided tankers for thirty years hands over the wheel to his daughter. The port threw a party on the quay, with a brass band and a cake shaped like a tug.',
      'Bakery on the market square wins a national prize for its rye bread. The owners now plan a second shop near the station next spring and will hire four apprentices.',
      'Farmers in the hills say the dry summer cut their hay harvest by half. They asked the county for help with winter feed before the first snow closes the upper roads.',
      'Swimming club celebrates its hundredth year with a race across the bay. Every member who ever won a medal was invited to the dinner that followed in the old boathouse.',
    ];
    const page = [['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...more].join('\n\n'), row.join('\n'), teasers.join('\n\n')].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual([...P, ...more]);
    // More of the story after such a row than before it: the row stood in the story.
    const split = [['Night buses reach eastern towns', 'By Ana Ruiz', ...P].join('\n\n'), row.join('\n'), more.join('\n\n')].join('\n\n');
    expect(run(split).nodes.map((n) => n.text)).toEqual([...P, ...more]);
  });

  it('keeps a story across a share bar in its middle when much of it follows', () => {
    const rest = ['Campaigners said the timetable was a good start, but they asked the assembly to add a stop at the hospital, where many night-shift workers begin and end their day.', 'The assembly will review the routes next spring, once the first six months of passenger numbers are known and the operators have reported their costs.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...bar.slice(1), ...rest].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual([...P, ...rest]);
  });

  it('does not take code that prints for a print button', () => {
    expect(isShareLine('print(results)')).toBe(false);
    expect(isShareLine('Print | Email | Share')).toBe(true);
  });

  it('reads a button\'s short label opening with its verb as a button, and a headline opening with it as a headline', () => {
    for (const line of ['Share this story', 'Print this page', 'Email this article to a friend', 'Share on Facebook']) expect(isShareLine(line), line).toBe(true);
    expect(isShareLine('Share your pictures of the night buses with the county')).toBe(false);
    // "Social" around a share button; "share" as a noun beside it is no button.
    for (const line of ['Social Share', 'Share on social media']) expect(isShareLine(line), line).toBe(true);
    for (const line of ['Share of social housing', 'Social media']) expect(isShareLine(line), line).toBe(false);
    // Pinterest's button.
    expect(isShareLine('Pin It')).toBe(true);
    // A comment button in another language beside a share button; alone it is a call to comment, named so elsewhere.
    for (const line of ['teilen kommentieren', 'Compartir Comentar', 'Partager Commenter']) expect(isShareLine(line), line).toBe(true);
    expect(isShareLine('kommentieren')).toBe(false);
    expect(isShareLine('Pin it to the board, the teacher said.')).toBe(false);
    expect(isShareLine('Print shops on the high street close early this winter')).toBe(false);
    // A bookmarking service's button.
    for (const line of ['Bookmark to:', 'Bookmark this']) expect(isShareLine(line), line).toBe(true);
    expect(isShareLine('Bookmark shops in the old town sell leather and ribbon')).toBe(false);
    // The post's link to itself among the buttons; a sentence about an archived report's permalink.
    expect([isShareLine('Permalink'), isShareLine('Permalink to this post')]).toEqual([true, true]);
    expect(isShareLine('The permalink of the archived audit still shows the figures the council first printed.')).toBe(false);
  });

  it('reads buttons that repeat their verb before each platform as a share line, the names misspelt or not', () => {
    expect(isShareLine('Teilen auf Facbok Teilen auf Twiter Teilen auf Pinterst Teilen auf Redit Teilen auf Whatsap Teilen auf Xing')).toBe(true);
    expect(isShareLine('Share on Facebok Share on Twiter Share on Linkdin')).toBe(true);
    expect(isShareLine('Share the fares, share the costs, share the blame: the council wants all three.')).toBe(false);
  });

  it('reads a sentence in which the text speaks of itself as a notice only when it says what notices say', () => {
    const notices = ['This post is part of a series on the county ferries.', 'This report was updated to correct the number of routes.', 'This article contains affiliate links.', 'This story was first published by the Valley Post and is republished with permission.', 'This video reflects the views of its maker.'];
    expect(notices.map((t) => disclosuresIn(t).length)).toEqual([1, 1, 1, 1, 1]);
    // The page counting its shares or comments, the story or a reader talking about the post: none is a notice.
    const talk = ['This story has been shared 4,210 times.', 'This Post Has 12 Comments', 'This feature has come to every ticket machine at the harbour this spring.', 'This post was a joy to write, and I hope you enjoy it.'];
    expect(talk.map((t) => disclosuresIn(t).length)).toEqual([0, 0, 0, 0]);
    // The same in German: a notice of advertising or of where the text first ran; a blog's filing line and a print footer whose address holds a notice's word.
    expect(['Dieser Beitrag enthält Werbung für eine Fährlinie.', 'Dieser Artikel ist ursprünglich im Hafenblatt erschienen.'].map((t) => disclosuresIn(t).length)).toEqual([1, 1]);
    expect(['Dieser Beitrag wurde unter Verkehr abgelegt und mit Bus, Fähre, Nacht verschlagwortet.', 'Dieser Artikel wurde ausgedruckt unter der Adresse: https://example.org/update-fahrplan'].map((t) => disclosuresIn(t).length)).toEqual([0, 0]);
  });

  it('reads where the text first ran as a republication notice, in the common languages, and not a story that first appeared otherwise', () => {
    const notices = ['This article first appeared in the Valley Post.', 'This story originally ran on Harbour Radio.', 'Dieser Artikel erschien zuerst im Hafenblatt 3/24.', 'Cet article a d’abord été publié dans Le Courrier du Val.', 'Este artículo se publicó originalmente en El Diario del Valle.'];
    for (const t of notices) expect(disclosuresIn(t), t).toEqual([t]);
    const story = ['The ferry first appeared on the timetable in 1962.', 'This story first appeared to be a rumour, but the council confirmed it.', 'Der Artikel erschien in einer Zeit, als die Fähre noch fuhr.'];
    for (const t of story) expect(disclosuresIn(t), t).toEqual([]);
  });

  it('reads a call to secure the site\'s journalism as a call for support, not a sentence about securing journalism', () => {
    expect(cueCategory('Guter Lokaljournalismus kostet Geld. Sichern Sie unseren Journalismus mit einem Abo!')).toBe('login');
    expect(cueCategory('Die Stiftung will den Journalismus in der Region sichern.')).toBeNull();
  });

  it('names newsletter calls, subscription promotions and opinion notices', () => {
    expect(cueCategory('Sign up for our weekly newsletter about the county and get it in your inbox every Friday.')).toBe('login');
    expect(cueCategory('Did you like this article? Subscribe to get every new post by email.')).toBe('login');
    expect(disclosuresIn('The views expressed here are the author’s own and not those of the Valley Post.')).toHaveLength(1);
    // In German: the author's opinion is not the desk's; a sentence about opinions that is no notice.
    for (const t of ['Meinungen in Beiträgen auf Hafenblick entsprechen den Einschätzungen der Autorin oder des Autors.', 'Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.']) expect(disclosuresIn(t), t).toHaveLength(1);
    expect(disclosuresIn('Meinungen gibt es viele, sagte der Autor am Hafen.')).toHaveLength(0);
    // A notice under a longer label.
    expect(disclosuresIn('Editorial Disclaimer: what our writers think is theirs, and no ferry company paid for it.')).toHaveLength(1);
    // A broadcaster disowning what its guests say; a story on what some guests said.
    for (const t of ['Aussagen unserer Interviewpartner spiegeln ihre eigene Sicht, nicht die des Senders.', 'The views of our guests are theirs, not the station’s.']) expect(disclosuresIn(t), t).toHaveLength(1);
    expect(disclosuresIn('Die Aussagen der Gäste im Studio sorgten für Streit im Stadtrat.')).toHaveLength(0);
    // A partnership notice set off by dashes behind an ad's label; an ad's label over an offer is no notice.
    expect(disclosuresIn('– Anzeige: Dieser Beitrag ist in Zusammenarbeit mit Hafenrad entstanden –')).toEqual(['Anzeige: Dieser Beitrag ist in Zusammenarbeit mit Hafenrad entstanden']);
    expect(disclosuresIn('Anzeige: Jetzt 20 Prozent sparen beim Fahrradhändler am Hafen')).toHaveLength(0);
    // The label closed by a full stop, after a list's mark.
    expect(disclosuresIn('* Werbung. Dieser Beitrag enthält Werbung für Hafenrad.')).toEqual(['Werbung. Dieser Beitrag enthält Werbung für Hafenrad.']);
    // A call to get the best or latest stories in one's inbox is one too, whatever it calls the newsletter.
    for (const t of ['Get the best stories of the week delivered to your inbox.', 'Hol dir die wichtigsten News jede Woche in deinen Posteingang!', 'Recevez chaque semaine nos meilleurs articles dans votre boîte mail.']) expect(cueCategory(t), t).toBe('login');
    // Sentences of a story with the same words stay.
    expect(cueCategory('Scammers send fake bus tickets straight to your inbox, the police said.')).toBeNull();
    expect(cueCategory('The council will publish a newsletter for residents that explains how the new routes will work.')).toBeNull();
    expect(cueCategory('Did you like the old buses? Readers told us what they think of the new ones.')).toBeNull();
  });

  it('names an offer that can be cancelled at any time, a sign-up form\'s consent line and a promise never to miss a story, not a story about contracts or consent', () => {
    for (const t of [
      'Read everything for one euro a month. Cancel anytime.',
      'Jederzeit kündbar.',
      'I agree to the privacy policy and the terms of use.',
      'Mit dem Absenden des Formulars willige ich ein, den Newsletter zu erhalten.',
      'By clicking Subscribe you accept our privacy policy.',
      'Sign up to get the best of the week from the valley.',
      'Never miss a story: get the morning edition by email.',
    ]) expect(cueCategory(t), t).toBe('login');
    expect(cueCategory('Can I cancel at any time?')).toBeNull();
    expect(cueCategory('Riders were told they could cancel anytime, but the contract said otherwise.')).toBeNull();
    expect(cueCategory('I agree with the mayor that the new routes will help the towns.')).toBeNull();
    expect(cueCategory('Never miss a dose of your medication, the nurse advises.')).toBeNull();
  });

  it("names a call to the site's own app or channel, or to follow it by name on a network, not a story sentence about an app", () => {
    for (const t of [
      'Download our app and get the news from the valley first.',
      'Join our Telegram channel for the latest stories from the county.',
      'Have you heard? We have a WhatsApp channel now. Join it with this link.',
      '¡Suscríbete a nuestro canal de YouTube!',
      'Get the latest headlines straight to your phone with the Valley Post app.',
      'Follow the Valley Post on Instagram and on Facebook @valleypost.',
      'Folgen Sie dem Kurier auf Twitter.',
      'Folgen Sie dem Kurier auf Pinterest.',
      'Follow the Valley Post on Telegram',
      '(For updates you can pass on to your friends, follow Valley Post on Facebook and Twitter)',
    ]) expect(cueCategory(t), t).toBe('share');
    expect(cueCategory('For news of the strike, the drivers follow the union on Facebook.')).toBeNull();
    expect(cueCategory('The operator launched its own app, and riders were asked to download it before the timetable changes.')).toBeNull();
    expect(cueCategory('Riders can download our app to see where the buses are, the operator said.')).toBeNull();
    expect(cueCategory('Follow the river path on foot until you reach the bridge.')).toBeNull();
  });

  it("names a page's feedback widget asking whether it helped, not a question in the story", () => {
    for (const t of ['Was this article helpful?', 'Was this page helpful? Yes No', 'Fanden Sie diesen Artikel hilfreich?', 'Cet article vous a-t-il été utile ?']) expect(cueCategory(t), t).toBe('share');
    expect(cueCategory('Was this the helpful answer the council wanted?')).toBeNull();
  });

  it('names an affiliate disclosure (the site is paid when a reader buys through its links), not a story sentence about revenue', () => {
    for (const t of [
      'If you buy something through a link on this page, we may earn a small commission at no cost to you.',
      'As an Amazon Associate the Valley Post earns from qualifying purchases.',
      'Wenn du über diese Links einkaufst, erhalten wir eine kleine Provision.',
      'Si vous achetez via ces liens, nous percevons une commission.',
    ]) expect(disclosuresIn(t), t).toHaveLength(1);
    expect(disclosuresIn('The operator will earn revenue from the new night fares, the council said.')).toHaveLength(0);
    expect(disclosuresIn('Drivers receive a commission for every late run they cover, the union said.')).toHaveLength(0);
    // Links said to be affiliate links, a labelled disclaimer with a note in brackets, a post said to come from a community blog.
    for (const t of ['Links marked with a star are so-called affiliate links.', 'Links in unseren Artikeln können sogenannte Affiliate-Links sein.', 'Die markierten Links sind »Affiliate-Links«: Kaufst du darüber ein, verdienen wir mit.', 'Bei den Links mit Stern handelt es sich um Affiliate-Links.', 'Disclaimer (varies by section): Articles on this site may contain the author’s opinions.', 'Bei diesem Beitrag handelt es sich um einen Text aus unserer Leser-Community.', 'Mit Stern markierte Links sind teilweise Partner-Links: Kauft ihr darüber ein, erhalten wir einen kleinen Teil vom Verkaufserlös.']) expect(disclosuresIn(t), t).toHaveLength(1);
    expect(disclosuresIn('Die Stadtwerke sind Partner der Links-Fraktion im Rat, sagte der Bürgermeister.')).toHaveLength(0);
    expect(disclosuresIn('The search company said it would ban affiliate links from its shopping ads next year.')).toHaveLength(0);
    expect(disclosuresIn('Researchers found that affiliate links can be hidden in the videos of popular channels.')).toHaveLength(0);
  });

  it("names the print edition's note under a web story, not a sentence about a printed version", () => {
    expect(disclosuresIn('A version of this article appeared in print on May 3, 2024, on page A4 of the city edition with the headline: Night Buses.')).toHaveLength(1);
    expect(disclosuresIn('The council said a version of the plan appeared in print last spring.')).toHaveLength(0);
  });

  it("names the page's note about the notice beside it and an editor's note with a curly apostrophe, not a story sentence about a notice", () => {
    const notes = [
      'Note: the sponsor disclaimer below covers partner posts, not this review.',
      '/Editor’s note: The disclosure below covers partner posts only and not this column.',
      'The advertising notice above refers to paid posts.',
      'Editor’s note: This story was updated on Monday to give the mayor’s full title.',
    ];
    const story = ['The notice below the door said the bakery had closed for good.', 'The rifle takes most (see disclaimer below) loads of that size, the shop said.', 'Her note on the disclaimer above the counter was read by every customer.'];
    expect(notes.map((t) => disclosuresIn(t).length)).toEqual([1, 1, 1, 1]);
    expect(story.map((t) => disclosuresIn(t).length)).toEqual([0, 0, 0]);
  });

  it('names a site disclaimer of about a hundred words', () => {
    const notice = [
      'Disclaimer: articles on this site may carry the opinions of their authors, and those opinions are not the views of the Valley Post or of its owners.',
      'The site takes part in the Amazon Associate program and earns revenue from qualifying purchases made through links to books and products.',
      'Other advertisers include direct sales and several third-party ad networks, which may show ads from many kinds of firms.',
      'Clicking a link, a picture or a banner on this site may earn the site a small fee, and readers who find an error in any story can write to the editors at any time.',
    ].join(' ');
    expect(notice.split(/\s+/).length).toBeGreaterThan(90);
    expect(disclosuresIn(notice)).toHaveLength(1);
  });

  it('names a button to load an embedded map or video and an empty events widget, not a sentence about loading or events', () => {
    expect(cueCategory('Klicken Sie auf den Button, um den Inhalt von maps.example.org zu laden.')).toBe('cookie');
    expect(cueCategory('Click the button below to load the content from videos.example.org.')).toBe('cookie');
    expect(cueCategory('Die alte Seite brauchte lange, um den Inhalt zu laden.')).toBeNull();
    for (const t of ['There are no upcoming events.', 'Es gibt derzeit keine bevorstehenden Veranstaltungen.']) expect(cueCategory(t), t).toBe('related');
    expect(cueCategory('There are no upcoming events in the town hall until the roof is repaired, the mayor said.')).toBeNull();
  });

  it('removes a notice printed as a paragraph between the headline and the story, however long', () => {
    const notice = 'Some links on this page lead to shops that pay us. If you buy something through them, we may earn a small commission, which never changes what we write about or what we recommend to our readers in any review.';
    const { clean } = run(['Menu', 'Transport', 'Night buses reach the eastern towns', 'By Dana Wells', 'March 3, 2024', notice, ...P].join('\n\n'));
    expect(clean.nodes.map((n) => n.text)).not.toContain(notice);
    expect(clean.removed.find((r) => r.text === notice)?.category).toBe('disclosure');
    expect(clean.nodes.map((n) => n.text)).toEqual(expect.arrayContaining(P));
  });

  it('names the publication asking its readers to support its journalism, not a source speaking of its work', () => {
    expect(cueCategory('Your contribution helps us keep our reporting free for everyone in the valley.')).toBe('login');
    expect(cueCategory('Mit Ihrer Spende bleibt unsere Berichterstattung für alle Leser frei zugänglich.')).toBe('login');
    expect(cueCategory('“Without the grant we cannot support our work with the night shift workers,” the union said.')).toBeNull();
    expect(cueCategory('Our reporting found that the operators had missed the deadline twice.')).toBeNull();
  });

  it('names a paywall’s notice, not a story sentence about subscribers', () => {
    for (const t of ['Subscribe today to read the full story and every article in our archive.', 'Already a subscriber? Log in to read the rest of this article.', 'Jetzt abonnieren und den ganzen Artikel lesen.']) expect(cueCategory(t), t).toBe('login');
    expect(cueCategory('The operator has 4,000 subscribers to its monthly pass, and the number is growing.')).toBeNull();
    expect(cueCategory('The full story of the night buses goes back to a petition signed in 2015.')).toBeNull();
  });

  it('ends a story cut short at its paywall notice', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'Subscribe now to our digital edition to read the full story.', 'Download our app for the latest news on your phone and tablet, wherever you are.'].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('ends the story at a call to support its journalism', () => {
    const pitch = 'Every donation helps our journalism stay free to read for everyone in the county.';
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, pitch, '5 €', '10 €', 'Donate now'].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('reads a box that opens with where the byline’s author lives as a biography, and a story’s sentence on where someone lives as text', () => {
    const lives = 'Ana Ruiz lives on the coast with her partner and two dogs, where she restores old bicycles and thinks about timetables.';
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'About Ana Ruiz', lives].join('\n\n');
    expect(run(page).clean.removed.find((r) => r.text === lives)?.category).toBe('author-bio');
    const resident = 'Omar Haddad lives on the coast with his partner and two dogs, and he now takes the night bus to his shift at the hospital.';
    expect(run(['Night buses reach eastern towns', 'By Ana Ruiz', ...P, resident].join('\n\n')).nodes.map((n) => n.text)).toContain(resident);
    // Under an author label the box may call her by her first name.
    expect(isNamedBox('Ana lebt mit ihrer Familie an der Küste und fährt jeden Tag mit dem Rad zur Redaktion.', 'Ana Ruiz', 'Autorin')).toBe(true);
  });

  it("reads a paragraph under an author box's label that opens with her name and says who she is as her box, whatever her trade", () => {
    const box = 'Ana has worked as a bus mechanic since 2007 and now trains the apprentices at the eastern depot, where she also keeps bees.';
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'About the author', box].join('\n\n');
    expect(run(page).clean.removed.find((r) => r.text === box)?.category).toBe('author-bio');
    expect(saysWhoUnderLabel(box)).toBe(true);
    expect(saysWhoUnderLabel('The depot has worked with the council on the new routes since the spring review.')).toBe(false);
  });

  it("keeps a numbered how-to step that walks a menu's path, which a breadcrumb's shape does not take", () => {
    const step = 'Control Panel > Network and Internet > Sharing Center > Adapter settings';
    const page = ['How to share a connection', ...P, `1. ${step}`, '2. Open the command prompt as an administrator and type the command shown below.', ...P].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toContain(`1. ${step}`);
  });

  it("reads a box under a byline's label and the name that opens with her role at a place as her box, not the story's paragraph after a plain name", () => {
    const role = 'Transport reporter at the Valley Post. She has covered buses, trains and the harbour for the paper since 2015 and edits its weekly page on the county’s roads and rail lines.';
    const page = ['Night buses reach eastern towns', ...P, 'Written by', 'Ana Ruiz', role].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
    expect(isNamedBox('Redakteurin beim Talboten. Nach dem Studium in Kiel schreibt sie seit acht Jahren über Busse, Bahnen und Fähren im Kreis.', 'Ana Ruiz', 'Ein Beitrag von:')).toBe(true);
    // No label over the name: a profile's part headed by a person's name; a label over a paragraph that opens with no role.
    expect(isNamedBox(role, 'Ana Ruiz')).toBe(false);
    expect(isNamedBox('Die Redakteurin des Talboten fuhr eine Woche lang jede Nacht mit dem letzten Bus zum Hafen und zurück.', 'Ana Ruiz', 'Von')).toBe(false);
  });

  // Under her name: the writer speaking of her blog in the first person, and a box whose name has an apposition before the verb,
  // are her box; a person portrayed speaking of her work, and a sentence that goes on after the comma, are text.
  it.each([
    ['Als Redakteurin betreue ich den Blog rund um Busse und Bahnen. Mein Ziel ist es, Sie gut informiert ans Ziel zu bringen.', true],
    ["I'm a night nurse and I blog about the buses I take to every shift across the county.", true],
    ['Ich bin Busfahrerin und fahre seit zwanzig Jahren die Nachtlinie zwischen dem Hafen und den östlichen Orten.', false],
    ['Ana Ruiz, Jahrgang 1979, ist Redakteurin beim Talboten. Sie studierte in Kiel und schreibt über Busse und Bahnen.', true],
    ['Ana Ruiz, 42, is a transport reporter at the Valley Post who has covered buses and ferries since 2015.', true],
    ['Ana Ruiz, who drives the night bus, said the new routes would help workers get home from the harbour.', false],
  ])('reads "%s" under her name as her box: %s', (text, box) => expect(isNamedBox(text, 'Ana Ruiz')).toBe(box));

  it("reads a paragraph on the byline's author right under the byline, over the story, as the header's bio; a lede about another journalist stays", () => {
    const bio = 'Ana Ruiz is a transport reporter who writes about buses, trains and ferries in the county and lives by the harbour.';
    const header = ['Night buses reach eastern towns', 'By', 'Ana Ruiz', 'Full bio', bio, 'Updated March 3, 2022'];
    const { clean, nodes } = run([...header, ...P].join('\n\n'));
    expect(clean.removed.find((r) => r.text === bio)?.category).toBe('author-bio');
    expect(nodes.map((n) => n.text)).toEqual(P);
    const lede = 'Omar Haddad is a transport reporter who writes about buses, trains and ferries in the county and lives by the harbour.';
    expect(run([...header.slice(0, 4), lede, ...P].join('\n\n')).nodes.map((n) => n.text)).toContain(lede);
  });

  it('reads a long author’s box that opens with the byline’s name as a biography, whatever it says', () => {
    const box = 'Ana Ruiz is the founder of a small transport blog that she started in her student years and has run ever since, from a kitchen table in the old town. ' + 'She rides every night bus in the county at least once a year, keeps a notebook of late departures and reads every budget the assembly publishes. '.repeat(4);
    expect(isNamedBio(box, ['Ana Ruiz'])).toBe(true);
    expect(isNamedBio(box, ['Omar Haddad'])).toBe(false);
    expect(isNamedBio('Ana Ruiz is right that the buses run late, the operators said on Monday after a long meeting.', [])).toBe(false);
    // By the given name alone, where the words say who she is; not a sentence about her.
    const short = 'Ana is a transport reporter and freelance writer. She lives in the old town near the harbour and enjoys trains.';
    expect(isNamedBio(short, ['Ana Ruiz'])).toBe(true);
    expect(isNamedBio('Ana is right that the buses run late, the drivers said on Monday after a long meeting with the operators.', ['Ana Ruiz'])).toBe(false);
    expect(run(['Night buses reach eastern towns', 'By Ana Ruiz', ...P, short].join('\n\n')).nodes.map((n) => n.text)).toEqual(P);
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'Author: Ana Ruiz', box, 'We also recommend'].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });

  it('keeps a first paragraph that opens with the byline’s name', () => {
    const lede = 'Ana Ruiz is one of the three hundred shift workers who will take the first night bus to the eastern towns in September, and she has waited years for it.';
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', lede, ...P].join('\n\n');
    expect(run(page).clean.nodes.map((n) => n.text)).toContain(lede);
  });

  it('drops a short piece of prose set apart from the end of a long story by a row of furniture', () => {
    const long = [...P, ...[', the operators said.', ', the clerk added.', ', the report says.'].flatMap((end) => P.map((p) => p.replace(/\.$/u, end)))];
    const menu = ['Weather', 'Traffic', 'Sport', 'Letters'];
    const licence = 'All texts and pictures on this site may be shared and printed again under a free licence, as long as the site is named as their source.';
    const page = [...menu, 'Night buses reach eastern towns', 'By Ana Ruiz', ...long, ...menu, licence].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(long);
  });

  it('keeps a closing paragraph after such a row when it is more than a tenth of the story', () => {
    const story = [...P, ...P.map((p) => p.replace(/\.$/u, ', the operators said.'))];
    const menu = ['Weather', 'Traffic', 'Sport', 'Letters'];
    const closing = 'The first night bus will leave the depot in the old town at midnight on the first of September, and the mayor has promised to ride on it.';
    const page = [...menu, 'Night buses reach eastern towns', 'By Ana Ruiz', ...story, ...menu, closing].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual([...story, closing]);
  });

  it('keeps a story whose closing-cue paragraph stands early, before most of its text', () => {
    const lede = 'Ana Ruiz is a transport reporter who spent a year riding every night bus in the county before the assembly voted on the new routes.';
    const page = ['Night buses reach eastern towns', lede, ...P].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual([lede, ...P]);
  });
});

describe('the lede under the headline, apart from the rest of the story', () => {
  it("runs a dateline's place closed by its dash on into the paragraph under it, not a subheading", () => {
    const texts = (place: string) => {
      const { clean } = run(['Night buses reach the three eastern towns', 'By Ana Ruiz', '', place, '', ...P].join('\n'));
      return clean.nodes.filter((_, i) => i !== clean.headline).map((n) => [n.kind, n.text]);
    };
    expect(texts('Eastham -')[0]).toEqual(['paragraph', `Eastham - ${P[0]}`]);
    expect(texts('EASTHAM, Valley County —')[0]).toEqual(['paragraph', `EASTHAM, Valley County — ${P[0]}`]);
    // A subheading, and a longer line closed by a dash, stand on their own.
    expect(texts('The new routes')[0]).toEqual(['heading', 'The new routes']);
    expect(texts('What the assembly decided on the new routes for the county -')[0]![1]).toBe('What the assembly decided on the new routes for the county -');
  });

  const lede = 'The county will run night buses to the three eastern towns from September, after years of campaigning by shift workers.';
  const sidebar = ['Most read', 'Ferry fares', 'Cycle lanes', 'Rail link', 'Harbour works', 'Market hall', 'Weather', 'Traffic', 'Sport', 'Letters', 'Photo: Valley Post', 'Advertisement'];

  it('keeps the lede printed above a picture and a sidebar that stand before the rest of the story', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', lede, ...sidebar, ...P].join('\n');
    // The clean story, before metadata takes the lede out as the dek.
    const texts = run(page).clean.nodes.map((n) => n.text);
    expect(texts).toContain(lede);
    for (const p of P) expect(texts).toContain(p);
    expect(texts).not.toContain('Most read');
  });

  it('does not keep an author’s box under the byline that names the author', () => {
    const box = 'Ana Ruiz has covered the county assembly and its transport budget for the Valley Post since the spring of 2015.';
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', box, ...sidebar, ...P].join('\n');
    expect(run(page).clean.nodes.map((n) => n.text)).not.toContain(box);
  });
});

describe('picture captions and credits', () => {
  it('reads a line closing with a picture credit as a caption', () => {
    for (const t of ['The new night bus at the depot on Monday. (Foto: Stadtwerke)', 'Der neue Nachtbus im Depot. Foto: Anna Berger/Stadtwerke', 'Photo: Valley Post archive', 'Buses at the depot (Valley Press/Ana Ruiz)', 'Photo by Ana Ruiz on Openpics', 'El nuevo autobús nocturno. Crédito: Archivo']) expect(isPictureCaption(t), t).toBe(true);
  });

  it("reads a caption printed with its picture's button to see it larger, not an instruction in the text", () => {
    for (const t of ['Vergrößern Die neue Haltestelle am Markt in der Nacht.', 'The new depot at night. Click to enlarge', 'Der Fahrplan der Nachtlinien. Zum Vergrößern auf das Bild klicken.', 'Beitragsbild: Die neue Haltestelle am Markt']) expect(isPictureCaption(t), t).toBe(true);
    for (const t of ['Vergrößern Sie die Karte, um alle Haltestellen zu sehen.', 'Enlarge the map to see every stop on the new routes.']) expect(isPictureCaption(t), t).toBe(false);
    // The button alone on its line; a word that only begins like it.
    for (const t of ['Vergrößern', 'Enlarge']) expect(isPictureCaption(t), t).toBe(true);
    for (const t of ['Enlargement', 'Vergrößerung']) expect(isPictureCaption(t), t).toBe(false);
    // A Creative Commons licence closing a short credit; a sentence about a licence says more before it.
    for (const t of ['Ana Ruiz, CC-BY-SA 4.0', 'Bei Flickr CC by harbour_lights', 'openpics.example | CC BY 2.0']) expect(isPictureCaption(t), t).toBe(true);
    for (const t of ['Die Broschüre des Vereins ist unter der freien Lizenz veröffentlicht CC BY-SA 4.0', 'Please cc by email the whole team']) expect(isPictureCaption(t), t).toBe(false);
    // A caption under its label that closes with the picture's source; a label over sentences that speak of a source.
    expect(isPictureCaption('Bild: Der neue Nachtbus am Depot in der Hafenstraße. / Quelle: Stadtwerke/Anna Berg')).toBe(true);
    expect(isPictureCaption('Bild: Der Bus fährt ab Mai. Die Quelle der Zahlen ist die Stadt.')).toBe(false);
    // A credit naming where the picture was found ("via"), its link's text kept or lost; the word in a sentence.
    for (const t of ['Hafenfest 2024, Nachtbus am Kai, Bild via', 'The night bus at the depot. Photo via Valley Transit']) expect(isPictureCaption(t), t).toBe(true);
    expect(isPictureCaption('We sent the photo via email to the council on Monday.')).toBe(false);
  });

  it('reads a line saying the picture was taken from a video or a screen as a caption, not a sentence about screenshots or video', () => {
    for (const t of ['Imágenes capturadas de video', 'Screenshot: Valley Council', 'Screen grab via a council video', 'Image captured from video']) expect(isPictureCaption(t), t).toBe(true);
    for (const t of ['Screenshots of the new app show a map of every stop.', 'Images captured from video show the bus leaving the depot at night.']) expect(isPictureCaption(t), t).toBe(false);
  });

  it('reads a line closing with a stock library\'s credit or a copyright holder as a caption, not a sentence naming a library or a wire agency', () => {
    for (const t of [
      'A stoat in its white winter coat. (annaberg / iStock.com)',
      'The union condemned the attack. (Source: Ana Ruiz/Unsplash/Union)',
      'Buses at the depot at dawn / (C) Ana Ruiz',
      'Riders wait for the night bus. Foto: Anna Berger / Getty Images',
      'The new depot at night. View full size',
      'Riders queue at the depot on Sunday. (Ana Ruiz/The Valley Ledger via Getty Images)',
    ]) expect(isPictureCaption(t), t).toBe(true);
    for (const t of ['The agency sells its pictures to Getty Images', 'The council sent its reply (as a letter via Getty Images staff) on Monday.', 'The ministry said the talks would resume on Monday. (AFP)', '© Ana Ruiz']) expect(isPictureCaption(t), t).toBe(false);
  });

  it("reads the lines of a social network's embedded post as its caption, not as share buttons that end the story", () => {
    for (const t of ['View this post on Instagram', 'Diesen Beitrag auf Instagram ansehen', 'A post shared by Valley Bakery (@valleybakery)', 'Ein Beitrag geteilt von Ana Ruiz (@ana.ruiz) am 3. März 2024 um 9:12 Uhr']) expect(isPictureCaption(t), t).toBe(true);
    expect(isPictureCaption('A post shared by the mayor on Monday drew hundreds of replies.')).toBe(false);
    // The story goes on under the embedded post.
    const page = ['Night buses reach the eastern towns', 'By Dana Wells', P[0]!, 'View this post on Instagram', 'A post shared by Valley Transit (@valleytransit)', P[1]!, P[2]!].join('\n\n');
    const texts = run(page).clean.nodes.map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining([P[0]!, P[1]!, P[2]!]));
    expect(texts).not.toContain('A post shared by Valley Transit (@valleytransit)');
  });

  it("reads a credit naming the photographer as a caption, not a sentence about one", () => {
    for (const t of ['1938 – Archive number 4711 & 4712. Photographer: Jane Doe.', 'Fotograf: Max Berger', 'Photographer: Ana Ruiz, CC-BY-SA, Openpics', 'Bildnachweis: Ana Ruiz / Valley Press', 'Bildcredit: (c) Ana Ruiz - openpics.example', 'Fotocredit: Stadtwerke']) expect(isPictureCaption(t), t).toBe(true);
    expect(isPictureCaption('The photographer said the light over the depot was perfect that night.')).toBe(false);
  });

  it('does not read a story sentence, a list item with a slash or a quotation as a caption', () => {
    for (const t of ['The operators will pay for the drivers (where necessary/helpful) from the reserve.', 'Die Stadt sagt: Die Busse fahren ab September.', 'A picture of the harbour at night, taken from the old quay, hangs in the town hall.', 'The assembly voted on Wednesday to extend the network to the eastern towns, a change that campaigners had sought for years.']) expect(isPictureCaption(t), t).toBe(false);
  });

  it('drops a caption between paragraphs and keeps the paragraphs on either side', () => {
    const caption = 'A night bus waits at the eastern terminus. (Photo: Valley Post)';
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', P[0]!, caption, P[1]!, P[2]!].join('\n\n');
    const { clean } = run(page);
    expect(clean.nodes.map((n) => n.text).slice(1)).toEqual(P);
    expect(clean.removed.find((r) => r.text === caption)?.category).toBe('caption');
  });

  it('keeps a short lede that a caption separates from the story', () => {
    const lede = 'The night buses reach the eastern towns from September.';
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', 'March 4, 2024', lede, 'The bus depot in the old town. (Photo: Valley Post)', ...P].join('\n\n');
    expect(run(page).clean.nodes.map((n) => n.text)).toContain(lede);
  });
});

describe('ad links glued into one line', () => {
  const glued = 'Save on heating with the smart thermostat from NorthHomeTry our new budget planner today.Free download for members.Compare energy tariffs in two minutesCheapest Broadband Deals This MonthWin a weekend at the coast!Enter now.';

  it('counts the places where one link runs into the next', () => {
    expect(gluedJoins(glued)).toBeGreaterThanOrEqual(4);
    // Brand names with an inner capital and abbreviations are prose, not joins.
    expect(gluedJoins('The U.S. firm sold its PlayStation and WordPress shares, said the YouTube and iPhone analyst.')).toBe(0);
    expect(gluedJoins(P[0]!)).toBe(0);
  });

  it('drops a glued line of ads after the story, even among prose', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, glued].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(P);
  });
});

describe('pager links', () => {
  it('names "Next Article", "Previous post", "Older Posts" as navigation, and not a sentence that opens with those words', () => {
    for (const line of ['Next Article', 'Previous post', 'Older Posts', 'Newer entries »', 'Next']) expect(cueCategory(line)).toBe('navigation');
    expect(cueCategory('Next article in the series will look at the ferry timetable.')).toBeNull();
    expect(cueCategory('Previous posts on the harbour works')).toBeNull();
  });
});

describe('furniture words in other languages', () => {
  it('names share, login, related and footer lines', () => {
    expect(cueCategory('Artikel teilen')).toBe('share');
    expect(cueCategory('Partager cet article')).toBe('share');
    expect(cueCategory('Zaloguj się')).toBe('login');
    expect(cueCategory('Impressum')).toBe('footer');
    expect(cueCategory('Mentions légales')).toBe('footer');
    expect(cueCategory('Anzeige')).toBe('ad');
    expect(cueCategory('Posted in: Transport, Towns')).toBe('tags');
    expect(cueCategory('Veröffentlicht unter: Verkehr')).toBe('tags');
    expect(cueCategory('Tagged with: transport, night buses')).toBe('tags');
    expect(cueCategory('Filed in: Transport')).toBe('tags');
    expect(relatedLabel('Lesen Sie auch: Wie die Brücke saniert wird')).toEqual({ rest: 'Wie die Brücke saniert wird' });
    expect(relatedLabel('Lea también')).toEqual({ rest: '' });
    // A box's tabs copied as one word, and "more from the author" in other languages; a label glued to a headline is not two tabs.
    for (const t of ['VERWANDTE ARTIKELMEHR VOM AUTOR', 'Related articlesMore from author', 'Mehr vom Autor', 'Plus de l’auteur']) expect(relatedLabel(t), t).toEqual({ rest: '' });
    expect(relatedLabel('Related articlesNight buses reach the eastern towns')).toBeNull();
    // Related items of two kinds; a sentence about them.
    for (const t of ['Related Recipes & Stories:', 'Related Stories and Videos', 'Related Recipes']) expect(relatedLabel(t), t).toEqual({ rest: '' });
    expect(relatedLabel('Related recipes are in the book.')).toBeNull();
    // A box of what is read elsewhere, and a box named for a section "and other stories"; a sentence on a trend.
    for (const t of ['TRENDING ON THE WEB', 'Trending on Valley Post', 'Money Tips & Other Stories', 'Sport and More Stories']) expect(relatedLabel(t), t).toEqual({ rest: '' });
    expect(relatedLabel('Trending on social media, the clip drew thousands of views.')).toBeNull();
    // Spanish "learn more" and Chinese labels over other stories.
    for (const t of ['Infórmate más', '热门推荐', '相关阅读']) expect(relatedLabel(t), t).toEqual({ rest: '' });
    expect(relatedLabel('Infórmate más sobre las nuevas líneas nocturnas en la web del ayuntamiento.')).toBeNull();
    // A ranking's tabs ("Newest", "Most commented", "Meist beantwortete"); a sentence on what was read most.
    for (const t of ['Neueste', 'Newest', 'Meist beantwortete', 'Meist gelesen', 'Am meisten gelesen', 'Most commented', 'Most discussed']) expect(relatedLabel(t), t).toEqual({ rest: '' });
    for (const t of ['Meist gelesen wurde der Bericht über die Nachtbusse.', 'Most commented on the fares, not the routes.']) expect(relatedLabel(t), t).toBeNull();
    expect(relatedLabel('MÁS INFORMACIÓN:')).toEqual({ rest: '' });
    // The desk's picks as a box's bare label; with a colon the label announces the story's own list of picks.
    for (const t of ['Redaktionstipp', 'Tipps der Redaktion', 'Le choix de la rédaction', 'La selección del editor']) expect(relatedLabel(t), t).toEqual({ rest: '' });
    expect(relatedLabel('Tipps der Redaktion:')).toBeNull();
    expect(relatedLabel('Redaktionstipps für den Winter sind günstig')).toBeNull();
    // "Read more" in other languages before another story's headline.
    expect(relatedLabel('Lea más: El puerto abre un muelle nuevo')).toEqual({ rest: 'El puerto abre un muelle nuevo' });
    expect(relatedLabel('LEE MÁS | El puerto abre un muelle nuevo')).toEqual({ rest: 'El puerto abre un muelle nuevo' });
    expect(relatedLabel('Lesen Sie hier: Die Brücke wird saniert')).toEqual({ rest: 'Die Brücke wird saniert' });
    expect(relatedLabel('Dowiedz się więcej: Nowy most w porcie')).toEqual({ rest: 'Nowy most w porcie' });
    // A box of older posts, its label after the page's decoration.
    for (const t of [':: Relevantes aus dem hafenblatt.de-Archiv:', 'Aus dem Archiv', '■ From the archives']) expect(relatedLabel(t), t).toEqual({ rest: '' });
    expect(relatedLabel('Aus dem Archiv holte die Stadt den alten Fahrplan von 1962')).toBeNull();
    // Finnish, Danish and Norwegian labels.
    for (const t of ['Lue seuraavaksi:', 'Lue aiheesta lisää:', 'Relaterede artikler', 'Relaterte artikler', 'Les også', 'Mest læst', 'Luetuimmat']) expect(relatedLabel(t), t).toEqual({ rest: '' });
    expect(relatedLabel('Lue seuraavaksi: Satama avaa uuden laiturin')).toEqual({ rest: 'Satama avaa uuden laiturin' });
    // A sentence that only opens alike is the story's.
    expect(relatedLabel('Lesen Sie hier, wie die Stadt die Brücke saniert')).toBeNull();
    expect(relatedLabel('Les mer om saken i morgen, når rådet har møttes')).toBeNull();
  });

  it('leaves story sentences with the same words alone', () => {
    expect(cueCategory('Die Gemeinde will die Kosten mit den Nachbarorten teilen, sagte der Bürgermeister am Dienstag.')).toBeNull();
    expect(cueCategory('Le maire a promis de partager les résultats de l’enquête avec les habitants dès la semaine prochaine.')).toBeNull();
  });

  it('names a customer-service blurb only when it gives a way to reach the service', () => {
    expect(cueCategory('Questions? Our customer service team answers on 0123 456 789 from Monday to Friday.')).toBe('footer');
    expect(cueCategory('The company said its customer service had been overwhelmed by complaints after the outage.')).toBeNull();
  });
});

describe('page dumps are not hard-wrapped text', () => {
  it('does not join the lines of a dump in which every element has its own line', () => {
    const dump = ['Night buses reach eastern towns after a long campaign by residents', 'March 4, 2024 10:31 AM', P[0], 'Share this article on social media', P[1]].join('\n');
    expect(wrapWidth(splitBlocks(dump))).toBe(0);
    expect(toUnits(splitBlocks(dump))).toHaveLength(5);
  });

  it('reads a line opening with a day-first date as a date, not as a numbered list item', () => {
    const units = toUnits(splitBlocks(['Harbour ferry returns after winter repairs', '14. Februar 2023', '3. März 2021, 14:00 Uhr', '2. Second step of the recipe', '12. Dozen eggs'].join('\n')));
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['text', 'Harbour ferry returns after winter repairs'],
      ['text', '14. Februar 2023'],
      ['text', '3. März 2021, 14:00 Uhr'],
      ['bullet', 'Second step of the recipe'],
      ['bullet', 'Dozen eggs'],
    ]);
  });

  it('names a day-first date under the headline a dateline', () => {
    const { clean, meta } = run(['Gardening', 'Ten shrubs that survive a dry summer', '14. Juni 2022', '', ...P].join('\n'));
    expect(meta.title).toBe('Ten shrubs that survive a dry summer');
    expect(clean.removed.find((r) => r.text === '14. Juni 2022')?.category).toBe('dateline');
  });
});

describe('the headline', () => {
  it('is the line heading the story, not the chrome, section label, deck or caption around it', () => {
    const page = [
      'Skip to content',
      'A MEDIA GROUP COMPANY',
      'Transport',
      'Night buses reach the three eastern towns from September',
      'Campaigners had asked for the routes for years; the assembly agreed on Wednesday.',
      'By Ana Ruiz',
      'March 4, 2024, 10:31 pm',
      'Photo: Lena Berg / Valley Press',
      ...P,
    ].join('\n');
    const { meta } = run(page);
    expect(meta.title).toBe('Night buses reach the three eastern towns from September');
    expect(meta.date.value).toBe('2024-03-04');
    expect(meta.titleDerived).toBeUndefined();
  });

  it("is not a portrait's caption, a name alone over the picture's credit, though the story speaks of that person", () => {
    const story = ['Junior winter championships from 5 to 11 February 2024 at the county tennis centre.', 'All eyes at the junior winter championships are on Tomas Kerrigan, who is seeded first when the main draw opens at the county tennis centre on Saturday.', 'Tomas Kerrigan has trained at the county tennis centre for three years; the qualifying rounds for the junior field are played over the weekend.', P[0]!];
    const page = (credit: string) => run(['News', '03.02.2024', 'In the footsteps of a champion', 'Partner', 'Enlarge', '', 'Tomas Kerrigan', '', credit, '', ...story].join('\n\n')).meta.title;
    expect(page('Quelle: Lena Berg')).toBe('In the footsteps of a champion');
    expect(page('Photo: Lena Berg')).toBe('In the footsteps of a champion');
  });

  it('is the last step of a breadcrumb trail, over a deck that shares more words with the story', () => {
    const deck = 'Assembly extends the night bus network to the eastern towns of the county';
    const page = (trail: string) => run(['Home', 'Transport', trail, 'After dark at last', deck, 'By Ana Ruiz', '', ...P].join('\n')).meta.title;
    expect(page('Home › Transport › After dark at last')).toBe('After dark at last');
    expect(page('Start / Verkehr / After dark at last')).toBe('After dark at last');
    // A line that ends with it after a sentence is no trail; a trail ending in a section's name names no headline.
    expect(page('What readers asked the assembly this week | After dark at last')).toBe(deck);
    expect(run(['Home › News › Transport', 'Transport', 'Night buses reach the three eastern towns from September', 'By Ana Ruiz', '', ...P].join('\n')).meta.title).toBe('Night buses reach the three eastern towns from September');
  });

  it('is the last step of a trail copied without its separators, over a deck that shares more words with the story', () => {
    const headline = 'Night buses reach the three eastern towns';
    // No more than two words longer than the headline: not a deck that yields to the line over it.
    const deck = 'Assembly extends night bus network to eastern towns';
    const page = (trail: string) => run(['Menu', 'Weather', trail, 'Rail', headline, deck, 'By Ana Ruiz', '', ...P].join('\n')).meta.title;
    expect(page(`StartTransport${headline}`)).toBe(headline);
    // A step that joins two names with an ampersand, the second lower-cased.
    expect(page(`HomeNews & more${headline}`)).toBe(headline);
    expect(page(`StartVerkehr & mehr${headline}`)).toBe(headline);
    // One word glued to it is a button or a link to the next story, not a trail.
    expect(page(`Next${headline}`)).toBe(deck);
  });

  it('is not a given name signed under a bare "By" on its own line', () => {
    const { clean, meta } = run(['Menu', 'Contact', 'Night buses reach the three eastern towns', 'Von', 'Robert', '-', '31. Dezember 2019', '', ...P].join('\n'));
    expect(meta.title).toBe('Night buses reach the three eastern towns');
    expect(clean.removed.filter((r) => r.category === 'byline').map((r) => r.text)).toEqual(['Von', 'Robert']);
    // A word that is no given name under "By" is not taken for one.
    expect(run(['Night buses reach the three eastern towns', 'Von', 'Montag', '', ...P].join('\n')).clean.removed.filter((r) => r.category === 'byline').map((r) => r.text)).not.toContain('Montag');
  });

  it('has its byline zone marked by a line that dates the story by its age, not by a teaser carrying its age', () => {
    // The header beside a headline: such a line stands where a printed date would.
    for (const line of ['Published 3 hours ago', 'vor einer Stunde', 'Publiziert vor 2 Tagen', 'il y a une heure', 'hace 4 minutos', 'Asked 8 years, 2 months ago']) expect(isAgeLine(line)).toBe(true);
    for (const line of ['Night buses reach the eastern towns at last (6 days ago)', 'vor 5 Stunden in Verkehr, noch keine Leserbriefe', 'The county voted 3 years ago to build the depot']) expect(isAgeLine(line)).toBe(false);
    // German's other way to tell an age ("1 Monat her", "2 Jahre her"); "her" in a sentence is no age.
    for (const line of ['1 Monat her', '2 Jahre her', 'eine Woche her']) expect(isAgeLine(line), line).toBe(true);
    for (const line of ['Wo kommt das Geld her?', 'Das ist 3 Tage her, sagte die Bürgermeisterin am Montag im Rathaus vor der Presse.']) expect(isAgeLine(line), line).toBe(false);
  });

  it('takes in a kicker of a few words closing with a colon printed right over it, not a label or a list', () => {
    const headline = 'Night buses reach the three eastern towns';
    const page = (kicker: string, gap = false) => run(['Menu', kicker, ...(gap ? [''] : []), headline, 'By Ana Ruiz', '', ...P].join('\n'));
    const { meta, clean } = page('Transport in the county:');
    expect(meta.title).toBe(`Transport in the county: ${headline}`);
    expect(clean.removed).toContainEqual(expect.objectContaining({ category: 'title', text: 'Transport in the county:' }));
    // A one-word label, a list of topics, and a line of another block stay out.
    expect(page('Transport:').meta.title).toBe(headline);
    expect(page('More about: Buses, Trains, Ferries:').meta.title).toBe(headline);
    expect(page('Transport in the county:', true).meta.title).toBe(headline);
  });

  it('is the line over a much longer deck right under it, even when the deck shares more words with the lead', () => {
    const deck = 'The assembly extends the night bus network to the three towns on the eastern edge of the county from September';
    const page = (top: string) => run(['Home', 'Transport', top, deck, 'By Ana Ruiz', '', ...P].join('\n')).meta.title;
    expect(page('Night routes at last')).toBe('Night routes at last');
    // A line as long as the one under it is a kicker or a second deck: the better line stays.
    expect(page('Campaign groups were pleased with the result after years of lobbying for night routes')).toBe(deck);
    // A picture's credit over the headline ("Symbolbild / Agency Name") is not a headline over its deck.
    const headline = 'Night buses reach the three eastern towns of the county from September';
    expect(run(['Home', 'Transport', 'Symbolbild / County Night Bus Depot', headline, 'By Ana Ruiz', '', ...P].join('\n')).meta.title).toBe(headline);
  });

  it('is the line over a longer deck, though the byline and date under the deck stand too far from the headline to count for it', () => {
    const deck = 'The assembly extends the night bus network to the three eastern towns of the county from September';
    const headline = 'Night buses for the eastern towns';
    expect(run(['Home', 'Transport', headline, deck, 'Ana Ruiz', 'Transport reporter', '12 May 2024', ...P].join('\n\n')).meta.title).toBe(headline);
  });

  it('is not a line twice as long printed over it: a deck above the headline', () => {
    // Each line over the headline scores nearly as well as it.
    const deck = 'Campaigners celebrate the night routes after a decade of petitions and letters to the assembly in the eastern towns';
    const headline = 'Night buses reach the eastern towns';
    expect(run(['Home', 'Transport', deck, headline, 'By Ana Ruiz', '', ...P].join('\n')).meta.title).toBe(headline);
    // A line over it no more than twice as long is the headline over a subtitle.
    const over = 'Campaigners celebrate the routes after years of letters';
    expect(run(['Home', 'Transport', over, headline, 'By Ana Ruiz', '', ...P].join('\n')).meta.title).toBe(over);
  });

  it('is the last step of a trail behind a "You are here" label, its separators lost', () => {
    const headline = 'Night buses reach the three eastern towns';
    // No more than two words longer than the headline: not a deck that yields to the line over it.
    const deck = 'Assembly extends night bus network to eastern towns';
    const page = (trail: string) => run(['Menu', 'Weather', trail, 'Rail', headline, deck, 'By Ana Ruiz', '', ...P].join('\n')).meta.title;
    // The last step glued to the one before it: no repeat of the headline, only the label says it is a trail.
    expect(page(`You are here: News Transport${headline}`)).toBe(headline);
    expect(page(`Sie sind hier: Startseite Verkehr${headline}`)).toBe(headline);
    // Behind the label, a run of many words is no trail of short steps.
    expect(page(`You are here: news from the county council and its transport committee${headline}`)).toBe(deck);
  });

  it('is joined when the page prints it over two lines around a colon, and the second line is listed', () => {
    const { meta, clean } = run(['Night buses for the eastern towns:', 'assembly votes yes', 'By Ana Ruiz', ...P].join('\n'));
    expect(meta.title).toBe('Night buses for the eastern towns: assembly votes yes');
    expect(clean.removed).toContainEqual(expect.objectContaining({ category: 'title', text: 'assembly votes yes' }));
  });

  it('is not an entry of the menu printed above it, even one that names a story', () => {
    // Every line in one block (no blank lines), as a browser copies a list of links.
    const menu = ['Home', 'Transport', 'Night bus network for the county', 'Weather', 'Sport'];
    const page = [...menu, 'A long wait ends for three towns', '', 'March 4, 2024', '', ...P.flatMap((p) => [p, ''])].join('\n');
    expect(run(page).meta.title).toBe('A long wait ends for three towns');
  });

  it('drops a comment count printed after it when the page counts the comments elsewhere', () => {
    const page = ['Night buses reach the three eastern towns 57', 'Posted by kestrel42 on Tuesday March 4, 2024', ...P, '20 of 57 comments shown'].join('\n');
    expect(run(page).meta.title).toBe('Night buses reach the three eastern towns');
    const kept = ['Night buses reach the three eastern towns 57', 'Posted by kestrel42 on Tuesday March 4, 2024', ...P].join('\n');
    expect(run(kept).meta.title).toBe('Night buses reach the three eastern towns 57');
  });

  it('drops a count of comments run onto its line, and reads the count as its header', () => {
    const page = ['Home', 'Night bus timetable', 'Weather', 'Sport', 'Contact', 'Night buses reach the three eastern towns 12 Comments', 'Filed under transport', '', ...P, 'Night bus timetable'].join('\n');
    expect(run(page).meta.title).toBe('Night buses reach the three eastern towns');
    expect(trailingCommentCount('Night buses reach the eastern towns 3 Kommentare')).toBe('Night buses reach the eastern towns'.length);
    // A bare count, a headline about comments and a count that is not the line's end are no such seam.
    expect(trailingCommentCount('Photos 12 Comments')).toBeNull();
    expect(trailingCommentCount('Why readers write long comments')).toBeNull();
    expect(trailingCommentCount('Night buses reach the eastern towns 12 Comments today')).toBeNull();
  });

  it('stands far from its text when only buttons, bylines and dates are between', () => {
    const chrome = ['By Ana Ruiz', 'March 4, 2024, 10:31 pm', 'Share', 'Tweet', 'Email', 'Print', 'Share on Facebook', 'Share on WhatsApp', 'Copy link', 'Share on LinkedIn', 'Share on Reddit', 'Share on Telegram', 'Share on Pinterest'];
    const page = ['Home', 'Assembly backs plan', ...chrome, 'Buses at the eastern depot', ...P].join('\n');
    expect(run(page).meta.title).toBe('Assembly backs plan');
  });

  it('is not a line that leads into the text with a colon', () => {
    const page = (lead: string) => run(['Home', 'Weather', 'A late win for riders', 'Posted by Ana Ruiz', 'March 4, 2024', 'Share', 'Tweet', lead, ...P].join('\n')).meta.title;
    expect(page('What the assembly decided for the night buses:')).toBe('A late win for riders');
    // Without the colon the same line over the text is its headline.
    expect(page('What the assembly decided for the night buses')).toBe('What the assembly decided for the night buses');
  });

  it('is not a row of links printed under it, even one whose last item ends like a question, and the row is header', () => {
    const row = 'Transport | Blog | Night buses | What now?';
    for (const page of [
      ['A letter to the assembly', '', row, '', 'March 4, 2024', '', ...P],
      ['Home', 'A letter to the assembly', row, 'By Ana Ruiz', '', ...P],
    ]) {
      const { meta, nodes } = run(page.join('\n'));
      expect(meta.title).toBe('A letter to the assembly');
      expect(nodes.map((n) => n.text)).not.toContain(row);
    }
    // Long parts between separators are a headline's own.
    const headline = 'Night buses reach the eastern towns | A long wait ends for riders';
    expect(run(['Home', headline, 'By Ana Ruiz', '', ...P].join('\n')).meta.title).toBe(headline);
  });

  it('stands above its byline, not below it with the picture caption', () => {
    const page = ['Home', 'Assembly backs plan', 'By Ana Ruiz', 'March 4, 2024', 'Night buses at the eastern depot', ...P].join('\n');
    expect(run(page).meta.title).toBe('Assembly backs plan');
  });

  it('is never a link to the previous or next story', () => {
    const page = ['« Ferry fares rise for the third year running', 'Night buses reach the three eastern towns', 'Cycle lanes approved for the old town »', 'By Ana Ruiz', ...P].join('\n');
    expect(run(page).meta.title).toBe('Night buses reach the three eastern towns');
  });

  it('is without a link\'s arrow, a bullet or a glued date before its words, and keeps guillemets that open a quotation', () => {
    expect(tidyHeadline('› Night buses reach eastern towns', null).title).toBe('Night buses reach eastern towns');
    expect(tidyHeadline('[> Night buses reach eastern towns', null).title).toBe('Night buses reach eastern towns');
    // A date element run into the first word by the dump; a headline that opens with a date and a space keeps it.
    expect(tidyHeadline('03.03.2024Night buses reach eastern towns', null).title).toBe('Night buses reach eastern towns');
    expect(tidyHeadline('03.03.2024 - Night buses reach eastern towns', null).title).toBe('03.03.2024 - Night buses reach eastern towns');
    expect(tidyHeadline('<Night buses reach eastern towns', null).title).toBe('Night buses reach eastern towns');
    expect(tidyHeadline('• Nachtbusse fahren bis in die Vororte', null).title).toBe('Nachtbusse fahren bis in die Vororte');
    expect(tidyHeadline('»Wir fahren weiter«, sagt die Fahrerin', null).title).toBe('»Wir fahren weiter«, sagt die Fahrerin');
    expect(tidyHeadline('« La ville doit choisir », dit le maire', null).title).toBe('« La ville doit choisir », dit le maire');
  });

  it('is whole and without the date, byline or site name printed on its line', () => {
    expect(tidyHeadline('Night buses reach eastern towns March 4, 2024 by Ana Ruiz', null).title).toBe('Night buses reach eastern towns');
    expect(tidyHeadline('Night buses reach eastern towns | Valley Post', 'Valley Post').title).toBe('Night buses reach eastern towns');
    expect(tidyHeadline('Night buses reach eastern towns | Valley Post', null).title).toBe('Night buses reach eastern towns | Valley Post');
    // Words that belong to the headline stay.
    expect(tidyHeadline('What the assembly decided for October 19, 2024', null).title).toBe('What the assembly decided for October 19, 2024');
    expect(tidyHeadline('The week in transport, Friday, October 18, 2024', null).title).toBe('The week in transport, Friday, October 18, 2024');
    // A date run on after a noun is the page's date line.
    expect(tidyHeadline('Repairs to the harbour bridge finish early October 26, 2012', null).title).toBe('Repairs to the harbour bridge finish early');
    expect(tidyHeadline('Half of the towns will be served By 2026', null).title).toBe('Half of the towns will be served By 2026');
    expect(tidyHeadline('Einblick in die Arbeit von Rettungsteams', null).title).toBe('Einblick in die Arbeit von Rettungsteams');
    // A breadcrumb that ends in the headline; markup that merely contains ">" is not one.
    expect(tidyHeadline('Home / Transport / Night buses reach eastern towns', null).title).toBe('Night buses reach eastern towns');
    expect(tidyHeadline('Forum>Transport>Night buses reach eastern towns', null).title).toBe('Night buses reach eastern towns');
    expect(tidyHeadline('Council <b>votes</b> on harbour fees again', null).title).toBe('Council <b>votes</b> on harbour fees again');
  });

  it('is the top of the story, not a subheading after a table of contents in it', () => {
    const contents = ['Contents', '1. Where the buses stop', '2. Who pays', '3. When they run', '4. What riders said', '5. The night shift', '6. Fares', '7. Tickets', '8. Bicycles on board', '9. Accessibility', '10. Next steps', '11. Timetable', '12. Contact'];
    const more = [
      'Riders in the three towns have waited years for a bus after ten, and the first route will start from the market square at a quarter past eleven.',
      'The assembly said the money would come from the spring review, which added four percent to the transport budget and set aside a reserve for fuel.',
      'Drivers will be hired from the existing day shifts first, the operator said, and the union has agreed to the new rota for a trial of one year.',
    ];
    const page = ['Home', 'Night buses reach the three eastern towns', P[0]!, ...contents, 'Where the night buses will stop', ...P.slice(1), ...more].join('\n');
    expect(run(page).meta.title).toBe('Night buses reach the three eastern towns');
  });

  it('is not a section heading that a table of contents above it lists, numbered or not', () => {
    const sections = ['Where the buses stop', 'Who pays for the routes', 'When the buses run'];
    const body = [
      'Riders in the three towns have waited years for a bus after ten, and the first route will start from the market square at a quarter past eleven.',
      'The assembly said the money would come from the spring review, which added four percent to the transport budget and set aside a reserve for fuel.',
      'Drivers will be hired from the existing day shifts first, the operator said, and the union has agreed to the new rota for a trial of one year.',
    ];
    const story = sections.flatMap((s, i) => [s, '', body[i]!, '', P[i]!, '']);
    for (const entries of [sections, sections.map((s, i) => `${i + 1}. ${s}`)]) {
      // The contents run straight into the first section heading (no blank line), as a copied page often does.
      const page = ['Home', 'Transport', 'Why the night bus took so long', '4 min read', '', 'A short history of a long campaign.', '', 'Contents', '', ...entries, ...story].join('\n');
      expect(run(page).meta.title).toBe('Why the night bus took so long');
    }
  });

  it('is not an entry of the table of contents under it, even one with the byline and date beside it', () => {
    const sections = ['Where do the night buses stop?', 'Who pays for the new routes?', 'When do the night buses run?', 'What do riders say about the plan?'];
    const texts = [...P, 'Riders in the three towns said they had waited years for a bus after ten, and most of them welcomed the plan at the meeting in the market hall.'];
    const story = sections.flatMap((s, i) => [s, '', texts[i]!, '']);
    const page = ['Home', 'Weather', '', 'Night buses', 'Contents', ...sections, 'Transport, News', 'March 4, 2024', '', ...story].join('\n');
    expect(run(page).meta.title).toBe('Night buses');
  });

  it('keeps a headline that a menu printed again at the foot of the page lists', () => {
    // The same links twice with no prose between them: a menu, not a table of contents.
    const menu = ['Transport', 'Weather', 'Sport', 'Culture'];
    const page = [...menu, 'Night buses reach the three eastern towns', '', 'By Ana Ruiz', '', ...P.flatMap((p) => [p, '']), ...menu, 'Night buses reach the three eastern towns'].join('\n');
    expect(run(page).meta.title).toBe('Night buses reach the three eastern towns');
  });

  it('may stand far above its text behind a shop’s panel of prices, options and ratings', () => {
    const panel = Array.from({ length: 36 }, (_, i) => (i % 3 === 0 ? `${(i + 9) * 2},50 €` : i % 3 === 1 ? `Size ${i}` : `Colour option ${i}`));
    const product = 'Folding bicycle lamp with two brightness settings';
    const text = [
      'This folding bicycle lamp has two brightness settings and a rechargeable battery that lasts for a whole week of evening rides through town.',
      'The lamp folds flat against the handlebar when it is not in use, and its clamp fits bars of every common width without any tools at all.',
    ];
    const page = ['Shop', 'Lamps', product, 'Rated 4.5 of 5', ...panel, 'Description', ...text].join('\n');
    expect(run(page).meta.title).toBe(product);
    // A nearer headline still wins over a far line of the same kind.
    const near = ['Shop', 'Lamps', product, 'Rated 4.5 of 5', ...panel, 'A lamp for the longer evening rides', ...text].join('\n');
    expect(run(near).meta.title).toBe('A lamp for the longer evening rides');
  });

  it('may be one sentence closing with a full stop, with its byline beside it, when no other line heads the story', () => {
    const headline = 'Night buses for the three towns on the eastern edge of the county.';
    expect(run(['Imprint', 'Disclaimer', 'Published on March 4, 2024 by Ana Ruiz', headline, '', ...P].join('\n')).meta.title).toBe(headline);
    // Without a byline or date beside it, such a sentence is the lede: it stays in the text.
    const { meta, nodes } = run(['Home', '', headline, '', ...P].join('\n'));
    expect(meta.title).not.toBe(headline);
    expect(nodes.map((n) => n.text)).toContain(headline);
    // Under a short headline, such a sentence is the deck or the lede.
    const page = ['Imprint', '', 'Night buses at last', 'By Ana Ruiz', 'The assembly extends the night bus network to the three eastern towns of the county.', '', ...P].join('\n');
    expect(run(page).meta.title).toBe('Night buses at last');
    // Nor is it the longer headline under a short label: a short title shaped like a name stays.
    const named = ['Imprint', '', 'Eastern Nights', 'By Ana Ruiz', 'The assembly extends the night bus network to the three eastern towns of the county.', '', ...P].join('\n');
    expect(run(named).meta.title).toBe('Eastern Nights');
  });

  it('may be a quotation in guillemets, which only a lone « or » rules out', () => {
    expect(run(['Home', '«We waited forty years for a night bus»', 'By Ana Ruiz', ...P].join('\n')).meta.title).toBe('«We waited forty years for a night bus»');
    expect(run(['Home', 'Riders on the new routes: «Finally a bus home»', 'By Ana Ruiz', ...P].join('\n')).meta.title).toBe('Riders on the new routes: «Finally a bus home»');
  });

  it('is not the section label printed over it in capitals', () => {
    const page = (headline: string) => ['Home', 'Weather', '', 'NIGHT BUS NETWORK', headline, '', ...P].join('\n');
    // The label shares more words with the story than the headline does.
    expect(run(page('Eastern towns get their buses')).meta.title).toBe('Eastern towns get their buses');
    expect(run(page('Assembly says yes to eastern routes at last')).meta.title).toBe('Assembly says yes to eastern routes at last');
  });

  it('stays a line in capitals over a line that is no headline', () => {
    const page = ['Home', 'Weather', '', 'NIGHT BUSES AT LAST', 'drivers say the rota is ready and the first route starts from the market square', '', ...P].join('\n');
    expect(run(page).meta.title).toBe('NIGHT BUSES AT LAST');
  });

  it('is the first line of a page saved as its headline and its text, whatever its stops', () => {
    for (const headline of ['Night buses reach the eastern towns. Here is what changes.', 'Assembly backs U.S. grant for the eastern night buses.']) {
      const { meta, nodes } = run([headline, '', ...P].join('\n\n'));
      expect(meta.title).toBe(headline);
      expect(meta.titleDerived).toBeUndefined();
      expect(nodes.map((n) => n.text)).not.toContain(headline);
    }
  });

  it('is not a lede that opens a page, nor a sentence under a menu', () => {
    const lede = 'The regional assembly in the old market town voted late on Wednesday night, after a long debate, to extend the night buses.';
    expect(run([lede, ...P].join('\n\n')).meta.titleDerived).toBe(true);
    const underMenu = run(['Home', 'Weather', '', 'Night buses reach the eastern towns. Here is what changes.', '', ...P].join('\n'));
    expect(underMenu.meta.title).not.toBe('Night buses reach the eastern towns. Here is what changes.');
  });

  it('is derived from the lead when the page prints none, without an ellipsis', () => {
    expect(leadHeadline('Buses return. More to follow.')).toBe('Buses return');
    // A dot after an initial or a month ends no sentence: the headline is not cut there.
    expect(['Council asks U.S. agencies for the ferry figures. More to follow.', 'The Jan. 6 vote on the ferry is off. More to follow.'].map(leadHeadline)).toEqual(['Council asks U.S. agencies for the ferry figures', 'The Jan. 6 vote on the ferry is off']);
    const long = leadHeadline(P[0]!);
    expect(long).toBe('The regional assembly voted on Wednesday to extend the night bus network to the three towns on the eastern edge of the county');
    expect(long).not.toMatch(/…$/);
  });
});

describe('dates: publication, update, and what is not the story’s', () => {
  it('takes the publication date and keeps the update date apart', () => {
    const page = ['Night buses reach eastern towns', 'Veröffentlicht am 3. März 2024 | Aktualisiert am 5. März 2024', ...P].join('\n');
    const { meta } = run(page);
    expect(meta.date.value).toBe('2024-03-03');
    expect(meta.sourceUpdated?.value).toBe('2024-03-05');
  });

  it('reads a label printed on a line of its own above its date', () => {
    const page = ['Night buses reach eastern towns', 'Zuletzt geändert am:', '05.03.2024', 'Erschienen am', '03.03.2024', ...P].join('\n');
    const { meta } = run(page);
    expect(meta.date).toEqual({ value: '2024-03-03', how: expect.stringMatching(/labelled as the publication date/) });
    expect(meta.sourceUpdated?.value).toBe('2024-03-05');
  });

  it('reads a date alone on its line under a deck of two paragraphs and the byline, but not one among the story\'s paragraphs', () => {
    const deck = [
      'Three towns on the eastern edge of the county will get night buses from September, after years of campaigning by residents who work late shifts in the city.',
      'The assembly also asked the operators to report every quarter on how many people ride the new routes, and on how often the buses run late at night.',
    ];
    const page = (lines: string[]) => run(['Night buses reach eastern towns', ...lines].join('\n\n')).meta.date.value;
    expect(page([...deck, 'Von Ana Ruiz', 'Mittwoch, 4. September 2024, 10:00 Uhr', ...P])).toBe('2024-09-04');
    // Past the story's first paragraph, a date alone on its line is no longer the page's dateline.
    expect(page([...deck, P[0]!, 'Mittwoch, 4. September 2024, 10:00 Uhr', ...P.slice(1)])).toBeNull();
  });

  it('takes a Posted-on line printed after the story', () => {
    const { meta } = run(['Night buses reach eastern towns', ...P, 'Posted on March 2, 2024 in Transport'].join('\n'));
    expect(meta.date.value).toBe('2024-03-02');
  });

  it('never takes a date from comments, teasers or the story text', () => {
    const page = [
      'Night buses reach eastern towns',
      ...P,
      'The scheme was first proposed on June 3, 2019.',
      'Related stories',
      'Cycle lanes approved for the old town',
      'February 27, 2024',
      '2 Comments',
      'Lee Park says:',
      'March 5, 2024 at 9:12 am',
      'Good news for shift workers at the hospital.',
      'Reply',
      'Sam Oduya says:',
      'March 6, 2024 at 7:40 pm',
      'Finally a bus after the late shift.',
      'Reply',
    ].join('\n');
    const { meta, nodes } = run(page);
    expect(meta.date).toEqual({ value: null, why: expect.stringMatching(/no printed date/) });
    expect(nodes.map((n) => n.text).join(' ')).not.toMatch(/Good news for shift workers|Finally a bus/);
  });
});

describe('cost stays linear on pages of many short lines', { timeout: 60_000 }, () => {
  const page = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      [`Headline number ${i} about the towns`, `By Writer Number${i}`, `March ${(i % 28) + 1}, 2024 at 9:${String(i % 60).padStart(2, '0')} am`, `Reader ${i} says:`, P[i % 3]!, 'Reply', `${i} Comments`].join('\n'),
    ).join('\n');
  const time = (n: number) => {
    const start = performance.now();
    run(page(n));
    return performance.now() - start;
  };

  it('cleans 4,000 entries in about twice the time of 2,000', () => {
    time(200);
    const small = time(2000);
    const large = time(4000);
    // Quadratic work would take four times as long; allow noise on a shared machine.
    expect(large).toBeLessThan(small * 3.2 + 500);
  });
});

describe('closing furniture after the story (round 7)', () => {
  const DE = [
    'Der Gemeinderat hat am Mittwoch beschlossen, die Nachtbusse bis in die drei Dörfer am östlichen Rand des Landkreises fahren zu lassen, was Anwohner seit Jahren fordern.',
    'Die neuen Linien starten im September und werden aus dem Verkehrshaushalt bezahlt, den der Rat im Frühjahr um vier Prozent erhöht hat.',
    'Die Betreiber müssen die Busse freitags und samstags bis zwei Uhr morgens alle dreißig Minuten fahren lassen, an den übrigen Abenden jede Stunde.',
  ];

  it('knows labels over other stories built from their parts, in several languages', () => {
    for (const label of ['Das könnte dich auch interessieren', 'Ähnliche Beiträge zum Thema:', 'Weitere Meldungen', 'Schon gelesen?', 'Veja também', 'Notícias relacionadas', 'Les puede interesar', 'Mira también', 'À lire également', 'Vous aimerez aussi', 'Potrebbe anche interessarti', 'Przeczytaj również', 'Weitere Inhalte:', 'Ähnliche Inhalte']) {
      expect(relatedLabel(label), label).toEqual({ rest: '' });
    }
    expect(relatedLabel('Le puede interesar: Un puente nuevo para el puerto')).toEqual({ rest: 'Un puente nuevo para el puerto' });
  });

  it('knows the German labels of interesting, previous and recommended stories', () => {
    expect(['Interessante Artikel', 'Weitere interessante Themen', 'Vorherige Artikel:', 'Empfohlen'].map((l) => relatedLabel(l)?.rest)).toEqual(['', '', '', '']);
    // A verdict or a sentence with such words is no label.
    expect(['Interessante Artikel gab es im Heft kaum.', 'Empfohlen wird eine Fahrt am Morgen.'].map(relatedLabel)).toEqual([null, null]);
  });

  it('does not take a sentence that opens with such words for a label', () => {
    for (const line of ['Ähnliche Beiträge gab es schon 2019 im Stadtrat.', 'Veja também como a prefeitura vai pagar a obra', 'Das könnte Sie auch interessieren, sagte der Bürgermeister.', 'Weitere Meldungen aus dem Rathaus erwartet niemand vor Montag']) {
      expect(relatedLabel(line), line).toBeNull();
    }
  });

  it('ends the story at such a label over a list of other stories', () => {
    const teasers = ['Schon gelesen?', 'Warum die Fähre im Winter seltener fährt und was die Reederei jetzt den Pendlern auf der Insel verspricht', 'Wie die neuen Radwege in der Altstadt angenommen werden und wo die Händler noch mehr Abstellplätze für Fahrräder wollen'];
    const page = ['Nachtbusse fahren bis in die Dörfer', 'Von Anna Roth', ...DE, ...teasers].join('\n\n');
    expect(run(page).clean.nodes.slice(1).map((n) => n.text)).toEqual(DE);
  });

  it("ends the story at a label over teaser cards whose summaries the page cut off mid-sentence, and keeps a story's section after a label", () => {
    const cards = [
      'Empfohlen',
      'Fähre im Winter: Was Pendler jetzt wissen müssen',
      'Die Reederei streicht im Januar jede zweite Fahrt zur Insel, weil die Nachfrage sinkt und zwei Schiffe in die Werft müssen. Für Pendler bedeutet das frühere Abfahrten und längere Wartezeiten am Anleger, und auch die Preise für die Monatskarte steigen ab dem ersten Februar um einige',
      'Radwege in der Altstadt - Händler wollen mehr Platz',
      'Seit dem Sommer sind die neuen Radwege in der Altstadt offen, und die Zahl der Radfahrer ist deutlich gestiegen. Die Händler am Markt wünschen sich nun mehr Abstellplätze, doch die Stadt verweist auf die engen Gassen und den Denkmalschutz, der neue Bügel vor den alten Häusern',
      'Neue Brücke über den Hafen - Bauarbeiten beginnen',
      'Im Frühjahr beginnen die Arbeiten an der neuen Brücke über den Hafen, die den Osten der Stadt mit dem Bahnhof verbinden soll. Die Kosten liegen nach Angaben der Stadt bei rund vierzig Millionen Euro, von denen das Land einen großen Teil übernimmt, wenn der Bau bis zum Jahr',
      'Markthalle öffnet wieder - mit neuen Ständen',
      'Nach zwei Jahren Umbau öffnet die Markthalle im Zentrum wieder ihre Türen. Neben den bekannten Händlern gibt es nun auch Stände mit Speisen aus der Region, eine Bäckerei und einen kleinen Laden für Bücher über die Geschichte der',
    ];
    const teaserPage = ['Nachtbusse fahren bis in die Dörfer', 'Von Anna Roth', ...DE, ...cards].join('\n\n');
    expect(run(teaserPage).clean.nodes.slice(1).map((n) => n.text)).toEqual(DE);
    // Paragraphs that close their sentences under a subheading are the story's own section.
    const section = ['Was die Fahrgäste sagen', 'Die Fahrgäste im Osten begrüßen die neuen Linien, wünschen sich aber auch am Sonntag einen späten Bus in die Stadt.'];
    const storyPage = ['Nachtbusse fahren bis in die Dörfer', 'Von Anna Roth', ...DE, 'Empfohlen', ...section].join('\n\n');
    expect(run(storyPage).clean.nodes.slice(1).map((n) => n.text)).toEqual([...DE, ...section]);
  });
  it('knows more label forms: inflected adjectives, a subject after the noun, "more about", a verb over one linked headline', () => {
    for (const label of ['Die meistgelesenen Artikel', 'Weitere aktuelle Themen aus der Region', 'Mehr Themen:', 'Más sobre el puerto']) {
      expect(relatedLabel(label), label).toEqual({ rest: '' });
    }
    expect(relatedLabel('Mire: El puerto abre un muelle nuevo')).toEqual({ rest: 'El puerto abre un muelle nuevo' });
    expect(relatedLabel('Weiterlesen: Die Fähre fährt seltener')).toEqual({ rest: 'Die Fähre fährt seltener' });
    for (const line of ['Mehr Themen als je zuvor standen am Dienstag auf der Tagesordnung des Rates.', 'Mire usted, dijo el alcalde, el puerto no cierra.', 'Más sobre el puerto sabremos el lunes.']) {
      expect(relatedLabel(line), line).toBeNull();
    }
  });

  it('names a call to follow the site as social buttons, in several languages', () => {
    for (const line of ['Follow us on Instagram and Mastodon', 'Folgen Sie uns auf', 'Síguenos en Telegram, Facebook y X', 'Nos siga no', 'Suivez-nous', 'Like us on Facebook']) {
      expect(cueCategory(line), line).toBe('share');
    }
    for (const line of ['Join us live for the council vote tonight', 'Folgen Sie uns auf einem Rundgang durch die Altstadt, wo die Händler seit Jahren auf neue Radwege warten.', 'Follow us into the tunnel, the engineer said, and mind the cables.']) {
      expect(cueCategory(line), line).not.toBe('share');
    }
  });

  it('names "liked this article? share it" as a share call, and leaves a liked article without a call alone', () => {
    expect(cueCategory('Artikel gefallen? Vergiss nicht zu teilen!')).toBe('share');
    expect(cueCategory('Hat dir dieser Beitrag gefallen? Dann empfiehl ihn weiter und teile ihn mit Freunden.')).toBe('share');
    expect(cueCategory('If you liked this post, please help spread the word on the sites below:')).toBe('share');
    expect(cueCategory('Der Artikel hat ihr gefallen, sagte die Ministerin, aber die Zahlen stimmten nicht.')).toBeNull();
    // The question alone heads a rating widget; a paragraph that opens with it goes on to say something.
    expect(['Gefällt dir dieser Beitrag?', 'Did you like this article?'].map(cueCategory)).toEqual(['share', 'share']);
    expect(cueCategory('Did you like this article? The council asked residents for their views on the new timetable.')).toBeNull();
  });

  it("names the site's app offered for both kinds of phone as an advert, and leaves a story's app alone", () => {
    expect(cueCategory('Die Talblatt-App jetzt kostenlos für iOS und Android!')).toBe('ad');
    expect(cueCategory('Free app for Android now lets riders pay')).toBeNull();
    expect(cueCategory('The new app for iOS and Android lets riders buy night bus tickets, the operator said.')).toBeNull();
  });

  it("names a form's consent box, with the \"Yes\" it opens with", () => {
    expect(cueCategory('Ja, ich habe die Datenschutzerklärung gelesen und bin einverstanden, dass meine Angaben gespeichert werden.')).toBe('login');
    expect(cueCategory('Ja, ich habe die Fahrpläne gelesen, und die Busse fahren wirklich erst ab September.')).toBeNull();
  });
});

describe('a recipe card under the story (round 7)', () => {
  const story = [
    'Winter soups need not be heavy, and this one takes barely half an hour from the first chopped onion to the bowl on the table.',
    'The trick is to fry the lentils briefly with the spices before the stock goes in, so that they keep their shape and take on the flavour.',
    'It keeps for three days in the fridge and tastes better on the second, when the spices have had time to settle into the broth.',
  ];
  const card = ['Ingredients for 4 servings:', '2 tbsp olive oil', '1 large onion, chopped', '200 g red lentils', '1 1/2 litres vegetable stock', '½ tsp ground cumin', 'salt and pepper to taste'];

  it('keeps the ingredient list, though its short lines look like a menu, and ends it at the buttons under it', () => {
    const page = ['Red lentil soup for cold evenings', 'By Mara Lind', ...story, 'Print recipe', ...card, 'Share this recipe', 'Tweet', 'Email this', 'Filed under: Soups, Winter'].join('\n\n');
    const kept = run(page).clean.nodes.map((n) => n.text);
    expect(kept.slice(1)).toEqual([...story, ...card]);
  });

  it('reads on past an ingredient whose notes run long, to the method and its steps', () => {
    const long = ['Ingredients:', '2 tbsp olive oil', '1 large onion, chopped', '4 cups of pumpkin, peeled & cut into 1/2" cubes (about 1 small pumpkin, 2 pounds in all, or a can)', '200 g red lentils', '1 1/2 litres vegetable stock', 'salt and pepper to taste'];
    const steps = ['Warm the oil in a heavy pot and soften the onion for five minutes.', 'Add the pumpkin, the lentils and the stock, and simmer for twenty minutes.'];
    const page = ['Pumpkin and lentil soup', 'By Mara Lind', ...story, ...long, 'Directions:', ...steps, 'Share this recipe', 'Tweet', 'Email this', 'Filed under: Soups, Winter'].join('\n\n');
    expect(run(page).clean.nodes.map((n) => n.text).slice(1)).toEqual([...story, ...long, 'Directions:', ...steps]);
  });

  it('does not take a menu under an "Ingredients" link for a list, nor an ingredient line for the headline', () => {
    const menu = ['Ingredients', 'Vegetables', 'Spices and herbs', 'Seasonal baking', 'Kitchen tools'];
    const page = [...menu, 'Red lentil soup for cold evenings', 'By Mara Lind', ...story].join('\n\n');
    const r = run(page);
    expect(r.clean.nodes.map((n) => n.text)).not.toContain('Spices and herbs');
    const top = ['Ingredients', '2 tbsp olive oil', '200 g red lentils', '1 large onion, chopped', '1 1/2 litres vegetable stock'];
    expect(run([...top, 'Red lentil soup for cold evenings', ...story].join('\n\n')).meta.title).not.toMatch(/^\d/u);
  });
});

describe('the author\'s box and other-news labels (round 7)', () => {
  it("names a journalist's biography whatever verb follows the name ('leitet', 'beschäftigt sich mit', 'has covered'), not a story's sentence about a person", () => {
    for (const t of [
      'Ana Ruiz leitet das Ressort Verkehr beim Valley Kurier. Sie studierte Geografie in Leipzig und war Korrespondentin in Lyon.',
      'Omar Haddad beschäftigt sich als Redakteur mit den Themen Verkehr, Stadtplanung und Wohnen in der Region.',
      'Jo Weller has covered transport and housing for the Valley Post as a reporter since 2015.',
    ]) expect(cueCategory(t), t).toBe('author-bio');
    expect(cueCategory('Ana Ruiz leitet die Sitzung des Kreistags, in der über die neuen Nachtbusse abgestimmt wird.')).toBeNull();
  });

  it('names a biography by an expert\'s, a lawyer\'s, a founder\'s or a teacher\'s role, not a sentence about what a person teaches', () => {
    for (const t of [
      'Jo Weller is a public transport expert who has written about buses and trams for twenty years.',
      'Lena Brandt ist Fachanwältin für Verkehrsrecht und Partnerin einer Kanzlei in Leipzig.',
      'Omar Haddad lehrt Stadtgeschichte an der Universität Leipzig und ist Mitbegründer eines Archivs für Verkehrsplakate.',
    ]) expect(cueCategory(t), t).toBe('author-bio');
    expect(cueCategory('Omar Haddad lehrt seine Schüler, wie man einen Fahrplan liest, und fährt mit ihnen zum Depot.')).toBeNull();
  });

  it('names a labelled biography and a blogger\'s self-introduction', () => {
    expect(cueCategory('About the author: Lena writes about housing and cities, and runs the paper\'s data desk.')).toBe('author-bio');
    expect(cueCategory('Hi, I\'m Jonas. I bake bread on weekends and write about it here for anyone who wants to try.')).toBe('author-bio');
    expect(cueCategory('Hallo, ich bin Jonas und backe am Wochenende Brot für die ganze Straße.')).toBe('author-bio');
    expect(cueCategory('I\'m Jonas, the baker said, and I have baked bread in this street for thirty years.')).toBeNull();
    expect(cueCategory('Hello, said the mayor to the crowd, and then she read the list of new bus stops.')).toBeNull();
  });

  it('takes "About <name>" for a label only over a biography', () => {
    expect(isAboutLabel('About Jonas', 'Hi, I\'m Jonas. I bake bread on weekends.')).toBe(true);
    expect(isAboutLabel('Über Kathrin', 'Hallo, ich bin Kathrin und schreibe hier über Kuchen.')).toBe(true);
    expect(isAboutLabel('About Berlin', 'Berlin has three million people and more bridges than Venice.')).toBe(false);
    expect(isAboutLabel('About Jonas', undefined)).toBe(false);
  });

  it('drops the box under the story', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'About Ana', 'Hi, I\'m Ana. I live by the harbour and write about buses, trains and ferries for this blog.'].join('\n\n');
    expect(run(page).clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
  });

  it('knows English labels over other news built from their parts', () => {
    for (const label of ['Other Transport News:', "Don't miss these Health stories", 'Related articles...', 'More Local Headlines']) {
      expect(relatedLabel(label), label).toEqual({ rest: '' });
    }
    expect(relatedLabel('Other news outlets reported the same figures.')).toBeNull();
  });

  it('knows "Mehr zu …" and "Mehr über …" with a short subject as labels over other stories, not a sentence', () => {
    for (const label of ['Mehr zu Radwegen und Nachtbussen', 'Mehr über den Nahverkehr']) expect(relatedLabel(label), label).toEqual({ rest: '' });
    expect(relatedLabel('Mehr zu den Plänen steht auf der Seite der Stadt.')).toBeNull();
  });

  it('knows "Must-reads" and "Featured posts" as labels over other stories, not sentences that start so', () => {
    for (const label of ['Must-Reads from around the county', 'Must read', 'Featured Posts', 'Featured stories']) expect(relatedLabel(label), label).toEqual({ rest: '' });
    for (const t of ['Must read the timetable before boarding at night.', 'Featured posts stay on the front page for a week.']) expect(relatedLabel(t), t).toBeNull();
  });
});

describe('a list announced by the story (round 7)', () => {
  const towns = ['Millbrook', 'Eastcombe', 'Harwick Green', 'Saltmarsh'];
  const close = 'The assembly will review the routes next spring, once the first six months of passenger numbers are known and the operators have reported on costs.';

  it('keeps the short lines under a sentence of the story that closes with a colon', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, close, 'From September the night buses will stop in these towns on their way east:', ...towns, 'Share this', 'Tweet', 'Email', 'Posted in: Transport'].join('\n\n');
    const kept = run(page).clean.nodes.map((n) => n.text);
    expect(kept).toEqual(expect.arrayContaining(towns));
  });

  it('drops a heading right over a closing box a cue names, not the story\'s closing question', () => {
    const relato = `La asamblea regional votó el miércoles la ampliación de la red de autobuses nocturnos a los tres pueblos del este de la provincia, un cambio que los vecinos pedían desde hace años.
Las nuevas líneas empezarán en septiembre y se pagarán con el presupuesto de transporte, que la asamblea aumentó un cuatro por ciento en su revisión de primavera.
Los operadores tendrán que pasar cada treinta minutos hasta las dos de la madrugada los viernes y los sábados, y cada hora las demás noches de la semana.
La asamblea revisará las líneas la próxima primavera, cuando se conozcan los primeros seis meses de pasajeros y los operadores hayan presentado sus costes.`.split('\n');
    const offer = 'Gracias a tu suscripción leés el diario sin límites y recibís contenidos exclusivos cada semana, además de descuentos en los comercios del barrio y entradas para el cine.';
    const kept = (line: string) => run(['Autobuses nocturnos para los pueblos del este', 'Por Ana Ruiz', ...relato, line, offer, 'VER PROMOS', 'Compartir nota'].join('\n\n')).clean.nodes.map((n) => n.text);
    expect(kept('Tenemos algo para ofrecerte')).toEqual(['Autobuses nocturnos para los pueblos del este', ...relato]);
    expect(kept('¿Y vos, vas a tomar el autobús nocturno?')).toEqual(['Autobuses nocturnos para los pueblos del este', ...relato, '¿Y vos, vas a tomar el autobús nocturno?']);
  });

  it('drops a tag list\'s label without its colon closing the kept text, and keeps it as a heading inside the story', () => {
    // The tags are the site's sections, printed in its menu too.
    const tags = 'TRANSPORT\nNIGHT BUSES\nEASTERN TOWNS';
    const bio = 'Ana is a reporter covering transport for the Valley Times. Got a tip? Email ana@example.org or message her on Signal.';
    expect(run([tags, 'Night buses reach eastern towns', 'By Ana Ruiz', ...P, close, 'Tagged', `${tags}\nAna Ruiz`, bio, 'Read more'].join('\n\n')).clean.nodes.at(-1)!.text).toBe(close);
    expect(run(['Night buses reach eastern towns', 'By Ana Ruiz', P[0]!, 'Topics', P[1]!, P[2]!, close].join('\n\n')).clean.nodes.map((n) => n.text)).toContain('Topics');
  });

  it('drops an author\'s box marked by its link to the author\'s posts, and keeps a sum in the story', () => {
    const box = 'Valley Desk\n+ posts';
    const bio = 'The desk covers the news items that need no single reporter: road works, court lists and the council\'s notices.';
    expect(run(['Night buses reach eastern towns', 'By Ana Ruiz', ...P, close, box, bio, 'Share this'].join('\n\n')).clean.nodes.at(-1)!.text).toBe(close);
    expect(cueCategory('+ posts')).toBe('author-bio');
    expect(cueCategory('+ 12 posts this week')).toBeNull();
  });

  it('ends the list at a bare comment heading, which the brief does not close on', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, close, 'From September the night buses will stop in these towns on their way east:', `${towns.join('\n')}\nComments`, 'Related links'].join('\n\n');
    const kept = run(page).clean.nodes.map((n) => n.text);
    expect(kept).toEqual(expect.arrayContaining(towns));
    expect(kept.at(-1)).toBe(towns.at(-1));
  });

  it('keeps a list numbered from 1 under a short label with a colon right after the story, past a picture credit', () => {
    const items = ['1. Harbour Line night bus', '2. Eastcombe shuttle', '3. Saltmarsh loop', '4. Millbrook express'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, close, 'Photo via Valley Transit', 'From top to bottom:', items.join('\n'), 'Share this', 'Tweet'].join('\n\n');
    const text = run(page).clean.nodes.map((n) => n.text).join('\n');
    expect(text).toContain('From top to bottom:');
    for (const item of items) expect(text).toContain(item.slice(3));
  });

  it('leaves out a numbered list under a label of other stories, or one that does not count from 1', () => {
    const items = ['1. Harbour Line night bus', '2. Eastcombe shuttle', '3. Saltmarsh loop'];
    const teasers = run(['Night buses reach eastern towns', ...P, close, 'Most read:', items.join('\n')].join('\n\n')).clean.nodes.map((n) => n.text).join('\n');
    for (const item of items) expect(teasers).not.toContain(item.slice(3));
    const ranks = ['4. Harbour Line night bus', '5. Eastcombe shuttle', '6. Saltmarsh loop'];
    const later = run(['Night buses reach eastern towns', ...P, close, 'Lines:', ranks.join('\n')].join('\n\n')).clean.nodes.map((n) => n.text).join('\n');
    for (const item of ranks) expect(later).not.toContain(item.slice(3));
  });

  it("keeps a listicle's numbered question that continues a kept one, though signatures and credits set it apart; not another list's items after the story", () => {
    const intro = 'Riders send us their favourite bus riddles every week, and the drivers on the night routes have a few of their own that they tell at the depot before the first run. Here are the ones that made the whole garage laugh this winter, with the names of the children who sent them in.';
    const riddles = [
      ['Why did the bus stop at the library?', 'Because it wanted to pick up a few good stories for the ride home!'],
      ['What do you call a bus full of ghosts?', 'A boo-s, and it is the only one that runs all night long!'],
      ['Why was the ticket machine so calm?', 'Because it had learned never to lose its change in front of the riders.'],
      ['What did the tyre say to the road?', 'Let us not get flat about it, we still have a long way to go!'],
      ['Why did the driver bring a ladder?', 'Because he had to get to the top of the double-decker, of course!'],
    ];
    // After every second riddle a child's signature, after every third a picture's credit.
    const lines = riddles.flatMap(([q, a], i) => [`${i + 1}. ${q}`, a!, ...(i % 3 === 2 ? ['photo: Valley Transit archive'] : i % 3 === 1 ? ['—Mia, age 9'] : [])]);
    const page = ['Home\nNews\nSport\nContact', 'Bus riddles for kids: jokes from the depot', 'By Ana Ruiz', intro, ...lines, 'Share this:\nFacebook\nTwitter', 'Most read\n1. Night fares rise in the west\n2. Depot plans move ahead'].join('\n\n');
    const kept = run(page).clean.nodes.map((n) => n.text);
    expect(kept).toEqual(expect.arrayContaining(['3. Why was the ticket machine so calm?', '4. What did the tyre say to the road?']));
    expect(kept.join('\n')).not.toContain('Depot plans move ahead');
  });

  it('does not keep short lines under a short label with a colon', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, close, 'Our towns:', ...towns].join('\n\n');
    const kept = run(page).clean.nodes.map((n) => n.text);
    for (const t of towns) expect(kept).not.toContain(t);
  });
});

describe('notices and calls after the story (round 7)', () => {
  it('names a notice on the rights in the page as footer, in several languages', () => {
    expect(cueCategory('© 2031 Valley Post Media Group. This article is the copyrighted property of the Valley Post. Written permission must be obtained before any reprint in print or online media, and the full credit line must be kept.')).toBe('footer');
    expect(cueCategory('Die Texte dieser Website stehen unter einer Creative-Commons-Lizenz und dürfen mit Nennung der Quelle weiterverbreitet werden.')).toBe('footer');
    expect(cueCategory('This copy is for your personal, non-commercial use only. Distribution of this material is governed by copyright law and our subscriber terms.')).toBe('footer');
  });

  it('leaves a story about copyright and licences alone', () => {
    expect(cueCategory('The court ruled that the copyright licence for the song had expired in 2019, so the band may now perform it without the permission of the label that once owned it.')).toBeNull();
  });

  it('names a call for the readers\' opinion as comment furniture', () => {
    expect(cueCategory('We want to hear what you think about this article. Submit a letter to the editor or write to us.')).toBe('comments');
    expect(cueCategory('Verraten Sie uns in den Kommentaren, wie Sie es machen:')).toBe('comments');
    expect(cueCategory('Dites-nous ce que vous en pensez.')).toBe('comments');
    expect(cueCategory('The mayor said she wanted to hear what residents think before the council votes on the routes.')).toBeNull();
  });
});

describe('buttons and labels in boxes (round 7)', () => {
  it('names "learn more" buttons, a table of contents\' label, a gallery\'s label and an embed\'s placeholder, in several languages', () => {
    for (const line of ['Learn more', 'Mehr erfahren', 'En savoir plus', 'Dowiedz się więcej', 'Inhaltsverzeichnis', 'Table of contents', 'Externer Inhalt', 'Galerie', 'Photo gallery']) {
      expect(cueCategory(line), line).toBe('navigation');
    }
    expect(cueCategory('Mehr erfahren wollten die Anwohner über die Kosten der neuen Linie.')).toBeNull();
    expect(cueCategory('Gallery of river paintings opens in the old mill')).toBeNull();
  });
});

describe('a pager under the story (round 7)', () => {
  it('names a link to the previous or next post, an arrow at one end, as navigation', () => {
    for (const line of ['← The harbour works run late again', 'Ferry fares rise in winter →', '« Five new cycle lanes open in the old town', 'Rail link to the airport gets its money ›', '← Ferry fares rise Five new cycle lanes open →']) {
      expect(cueCategory(line), line).toBe('navigation');
    }
    expect(relatedLabel('Read more in Transport')).toEqual({ rest: '' });
  });

  it('leaves quotations in guillemets and comment counts alone', () => {
    expect(cueCategory('« Nous allons ouvrir la ligne en septembre », a dit la maire.')).toBeNull();
    expect(cueCategory('35 Comments »')).not.toBe('navigation');
    expect(relatedLabel('Read more in the report published on Monday.')).toBeNull();
  });
});

describe('numbered items (round 7)', () => {
  it('keeps the number of a numbered item in the article text, and a bullet\'s mark out of it', () => {
    const steps = ['1. Choose a pot with holes in the bottom so that the water can drain away.', '2. Fill it with soil up to a hand\'s width below the rim and press it down lightly.', '• Water the plant every second day in summer and once a week in winter.'];
    const page = ['How to pot a hydrangea', 'By Mara Lind', ...P, ...steps, ...P.map((p) => p.replace('assembly', 'council'))].join('\n\n');
    const texts = run(page).clean.nodes.map((n) => n.text);
    expect(texts).toContain(steps[0]);
    expect(texts).toContain(steps[1]);
    expect(texts).toContain('Water the plant every second day in summer and once a week in winter.');
  });
});

describe('labelled pagers and French labels (round 7)', () => {
  it('names a pager label with the other post\'s title as navigation, in several languages', () => {
    for (const line of ['Previous article The harbour works run late again', 'Article suivant Les ferries circulent de nuit', 'Nächster Beitrag: Neue Radwege in der Altstadt', 'Artículo anterior El puerto abre un muelle nuevo']) {
      expect(cueCategory(line), line).toBe('navigation');
    }
    expect(cueCategory('Next article in the series will look at the ferry timetable.')).toBeNull();
  });

  it('knows French labels over other stories', () => {
    for (const label of ['En relation', 'Plus par Anne Morel', 'Plus dans Société', 'Dans la même rubrique']) expect(relatedLabel(label), label).toEqual({ rest: '' });
    expect(relatedLabel('Plus par habitude que par conviction, le maire a signé.')).toBeNull();
  });
});

describe('notices in other languages and embed placeholders (round 7)', () => {
  it('reads a publisher\'s notice about its own text in German, French and Spanish', () => {
    expect(disclosuresIn('Dieser Text wurde von Fachleuten geprüft und ersetzt keine ärztliche Beratung.')).toHaveLength(1);
    expect(disclosuresIn('Cet article ne remplace pas l’avis d’un professionnel de santé.')).toHaveLength(1);
    expect(disclosuresIn('Este contenido fue elaborado con información de la agencia.')).toHaveLength(1);
    expect(disclosuresIn('Diesen Text schrieb die Ministerin selbst, sagte ihr Sprecher am Montag.')).toHaveLength(0);
  });

  it('names an embed\'s consent placeholder, and leaves a story sentence about consent alone', () => {
    expect(isEmbedPlaceholder('Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zum Kartendienst her.')).toBe(true);
    expect(isEmbedPlaceholder('By loading the content you accept the privacy policy of the video platform.')).toBe(true);
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', P[0], 'We respect your privacy: the post is shown only with your consent.', P[1], P[2]].join('\n\n');
    expect(run(page).clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
    expect(isEmbedPlaceholder('The council said the works went ahead without the residents\' agreement, and the residents have now gone to court.')).toBe(false);
    // The placeholder telling the reader they gave no consent; a story on consent not given.
    expect(isEmbedPlaceholder('Hier stünde ein Video vom Hafen. Leider haben Sie uns dafür keine Zustimmung gegeben. Stimmen Sie bitte dem Anbieter zu, um es zu sehen.')).toBe(true);
    expect(isEmbedPlaceholder('Here the harbour map would load, but you have not given your consent to the map provider yet.')).toBe(true);
    expect(isEmbedPlaceholder('Die Anwohner hatten der Fällung keine Zustimmung gegeben, sagte die Stadt.')).toBe(false);
  });
});

describe('a reading time in the header (round 7)', () => {
  it('names a reading time as header meta, in several languages', () => {
    for (const line of ['4 Min Read', 'Lesezeit: 3 Minuten', 'Temps de lecture : 5 min', '6 min lues', 'Reading time: about 7 minutes']) expect(cueCategory(line), line).toBe('dateline');
    expect(cueCategory('4 minutes to midnight')).toBeNull();
  });

  it('does not keep it as a heading over the lede', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', '5 min read', ...P].join('\n\n');
    expect(run(page).clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
  });
});

describe('the rights clause in other languages (round 7)', () => {
  it('names "all rights reserved" in the common European languages as footer', () => {
    for (const line of ['Alle Rechte vorbehalten', '© Talbote Verlag – Tous droits réservés', 'Todos los derechos reservados.', 'Wszelkie prawa zastrzeżone', 'Wszystkie prawa zastrzeżone.']) expect(cueCategory(line), line).toBe('footer');
    expect(cueCategory('Der Verlag hat sich alle Rechte an dem Roman gesichert, sagte die Sprecherin.')).toBeNull();
  });
});

describe('a bare comment heading after the story (round 7)', () => {
  const promo = 'Advertise with the valley\'s most read news site: we offer display, newsletter and sponsored packages for every budget, and our team will plan your campaign with you.';

  it('ends the story at a bare "Comments" heading over a box that reads as prose', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'Comments', promo].join('\n\n');
    expect(run(page).clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
  });

  it('keeps a "Discussion" section early in a story', () => {
    const rest = ['Campaigners said the timetable was a good start, but asked the assembly to add a stop at the hospital, where many night-shift workers begin and end their day.', 'The assembly will review the routes next spring, once the first six months of passenger numbers are known.', 'Until then the day buses keep their timetable, and the last one still leaves the central station at half past eleven every night.', 'Operators say they have enough drivers for the new routes, but the unions want a pay rise for the night shifts before the routes start.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', P[0], 'Discussion', ...rest].join('\n\n');
    expect(run(page).clean.nodes.slice(1).map((n) => n.text)).toEqual([P[0], 'Discussion', ...rest]);
  });
});

describe('the site\'s tagline (round 7)', () => {
  it('drops a line that opens with the confirmed site name and a tagline, and keeps a sentence that names the site', () => {
    const mention = 'Valley Post readers voted the night bus the best change of the year, ahead of the new cycle lanes and the longer library hours.';
    const page = ['Valley Post', 'News', 'Night buses reach eastern towns', 'By Ana Ruiz', ...P, mention, 'Valley Post – news for the valley and the coast since 1921.', 'Valley Post', '© 2031 Valley Post. All rights reserved.'].join('\n\n');
    const texts = run(page).clean.nodes.map((n) => n.text);
    expect(texts).toContain(mention);
    expect(texts).not.toContain('Valley Post – news for the valley and the coast since 1921.');
  });
});

describe('a row of links kept apart by doubled spaces (round 7)', () => {
  const row = 'Ten Winter Soups for Cold Nights  How to Fold Dumplings in Pictures  Five Ways With Lentils  The Best Bread Knives  Why Your Oven Runs Hot';

  it('counts the gaps between links, and not the doubled spaces after a sentence', () => {
    expect(spacedJoins(row)).toBe(4);
    expect(spacedJoins('The buses start in September.  They will run every thirty minutes.  The assembly pays for them.')).toBe(0);
  });

  it('does not let such a row outweigh a short story', () => {
    const wordy = 'How to Make the Most of Your Winter Soups  What to Do With the Last of the Lentils  Why the Oven in Your Kitchen Runs Hot  How to Fold a Dumpling in Five Steps  What to Cook When It Is Too Cold to Go Out';
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', P[0], 'Popular', wordy].join('\n\n');
    expect(run(page).clean.nodes.map((n) => n.text)).not.toContain(wordy);
  });
});

describe('label and follow-call reach (round 7)', () => {
  it('takes a list label naming where the list comes from, and a longer call to follow', () => {
    expect(relatedLabel('Die meistgelesenen Artikel bei example.de/sport')).toEqual({ rest: '' });
    expect(cueCategory('Síguenos en Telegram, Instagram y Facebook para recibir todas nuestras noticias al momento')).toBe('share');
    expect(relatedLabel('Die meistgelesenen Artikel bei den Lesern waren die über Radwege.')).toBeNull();
  });
});

describe('more German list labels (round 7)', () => {
  it('knows "Dich interessiert vielleicht auch", "Top-Themen der Redaktion" and themed adjectives', () => {
    for (const label of ['Dich interessiert vielleicht auch', 'Das gefällt Ihnen bestimmt auch', 'Top Themen der Redaktion', 'Themenrelevante Nachrichten']) expect(relatedLabel(label), label).toEqual({ rest: '' });
    expect(relatedLabel('Sie interessiert vielleicht auch, was die Radwege kosten.')).toBeNull();
  });
});

describe('a paywall notice (round 7)', () => {
  it('ends the story at a paywall notice, however long the offer after it', () => {
    const offer = [
      'When you join our readers you get unlimited digital access to all of our reporting on the valley, its towns, its courts and its council, every day of the week.',
      'You also get the weekend magazine, the puzzles and the archive of every story we have printed since the paper was founded, and invitations to our readers\' evenings.',
      'Join now or renew your subscription to keep reading, and support local reporting in the valley for another year.',
    ];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'To read the full story, please subscribe to the Valley Post.', ...offer].join('\n\n');
    expect(run(page).clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
  });

  it('ends the story at the paywall\'s login for subscribers ("Already a subscriber? Log in"), not when the page\'s header prints it', () => {
    const pitch = ['Read this story now!', 'Exclusive benefits:', 'Our weekly newsletter with the valley\'s most important news, and every story of the Valley Post on your phone and your computer for one low price.', '3 € / month'];
    const cut = run(['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'Bereits Abonnent/in? Anmelden', ...pitch].join('\n\n'));
    expect(cut.clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
    const header = run(['Already a subscriber? Log in', 'Night buses reach eastern towns', 'By Ana Ruiz', ...P].join('\n\n'));
    expect(header.clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
  });

  it('ends the story at a registration wall ("Kostenlos registrieren und weiterlesen", "Register for free to keep reading"); a sentence on registering stays', () => {
    const form = [
      'An account with the Valley Post lets you read three stories a month for free and keep a list of the stories you liked best.',
      'Is signing up free?',
      'Yes, it costs nothing.',
      'We never pass your details on to anyone and only use them so that you can read the Valley Post. You can have your account deleted at any time.',
    ];    for (const wall of ['Kostenlos registrieren und weiterlesen', 'Register for free to keep reading']) {
      const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, wall, ...form].join('\n\n');
      expect(run(page).clean.nodes.slice(1).map((n) => n.text), wall).toEqual(P);
    }
    const sentence = 'Residents who want the night bus pass must register at the town hall, and can then keep reading the timetable online, the council said.';
    const story = ['Night buses reach eastern towns', 'By Ana Ruiz', P[0], P[1], sentence, P[2]].join('\n\n');
    expect(run(story).clean.nodes.map((n) => n.text)).toContain(sentence);
  });

  it('ends the story at an appeal\'s opening line ("If you\'ve read this far…"), in other languages too; a longer sentence opening alike stays', () => {
    const appeal = 'It is because you care about careful reporting on the valley, and the Valley Post has counted on readers like you for thirty years to keep it going every day.';
    for (const opening of ['If you’ve read this far…', 'Wenn Sie bis hierhin gelesen haben:', 'Si llegaste hasta aquí...']) {
      const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, opening, appeal, 'Stand with us.'].join('\n\n');
      expect(run(page).clean.nodes.slice(1).map((n) => n.text), opening).toEqual(P);
    }
    const sentence = 'If you have read this far into the audit, the figures on the night buses speak for themselves, the council said.';
    const story = ['Night buses reach eastern towns', 'By Ana Ruiz', P[0], P[1], sentence, P[2]].join('\n\n');
    expect(run(story).clean.nodes.map((n) => n.text)).toContain(sentence);
  });
});

describe("the author's name closing the story", () => {
  it('drops the byline\'s name or the site\'s address printed as the last line over a newsletter\'s call; a closing paragraph naming another person stays', () => {
    const call = 'Sign up for our weekly newsletter about the county and get the best stories of the valley in your inbox every Friday morning, free of charge.';
    const closing = (last: string) => run(['Night buses reach eastern towns', 'Par Ana Ruiz', ...P, last, call].join('\n\n')).clean.nodes.map((n) => n.text);
    expect(closing('ANA RUIZ')).toEqual(['Night buses reach eastern towns', ...P]);
    // The site's web address alone, closing the story as a sign-off.
    expect(closing('Valleypost.info')).toEqual(['Night buses reach eastern towns', ...P]);
    // A gallery's label whose pictures the dump does not hold; a closing line that opens alike stays.
    expect(closing('Bilder der Eröffnung')).toEqual(['Night buses reach eastern towns', ...P]);
    expect(closing('Photo gallery')).toEqual(['Night buses reach eastern towns', ...P]);
    expect(closing('Pictures of the first night bus are on page four')).toContain('Pictures of the first night bus are on page four');
    const driver = 'Omar Haddad will drive the first night bus to the eastern towns on the second Friday of September.';
    expect(closing(driver)).toContain(driver);
  });
});

describe("a date's label alone on the line above the date", () => {
  it('takes the label out with the date it labels; a label over anything else stays', () => {
    const body = (label: string, value: string) => run(['Night buses reach eastern towns', P[0], label, value, P[1], P[2]].join('\n\n')).clean.nodes.map((n) => n.text);
    expect(body('Release Date:', 'Monday, 3 June 2024 – 10:15am')).toEqual(['Night buses reach eastern towns', ...P]);
    expect(body('Veröffentlicht am:', '03.06.2024')).toEqual(['Night buses reach eastern towns', ...P]);
    expect(body('Release Date:', 'The council will name the day once the drivers are hired')).toContain('Release Date:');
  });
});

describe("the next story's headline under the story, printed again in a list of other stories", () => {
  it('drops the headline-shaped last line that a related list below repeats, and keeps it when no list repeats it', () => {
    const teaser = 'Ferries return to the northern route after ten years!';
    const page = (below: string[]) => run(['Night buses reach eastern towns', 'By Ana Ruiz', ...P, teaser, ...below].join('\n\n')).clean.nodes.map((n) => n.text);
    expect(page(['Related articles', teaser, 'The bridge opens in May'])).not.toContain(teaser);
    expect(page(['Contact', teaser])).toContain(teaser);
  });
});

describe('a notice declining liability (round 7)', () => {
  it('reads "not responsible for the opinions", "Alle Angaben ohne Gewähr" and their kin as a publisher\'s notice', () => {
    expect(disclosuresIn('The Valley Post is not responsible for the opinions or statements presented by its contributors.')).toHaveLength(1);
    expect(disclosuresIn('(Alle Angaben ohne Gewähr)')).toHaveLength(1);
    expect(disclosuresIn('Le site n\'est pas responsable des contenus publiés par ses lecteurs.')).toHaveLength(1);
    expect(disclosuresIn('The mayor said the council was not responsible for the delays, which she blamed on the operator.')).toHaveLength(0);
  });
  it("does not read a site's policy on the sites it links to as a notice about the story", () => {
    expect(disclosuresIn('The Valley Post is not responsible for the contents of third-party websites linked from this page.')).toEqual([]);
    expect(disclosuresIn('Harbour Radio is not liable for the content of linked pages')).toEqual([]);
    // Its own content disowned is still one.
    expect(disclosuresIn('Harbour Radio is not responsible for the content of guest posts on this site.')).toHaveLength(1);
  });
});

describe('facts a story prints twice (round 7)', () => {
  it('keeps "label: number" lines that two worked examples share, and still names a repeated menu', () => {
    const ex1 = ['Example one: leasing', 'Price: 20,000 euros', 'Term: three years', 'Monthly rate: 300 euros'];
    const ex2 = ['Example two: a loan', 'Price: 20,000 euros', 'Term: five years', 'Monthly rate: 293 euros'];
    const page = ['Home', 'Cars', 'Leasing or a loan?', 'By Ana Ruiz', P[0], ...ex1, ...ex2, P[1], P[2], 'Home', 'Cars'].join('\n\n');
    const texts = run(page).clean.nodes.map((n) => n.text);
    expect(texts.filter((t) => t === 'Price: 20,000 euros')).toHaveLength(2);
    expect(texts).not.toContain('Home');
  });
});

describe('the site\'s footer row and "about us" blurb (round 7)', () => {
  it('names a row of footer links on one line as footer', () => {
    expect(cueCategory('IMPRESSUM | DATENSCHUTZ')).toBe('footer');
    expect(cueCategory('Kontakt · Impressum · Datenschutz')).toBe('footer');
    expect(cueCategory('Kontakt | Presse | Ein neuer Radweg')).not.toBe('footer');
  });

  it('ends the story at an "About us" label over the site\'s blurb', () => {
    const blurb = 'For fifty years we have reported on the valley, its towns and its people, and we are proud to be owned by our readers rather than by a company far away.';
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, 'About us', blurb].join('\n\n');
    expect(run(page).clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
  });
});

describe('headline: page-level evidence (round 8)', () => {
  const story = [
    'The regional assembly voted on Wednesday to extend the night bus network to the three towns on the eastern edge of the county, a change that campaigners had sought for years.',
    'The new routes will start in September and will be paid for from the transport budget, which the assembly increased by four percent in its spring review.',
    'Operators will have to run the buses every thirty minutes until two in the morning on Fridays and Saturdays, and every hour on the other nights of the week.',
  ];

  it('does not count a line as printed again when a paragraph of prose only uses its words (an author\'s role and the bio under the story)', () => {
    const page = [
      'Menu\nLatest\nOPINION\nNight buses for the eastern towns, at last',
      'The eastern towns have waited long enough for a way home after dark.',
      'MARCH 3, 2024\nAna Ruiz\nLecturer in urban geography at the county college\nShare',
      ...story,
      'Ana Ruiz is a lecturer in urban geography at the county college and has written two books on rural transport.',
    ].join('\n\n');
    expect(run(page).meta.title).toBe('Night buses for the eastern towns, at last');
  });

  it('still counts a headline printed again inside a short line that is not prose', () => {
    const head = ['Menu\nLatest\nOPINION\nWaiting for the last night bus home', 'The regional assembly extends the night bus network to the three eastern towns', 'MARCH 3, 2024\nShare', ...story];
    expect(run([...head, 'Opinion » Waiting for the last night bus home, March 2024'].join('\n\n')).meta.title).toBe('Waiting for the last night bus home');
  });
});

describe('teasers with a date and time inside the story (round 8)', () => {
  const more = [
    'The county will also add two new stops near the hospital, where many night-shift workers begin and end their day, after nurses wrote to the assembly.',
    'Passenger groups welcomed the decision but said the buses should also run on Sunday nights, when many restaurant workers travel home late.',
    'The first review of passenger numbers is due in March, when the assembly will decide whether to keep every route in the network.',
    'Drivers will be hired from the day-bus pool first, the operator said, and the unions have asked for a pay rise for the night shifts.',
  ];
  const teaser = (head: string, date: string) => ['Regional news', head, date];

  it('keeps the story paragraphs between teasers whose date stands under a headline', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P,
      ...teaser('Bakery on the high street wins a national prize for its rye bread', '02 March 2024 12:02 PM'), more[0]!, more[1]!,
      ...teaser('Council approves a new cycle lane along the river after a long debate', '14 February 2024 07:30 AM'), more[2]!,
      ...teaser('Library extends its opening hours for students during the exam season', '20 January 2024 09:15 AM'), more[3]!].join('\n\n');
    const body = run(page).clean.nodes.map((n) => n.text);
    for (const p of more) expect(body).toContain(p);
  });

  it('still finds comments whose date stands under the commenter\'s name', () => {
    const comments = [
      'Lina Park', '02 March 2024 12:02 PM', 'Finally! I have been waiting for this for years, the last bus home was always a problem for us.',
      'Omar', '02 March 2024 01:15 PM', 'Will the buses stop at the hospital too? My sister works nights there and would love to use them.',
      'Jo Weller', '03 March 2024 08:40 AM', 'Great news for the eastern towns, although Sunday nights are still missing from the plan.',
    ];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...comments].join('\n\n');
    const { clean } = run(page);
    expect(clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
    expect(clean.removed.filter((r) => r.category === 'comments').map((r) => r.text)).toContain(comments[2]);
  });
});

describe('more forms of a picture\'s credit (round 8)', () => {
  it.each([
    'Fot. Jan Nowak / Agencja Obraz',
    'The old bridge at night. Photo: Lena Ruiz.',
    'Ministers met on Monday (credit: Ana Lobo/AB/C.D.Press)',
    'A tram stop in the city centre (Symbolbild).',
    'A quiet street in the old town (file photo).',
    'The team trains ahead of the cup match on Saturday. (FILE)',
    'Vous pouvez télécharger cette infographie en PDF en cliquant sur l\'image.',
    'Download the chart as a PDF by clicking on the image.',
    'Images: Lena Ruiz | Valley Press',
  ])('names %s a caption', (line) => expect(isPictureCaption(line)).toBe(true));

  it.each([
    'The film was shot in Berlin. Photo: the director said it was hard work.',
    'He said the photo: was fake. It was not.',
    'The agency sent a photographer to the harbour at dawn.',
    // A source closing a story's paragraph is no picture's credit.
    'The council met on Monday and agreed the budget for next year. (Quelle: Stadtverwaltung)',
    'The clerk keeps the minutes on file (see the appendix).',
    'Readers could download the picture by clicking a button, which the agency later removed.',
  ])('leaves %s alone', (line) => expect(isPictureCaption(line)).toBe(false));
});

describe('author boxes without a label (round 8)', () => {
  it('names a greeting with an emoji before the self-introduction a biography', () => {
    expect(cueCategory('Hi there 🙂 I am Mara, and on this little site I write about my garden, my failed tomatoes and my better beans.')).toBe('author-bio');
    expect(cueCategory('Hi there, the bed is ready, and the first beans are climbing the warm south wall of the house.')).toBeNull();
  });

  const box = ['Tom Berger', 'Tom Berger ist Berater für Energiefragen mit langer Erfahrung. Seit zwölf Jahren begleite ich Gemeinden bei ihren Projekten.'];
  it('drops a name over a paragraph on who the person is after the story', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...box].join('\n\n');
    const { clean } = run(page);
    expect(clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
    expect(clean.removed.find((r) => r.text === box[1])?.category).toBe('author-bio');
  });

  it('drops the same box printed twice, once over the story (a pop-up under the byline) and once under it', () => {
    const own = ['Ana Ruiz', 'Ana Ruiz is a transport reporter at the Valley Post. Before that she wrote about courts and councils for two local papers, and she studied economics in Leeds and Lisbon.'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz, 16 March 2024', ...own, 'Close', ...P, 'Share this:', ...own].join('\n\n');
    const { clean } = run(page);
    expect(clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
  });

  it('keeps a list of portraits, each under its person\'s name', () => {
    const people = [
      'Lena Vogt', 'Lena Vogt is a bus driver who has driven the night line to the eastern towns for ten years, mostly at weekends.',
      'Karl Simon', 'Karl Simon is a nurse at the county hospital who often waits an hour for the first bus after his night shift.',
    ];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...people].join('\n\n');
    const body = run(page).clean.nodes.map((n) => n.text);
    expect(body).toContain(people[3]);
  });
});

describe('a figure\'s caption, numbered or not, and a caption with its credit glued on (round 8)', () => {
  it.each([
    'Figure 2: The new night routes and their stops in the eastern towns.',
    'Abbildung 4: Die neue Brücke über den Fluss am Abend.',
    'Abb. 3 – Verteilung der Messstellen im Tal',
    'Rys. 1. Schemat sieci autobusowej.',
    // The label without a number.
    'Abbildung: Schneehöhen im oberen Tal, farbig nach Monat',
    'Figure: the night routes as the assembly drew them',
    // A credit ("Agency / Name") glued to the caption's closing stop.
    'Die neue Präsidentin mit dem Vorstand nach der Abstimmung.KNA / Berger',
    // A broadcaster's press picture with the terms of its use, longer than a caption.
    'Hafenfest, Film von Lena Ruiz, am Freitag um 21 Uhr im Dritten. Szene am Kai © TalTV/Omar Haddad, honorarfrei - Verwendung gemäß der AGB im engen redaktionellen Zusammenhang mit der genannten Sendung und bei Nennung "Bild: TalTV/Omar Haddad". TalTV Presse, Tal',
  ])('names %s a caption', (line) => expect(isPictureCaption(line)).toBe(true));

  it.each([
    'Figure 2 shows how the routes reach the eastern towns, and the assembly wants a third one.',
    'Abbildung und Text stammen aus dem Bericht der Verwaltung.',
    'The night line runs between the two depots. North/South',
    'Nachdruck honorarfrei, ein Belegexemplar an die Pressestelle am Hafen wird erbeten.',
    'Figures released on Monday show that more people ride the night buses.',
  ])('leaves %s alone', (line) => expect(isPictureCaption(line)).toBe(false));
});

describe('the comment form\'s check against robots (round 8)', () => {
  it.each([
    'Type the characters shown in the image to prove you are a person.',
    'Bitte geben Sie die Zeichen aus dem Bild unten ein, bevor Sie absenden.',
    'Before your comment goes out, type the letters and digits that you can see in the picture shown below. This keeps automatic scripts from flooding the page with messages.',
  ])('names %s a line of the form', (line) => expect(isCommentFormLine(line)).toBe(true));

  it.each([
    'The museum printed the letters of the poet next to the image of his house.',
    'Police released a picture of the van and asked witnesses to come forward.',
  ])('leaves %s alone', (line) => expect(isCommentFormLine(line)).toBe(false));
});

describe('a list named by its subject (round 8)', () => {
  it.each(['Artikel und Videos zum Thema', 'Nachrichten zu diesem Thema', 'Articles and videos on this topic', 'Stories about the same subject'])('reads %s as a label over other stories', (line) => expect(relatedLabel(line)).not.toBeNull());
  it.each(['Artikel zum Thema Mieten sind selten', 'Videos on this topic were removed by the platform last week'])('leaves %s alone', (line) => expect(relatedLabel(line)).toBeNull());
});

describe('a long comment of short lines inside an established section (round 8)', () => {
  const names = ['Lina Park', 'Omar Haddad', 'Jo Weller', 'Sam Ortiz', 'Ines Braun', 'Tom Reyes', 'Ada Kim'];
  const entry = (k: number) => [`${names[k]} · ${k + 4} March 2024 at 18:1${k}`, `Thanks for the update on the night buses, I will take the first one from the station on the ${k + 4}th.`, 'Reply'];
  const poem = ['Blue lights on the ring road', 'The last tram has gone', 'Someone hums by the shelter', 'Coins warm in my glove', 'Fog over the river', 'The kiosk lamp goes dark', 'Two cats on the wall', 'A van with its doors open', 'Bread smell from the bakery', 'The bridge still wet', 'A radio somewhere', 'My feet cold at last', 'Headlights round the bend', 'Home before the sun'];
  const late = 'After the poem I want to add that the timetable for Sunday is still missing, and I hope the assembly will look at it soon.';

  it('keeps the section past a poem once it has several entries', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, '7 Comments', ...entry(0), ...entry(1), ...entry(2), ...entry(3), ...entry(4), ...entry(5), `${names[6]} · 12 March 2024 at 19:00`, ...poem, 'Reply', 'Ines Braun · 13 March 2024 at 08:00', late, 'Reply'].join('\n\n');
    const { clean } = run(page);
    expect(clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
    expect(clean.removed.find((r) => r.text === late)?.category).toBe('comments');
  });

  it('ends a section of one comment at a long run of short lines', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, '1 Comment', ...entry(0), ...poem, 'Ines Braun · 13 March 2024 at 08:00', late, 'Reply'].join('\n\n');
    const { clean } = run(page);
    expect(clean.removed.find((r) => r.text === late)?.category).not.toBe('comments');
  });
});

describe('a summary closed by its "Read more" link (round 8)', () => {
  it.each([
    'The county opens a second night line to the coast next spring. Read more...',
    'Die Bibliothek verlängert ihre Öffnungszeiten für Studierende. Weiterlesen »',
    'La mairie ouvre une deuxième ligne de nuit vers la côte. Lire la suite',
  ])('names %s a teaser\'s summary', (line) => expect(isTeaserSummary(line)).toBe(true));

  it.each([
    'Read more',
    'She told us she wanted her pupils to read more, and the library agreed.',
    'Readers who want to read more about the routes can find the timetable at every stop.',
  ])('leaves %s alone', (line) => expect(isTeaserSummary(line)).toBe(false));

  it('drops a list of teasers after the story, each with its summary', () => {
    const teasers = ['Harbour Festival Returns With Three New Stages', 'The festival adds a stage for local bands this summer. Read more...', 'Council Approves New Cycle Lane Along The River', 'Work on the lane starts in May and ends before the autumn. Read more...', 'Library Extends Opening Hours For Exam Season', 'Students can use the reading rooms until midnight in June. Read more...'];
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, ...teasers].join('\n\n');
    expect(run(page).clean.nodes.slice(1).map((n) => n.text)).toEqual(P);
  });
});

describe('"covers" names a journalist only right after the name (round 8)', () => {
  it('leaves a product paragraph that covers a subject alone', () => {
    expect(cueCategory('Bright Garden is designed for pupils aged six to ten, and it covers reading, counting and drawing in short daily lessons.')).toBeNull();
  });
  it('still names a journalist who covers a beat', () => {
    expect(cueCategory('Ana Ruiz covers transport and housing for the paper from its office in the county town.')).toBe('author-bio');
  });
});

describe('a closing paragraph after the tail is cut (round 8)', () => {
  const more = 'Passenger groups welcomed the decision but said the buses should also run on Sunday nights, when many restaurant workers travel home late.';
  const bio = 'Ana Ruiz is a reporter who writes about transport and housing for the paper from its office in the county town.';
  const tail = ['I have waited for this for years, and I hope that the buses will also stop at the hospital, because many of us work nights there and the last bus leaves far too early for anyone on the late shift.', 'It would also help if the timetable were printed at every stop, since not everyone in the eastern towns has a phone that can show it, and the old paper timetables are all out of date now.'];

  it('drops a biography that ends the story once the readers\' text under it is gone', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', ...P, more, bio, 'Share', 'Tweet', 'Email', '14 Comments', ...tail].join('\n\n');
    const { clean } = run(page);
    expect(clean.nodes.slice(1).map((n) => n.text)).toEqual([...P, more]);
    expect(clean.removed.find((r) => r.text === bio)?.category).toBe('author-bio');
  });

  it('keeps a story whose last paragraph merely reads like a biography when much story follows it', () => {
    const page = ['Night buses reach eastern towns', 'By Ana Ruiz', P[0], bio, P[1], P[2], more, 'Share', 'Tweet', 'Email'].join('\n\n');
    expect(run(page).clean.nodes.slice(1).map((n) => n.text)).toContain(P[2]);
  });
});

describe('an organisation\'s blurb under a press release (round 8)', () => {
  const blurb = 'The Valley Walkers\' Association (VWA) is a charity that keeps footpaths open across the county and speaks for walkers at the regional assembly.';
  it('names the blurb a footer cue', () => {
    expect(cueCategory(blurb)).toBe('footer');
    expect(cueCategory('Der Verband der Gartenfreunde (VdG) ist ein Zusammenschluss von Vereinen, die Kleingärten in der Region betreuen.')).toBe('footer');
  });
  it('leaves a sentence that says what a body did or is the most of', () => {
    expect(cueCategory('The County Transport Authority (CTA) is the largest buyer of buses in the region and ordered forty more this spring.')).toBeNull();
    expect(cueCategory('The Valley Walkers\' Association (VWA) said the new path would open in May.')).toBeNull();
  });
  it('drops the blurb after the story and keeps one inside it', () => {
    const end = run(['Night buses reach eastern towns', 'By Ana Ruiz', ...P, blurb].join('\n\n')).clean;
    expect(end.nodes.slice(1).map((n) => n.text)).toEqual(P);
    const mid = run(['Night buses reach eastern towns', 'By Ana Ruiz', P[0], blurb, P[1], P[2]].join('\n\n')).clean;
    expect(mid.nodes.slice(1).map((n) => n.text)).toContain(blurb);
  });
});

describe('the headline heads the text the body keeps (round 8)', () => {
  // A story cut in two by a long timetable: the later half is the page's heaviest run of prose.
  const opening = [
    'The harbour ferry will stop calling at the old pier from March, the port authority said on Monday, after divers found cracks in the wooden piles that carry the landing stage.',
    'Passengers for the pier will be taken to the new quay by a shuttle bus, which the authority will run at no charge until the repairs are finished next winter.',
  ];
  const table = Array.from({ length: 24 }, (_, k) => `${String(6 + (k % 12)).padStart(2, '0')}:${k % 2 ? '15' : '45'}`);
  const later = [
    'Weekend sailings keep their times, but the first crossing on weekdays moves twenty minutes earlier so that commuters can still reach the trains that leave the town at seven.',
    'Season tickets bought before the change remain valid on the shuttle, and holders who no longer need them can ask for a refund at the ticket office or on the website.',
    'Cyclists may take their bicycles on the shuttle only outside the busiest hours, since the buses carry two bicycles at most and the racks cannot be extended this year.',
    'Residents of the streets around the old pier asked for the shuttle to stop near the school as well, and the council said it would look at the request in the spring.',
  ];
  const headline = 'Harbour ferry stops calling at old pier';
  const sub = 'Earlier sailings on weekdays for commuters';

  it('takes the line over the opening, not the subheading over the heavier half under the table', () => {
    const page = [headline, 'By Ana Ruiz', ...opening, 'Timetable from March', ...table, sub, ...later].join('\n\n');
    const { clean } = run(page);
    expect(clean.nodes[clean.headline!]!.text).toBe(headline);
  });

  it('takes a short line over a short opening cut off by a table, against a subheading over a much longer half', () => {
    const more = [
      'Taxi drivers at the station welcomed the earlier crossing, which they said would bring them more fares from travellers who arrive before the first buses of the day.',
      'The authority expects the work on the landing stage to cost about two million euros, most of which the regional government has promised to pay from its harbour fund.',
    ];
    const short = 'Ferry stops at old pier';
    const page = [short, ...opening, 'Timetable from March', ...table, 'Shuttle bus from the pier to the new quay', ...later.slice(0, 3), ...more, later[3]].join('\n\n');
    const { clean } = run(page);
    expect(clean.nodes[clean.headline!]!.text).toBe(short);
  });

  it('keeps the headline over the story when a short teaser stands above a long run of links', () => {
    const teaser = 'Choir wins regional prize';
    const links = Array.from({ length: 24 }, (_, k) => `Section ${k + 1}`);
    const page = [teaser, 'The town choir won the regional prize on Sunday.', ...links, headline, 'By Ana Ruiz', ...opening, ...later].join('\n\n');
    const { clean } = run(page);
    expect(clean.nodes[clean.headline!]!.text).toBe(headline);
  });
});

describe('body round 9', () => {
  it('reads a sentence asking to share this post as a share line, not a story sentence about sharing', () => {
    for (const t of ['Teile diesen Beitrag auf Social Media.', 'Partagez cet article avec vos amis !', 'Share this recipe with a friend.']) expect(isShareLine(t), t).toBe(true);
    for (const t of ['Teile diesen Gedanken mit deiner Familie.', 'Share this post with your friends? It took me years.', 'How to share photos on social media']) expect(isShareLine(t), t).toBe(false);
  });

  it('counts a save button beside a print button as a share row', () => {
    expect(isShareLine('Rezept drucken · Bei Pinterest speichern')).toBe(true);
    expect(isShareLine('Dokumente lokal speichern und später drucken lassen')).toBe(false);
  });

  it('reads a call for donations with the way to pay, or a bank account, as the site\'s appeal', () => {
    for (const t of ['Spende via PayPal', 'Du kannst deine Spende auch an folgendes Konto überweisen:', 'Donate by bank transfer to the association', 'IBAN: DE02 1203 0000 0000 2020 51  BIC: BYLADEM1001'])
      expect(cueCategory(t), t).toBe('login');
    for (const t of ['The fund paid out the donations by bank transfer within a week, the treasurer said.', 'Die Spende des Vereins ging an die Schule im Nachbarort.', 'Pay the fee with PayPal at the entrance.'])
      expect(cueCategory(t), t).toBeNull();
  });

  it('reads an author box under an author label that calls the person by their first name', () => {
    const bio = 'Mara is a baker by the harbour and writes about bread, rye and the people who still grind their own flour.';
    expect(isNamedBox(bio, 'Mara Lindqvist', 'Author')).toBe(true);
    expect(isNamedBox(bio, 'Mara Lindqvist', 'Über den Autor')).toBe(true);
    // Without the label a first name under a name line may be a profile's part heading.
    expect(isNamedBox(bio, 'Mara Lindqvist', 'The bakers')).toBe(false);
    expect(isNamedBox(bio, 'Mara Lindqvist')).toBe(false);
    expect(isNamedBox('Mara and her brother opened the shop in a rented shed in the spring of that year.', 'Mara Lindqvist', 'Author')).toBe(false);
    const P = [
      'The harbour bakery opened its doors again on Monday after a winter of repairs to the old oven and the roof above it.',
      'Neighbours queued before dawn, and the first rye loaves were gone within an hour of the shutters going up.',
      'The owners say they will keep the short winter hours until the new flour mill is running at full speed again.',
    ];
    const page = ['Harbour bakery reopens after winter repairs', ...P, 'Author', 'Mara Lindqvist', bio].join('\n\n');
    const out = cleanBlocks(splitBlocks(page));
    expect(out.nodes.map((n) => n.text)).not.toContain(bio);
    expect(out.removed.find((r) => r.text === bio)?.category).toBe('author-bio');
  });

  it('reads a pager\'s buttons alone on a line, one or both, as navigation', () => {
    for (const t of ['Vorheriges Weiter', '« Previous', 'Previous Next', 'Précédent | Suivant', 'Anterior / Siguiente →']) expect(cueCategory(t), t).toBe('navigation');
    for (const t of ['Next time', 'Weiter so', 'Previous winners', 'Suivant les règles']) expect(cueCategory(t), t).toBeNull();
  });

  it('knows the older bookmarking buttons as share buttons', () => {
    for (const t of ['Digg This | Save to del.icio.us', 'Digg it | StumbleUpon | Tumblr']) expect(isShareLine(t), t).toBe(true);
    for (const t of ['Digg deeper into the archive', 'She posted the photos on Tumblr before the gallery opened.']) expect(isShareLine(t), t).toBe(false);
  });

  it('reads a box under a one-word user name that opens with the name and says who the person is', () => {
    expect(isNamedBox('Tovah is a retired ferry pilot who writes about tides, boats and the small islands she grew up on.', 'tovah')).toBe(true);
    expect(isNamedBox('Tovah ist eine Lehrerin aus dem Norden, die über Gezeiten, Boote und kleine Inseln schreibt.', 'Tovah')).toBe(true);
    // A profile's part: no article after the verb, or another person under the name.
    expect(isNamedBox('Tovah was born on the island and still crosses to the mainland by boat twice a week.', 'Tovah')).toBe(false);
    expect(isNamedBox('Ruth is a retired ferry pilot who writes about tides, boats and the small islands she grew up on.', 'tovah')).toBe(false);
    expect(isNamedBox('Tovah is a retired ferry pilot.', 'tovah')).toBe(false);
  });
});

describe('headline round 10: two sentences closing with a question', () => {
  it('takes a headline of two sentences closing with a question mark when a date stands beside it', () => {
    const head = 'Night buses for the eastern towns: the assembly votes yes. What changes for the late shift?';
    const page = ['Menu\nLatest\nTransport', `${head}\nBy Ana Ruiz\n3 March 2024`, ...P].join('\n\n');
    expect(run(page).meta.title).toBe(head);
  });

  it('does not take two questions over the story without a byline or date beside them: a deck', () => {
    const deck = 'Night buses for the eastern towns: what did the assembly decide? And who will pay for the new routes?';
    const page = ['Menu\nLatest\nTransport', deck, ...P].join('\n\n');
    expect(run(page).meta.title).not.toBe(deck);
  });
});

describe('headline round 10: a slide show\'s titles', () => {
  it('does not take the title of a slide (under its counter, "1/3") for the story\'s headline', () => {
    const page = [
      'Menu\nLatest\nTransport\nCity',
      'Everything we know so far about the plan\nAna Ruiz|\n3 March 2024, 10:12\n1/3\nNight buses for the eastern towns',
      P[0]!,
      'Picture: County transport office\n2/3\nMore stops near the hospital',
      P[1]!,
      '3/3\nWho pays for the routes',
      P[2]!,
    ].join('\n\n');
    expect(run(page).meta.title).toBe('Everything we know so far about the plan');
  });

  it('reads a counter only where the first number is one of the slides', () => {
    expect(isSlideCounter('1/3')).toBe(true);
    expect(isSlideCounter('Bild 2 von 9')).toBe(true);
    expect(isSlideCounter('3 of 12')).toBe(true);
    expect(isSlideCounter('2024/25')).toBe(false);
    expect(isSlideCounter('24/7')).toBe(false);
    expect(isSlideCounter('0/3')).toBe(false);
    expect(isSlideCounter('Season 2 of the show')).toBe(false);
  });
});

describe('headline round 10: the story\'s headline printed last in a teaser list', () => {
  const teasers = [
    'Menu\nLatest\nWorkshop',
    'Related articles',
    [
      'Helmets for the New Season: Lighter and Cheaper',
      'A New Team of Young Riders for the Downhill Season',
      'First Ride on the Trail Bike With Two Faces',
      'Brakes With a Third More Power for the Long Descents',
      'Night Buses for the Eastern Towns: How the New Routes Work',
    ].join('\n'),
  ];
  const author = ' By Ana Ruiz\n 3 March 2024\n Transport\n120\nAna Ruiz\nAna Ruiz – reporter, cyclist and bus commuter. Writing on transport since 2002.\nInstagram: anaruiz\nWebsite: www.example.org';

  it('takes it when the author\'s short box stands between it and the story', () => {
    const page = [...teasers.slice(0, 2), `${teasers[2]}\n${author}`, 'More articles by Ana Ruiz →', ...P].join('\n\n');
    expect(run(page).meta.title).toBe('Night Buses for the Eastern Towns: How the New Routes Work');
  });

  it('does not take a teaser that stands further above the story', () => {
    const page = [...teasers.slice(0, 2), `${teasers[2]}\n${author}\nFacebook page\nNewsletter\nPodcast\nEvents`, 'More articles by Ana Ruiz →', ...P].join('\n\n');
    expect(run(page).meta.title).not.toBe('Night Buses for the Eastern Towns: How the New Routes Work');
  });
});

describe('headline round 10: a sentence that a breadcrumb trail names', () => {
  const head = 'When the night buses run late, the assembly wants the operators to pay a fine.';
  const under = `${head}\nAssembly votes to extend the night bus network to the eastern towns\n3 March 2024 Ana Ruiz Transport`;

  it('takes a headline closing with a full stop when the trail ends with it', () => {
    const page = ['Menu\nLatest\nTransport', `Home › Transport › ${head}\n${under}`, ...P].join('\n\n');
    expect(run(page).meta.title).toBe(head);
  });

  it('takes the line under such a sentence when no trail names it', () => {
    const page = ['Menu\nLatest\nTransport', `${head}\nOperators to pay when the night buses run late\n3 March 2024 Ana Ruiz Transport`, ...P].join('\n\n');
    expect(run(page).meta.title).toBe('Operators to pay when the night buses run late');
  });
});

describe('headline round 10: a trail\'s last step under a paragraph', () => {
  it('is the page\'s headline, not a subheading of the blurbs over it', () => {
    const page = [
      'Home',
      "About Ana Ruiz writes about buses, trains and the people who run them, and has covered the county's transport for the regional paper since the spring of 2009, when the first night routes were cut.",
      "Books Her guide to the county's rail lines came out last year and is on sale in the bookshops of the three towns, with a map of every station and the walks between them on foot.",
      'Podcast Every second week she talks with drivers, planners and riders about the routes they use, the fares they pay and the changes they would like to see on the buses of the county.',
      'Home / Waiting for the last bus home…',
      'Waiting for the last bus home…',
      '',
      'Posted on: 03-03-2024 Posted by: Ana Ruiz',
      '',
      'The regional assembly voted on Wednesday to extend the night bus network to the three towns on the eastern edge of the county, a change that campaigners had sought for years.',
      '',
      'Archives',
      'January 2023',
      'February 2023',
      'March 2023',
      'April 2023',
      'May 2023',
      'June 2023',
      'July 2023',
      'August 2023',
      'September 2023',
      'October 2023',
      'November 2023',
      'December 2023',
      'Categories',
      'Buses',
      'Trains',
      'Ferries',
      'Bikes',
      'Walking',
      'Roads',
      'Fares',
      'Events',
      '',
      'Posted on: 02-02-2024',
      'Recent Comments',
      'Mark on Night buses to the eastern towns from September',
      'Ella on Night buses to the eastern towns from September',
      'The new night routes will start in September and will be paid for from the transport budget, which the assembly increased by four percent in its spring review of the night buses.',
    ].join('\n');
    expect(run(page).meta.title).toBe('Waiting for the last bus home…');
  });

  it('a short line under a paragraph that no trail names stays a subheading', () => {
    const page = [
      'Menu',
      'Latest',
      '',
      'A long wait is over',
      '3 March 2024',
      '',
      'The regional assembly voted on Wednesday to extend the night bus network to the three towns on the eastern edge of the county, a change that campaigners had sought for years.',
      'Night buses for the eastern towns from September',
      '',
      'The new routes will start in September and will be paid for from the transport budget, which the assembly increased by four percent in its spring review.',
      '',
      'Operators will have to run the buses every thirty minutes until two in the morning on Fridays and Saturdays, and every hour on the other nights of the week.',
    ].join('\n');
    expect(run(page).meta.title).toBe('A long wait is over');
  });
});

describe('body: the text above a headline that a breadcrumb trail names', () => {
  // A menu whose entries carry long blurbs: more prose above the headline than the short post under it.
  const blurbs = [
    "About Ana Ruiz writes about buses, trains and the people who run them, and has covered the county's transport for the regional paper since the spring of 2009, when the first night routes were cut.",
    "Books Her guide to the county's rail lines came out last year and is on sale in the bookshops of the three towns, with a map of every station and the walks between them on foot.",
    'Podcast Every second week she talks with drivers, planners and riders about the routes they use, the fares they pay and the changes they would like to see on the buses of the county.',
  ];
  const post = [P[0], '', 'Give it a read and tell us what you think.'];

  it('is page header, however much prose it holds', () => {
    const page = ['Home', ...blurbs, 'Home / Waiting for the last bus home…', 'Waiting for the last bus home…', '', 'Posted on: 03-03-2024 Posted by: Ana Ruiz', '', ...post].join('\n');
    const { meta, nodes } = run(page);
    expect(meta.title).toBe('Waiting for the last bus home…');
    const body = nodes.map((n) => n.text).join('\n');
    expect(body).toContain(P[0]);
    expect(body).toContain('Give it a read');
    expect(body).not.toContain('rail lines');
    expect(body).not.toContain('Every second week');
  });

  it('stays when the trail is printed far from the headline (a footer\'s trail says nothing of where the header ends)', () => {
    const page = ['Home', ...blurbs, 'Waiting for the last bus home…', '', 'Posted on: 03-03-2024 Posted by: Ana Ruiz', '', ...post, '', 'Archives', 'Categories', 'Contact', 'Home / Waiting for the last bus home…'].join('\n');
    const body = run(page).nodes.map((n) => n.text).join('\n');
    expect(body).toContain('rail lines');
  });

  it('stays when no trail names the headline: a line under more prose than it heads may head a teaser or a card inside the story', () => {
    const page = ['Home', ...blurbs, 'Waiting for the last bus home…', '', 'Posted on: 03-03-2024 Posted by: Ana Ruiz', '', ...post].join('\n');
    const body = run(page).nodes.map((n) => n.text).join('\n');
    expect(body).toContain('rail lines');
    expect(body).toContain(P[0]);
  });
});

describe('error messages a site\'s server printed into the page', () => {
  const warning = (n: number) => `Warning: Undefined array key "sidebar" in /var/www/valleybus/wp-content/themes/plain/functions.php on line ${n}`;

  it.each([
    [warning(88), true],
    ['Notice: Undefined index: lang in /home/site/public_html/inc/header.inc on line 7', true],
    ['Deprecated: Function create_function() is deprecated in /srv/www/blog/plugins/widget.php on line 230', true],
    ['PHP Fatal error:  Uncaught Error: Call to undefined function menu() in C:\\inetpub\\site\\index.php on line 3', true],
    // Prose about a warning, or a line that mentions one, is not the message.
    ['Warning: the river is expected to rise on line 4 of the valley road', false],
    ['The driver said the warning light came on in the depot on line 12.', false],
    ['Warning: Undefined array key "sidebar" in functions.php', false],
  ])('%s -> %s', (line, expected) => {
    expect(isScriptError(line)).toBe(expected);
  });

  it('are removed wherever they stand, and are never taken for the headline', () => {
    const page = [warning(88), warning(91), 'Valley Bus News', 'Night buses reach the eastern towns', '', P[0], '', warning(140), '', P[1], '', P[2]].join('\n');
    const { meta, nodes, clean } = run(page);
    expect(meta.title).toBe('Night buses reach the eastern towns');
    const body = nodes.map((n) => n.text).join('\n');
    expect(body).toContain(P[1]);
    expect(body).not.toContain('functions.php');
    expect(clean.removed.filter((r) => r.text.includes('functions.php')).map((r) => r.category)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('stay when the story quotes one (a line introduces it)', () => {
    const page = ['Night buses reach the eastern towns', '', P[0], '', 'After the upgrade, the timetable page showed only this:', '', warning(88), '', P[1], '', P[2]].join('\n');
    const body = run(page).nodes.map((n) => n.text).join('\n');
    expect(body).toContain('functions.php on line 88');
  });
});

describe('buttons and contact lines read as words', () => {
  it.each([
    ['Send to a Friend', 'share'],
    ['E-mail this to a friend', 'share'],
    ['Tell a friend!', 'share'],
    ['Artikel an einen Freund senden', 'share'],
    ['Envoyer à un ami', 'share'],
    ['Jump to: navigation, search', 'navigation'],
    ['Jump to navigation Jump to search', 'navigation'],
    ['Wechseln zu: Navigation, Suche', 'navigation'],
    ['Close this search box.', 'navigation'],
    ['Open the menu', 'navigation'],
    ['Enlarge This Image', 'caption'],
    ['Bild anzeigen Bild schließen', 'caption'],
    ['Alle Bilder anzeigen', 'caption'],
    ['Mouseover photo to load notes or add comment', 'caption'],
    ['Click on the image to enlarge', 'caption'],
    ['Klicken Sie auf das Bild, um es zu vergrößern', 'caption'],
    // A pager's arrows typed as "<" and ">"; markup holds both, and a story's ">" stands inside a sentence.
    ['<Back to all shops in this town', 'navigation'],
    ['Next: the bridge reopens after repairs >', 'navigation'],
    ['<p>The bridge reopens after repairs</p>', null],
    ['Prices rose by >5 percent in May', null],
    // The same words in a story's sentence or headline are not buttons.
    ['Send a friend a postcard from the coast this summer', null],
    ['How to tell a friend you are worried about them', null],
    ['Jump to conclusions at your peril', null],
    ['Close the search for the missing hikers, police say', null],
    ['Show the photo to the bus driver when you board', null],
    ['Click the photo of the ferry and you will see the old pier', null],
  ])('%s -> %s', (line, expected) => {
    expect(cueCategory(line)).toBe(expected);
  });

  it('takes the headline under the dateline, not a button over it', () => {
    const page = [
      'Menu\nLatest\nTransport',
      'Comments\nPin It\nSend to a Friend\ntransport - March 3, 2024\nNight buses reach the eastern towns',
      // The button's words are the story's too: only the cue tells the button apart.
      `A friend of the campaign sent us the news at once. ${P[0]!}`,
      P[1]!,
      P[2]!,
    ].join('\n\n');
    expect(run(page).meta.title).toBe('Night buses reach the eastern towns');
  });

  it('never takes an e-mail address, a slide counter or a recipe card\'s line for the headline', () => {
    for (const line of ['transport@valleybus.example', '4 von 17', '500 ml Milch', '2 EL Zucker', 'Total 1 hr 50 min', 'Koch-/Backzeit ca. 1 Stunde 20 Minuten', 'Servings 12', 'Exposure: 60 x 3 minutes']) {
      const page = ['Menu\nLatest\nTransport', `Contact\n${line}\nMarch 3, 2024`, P[0]!, P[1]!, P[2]!].join('\n\n');
      expect(run(page).meta.title, line).not.toBe(line);
    }
    // A headline that speaks of a quantity or a time is still one.
    const headline = ['Menu\nLatest\nTransport', 'Ferry crossing cut to 45 minutes\nMarch 3, 2024', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(headline).meta.title).toBe('Ferry crossing cut to 45 minutes');
  });
});

describe('a pager of two titles between guillemets', () => {
  it.each([
    ['« The harbour reopens | Main | Ferry fares rise in spring »', 'navigation'],
    ['‹ Previous entry | Next entry ›', 'navigation'],
    ['« Night buses | Blog home | The new timetable »', 'navigation'],
    // A quotation in guillemets holds no bars between links.
    ['« La ville doit choisir »', null],
    ['«Wir fahren weiter», sagt die Fahrerin', null],
  ])('%s -> %s', (line, expected) => {
    expect(cueCategory(line)).toBe(expected);
  });
});

const DE = [
  'Viele Firmen wissen nicht, unter welchen Bedingungen ihre Zulieferer arbeiten. Ein neues Gesetz verlangt nun, dass sie ihre Lieferketten prüfen und Missstände melden.',
  'Der Verband der Händler hält die Pflichten für zu teuer, die Gewerkschaften dagegen für zu schwach. Beide wollen die Regeln im kommenden Jahr neu verhandeln.',
  'Kleine Betriebe sollen bis zum Herbst Zeit bekommen, ihre Lieferketten zu beschreiben. Wer falsche Angaben macht, muss mit einem Bußgeld rechnen.',
];

describe('a short headline of capitalised words over a dated line', () => {
  // The line under it shares more words with the lead and outscores it; a headline stands above its own dateline.
  const under = 'Neues Gesetz verlangt Prüfung der Zulieferer 6. März 2024';
  it('takes a two-word German headline, where the capitalised words are not a name', () => {
    const page = ['Start\nThemen\nKontakt', `Faire Lieferketten\n${under}`, ...DE].join('\n\n');
    expect(run(page).meta.title).toBe('Faire Lieferketten');
  });

  it('still passes over a person\'s name printed there', () => {
    const page = ['Start\nThemen\nKontakt', `Anna Berger\n${under}`, ...DE].join('\n\n');
    expect(run(page).meta.title).not.toBe('Anna Berger');
  });
});

describe('menus, tags and post numbers laid out as one line', () => {
  it.each([
    ['News | Transport | Weather', true],
    // A menu whose links print their label twice (an icon's text, then the link's).
    ['Buses Buses Night routes Night routes Timetable Timetable', true],
    // A post's tags on one line.
    ['Transport, Night buses, Eastern towns, Top story', true],
    // Three single words: tags or a slogan.
    ['Freedom, Justice, Transparency', true],
    ['Buses, Trams, Ferries and Bikes', false],
    // A breadcrumb whose steps the dump glued together.
    ['TransportNewsroomNight buses reach the eastern towns', true],
    ['Night buses reach the eastern towns', false],
    ['Bora Bora reopens its ferry pier', false],
    ['Buses, trams and ferries: what changes in spring', false],
    ['The briefing, Wednesday, March 6, 2024', false],
    ['PlayStation sales rise in the eastern towns', false],
  ])('%s -> %s', (line, expected) => {
    expect(isLinkRow(line)).toBe(expected);
  });

  it.each([
    'Transport Transport Night buses Night buses Eastern towns Eastern towns',
    'Night buses, Eastern towns, Transport, Top story',
    'TransportNewsroomAssembly extends night bus network',
  ])('never takes %s over the headline under it', (line) => {
    const page = ['Menu\nLatest\nTransport', `${line}\nNight buses reach the eastern towns\nMarch 3, 2024`, P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('Night buses reach the eastern towns');
  });

  it('never takes a forum post\'s number for the thread\'s title', () => {
    // The post's words are the thread's ("post"), so only its shape tells the number from a title.
    const post = `Post your question in one post only. ${P[0]!}`;
    const page = ['Forum\nThreads\nMembers', 'Forum rules\nPost #1\nMarch 3, 2024', post, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('Forum rules');
  });
});

describe('lines over the headline that are not an earlier headline', () => {
  it('does not take a contact line that shares a word with the story for the headline over its deck', () => {
    const page = ['NEWS RELEASE', 'For release: March 3, 2024\nPress inquiries: Dana Wells, 555-0100\nBus inquiries: 555-0199', 'Night buses reach the eastern towns', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('Night buses reach the eastern towns');
  });

  it('still takes a headline printed over a longer deck that shares the story\'s words', () => {
    const page = ['Menu\nLatest\nTransport', 'Night buses for the eastern towns\nThe assembly extends the network to the three towns on the edge of the county\nMarch 3, 2024', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('Night buses for the eastern towns');
  });

  it('does not take a short line sharing two of three words for the headline printed again', () => {
    // A section's name run into the headline's first words, over the post's date and author.
    const page = ['Home\nGallery\nAbout\nContact\nTravel Notes Good news\nMarch 3, 2024\nDana\nNo Comments\nGood news – network!', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('Good news – network!');
  });

  it('never takes a date with the place and tags filed with it, even twice glued, for the headline', () => {
    // The tags are the story's words; the headline over them shares none.
    for (const line of ['3 March 2024 County, Night bus, Assembly', '3 March 20243 March 2024 County, Night bus, Assembly']) {
      const page = ['Menu\nLatest\nTransport', `Late service at last\n${line}`, P[0]!, P[1]!, P[2]!].join('\n\n');
      expect(run(page).meta.title, line).toBe('Late service at last');
    }
  });
});

describe('a headline set in capitals', () => {
  it('is not passed over as a name: in capitals every word opens with one', () => {
    const menu = ['Start', 'About us', 'Projects', 'Partners', 'Events', 'Press', 'Contact', 'Imprint', 'Privacy'].join('\n');
    const page = ['News from the assembly', menu, 'NIGHT NETWORK', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('NIGHT NETWORK');
  });

  it('still passes over a name in mixed case there', () => {
    const menu = ['Start', 'About us', 'Projects', 'Partners', 'Events', 'Press', 'Contact', 'Imprint', 'Privacy'].join('\n');
    const page = ['Night buses for the eastern towns', menu, 'Dana Wells', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).not.toBe('Dana Wells');
  });
});

describe('a long headline over a one-word label', () => {
  const headline = 'Assembly Extends Night Bus Network To Three Eastern Towns After Years Of Campaigning In The County';
  it('is a headline, not a sentence running on into the label under it', () => {
    const page = ['Menu\nLatest\nTransport', `${headline}\nvideo\nBy Dana Wells | March 3, 2024`, P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe(headline);
  });

  it('is still no headline where the next line goes on with its sentence', () => {
    const cut = 'The assembly voted on Wednesday to extend the night bus network to the three towns on the eastern';
    const page = ['Menu\nLatest\nTransport', `${cut}\nedge of the county\nBy Dana Wells | March 3, 2024`, P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).not.toBe(cut);
  });
});

describe('a kicker naming the piece\'s form and its guest, or its section', () => {
  // The guest's words fill the story, so the kicker shares more of them than the headline does.
  const english = [`Dana Wells, a driver, spoke about the night buses. ${P[0]!}`, `Dana Wells expects full buses. ${P[1]!}`, P[2]!];
  const german = [`Dana Wells spricht für die Händler. ${DE[0]!}`, `Dana Wells erwartet harte Gespräche. ${DE[1]!}`, DE[2]!];
  it.each([
    ['Interview with Dana Wells, driver', 'Night buses: the drivers are ready for the eastern towns', english],
    ['Interview mit Dana Wells', 'Lieferketten: Die Händler wollen neu verhandeln', german],
    ['Händlerin Dana Wells im Talk', 'Lieferketten: Die Händler wollen neu verhandeln', german],
    // The name of the list the post is filed in.
    ['News from the night bus drivers', 'Night buses: the drivers are ready for the eastern towns', english],
    ['Neues aus dem Händlerverband', 'Lieferketten: Die Händler wollen neu verhandeln', german],
    ['Press release | Eastham night bus drivers', 'Night buses: the drivers are ready for the eastern towns', english],
    ['Pressemitteilung des Händlerverbands', 'Lieferketten: Die Händler wollen neu verhandeln', german],
  ])('%s is not the headline over %s', (kicker, headline, story) => {
    const page = ['Menu\nLatest\nTransport', `${kicker}\n${headline}\nMarch 3, 2024`, ...story].join('\n\n');
    expect(run(page).meta.title).toBe(headline);
  });
});

describe("a section's label printed twice, in the menu and as the trail's last step over the headline", () => {
  it('takes the line under its second copy for the headline', () => {
    const menu = ['News and media', 'The feed', 'Press releases', 'Videos', 'In the press', 'Pictures', 'Podcasts | Radio', 'Shop'];
    const headline = '“Privatised routes serve investors, not the passengers of the county, say the riders”';
    const page = [menu.join('\n'), ['Home >', 'News and media >', 'In the press', headline, 'Thursday 13 June 2019, by Valley Riders'].join('\n'), ...P].join('\n\n');
    expect(run(page).meta.title).toBe(headline);
  });
});

describe("a blog's name and tagline over the post", () => {
  it("names the tagline and the name over it as the site's, and takes the post's title for the headline", () => {
    const page = ['Home\nAbout\nContact', 'Valley Transit Notes', 'A blog covering buses, ferries and the people who run them.', '« Older post | Main | Newer post »', 'March 3, 2024', 'Ana Ruiz on the New Night Routes', ...P].join('\n\n');
    const { clean, meta } = run(page);
    expect(meta.title).toBe('Ana Ruiz on the New Night Routes');
    expect(clean.removed.filter((r) => r.category === 'site-name').map((r) => r.text)).toEqual(['Valley Transit Notes', 'A blog covering buses, ferries and the people who run them.']);
  });

  it('reads taglines in several languages, not a sentence about a blog', () => {
    for (const t of ['A blog covering buses and trains.', 'Ein Blog über Busse und Bahnen', 'The blog of Jane Doe']) expect(isBlogTagline(t), t).toBe(true);
    expect(isBlogTagline('A blog about the night buses, which the council set up last year, drew thousands of readers and many angry comments.')).toBe(false);
    expect(isBlogTagline('Her blog covering the buses won a prize.')).toBe(false);
  });
});

describe('code, addresses and a back link printed near the top', () => {
  it.each(['./configure --prefix=/opt/bus --with-tracker=yes', 'Mill Road 12, 3011 Eastham', 'Hafenstr. 4', '< Eastham night buses'])('never takes %s for the headline', (line) => {
    const page = ['Menu\nLatest\nTransport', `Contact\n${line}\nMarch 3, 2024`, P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).not.toBe(line);
  });

  it.each(['Abbey Road 50 years on, 2019 remaster', 'Main Street 12 reopens', 'Why --verbose=true is not enough'])('may still take %s', (line) => {
    const page = ['Menu\nLatest\nTransport', `${line}\nMarch 3, 2024`, P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe(line);
  });
});

describe('a blog post\'s meta line after the story', () => {
  const comments = ['2 comments to Night buses reach the eastern towns', 'Lina Park', 'March 5, 2024 at 9:12 am', 'The eastern towns have waited far too long for this, and I hope the buses really run every thirty minutes.', 'Omar Haddad', 'March 6, 2024 at 10:40 am', 'Will the night buses also stop at the hospital, or only in the town centres as the day buses do now?'];
  it('dates the post: its date first, its tags and category after, even with the comment count on the line', () => {
    const page = ['Blog\nAbout', 'Night buses reach the eastern towns', P[0]!, P[1]!, P[2]!, 'March 3, 2024 | Tags: buses, night routes | Category: Transport | 2 comments', ...comments].join('\n\n');
    expect(run(page).meta.date.value).toBe('2024-03-03');
  });

  it('does not date it by a comment\'s line, which files nothing', () => {
    const page = ['Blog\nAbout', 'Night buses reach the eastern towns', P[0]!, P[1]!, P[2]!, ...comments].join('\n\n');
    expect(run(page).meta.date.value).toBeNull();
  });
});

describe('a headline cut short near its whole form', () => {
  it('is the whole line, never the one cut with "…"', () => {
    // The cut form is printed again in a list further down, which would make it count as the page's repeated title.
    const cut = 'Night buses reach the…';
    const page = ['Menu\nLatest\nTransport', `${cut}\nMarch 3, 2024\nNight buses reach the eastern towns at last`, P[0]!, P[1]!, P[2]!, `Latest\n${cut}\nFerry fares rise in spring`].join('\n\n');
    expect(run(page).meta.title).toBe('Night buses reach the eastern towns at last');
  });
});

describe('a post\'s meta line or a picture\'s credit near the top', () => {
  it.each([
    'Sun 3 March 2024, 08:30 | Night bus, Eastham | 2 comments',
    'So 3. März 2024, 08:30 | Nachtbus, Ostkreis | 1 Kommentar',
    '03/03/202403/03/2024 ~ Dana Wells',
    'Photograph by Dana Wells, County Archive',
    'PHOTOGRAPH BY DANA WELLS, NIGHT BUS ARCHIVE',
  ])('never takes %s for a headline', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it('passes over the meta line under a kicker for the headline', () => {
    // The meta line's tags are the story's words; the kicker and the headline share none.
    const page = ['Menu\nLatest\nTransport', 'Late service at last', 'NIGHT NOTES\nSun 3 March 2024, 08:30 | Night bus, towns | 2 comments', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('Late service at last');
  });

  it('tells a meta line from a headline printed after a date', () => {
    expect(isFurnitureLine('3 March 2024 | Night buses reach the eastern towns')).toBe(false);
    expect(isFurnitureLine('3 March 2024 | Transport')).toBe(true);
    // "Foto von" and "Photos de" also name what a picture shows.
    for (const line of ['Photos de Bavière', 'Fotos von der Nachtbuslinie', 'A photo by the river wins the county prize']) expect(isFurnitureLine(line), line).toBe(false);
  });

  it('reads a German "published by" as a byline', () => {
    expect(bylineNames('Veröffentlicht von Dana Wells')).toEqual(['Dana Wells']);
    expect(bylineNames('Gepostet von dwells am 3. März 2024')).toEqual(['dwells']);
  });
});

describe('a kicker and the headline\'s short form', () => {
  it('does not count a kicker over the headline as a menu entry beside it', () => {
    // The kicker and the authors' names make the headline look like one entry of a menu.
    const page = ['Menu\nLatest\nTransport', 'Story aus den Lieferketten der Händler\nNeue Pflichten ab Herbst\nDana Wells, Omar Haddad', ...DE].join('\n\n');
    expect(run(page).meta.title).toBe('Neue Pflichten ab Herbst');
  });

  // A guard: the page-level case needs the scores of a real header; this keeps the whole form winning.
  it('takes the headline whole under its short form', () => {
    const page = ['Home\nTransport', 'Night bus network\nEastham: Night bus network\nBy Dana Wells | March 3, 2024', P[0]!, P[1]!, P[2]!, 'Share\nNight bus network'].join('\n\n');
    expect(run(page).meta.title).toBe('Eastham: Night bus network');
  });

  it('does not score down a headline that opens with a name in lower case', () => {
    const page = ['Menu\nLatest\nTransport', 'x86 servers run the night bus tracker\nThe assembly says the tracker on the new routes runs on servers in the depot\nBy Dana Wells | March 3, 2024', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('x86 servers run the night bus tracker');
  });
});

describe('a page title, a fact box and a headline of one compound word', () => {
  it('does not take the page\'s title as a tab prints it ("… | 2024") over the headline', () => {
    const page = ['Menu\nLatest\nTransport', 'Eastern towns get night buses | 2024\nNight buses: the assembly extends the network to three eastern towns\nMarch 3, 2024', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('Night buses: the assembly extends the network to three eastern towns');
  });

  it('takes a headline of one compound word joined by a hyphen', () => {
    const page = ['Menu\nLatest\nTransport', 'Nachtbus-Fahrplan', 'Der Kreistag hat am Mittwoch beschlossen, das Nachtbusnetz auf die drei Städte im Osten des Kreises auszuweiten. Die Fahrgastverbände hatten das seit Jahren gefordert.', 'Die neuen Linien sollen im September starten und werden aus dem Verkehrshaushalt bezahlt, den der Kreistag im Frühjahr um vier Prozent erhöht hat.'].join('\n\n');
    expect(run(page).meta.title).toBe('Nachtbus-Fahrplan');
  });

  it('never takes a field of a fact box for the headline', () => {
    const facts = 'Book facts:\nISBN: 9780000000000\nPages: 448\nPublisher: Northway\nSeries: Night Lines\nVolume 1: Eastern towns\nVolume 2: Night network';
    const page = ['Menu\nReviews\nBooks', `March 3, 2024\n[Review] Night Lines by Dana Wells\n${facts}`, `Blurb:\n${P[0]!}`, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('[Review] Night Lines by Dana Wells');
  });

  it('tells a fact box from one labelled headline and from teasers filed under topics', () => {
    const lines = (texts: string[]) => texts.map((text) => ({ kind: 'text', text }) as Unit);
    expect([...factBoxLines(lines(['Pages: 448', 'Publisher: Northway', 'Series: Night Lines']))]).toEqual([0, 1, 2]);
    expect(factBoxLines(lines(['Menu', 'Mayor: We will build the bridge', 'Dana Wells']))).toEqual(new Set());
    // A topic before each teaser's headline: the headlines run longer or ask.
    expect(factBoxLines(lines(['Buses: Night network reaches the eastern towns', 'Ferries: Are the fares too high?', 'Roads: New bridge opens in spring']))).toEqual(new Set());
  });

  // A guard: the page-level case needs the scores of a real header; this keeps the whole form winning.
  it('takes the line under a breadcrumb\'s last step that prints it whole', () => {
    const page = ['Menu\nShop\nCart\nContact', 'Regions >\nCounty >\nNight bus network\nNight bus network, eastern towns', '© Dana Wells, via Commons', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('Night bus network, eastern towns');
  });

  it('drops a first word the dump printed twice, not a place named twice', () => {
    expect(tidyHeadline('Compost Compost bin for the balcony', null).title).toBe('Compost bin for the balcony');
    expect(tidyHeadline('Bora Bora reopens its lagoon', null).title).toBe('Bora Bora reopens its lagoon');
  });
});

describe('widgets and labels in the header', () => {
  it('never takes a weather widget\'s place or temperature for the headline', () => {
    const page = ['Menu\nLatest\nRegional Assembly\n+21°C\nMarch 3, 2024\nTransport\nLate service at last', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('Late service at last');
    const lines = ['Eastham', '-3 °C', 'Late service at last'].map((text) => ({ kind: 'text', text }) as Unit);
    expect([0, 1, 2].map((i) => isWeatherLine(lines, i))).toEqual([true, true, false]);
  });

  it('passes over a section\'s name in capitals to the headline under a name printed twice', () => {
    const header = 'About\nJobs\nSearch\nRegional Assembly Hall\nCOUNTY\nVoters back longer service for the towns, but costs will rise';
    const page = [header, 'by: Dana Wells', 'Posted: Mar 3, 2024 / 04:43 PM CST', 'Regional Assembly Hall', 'by: Dana Wells', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe('Voters back longer service for the towns, but costs will rise');
  });

  it('reads "Redaktion" with the desk\'s name as a byline', () => {
    expect(bylineNames('Redaktion Eastham.example')).toEqual(['Eastham.example']);
    expect(bylineNames('Redaktion: Dana Wells')).toEqual(['Dana Wells']);
    expect(bylineNames('Redaktion sucht Verstärkung')).toBeNull();
  });

  it('keeps the opening paragraph that leads into a quote with a colon under the deck, and drops a header label ending in one', () => {
    const opening = 'I wrote about the night buses once before, long ago. Back then I kept it short:';
    const quote = '"The eastern towns will never see a bus after dark," a councillor told me.';
    const page = (line: string) => run(['Menu', 'Transport', 'The night buses that nobody rode', 'By Dana Wells, March 3, 2024', 'How a rumour about the last bus outlived the timetable by years', line, quote, ...P].join('\n\n')).nodes.map((n) => n.text);
    expect(page(opening)).toContain(opening);
    // A label of the header is no sentence, colon or not.
    expect(page('Listen to this story:')).not.toContain('Listen to this story:');
  });

  it('keeps a date that a dash joins to the headline: a post named by its date', () => {
    expect(tidyHeadline('Night bus notes - March 3, 2024', null).title).toBe('Night bus notes - March 3, 2024');
  });
});

describe('a comment count and a blog\'s name that are not a comment section', () => {
  // A story of more than two hundred words.
  const story = [...P, ...P.map((p) => p.replace('The ', 'Again, the ')), ...P.map((p) => p.replace('The ', 'Still, the '))];

  it('keeps the story under its byline when a comment count stands over them', () => {
    // Teasers with their summaries over the story: the page's text starts above the count.
    const teasers = ['Ferry fares rise in spring', `The county ferry will cost more from April, the operator said. ${P[1]!}`, 'Roadworks on the coast road', `The coast road will close for three weeks in May. ${P[2]!}`];
    const page = [...teasers, 'Night buses reach the eastern towns at last', 'Tweet', '4 Comments', 'Written on March 3, 2024 by Dana Wells in Transport', ...story].join('\n\n');
    const units = toUnits(splitBlocks(page));
    const feats = measure(units, detectLanguage(units.map((u) => u.text)));
    const thresholds = pageThresholds(feats);
    const zones = findComments(units, feats, units.map((u, i) => initialClass(u, feats[i]!, thresholds)));
    expect(zones.section.size).toBe(0);
  });

  it('does not read a blog\'s name ending in "Comment" as a comment heading', () => {
    expect(isCommentHeading('Informed Comment')).toBe(false);
    expect(isCommentHeading('News and Comment')).toBe(false);
    for (const line of ['Comments', 'Reader Comments', '4 Comments', 'Leave a Comment', 'Comment']) expect(isCommentHeading(line), line).toBe(true);
  });

  it('takes a headline of two sentences closing with "…" over its date line', () => {
    const headline = 'A calm start to the new year for the night buses – finally! Everything else can wait…';
    const page = ['Menu\nLatest\nTransport', `${headline}\n\nMarch 3, 2024 by Dana Wells 1 Comment`, P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe(headline);
  });
});

describe('ratings under a recipe\'s name and a button to follow', () => {
  it('reads a count of ratings or reviews as header furniture', () => {
    for (const line of ['652 Ratings', '459 Reviews', '12 Bewertungen', '1.024 avis']) expect(isRatingCount(line), line).toBe(true);
    for (const line of ['Ratings', '652 Ratings for the night bus', 'Reviews of the week']) expect(isRatingCount(line), line).toBe(false);
  });

  it('never takes a button to follow the site or its author for the headline', () => {
    for (const line of ['Follow Night Bus Notes...', 'Follow us on Twitter', 'Follow @eastham', 'Folgen Sie uns auf Instagram']) expect(isFurnitureLine(line), line).toBe(true);
    for (const line of ["Follow Jane Doe's journey across the county", 'Follow the money: how the buses are paid']) expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe('a kicker run into the headline\'s line', () => {
  const headline = 'Night buses reach the eastern towns at last';

  it('cuts it off where the page\'s breadcrumb trail, one step a line, names the page by the rest', () => {
    const trail = ['Home', 'Transport', 'Buses', headline].join('\n');
    const page = ['Menu\nLatest\nTransport', `County transport ${headline}`, 'March 3, 2024 by Dana Wells', P[0]!, P[1]!, P[2]!, trail, 'Share on Facebook'].join('\n\n');
    const { meta } = run(page);
    expect(meta.title).toBe(headline);
    expect(meta.titleHow).toContain('"County transport" printed on the same line left out');
  });

  it('cuts it off under a trail on one line, and takes the quotation marks with it', () => {
    const page = ['Menu\nLatest\nShop', `Reviews for "${headline}"`, 'March 3, 2024 by Dana Wells', P[0]!, P[1]!, P[2]!, `Home › Shop › ${headline}`].join('\n\n');
    expect(run(page).meta.title).toBe(headline);
  });

  it('keeps the line whole when no trail names the page by the rest', () => {
    // The same words as a menu's entry, with no front page's link over it; and a line that only ends with them.
    const menu = ['Fares', 'Timetables', headline, 'Night routes'].join('\n');
    const page = ['Menu\nLatest\nTransport', `County transport ${headline}`, 'March 3, 2024 by Dana Wells', P[0]!, P[1]!, P[2]!, menu, `You are here: County transport ${headline}`].join('\n\n');
    expect(run(page).meta.title).toBe(`County transport ${headline}`);
  });

  it('never cuts a kicker closed by a colon', () => {
    const page = ['Menu\nLatest\nTransport', `Eastham: ${headline}`, 'March 3, 2024 by Dana Wells', P[0]!, P[1]!, P[2]!, ['Home', 'Transport', headline].join('\n')].join('\n\n');
    expect(run(page).meta.title).toBe(`Eastham: ${headline}`);
  });

  it('finds the last step of a trail printed one step a line, under a front page\'s link, a trail\'s label or a site\'s address', () => {
    const at = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
    expect(stackedTrailEnds(at(['Home', 'News', headline])).map((l) => l.text)).toEqual([headline]);
    expect(stackedTrailEnds(at(['Sie sind hier:', 'Start', 'Aktuelles', headline])).map((l) => l.text)).toEqual([headline]);
    expect(stackedTrailEnds(at(['eastham.example', 'Transport', headline])).map((l) => l.text)).toEqual([headline]);
    // A menu's entries; a trail's short last step (a section's name); a trail broken by a blank line.
    expect(stackedTrailEnds(at(['Fares', 'Timetables', headline]))).toEqual([]);
    expect(stackedTrailEnds(at(['Home', 'Transport', 'Buses']))).toEqual([]);
    expect(stackedTrailEnds([{ text: 'Home', line: 1 }, { text: headline, line: 3 }])).toEqual([]);
  });
});

describe('a headline of two short sentences closing with a full stop', () => {
  const headline = 'The assembly votes for night buses. The eastern towns get them in September.';
  const deck = 'Residents who had waited for years say that it all came far too late for them. What made the council listen at last?';

  it('is a candidate beside its date line, over its deck', () => {
    const page = ['Menu\nLatest\nTRANSPORT', headline, deck, 'Monday, 4 March 2024', 'By Dana Wells', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).toBe(headline);
  });

  it('is not when it runs longer: a lede\'s first two sentences', () => {
    const lede = 'Night buses ran nearly empty on the eastern routes for more than a decade. Now the three towns at the end of those routes want more of them.';
    const page = ['Menu\nLatest\nTRANSPORT', lede, 'Monday, 4 March 2024', 'By Dana Wells', P[0]!, P[1]!, P[2]!].join('\n\n');
    expect(run(page).meta.title).not.toBe(lede);
  });
});

describe('code in a technical post', () => {
  const intro = 'The night bus timetable is published as a data file, and reading it takes only a few lines. Install the reader with:';
  const after = 'The script prints every stop of the night buses with its first and last departure, one line a stop, sorted by the time of the first bus.';
  const more = 'Riders who want the eastern towns only can filter the output by the route number, which the council prints on every stop sign along the new lines.';

  it('reads commands and source lines as code, and sentences, formulas, handles and rules as not', () => {
    for (const t of ['$ sudo apt-get install timetable-reader', 'pip install timetable', 'from timetable import stops', 'import os', 'def first_bus(stop):', '    return min(stop.departures)', 'stops = load("night.csv")', '>>> first_bus(stops[0])', 'print(stops)', 'if stop.night:']) expect(isCodeLine(t), t).toBe(true);
    for (const t of ['Install the reader with the package manager.', 'Solution: m = 210 g', '@valleypost', '===============', 'https://example.org/timetable', 'Night buses (route 12) run every thirty minutes', '-- Dana;', '{Sigh.}', 'make enough for 4', 'cat and dog friendly', 'If you ride at night:', '#nightbus riders, tell us your stories']) expect(isCodeLine(t), t).toBe(false);
    for (const t of ['make install', 'make -j4', 'cat /etc/hosts', 'export PATH=$HOME/bin:$PATH']) expect(isCodeLine(t), t).toBe(t !== 'make install');
  });

  it('keeps a block of code under the paragraph that introduces it, verbatim, as one code node', () => {
    const code = ['$ pip install timetable', '$ python3 stops.py night.csv'];
    const page = ['Menu', 'Reading the night bus timetable', 'By Dana Wells', intro, code.join('\n'), after, more].join('\n\n');
    const { clean, nodes, meta } = run(page);
    const block = clean.nodes.find((n) => n.kind === 'code');
    expect(block?.text).toBe(code.join('\n'));
    expect(clean.nodes.map((n) => n.text)).toEqual(expect.arrayContaining([intro, after, more]));
    // Not prose: no words counted, nothing for the flags or the links to read.
    expect(meta.wordCount).toBe([intro, after, more].join(' ').split(/\s+/u).length);
    expect(flagInputFor(meta, nodes).body).not.toContain('pip install');
  });

  it('keeps indented lines, comments and closing brackets in a block once it has started', () => {
    const code = ['def first_bus(stop):', '    # the earliest departure', '    return min(stop.departures)', 'stops = load("night.csv")', 'print([first_bus(s) for s in stops])'];
    const page = ['Menu', 'Reading the night bus timetable', 'By Dana Wells', 'March 3, 2024', intro, code.join('\n'), after, more].join('\n\n');
    expect(run(page).clean.nodes.find((n) => n.kind === 'code')?.text).toBe(code.join('\n'));
  });

  it('keeps a block that opens with its comment, at the end of the story, announced by a short sentence the classifier drops', () => {
    const lead = 'Riders asked how to keep the timetable reader quiet at night, when it prints a warning for every bus that is late by a minute or more.';
    const code = ['# reader.conf', 'set-option -g quiet on', 'bind-key -T night send-keys -X skip-warnings'];
    const page = ['Menu', 'Quiet nights with the timetable reader', 'By Dana Wells', 'March 3, 2024', intro.replace(' Install the reader with:', ''), lead, 'The answer fits in three lines:', code.join('\n'), 'Tags: buses, tools', 'Share', 'Tweet'].join('\n\n');
    const nodes = run(page).clean.nodes;
    expect(nodes.find((n) => n.kind === 'code')?.text).toBe(code.join('\n'));
    expect(nodes.map((n) => n.text)).toContain('The answer fits in three lines:');
  });

  it('leaves a heading or a formula the story keeps as text, however much it looks like a call or an assignment', () => {
    const heading = 'Night buses for parent(s) and child(ren)';
    const formula = 'Balance = Fares - Running costs';
    const page = ['Reading the night bus timetable', 'By Dana Wells', intro.replace(' Install the reader with:', ''), heading, after, formula, more].join('\n\n');
    const nodes = run(page).clean.nodes;
    expect(nodes.some((n) => n.kind === 'code')).toBe(false);
    expect(nodes.map((n) => n.text)).toEqual(expect.arrayContaining([heading, after, more]));
  });

  it('keeps no code away from the story: a menu of commands above the headline, or code-like furniture after the end', () => {
    const page = ['npm install', 'git clone', 'Reading the night bus timetable', intro.replace(' Install the reader with:', ''), after, more, 'Share', 'Tweet', 'x = track(page)'].join('\n\n');
    expect(run(page).clean.nodes.some((n) => n.kind === 'code')).toBe(false);
  });
});

describe('the end of a story: what it announces, and the notices and labels after it', () => {
  const last = 'When the first night bus left the depot, the driver turned to the campaigners who had waited for years and told them:';

  it('keeps the quotation or sentence that the story\'s last line announces with a colon', () => {
    for (const end of ['"We will see you at two in the morning."', 'We will see you at two in the morning.', '„Wir sehen uns um zwei Uhr morgens.“']) {
      const page = ['Menu', 'Night buses reach the eastern towns', 'By Dana Wells', ...P, last, end, 'Share', 'Tweet', 'Related stories'].join('\n\n');
      expect(run(page).clean.nodes.map((n) => n.text).at(-1), end).toBe(end);
    }
  });

  it('leaves a call or a button after that colon out', () => {
    for (const end of ['Jetzt Artikel teilen!', 'Subscribe to our newsletter!', 'Share now']) {
      const page = ['Menu', 'Night buses reach the eastern towns', 'By Dana Wells', ...P, last, end, 'Related stories'].join('\n\n');
      expect(run(page).clean.nodes.map((n) => n.text), end).not.toContain(end);
    }
    expect(isShareLine('Jetzt Artikel teilen!')).toBe(true);
    expect(isShareLine('Share now')).toBe(true);
    expect(isShareLine('Jetzt teilen wir die Stadt in drei Zonen und fahren die Linien neu.')).toBe(false);
  });

  it('files a post line that says when the post was made and where it is filed as a dateline, read for the date', () => {
    for (const [post, iso] of [
      ['Verfasst am 14. August 2024 um 08:15 und abgelegt unter Verkehr, Nachtbus. Kommentare sind geschlossen.', '2024-08-14'],
      ['Posted on August 8, 2024 at 2:01 pm and filed under Transport, Towns.', '2024-08-08'],
    ] as const) {
      const { clean, nodes, meta } = run(['Night buses reach eastern towns', ...P, post].join('\n'));
      expect(nodes.map((n) => n.text), post).toEqual(P);
      expect(clean.removed.find((r) => r.text === post)?.category, post).toBe('dateline');
      expect(meta.date.value, post).toBe(iso);
    }
    // Under the headline too, where a post's meta line stands over the text: with its categories and tags.
    const meta = 'Published on August 8, 2024 in Transport, Towns and Buses. Tags: night, buses, valley, county, ferries, timetables, depots, fares.';
    const top = run(['Night buses reach eastern towns', meta, ...P].join('\n\n'));
    expect(top.nodes.map((n) => n.text)).toEqual(P);
    expect(top.clean.removed.find((r) => r.text === meta)?.category).toBe('dateline');
    for (const sentence of [
      'Posted on the depot door, the new timetable was filed under the wrong month, and riders noticed at once.',
      'The study, published on August 8 in the Valley Journal, found that buses ran late on most nights.',
    ]) expect(run(['Night buses reach eastern towns', ...P, sentence].join('\n')).nodes.map((n) => n.text), sentence).toContain(sentence);
  });

  it('names a licence notice for the whole site as footer, not a story that explains the licence', () => {
    for (const t of ['Soweit nicht anders vermerkt, sind alle Texte auf dieser Website unter CC BY 4.0 lizenziert.', 'Unless otherwise noted, the content of this site is licensed under CC BY-SA 4.0.']) expect(cueCategory(t), t).toBe('footer');
    for (const t of ['The county council publishes its timetables under CC-BY, so riders can build their own apps.', 'Unless otherwise noted, the buses stop at every shelter along the route.']) expect(cueCategory(t), t).toBeNull();
  });

  it('names a newsletter form\'s long consent line after the story', () => {
    const consent = 'Ich willige ein, dass die Talbahn mir ihren Newsletter mit Fahrplänen, Angeboten und kurzen Umfragen an die angegebene Adresse schickt, bis ich das widerrufe. Dafür wertet sie aus, welche ihrer E-Mails ich öffne und welche Links ich darin anklicke, damit die Inhalte zu meinen Fahrten passen. Widerrufen kann ich jederzeit über den Link unter jeder E-Mail; alles Weitere steht in der Datenschutzerklärung.';
    expect(consent.split(/\s+/u).length).toBeGreaterThan(60);
    expect(cueCategory(consent)).toBe('login');
    const page = ['Night buses reach eastern towns', ...P, consent].join('\n\n');
    expect(run(page).clean.nodes.map((n) => n.text)).not.toContain(consent);
  });

  it('names a link to a file with its type and size as navigation, not a sentence about a file', () => {
    for (const t of ['Fahrplan Nachtbus 2024 PDF | 85 KB | Datei ist barrierefrei', 'Night bus timetable (pdf, 1,2 MB)', 'Haltestellen (XLSX 40 kB)']) expect(cueCategory(t), t).toBe('navigation');
    for (const t of ['The timetable is a PDF of 85 pages, and the council will print it for every stop.', 'The zip file is 20 MB and holds every route.']) expect(cueCategory(t), t).toBeNull();
  });

  it('reads a picture\'s label opening a line with one short statement as a caption, not a statement after "Credit:" or two sentences', () => {
    for (const t of ['Beitragsbild: Der Nachtbus am Depot, Archivaufnahme vom Mai.', 'Image: The new depot at dawn.', 'Foto: Ana Ruiz/Talbahn [CC BY-SA 4.0], via Wikimedia Commons']) expect(isPictureCaption(t), t).toBe(true);
    for (const t of ['Credit: The council approved the loan on Monday.', 'Foto: Die Fahrer nach der Abstimmung. Sie wollen feste Nächte.', 'Photos of the new buses were shown at the meeting.']) expect(isPictureCaption(t), t).toBe(false);
  });

  it('names a link set off between ASCII arrows as another story\'s, not a quotation in guillemets', () => {
    for (const t of ['>> Night bus drivers vote on new shifts <<', '>>> Order the new timetable now! <<<']) expect(cueCategory(t), t).toBe('related');
    for (const t of ['»Wir sehen uns um zwei Uhr morgens«', '>> the depot opens at five']) expect(cueCategory(t), t).toBeNull();
  });

  it('reads "Relacionadas" and "Correlati" alone as labels over other stories, not inside a sentence', () => {
    for (const label of ['Relacionadas', 'Relacionados', 'Noticias relacionadas', 'Correlati']) expect(relatedLabel(label), label).not.toBeNull();
    expect(relatedLabel('Relacionadas con el puerto, las obras siguen')).toBeNull();
  });
});

describe("a post's labelled date line under its headline", () => {
  it('reads a short line opening with a publication label and its date as a dateline, not a sentence that starts so', () => {
    for (const t of ['Posted on28. Juli 201928. Juli 2019AuthorAna Ruiz4 Kommentare', 'Veröffentlicht am 3. Mai 2021 von Redaktion', 'Published: 12 March 2024 by Dana Wells · 2 comments', 'Publié le 4 juin 2024', 'Publiée le 4 juin 2024', 'Erschienen am 3. Mai 2021', 'Publicerad 4 juni 2024', 'Publisert 4. juni 2024']) expect(isPostedDateLine(t), t).toBe(true);
    for (const t of ['Posted on the depot door on 4 June 2024, the timetable drew a crowd of riders who had waited for years.', 'Published by the county', 'Posted on Facebook', 'Veröffentlicht wurde der Plan am Montag, dem 3. Mai 2021.']) expect(isPostedDateLine(t), t).toBe(false);
  });

  it('keeps the line out of the story and takes its date, and takes no caption under it for the headline', () => {
    const { clean, nodes, meta } = run(['Valley Post', 'Home', 'Transport', 'NIGHT BUSES', 'Night routes', 'Posted on4. Juni 2024AuthorAna Ruiz2 Kommentare', 'Photo: the depot at night, with the first bus', ...P].join('\n'));
    expect(clean.removed.find((r) => r.text.startsWith('Posted on'))?.category).toBe('dateline');
    expect(nodes.map((n) => n.text)).not.toContain('Posted on4. Juni 2024AuthorAna Ruiz2 Kommentare');
    expect(meta.date.value).toBe('2024-06-04');
    expect(meta.title).not.toMatch(/^Photo/u);
  });

  it('keeps a short name-like headline over its labelled date line, rather than the longer line under that date', () => {
    const page = ['Valley Post', 'Home', 'Transport', 'Night Routes East', 'Veröffentlicht am 4. Juni 2024 von Ana Ruiz', '', 'The depot at night with the first bus of the new line', '', ...P].join('\n');
    expect(run(page).meta.title).toBe('Night Routes East');
  });
});

describe("other stories' headlines printed under the story without a label", () => {
  // The story, one block of lines under it, then the page's follow and comment lines.
  const page = (lines: string[]) => ['Night buses reach eastern towns', '', P.join('\n\n'), '', lines.join('\n'), '', 'Follow Valley Post on Twitter and Facebook', '', '126 commentsJoin the discussion'].join('\n');

  it('leaves three or more headlines in a row that close the text out, as other stories', () => {
    const teasers = ['Harbour festival returns with fireworks, a night market and a parade of fishing boats', 'Library opens its new reading garden to families on the first Sunday of June', 'County fair tickets go on sale next week with discounts for early buyers'];
    const { nodes, clean } = run(page(teasers));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.find((r) => r.text === teasers[0])?.category).toBe('related');
  });

  it("keeps a closing row of questions, and closing points that repeat the story's words", () => {
    const questions = ['Does the night bus stop near my street in the eastern towns?', 'Will the night buses run on public holidays and in the summer?', 'Can riders take their bikes on board the night buses after midnight?'];
    expect(run(page(questions)).nodes.map((n) => n.text)).toEqual([...P, ...questions]);
    const points = ['Night buses every thirty minutes until two in the morning on Fridays and Saturdays', 'The three eastern towns join the night bus network in September', 'The transport budget pays for the new night routes from the spring review'];
    expect(run(page(points)).nodes.map((n) => n.text)).toEqual([...P, ...points]);
  });
});

describe('a fact box beside the story', () => {
  const facts = ['Pages: 448', 'Publisher: Northway Press', 'Language: English', 'Price: 24 euros'];

  it('keeps three or more "Label: value" lines printed right under the story', () => {
    const texts = run(['Night buses reach eastern towns', '', P.join('\n\n'), '', facts.join('\n'), '', 'Share', 'Tweet', '', '© 2024 Valley Post'].join('\n')).nodes.map((n) => n.text);
    expect(texts).toEqual([...P, ...facts]);
  });

  it('leaves out a fact box that page furniture separates from the story', () => {
    const texts = run(['Night buses reach eastern towns', '', P.join('\n\n'), '', 'Share', 'Tweet', 'Email', '', facts.join('\n'), '', '© 2024 Valley Post'].join('\n')).nodes.map((n) => n.text);
    expect(texts).toEqual(P);
  });
});

describe("a blog's archive of months", () => {
  it('names months with their years printed one a line as navigation, not the story', () => {
    const months = ['Archive', 'May 2024', 'April 2024', 'März 2024 (3)', 'February 2024', 'January 2024'];
    const { clean, nodes } = run(['Night buses reach eastern towns', ...P, ...months, 'About this blog', 'A blog about getting around the county at night, written by riders for riders since 2011 and updated every week.'].join('\n'));
    const texts = nodes.map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining(P));
    for (const month of months) expect(texts, month).not.toContain(month);
    expect(clean.removed.find((r) => r.text === 'April 2024')?.category).toBe('navigation');
  });

  it('keeps a month that heads a part of the story, with its paragraph under it', () => {
    const story = ['Night buses reach eastern towns', P[0]!, 'May 2024', P[1]!, 'June 2024', P[2]!];
    const texts = run(story.join('\n')).nodes.map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining([P[1], P[2]]));
    expect(run(story.join('\n')).clean.removed.filter((r) => r.category === 'navigation')).toEqual([]);
  });
});

describe('the page\'s language past a server\'s error messages', () => {
  it('reads the story\'s language, not that of the warnings a broken plugin prints over every widget', () => {
    const methods = ['render', 'load_options', 'find_stops', 'find_routes', 'get_timetable', 'print_map', 'count_riders', 'send_alert', 'open_depot', 'close_depot', 'plan_shift', 'check_ticket', 'list_lines', 'show_delays', 'save_route', 'read_feed', 'sort_stops', 'draw_line', 'fetch_prices', 'post_notice'];
    const warnings = methods.map((m, k) => `Strict Standards: Non-static method Timetable::${m}() should not be called statically in /var/www/site/wp-content/plugins/timetable/timetable.php on line ${100 + k}`);
    const story = [
      'Der Regionalrat hat am Mittwoch beschlossen, das Netz der Nachtbusse auf die drei Städte am östlichen Rand des Kreises auszudehnen, eine Änderung, für die sich viele Bürger seit Jahren eingesetzt hatten.',
      'Die neuen Linien starten im September und werden aus dem Verkehrshaushalt bezahlt, den der Rat bei seiner Prüfung im Frühjahr um vier Prozent erhöht hat.',
      'Die Busse sollen freitags und samstags bis zwei Uhr morgens alle dreißig Minuten fahren und an den übrigen Abenden der Woche einmal in der Stunde.',
    ];
    expect(detectLanguage([...warnings, ...story]).code).toBe('de');
    expect(detectLanguage(warnings).code).toBe('en');
    const { clean } = run([...warnings, 'Nachtbusse fahren bald in den Osten', ...story].join('\n\n'));
    expect(clean.nodes.map((n) => n.text)).toEqual(expect.arrayContaining(story));
    expect(clean.nodes.some((n) => n.text.startsWith('Strict Standards'))).toBe(false);
  });
});

describe("a recipe card whose quantities stand on lines of their own", () => {
  const method = [
    'Melt the butter in a wide pan, stir in the sugar and let it bubble for a minute until it turns the colour of toffee.',
    'Lay the apple slices over it, pour the batter on top and bake for forty minutes, until a skewer comes out clean.',
    'Turn the cake out onto a plate while it is still warm, so that the caramel runs down its sides and sets as it cools.',
  ];
  const page = (card: string[]) => ['Upside-down apple cake', '', 'By Mara Lind', '', card.join('\n'), '', 'Method', '', method.join('\n\n'), '', 'Share', 'Tweet'].join('\n');

  const items = (card: string[]) => run(page(card)).nodes.filter((n) => n.kind === 'list-item').map((n) => n.text);

  it('keeps the list when each quantity is printed over its ingredient, or under it, one item a pair', () => {
    expect(items(['Ingredients', '1/4', 'cup butter', '1', 'cup brown sugar', '3', 'apples, sliced', '200 g', 'flour'])).toEqual(['1/4 cup butter', '1 cup brown sugar', '3 apples, sliced', '200 g flour']);
    expect(items(['Ingredients', 'butter', '60 g', 'brown sugar', '1 cup', 'apples, sliced', '3', 'flour', '200 g'])).toEqual(['butter: 60 g', 'brown sugar: 1 cup', 'apples, sliced: 3', 'flour: 200 g']);
  });

  it('lists a card of one ingredient a line as it is, and ends a paired card with its last pair', () => {
    expect(items(['Ingredients:', '60 g butter', '1 cup brown sugar', '3 apples, sliced', 'salt to taste'])).toEqual(['60 g butter', '1 cup brown sugar', '3 apples, sliced', 'salt to taste']);
    const r = run(page(['Ingredients', '60 g', 'butter', '1 cup', 'brown sugar', '3', 'apples', 'Good to know']));
    expect(r.nodes.filter((n) => n.kind === 'list-item').map((n) => n.text)).toEqual(['60 g butter', '1 cup brown sugar', '3 apples']);
    expect(r.nodes.map((n) => n.text)).toContain('Good to know');
  });

  it('reads through the empty cells of the card between its lines', () => {
    const card = ['Ingredients', '1/4', ' ', 'cup butter', '1', ' ', 'cup brown sugar', '3', ' ', 'apples, sliced'];
    expect(items(card)).toEqual(['1/4 cup butter', '1 cup brown sugar', '3 apples, sliced']);
  });

  it('does not take a menu of sections under an "Ingredients" link for a list', () => {
    const card = ['Ingredients', 'Vegetables', 'Spices and herbs', 'Seasonal baking', 'Kitchen tools'];
    expect(run(page(card)).nodes.map((n) => n.text)).not.toContain('Spices and herbs');
  });

  it('never takes a figure of the card ("4512 kcal", "30 Min.") for the headline', () => {
    for (const line of ['4512 kcal', '30 Min.', '12 km']) expect(isFurnitureLine(line), line).toBe(true);
    for (const line of ['2 Guns', '1917', 'Apollo 11', '3 Days in Eastham']) expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe("a template's unfilled placeholder", () => {
  it('never takes a widget\'s string with a placeholder for the headline', () => {
    for (const line of ['Connect with %s', 'Verbinde mit %1$s', 'Hello {{ name }}', 'Read more about ${title}']) expect(isFurnitureLine(line), line).toBe(true);
    for (const line of ['Rents rise 5% in Eastham', 'Fares up 10%, says the council', 'Night buses: {a timetable}']) expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe("the site's name at the top, named again by its copyright line or a follow button", () => {
  const headline = 'Night buses reach the eastern towns';
  const page = (top: string, bottom: string) => [top, 'A companion on the county roads since 2009', 'Menu\nHome\nAbout\nArchive', headline, P[0]!, P[1]!, P[2]!, 'Share\nTweet\nEmail', bottom].join('\n\n');

  it.each(['© Valley Road Notes', 'Follow “Valley Road Notes”'])('knows the name, printed once, when %s names it, and does not take it for the headline', (bottom) => {
    const r = run(page('Valley Road Notes', bottom));
    expect(r.clean.siteName).toMatchObject({ name: 'Valley Road Notes', confirmed: true });
    expect(r.meta.title).toBe(headline);
  });

  // A food blog's post: the site's name, its tagline and menu over the story, which a short title heads.
  const post = (holder: string) =>
    [
      'Valley Kitchen Notes', 'Bean Soup, Barley and Other Suppers for the Week', 'Home\nAbout\nShop\nContact\nArchives', 'subscribe to my feed', 'Friday Soup',
      'Since the children moved out, our suppers have grown smaller and simpler, and a pot of bean soup now lasts us most of the week.',
      'My aunt made her barley and bean soup every Friday, and I finally asked her for the recipe when I visited her in the spring.',
      'I brown some sausage first, then soften the onions and carrots in the fat before the beans and the broth go in.',
      'Let it simmer until the barley is tender and the broth turns thick, and serve it with a slice of dark bread.',
      `© 2009-2024 ${holder}.`,
    ].join('\n\n');

  it("knows the name when the copyright line's domain glues its words", () => {
    const r = run(post('ValleyKitchenNotes.com & Ana Ruiz'));
    expect(r.clean.siteName).toMatchObject({ name: 'Valley Kitchen Notes', confirmed: true });
    expect(r.meta.outlet.value).toBe('Valley Kitchen Notes');
  });

  it('never takes the tagline under the confirmed name that opens the page for the headline', () => {
    expect(run(post('Valley Kitchen Notes')).meta.title).toBe('Friday Soup');
  });

  it("takes the line under a name no copyright line confirms for the headline, as a page may open with its site's name and the story", () => {
    const headline = 'Night buses reach the eastern towns at last';
    const r = run(['Valley Road Notes', headline, P[0]!, P[1]!, P[2]!, '© 2024 Harbour Media Group'].join('\n\n'));
    expect(r.meta.title).toBe(headline);
  });

  it("drops the site's blurb about itself that closes the page, and keeps a story's paragraph on the site's subject", () => {
    const blurb = 'Valley Road Notes is a small magazine about the county roads, written by four friends who still drive them every week and answer every letter.';
    const r = run([...page('Valley Road Notes', '© Valley Road Notes').split('\n\n').slice(0, -2), blurb, 'Share\nTweet\nEmail', '© Valley Road Notes'].join('\n\n'));
    expect(r.clean.nodes.map((n) => n.text)).not.toContain(blurb);
    expect(r.clean.removed.find((x) => x.text === blurb)?.category).toBe('footer');
    const other = 'The Valley Road Notes archive is open to readers, who may search every issue since 2009 for the roads they drive.';
    expect(run([...page('Valley Road Notes', '© Valley Road Notes').split('\n\n').slice(0, -2), other, 'Share\nTweet\nEmail', '© Valley Road Notes'].join('\n\n')).clean.nodes.map((n) => n.text)).toContain(other);
  });

  it('keeps a first line the copyright line does not name', () => {
    const r = run(['Late service at last for the eastern towns', P[0]!, P[1]!, P[2]!, '© Valley Road Notes'].join('\n\n'));
    expect(r.meta.title).toBe('Late service at last for the eastern towns');
  });

  it('never takes a label and a date alone for the headline', () => {
    for (const line of ['Release: 14.11.2019', 'Published: 3 March 2024, 08:30', 'Erschienen am: 3. März 2024']) expect(isFurnitureLine(line), line).toBe(true);
    for (const line of ['Night buses: 3 March 2024 is the day', 'Eastham votes on 3 March 2024']) expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe("the publication's appeal to its readers for support", () => {
  it.each([
    'Gefällt dir unser Wandermagazin? Seit dem ersten Heft lesen alle Touren hier kostenlos.',
    'Wer mag, kann unsere Zeitung mit fünf Euro im Monat unterstützen.',
    'Do you enjoy our site? Every reader who chips in keeps it free for everyone.',
    'Vous aimez notre site ? Soutenez-nous avec un petit don.',
  ])('names a question whether the reader likes the publication, or a call to support it by its name: %s', (t) => {
    expect(cueCategory(t)).toBe('login');
  });

  it.each([
    'Gefällt dir dieser Wanderweg? Dann lohnt sich auch der Abstecher zum Stausee.',
    'Our newspaper has covered the valley since 1890, through two floods and a fire.',
    'The mayor said: "Support our newspaper, it is the last one in the valley."',
  ])('leaves a question about the story, a fact about the publication and a quotation alone: %s', (t) => {
    expect(cueCategory(t)).toBeNull();
  });

  it('names a consent text that asks for help with "our website" for its cookies', () => {
    expect(cueCategory('Diese Cookies helfen uns zu verstehen, wie Besucher unsere Webseite nutzen.')).toBe('cookie');
  });

  it('ends the story at the appeal under it', () => {
    const appeal = [
      'Gefällt dir unser Wandermagazin? Seit dem ersten Heft lesen alle Touren, Hüttenporträts und Wetterberichte hier kostenlos, ohne Abo und ohne Anmeldung, und so soll es auch in Zukunft sein.',
      'Jede Recherche kostet aber Zeit und Geld: Fahrten ins Gebirge, Übernachtungen, Karten und Fotos bezahlen wir bisher vor allem mit Anzeigen, die niemand gerne sieht.',
      'Wer mag, kann unsere Zeitschrift deshalb mit einem Betrag seiner Wahl fördern, einmalig oder jeden Monat. Als Dankeschön kommt die nächste Ausgabe zwei Tage früher ins Postfach.',
    ];
    const story = [
      'Die Hütte am Grauen Joch öffnet in diesem Sommer wieder, nachdem sie zwei Jahre lang umgebaut worden ist, und der Alpenverein rechnet schon im Juli mit vielen Gästen.',
      'Neu sind vor allem die Schlafräume: Statt eines großen Lagers gibt es jetzt kleine Zimmer für vier bis sechs Personen, dazu einen Trockenraum für nasse Schuhe und Jacken.',
      'Auch die Wasserversorgung wurde erneuert, denn in trockenen Sommern war die alte Quelle schon im August versiegt und das Wasser musste mit dem Hubschrauber gebracht werden.',
      'Der Weg vom Parkplatz im Tal dauert etwa drei Stunden, und wer früh losgeht, erreicht den Gipfel über den markierten Steig noch vor dem Mittagessen auf der Terrasse.',
      'Reservieren kann man ab sofort über die Website der Sektion, die nach eigenen Angaben schon jetzt mehr Anfragen als in jedem Jahr vor dem Umbau bekommen hat.',
    ];
    const texts = run(['Die Hütte am Grauen Joch öffnet wieder', story.join('\n\n'), ...appeal, 'Mehr erfahren', '© 2024 Bergpost'].join('\n\n')).nodes.map((n) => n.text);
    expect(texts).toEqual(story);
  });
});

describe("a shop's button between the story's paragraphs", () => {
  it.each(['Buch bestellen', 'Buy now', 'Add to cart', 'Jetzt kaufen!', 'Acheter'])('names %s as page furniture', (t) => {
    expect(cueCategory(t)).toBe('navigation');
  });

  it.each(['Kaufen oder mieten?', 'Order and chaos in the county council', 'Why we buy what we buy'])('leaves a line that only speaks of buying alone: %s', (t) => {
    expect(cueCategory(t)).toBeNull();
  });

  it('drops the button and keeps the text on both sides of it', () => {
    const texts = run(['Night buses reach eastern towns', P[0]!, P[1]!, 'Buch bestellen', P[2]!, '© 2024 Valley Post'].join('\n\n')).nodes.map((n) => n.text);
    expect(texts).toEqual(P);
  });
});

describe('buttons to send a story or copy its link', () => {
  it.each(['Als E-Mail senden', 'Per E-Mail senden', 'Enviar por correo', 'Link kopieren', 'Verlinken'])('reads %s as a share button', (t) => {
    expect(isShareLine(t)).toBe(true);
  });

  it.each(['Senden Sie uns Ihre Fotos vom Stadtfest', 'Kopieren verboten', 'Link'])('leaves %s alone', (t) => {
    expect(isShareLine(t)).toBe(false);
  });

  it.each(['Teilen November 2022', 'Partager 3 mars 2021', 'Share 599 Tweet 375', 'Print Recipe  Pin Recipe', 'Email this page to a friend'])('reads a button run into a date, its counts or its object as a share line: %s', (t) => {
    expect(isShareLine(t)).toBe(true);
  });

  it.each(['Share prices fell sharply', 'Print media is in decline', 'Email scam reaches the council', 'Teilen Sie Ihre Meinung'])('leaves a headline that opens with the same verb alone: %s', (t) => {
    expect(isShareLine(t)).toBe(false);
  });
});

describe("a live ticker's time marks", () => {
  const entries = [
    'Rovers push for a winner, but the keeper gathers the last cross of a wet afternoon without trouble.',
    'The corner from the right comes to nothing in the end.',
    'A long shot from the captain curls just wide of the far post after a quick break down the left wing.',
    'Both sides settle into the game slowly as the rain grows heavier over the ground.',
  ];
  const page = (marks: string[]) =>
    [
      'Harbour Town hold Rovers to a draw in the rain',
      P[0]!,
      marks[0]!, entries[0]!, marks[1]!, marks[1]!, entries[1]!, marks[1]!, entries[2]!, marks[2]!, marks[2]!, entries[3]!,
      P[1]!,
      '© 2024 Valley Post',
    ].join('\n\n');

  it.each([[["90'", "88'", "3'"]], [['16:42', '16:30', '15:05']]])('keeps a short entry between its repeated time marks: %j', (marks) => {
    const texts = run(page(marks)).nodes.map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining(entries));
  });

  it('still removes menu words printed again between the entries', () => {
    const texts = run(page(['Tables', 'Fixtures', 'Results'])).nodes.map((n) => n.text);
    expect(texts).not.toContain('Fixtures');
    expect(texts).not.toContain('Results');
  });
});

describe("an appeal for the readers' support, a subscription form's prompt for their address", () => {
  it.each([
    'We rely on your support to keep the valley news free for everyone',
    'Give what you can and keep the newsroom going through the winter. Donate today',
    'Keep every story on this site free to read - donate today!',
    'Wir sind auf Ihre Spenden angewiesen, damit alle Artikel frei lesbar bleiben.',
    'Kein Verband bezahlt uns, und Werbung zeigen wir auch keine. Unterstütze unsere Unabhängigkeit!',
    'Wer mithelfen will, dass unser unabhängiger Journalismus frei lesbar bleibt, kann uns unterstützen.',
    'Our local reporting depends on you. Please support it.',
    'Enter your email address to follow this blog and get notifications of new posts.',
    'Never miss a post from the valley? Enter your email below and we will send every new story your way, with updates on events. A confirmation mail comes first, so look in your spam folder if it does not arrive.',
    'Gib deine E-Mail-Adresse ein, um Benachrichtigungen über neue Beiträge zu bekommen.',
    // The form's second choice, after a feed's link; what it brings lands in the inbox.
    'Or enter your email below to get the Valley Kitchen in your inbox:',
  ])('names %s', (t) => expect(cueCategory(t)).toBe('login'));

  it.each([
    'The shelter manager said: "We rely on your support" and thanked the volunteers.',
    'The food bank relies on donations from local shops.',
    'Residents can donate today at the town hall or online until Friday.',
    'Donate now',
    'The islanders told the envoy: "Support our independence, or leave."',
    // A how-to's step asks for an address too.
    'Enter your email address and password, then tap Next.',
    'Enter your email address and the code from the letter to see your updates on the order.',
    'Enter your email address and the reset link arrives in your inbox within a minute.',
  ])('leaves a story about giving, a quotation, a lone button and a how-to step alone: %s', (t) => expect(cueCategory(t)).toBeNull());
});

describe("an empty comment section's prompt", () => {
  it.each(['Be the first to comment', 'Schreiben Sie den ersten Kommentar', 'Soyez le premier à commenter'])('reads %s as the comment form', (t) => {
    expect(isCommentFormLine(t)).toBe(true);
  });

  it.each(['She was the first to comment on the change.', 'Be the first to know when tickets go on sale', 'Schreiben Sie die erste Kundenmeinung'])('leaves %s alone', (t) => {
    expect(isCommentFormLine(t)).toBe(false);
  });
});

describe("social buttons' consent notice", () => {
  const german = 'Sobald Sie die Knöpfe unten aktivieren, werden Ihre Daten an Pinterest und Xing übermittelt.';
  const privacy = 'Zum Schutz Ihrer Privatsphäre: Der Knopf lädt erst nach Ihrem Klick, dann werden Daten an Facebook weitergegeben.';
  const english = 'If you enable these buttons, your data is sent to Facebook and Pinterest.';

  it('names the notice that switching the buttons on sends data to the platforms, said to the reader', () => {
    const categories = new Map(run(['Night buses reach eastern towns', ...P, german, privacy, english, '© 2024 Valley Post'].join('\n\n')).clean.removed.map((r) => [r.text, r.category]));
    expect([german, privacy, english].map((t) => categories.get(t))).toEqual(['cookie', 'cookie', 'cookie']);
  });

  it('leaves a story that reports such transfers alone: it does not speak to the reader', () => {
    expect(cueCategory('User data was transferred to Facebook after users clicked an ad, the regulator found.')).toBeNull();
    expect(cueCategory('Sie klickte auf den Link, dann wurden ihre Daten an Facebook übertragen.')).toBeNull();
  });
});

describe("a guide's picture credits", () => {
  const PLACES = [
    ['Walk the ridge above the old quarry', 'The ridge path starts behind the village church and climbs for two kilometres through beech woods before it opens onto the quarry rim, where benches look out over the flooded pit and the plain beyond it. The way is steep in places, so good shoes help, and the loop back through the orchards takes about an hour.'],
    ['Swim in the lake at Kessel', 'The small lake at Kessel stays warm well into September, and its wooden jetty is the best place to watch the sun go down over the reeds. A kiosk sells coffee and cake at weekends, and the meadow behind the beach has room for a long afternoon with a blanket and a book.'],
    ['Taste cider at the Linden farm', 'The Linden family presses its own apples every autumn and opens the barn for tastings on Saturdays, with cheese from the neighbouring dairy and bread baked in the old oven. Children can feed the goats in the yard while the adults compare the dry cider with the sweet one and argue about which is better.'],
    ['Ride the narrow-gauge railway', 'The little steam train still runs twice a day between the market town and the spa, rattling past fields and through one short tunnel that every child waits for. The ride takes forty minutes each way, and the station café at the far end serves a soup that regulars swear by in cold weather.'],
    ['Climb the tower at the castle ruin', 'Only the keep of the castle survives, but its tower has been fitted with a new staircase, and on a clear day the view reaches the hills on the far side of the border. An exhibition on the ground floor tells the story of the siege that left the walls in ruins more than three centuries ago.'],
  ];
  const STORY_LINES = [
    'Night buses reach the eastern towns',
    'The regional assembly voted on Wednesday to extend the night bus network to the three towns on the eastern edge of the county, a change that campaigners had sought for years.',
    'The new routes will start in September and will be paid for from the transport budget, which the assembly increased by four percent in its spring review.',
    'Drivers will be hired over the summer, and the operator said it expected the first buses to be full on Friday and Saturday nights from the start.',
  ];
  const credits = ['© Anna Berg', '© Tourist Board Kessel', '© Linden Farm', '© Jonas Weil', '© Castle Trust'];
  const page = [
    'Five autumn trips around the city',
    'Summer is over, but the countryside around the city has plenty to offer when the leaves turn, and most of it is an hour away by train. We asked friends, neighbours and a few farmers for their favourite autumn outings, tried them all on wet and dry days alike, and picked the five that made us forget the long evenings ahead.',
    // One element a line, as a page's copy prints them: the credit, the number and the heading over the text, the address under it.
    ...PLACES.flatMap(([head, text], i) => [`${credits[i]!}\n${i + 1}\n${head!}`, text!, `Address: Main Street ${i + 4}\nMore info`]),
    'Newsletter',
  ].join('\n\n');

  it('reads several holders credited between the paragraphs as captions, not a footer the story ends at', () => {
    const { clean, meta } = run(page);
    const kept = clean.nodes.map((n) => n.text);
    for (const [, text] of PLACES) expect(kept).toContain(text);
    expect(clean.removed.filter((r) => r.text.startsWith('©')).map((r) => r.category)).toEqual(credits.map(() => 'caption'));
    expect(meta.outlet.value).toBeNull();
  });

  it("leaves a site's own notice under the story, and one holder credited between paragraphs, as footers", () => {
    const own = run([...STORY_LINES, '© 2024 Valley Post', 'Contact', 'Imprint'].join('\n\n'));
    expect(own.clean.removed.find((r) => r.text.startsWith('©'))?.category).toBe('footer');
    expect(own.meta.outlet.value).toBe('Valley Post');
    const one = run([STORY_LINES[0], STORY_LINES[1], '© Valley Post', STORY_LINES[2]].join('\n\n'));
    expect(one.clean.removed.find((r) => r.text.startsWith('©'))?.category).toBe('footer');
  });
});

describe('a cookie notice in the words of the site', () => {
  it('names a site saying it uses cookies on its pages or your device, in any of the common languages, and not a recipe', () => {
    const lines = {
      'Wir verwenden Cookies, damit unsere Webseite auf Ihrem Gerät richtig funktioniert.': 'cookie',
      'Ce site utilise des cookies pour mesurer son audience.': 'cookie',
      'Für die Cookies verwenden wir braune Butter und grobes Meersalz.': null,
      // The policy it points to, in the words of the site's language; a recipe's rule is none.
      'Mehr dazu, auch wie du Cookies abschaltest, steht hier: Cookie-Richtlinie': 'cookie',
      'Pour gérer les cookies, consultez notre page dédiée.': 'cookie',
      'Die Cookies nach Richtlinie der Oma zehn Minuten backen.': null,
    };
    for (const [line, category] of Object.entries(lines)) expect(cueCategory(line), line).toBe(category);
  });

  it('ends the story at the first paragraph of a cookie text that runs on after it', () => {
    const story = [
      'Neue Brücke über den Mühlbach eröffnet',
      'Nach zwei Jahren Bauzeit ist die neue Brücke über den Mühlbach am Samstag für den Verkehr freigegeben worden. Der Bürgermeister durchschnitt gemeinsam mit den Schulkindern des Ortes das Band, danach fuhr der erste Linienbus über die Brücke, die nun auch einen breiten Radweg hat.',
      'Die alte Brücke war seit dem Hochwasser vor vier Jahren nur noch für Fußgänger offen. Pendler mussten einen Umweg von zwölf Kilometern fahren, und der Schulbus brauchte jeden Morgen eine halbe Stunde länger bis zur Kreisstadt.',
      'Die Kosten von knapp drei Millionen Euro teilen sich das Land und die Gemeinde. Im Frühjahr sollen noch Bäume am Ufer gepflanzt und die Wege zum Spielplatz erneuert werden, kündigte die Bauleitung an.',
    ];
    const consent = [
      'Wir verwenden Cookies, damit unsere Webseite auf Ihrem Gerät richtig funktioniert, damit wir sehen, welche Seiten unsere Besucher lesen, und damit wir Ihre Wahl beim nächsten Besuch nicht noch einmal erfragen müssen, solange Sie die gespeicherten Daten nicht löschen.',
      'Diese Webseite verwendet außerdem Cookies von Diensten, die Karten und Videos anzeigen. Sie werden erst gesetzt, wenn Sie dem in den Einstellungen zustimmen, und Sie können Ihre Zustimmung dort jederzeit widerrufen, ohne dass die übrigen Seiten dadurch schlechter funktionieren.',
      'Die Statistik zeigt uns nur, wie viele Menschen eine Seite aufrufen und wie lange sie bleiben. Sie verrät uns weder Ihren Namen noch Ihre Anschrift, und die Zahlen werden nach vierzehn Monaten gelöscht. Ohne sie wüssten wir nicht, welche Berichte gelesen werden und welche nicht, und könnten das Angebot nicht verbessern. Die Dienste für Karten und Videos laden ihre Inhalte erst, wenn Sie auf die jeweilige Schaltfläche klicken.',
      'Wir nutzen Cookies auch, um Ihre Einstellungen für die Schriftgröße und den dunklen Modus dieser Webseite zu speichern, damit Sie sie nicht bei jedem Besuch neu wählen müssen, und löschen sie, sobald Sie das in Ihrem Browser veranlassen.',
      'Eine Liste aller Dienste mit ihren Anbietern, dem Zweck und der Speicherdauer finden Sie in unserer Erklärung zum Schutz Ihrer Daten. Dort steht auch, an wen Sie sich mit Fragen wenden können und wie Sie der Auswertung widersprechen. Wir antworten innerhalb von zwei Wochen und geben keine Angaben an Dritte weiter, es sei denn, ein Gesetz verlangt es ausdrücklich.',
    ];
    // The text runs on with paragraphs no cue names: the first two closing paragraphs are too far from its end to cut there alone.
    const { clean } = run([...story, ...consent].join('\n\n'));
    expect(clean.nodes.map((n) => n.text)).toEqual(story);
  });
});

describe("a publisher's tax status and a numbered list right under the story", () => {
  it("names the publisher's tax status on a line of its own as its footer, not a story's sentence naming a charity's", () => {
    expect(cueCategory('Harbour Voice is a 501(c)(3) nonprofit organization.')).toBe('footer');
    expect(cueCategory('The shelter, which opened in 1990 and now houses 40 families each winter, is a 501(c)(3) nonprofit run by volunteers.')).toBeNull();
  });

  const tracks = ['1. Low Tide - The Harbour Lights', '2. Night Bus - Wren & Field', '3. Eastern Towns - Mira Olsen', '4. Last Ferry - The Quays', '5. Salt - Ana Ruiz'];

  it('keeps items numbered from 1 that follow the story at once, with no label over them', () => {
    const { clean } = run([...P, ...tracks, 'Harbour Voice is a 501(c)(3) nonprofit organization.'].join('\n\n'));
    expect(clean.nodes.map((n) => n.text)).toEqual([...P, ...tracks]);
  });

  it('leaves out numbered items under a teaser label', () => {
    const { clean } = run([...P, 'Most read', ...tracks].join('\n\n'));
    expect(clean.nodes.map((n) => n.text)).toEqual(P);
  });
});

describe("a pager's buttons, an author box's label with the name, and a post line quoting its title", () => {
  it.each([
    ['Vorheriger Beitrag', 'navigation'],
    ['Nächster BeitragDie Brücke am Hafen ist wieder offen', 'navigation'],
    ['Next PostThe bridge reopens on Monday', 'navigation'],
    ['About the Author - Mara Lindqvist', 'author-bio'],
  ])('names "%s" as %s', (t, category) => expect(cueCategory(t)).toBe(category));

  it('leaves sentences that open with the same words alone', () => {
    expect(cueCategory('Next post will be about the bridge.')).toBeNull();
    expect(cueCategory('About the author - the new biography of the mayor is out')).toBeNull();
  });

  it('files a post line that quotes its title between "Der Artikel" and "wurde" as a dateline', () => {
    const post = 'Der Artikel "Nachtbusse für den Osten" wurde am 05.11.2024 in der Kategorie Verkehr von Lena Brandt mit den Stichwörtern Bus, Nacht veröffentlicht.';
    const { clean } = run(['Night buses reach eastern towns', ...P, post].join('\n\n'));
    expect(clean.removed.find((r) => r.text === post)?.category).toBe('dateline');
  });
});

describe('an excerpt closed by its link', () => {
  it('keeps a paragraph that ends "… [Continue reading]" a paragraph, not a subheading', () => {
    const excerpt = 'Several points stand out for the riders, and they should weigh them. [Continue reading]';
    const { nodes } = run(['Night buses reach eastern towns', ...P, excerpt].join('\n\n'));
    expect(nodes.at(-1)).toMatchObject({ kind: 'paragraph', text: excerpt });
  });
});

describe('a comment count under the byline', () => {
  it('names a bare number right under the byline as the comment count, and keeps the story', () => {
    const { clean, nodes } = run(['Night buses reach eastern towns', 'By Lena Brandt on May 3, 2024', '0', ...P].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.find((r) => r.text === '0')?.category).toBe('comments');
  });

});

describe('an embed that waits for a click to load', () => {
  it('names the button\'s prompt as a consent placeholder, not a sentence about loading', () => {
    expect(cueCategory('Klicke auf die Schaltfläche, um den Inhalt von Videodienst nachzuladen.')).toBe('cookie');
    expect(cueCategory('Die Fahrer laden den Inhalt der Kisten nach der Ankunft um.')).toBeNull();
  });
});

describe("widgets and notices under the story: a like widget, a rating widget's call, a follow line listing channels, a consent box's categories, the site's terms", () => {
  // Each widget's words, and sentences that use the same words: a recipe that needs butter for its cookies, a sentence opening "Like this:".
  it.each([
    ['Like this:', 'share'],
    // A call to visit the site's pages on the networks, its line closing with their list; a story's visit that goes on.
    ['Visit the Harbour Authority on Facebook, Flickr, YouTube and Twitter', 'share'],
    ['Visit the museum on Facebook to see the pictures of the opening night.', null],
    // The page's own reference for citing it, its label apart from the reference or alone; a story's heading and sentence on citing.
    ['SUGGESTED CITATION  Okafor, Lena: Night buses in the valley, Transit Notes, 2021/3/14, https://notes.example.org/night-buses/.', 'share'],
    ['Zitiervorschlag: Brandt, Ilse (2020): Die Fähre im Winter. Seeblog, https://seeblog.example.org/faehre/', 'share'],
    ['Cite this article', 'share'],
    ['How to cite sources in a thesis', null],
    ['Suggested citations for the new catalogue were discussed at the meeting.', null],
    // A post's closing appeal, "reading" between its verb and the post; a reader's sentence on what she enjoyed reading.
    ['If you liked reading this post, would you consider supporting our work? Every gift helps.', 'login'],
    ['She said she enjoyed reading this story to her grandchildren.', null],
    // A video's teaser, the player's button glued to its headline; the button alone, and a sentence that ends on it.
    ['Night Buses Return to the Valley: Drivers Tell Their Stories Watch Video', 'related'],
    ['Nachtbusse kehren ins Tal zurück Video ansehen', 'related'],
    ['Watch video', null],
    // A widget's placeholder waiting for the reader's settings for other sites' content; a story's sentence on such settings.
    ['Dieses Widget lädt Inhalte eines Drittanbieters. Klicken Sie hier, um Ihre Einstellungen für eingebettete Inhalte zu ändern.', 'cookie'],
    ['This map shows third-party content. Click here to review your settings for embedded content.', 'cookie'],
    ['The company changed its settings for third-party content after the leak.', null],
    // A call to sign up that pays with a voucher or a discount; a story's sentence on a discount for those who sign up.
    ['Wir schicken dir jede Woche neue Rezepte. Melde dich jetzt an und sichere dir 10 % Rabatt auf deine erste Bestellung!', 'login'],
    ['Sign up now and get a voucher worth 5 euros for your next order!', 'login'],
    ['Pass holders who sign up before May get a discount on night fares.', null],
    // A player's download box: its link, the formats it offers, the browser's hint; a story's sentence on a format.
    ['Download der Audiodatei', 'navigation'],
    ['Download audio', 'navigation'],
    ['Ogg Vorbis', 'navigation'],
    ['We offer this episode in the following formats for download:', 'navigation'],
    ['Note: if the file does not download when clicked, right-click the link and choose "Save link as".', 'boilerplate'],
    ['The band released the album as mp3 files only.', null],
    ['Right-click to see the map, the council said in its guide.', null],
    // A box's question to the reader about the site's newsletter; a story's question about someone's newsletter.
    ['Pssst! Kennst du schon unseren Newsletter?', 'login'],
    ['Have you seen our newsletter?', 'login'],
    ['Did the mayor read our newsletter?', null],
    // A teaser's headline with its link after a bar; a sentence that ends on the word.
    ['Night buses return to the valley | mehr', 'related'],
    ['Ferry fares rise again | OPINION | more', 'related'],
    ['The fares rose, and then they rose some more', null],
    // The link to the publisher's editorial standards; a sentence about standards.
    ['Our Standards: The Valley Post Trust Principles.', 'footer'],
    ['Our standards are high, the editor said.', null],
    // A button to save the post; a story's call to save money or a date.
    ['Blogartikel speichern', 'share'],
    ['Save this story', 'share'],
    ['Save the date', null],
    ['Save money on the night bus', null],
    // A path of links with arrows; a how-to's labelled step that walks a menu's path.
    ['Wines -> Spain -> Rioja Alta', 'navigation'],
    ['Home → Travel → Valley walks', 'navigation'],
    ['Step 2: Settings > Privacy > Location', null],
    // A free sign-up's button; an event's registration is left to its page, a sentence to the story.
    ['HIER KOSTENLOS ANMELDEN »', 'login'],
    ['Jetzt kostenlos registrieren', 'login'],
    ['Jetzt anmelden', null],
    // A button to keep the page as a bookmark; a sentence about saving.
    ['Als Lesezeichen speichern', 'share'],
    ['Wir speichern keine Daten über unsere Leser.', null],
    // A service box's opening question; a story's question about its subject.
    ['Sie haben Fragen oder ein Anliegen?', 'footer'],
    ['Have any questions?', 'footer'],
    ['Vous avez des questions ?', 'footer'],
    ['Questions about the new night bus routes?', null],
    ['Haben Sie Fragen zur neuen Nachtbuslinie?', null],
    // A sentence that only points to the site's policy pages; an instruction in a how-to, a sentence about a policy.
    ['Read our full Privacy Policy as well as Terms & Conditions.', 'footer'],
    ['Bitte lesen Sie unsere Datenschutzerklärung.', 'footer'],
    ['Consultez notre politique de confidentialité.', 'footer'],
    ['Weitere Informationen hierzu finden Sie in unserer Datenschutzerklärung.', 'footer'],
    ['More information can be found in our privacy policy.', 'footer'],
    ['Mehr Infos zur Nachtlinie bekommen Sie im Rathaus.', null],
    ['Read the terms and conditions before you pay the deposit.', null],
    ['Read our guide to the new night bus routes.', null],
    // A link button that says it opens a new window: a share button when it names one, else a link; a sentence about a window.
    ['Click to share on Facebook (Opens in new window)', 'share'],
    ['Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)', 'share'],
    ['Fahrplan der Fähre (öffnet in neuem Fenster)', 'navigation'],
    ['The timetable opens in a new window on the council site (the old one did not).', null],
    ['Bitte schalten Sie JavaScript in Ihrem Browser ein, damit die Karte angezeigt wird.', 'boilerplate'],
    ['Der Minister schalte die Ampel ab, sagte sie über JavaScript-Programme.', null],
    ['Du willst keine Fährgeschichte mehr verpassen? Dann hol dir meinen kostenlosen Newsletter!', 'login'],
    ['Never miss a ferry story again: get my free newsletter every Friday.', 'login'],
    ['Die Fans wollen kein Spiel mehr verpassen, sagt der Trainer über den Newsletter des Vereins.', null],
    ['Get each new post sent straight to your inbox.', 'login'],
    ['Erhalte jeden neuen Beitrag in dein Postfach.', 'login'],
    ['The mayor said new posts for nurses would land in your inbox as job alerts if you register with the council.', null],
    ['Wir und unsere Partner verarbeiten Ihre Daten nur mit Ihrer Zustimmung. Mit einem Klick auf „Annehmen“ erteilen Sie Ihre Einwilligung, die Sie jederzeit widerrufen können.', 'cookie'],
    ['By clicking Accept, you consent to the use of your data for ads and analytics by Valley Post and its partners.', 'cookie'],
    ['By clicking the button, users agreed to the new terms, the court found on Monday.', null],
    ['© 2023 Harbour Medien AG «Hafenblatt» | Harbour Medien AG | Kaistraße 7 | Postfach | 1234 Oststadt | Telefon 012 345 67 89 | Fax 012 345 67 80 Sprechzeiten: 09.00 - 11.30 Uhr | 14.00 - 16.00 Uhr (Montag bis Donnerstag)', 'footer'],
    ['© 2023 Harbour Medien AG. The paper was founded in 1850 by two printers from the old town who wanted the harbour to have a voice of its own, and it has been printed six days a week ever since then.', null],
    ['Wie hat dir dieses Rezept gefallen?', 'share'],
    ['Did you enjoy this recipe?', 'share'],
    ['Das Rezept hat der Jury gefallen, sagt die Köchin.', null],
    ['Über dieses Thema berichtete Radio Valley am 3. März 2024 in der Sendung um 18:30 Uhr.', 'footer'],
    ['Dieses Thema im Programm: Valley TV | Abendschau | 03.03.2024 | 19:30 Uhr', 'footer'],
    ['Darüber berichtete die Valley Zeitung am Montag.', null],
    ['Autor*in: Prof. Dr. Max Muster ist seit 2014 Minister für Kultur des Landes.', 'author-bio'],
    ['Autorin: Erika Beispiel arbeitet als Redakteurin für Verkehr bei der Zeitung.', 'author-bio'],
    ['Autor: Die Stadt ist pleite und der Rat hat nichts getan.', null],
    ['Gracias a tu suscripción leés el diario sin límites cada semana.', 'login'],
    ['With your subscription you get unlimited access to every story.', 'login'],
    ['Mit Ihrem Abo lesen Sie alle Artikel unbegrenzt.', 'login'],
    ['Streaming services now sell unlimited subscriptions with exclusive content to millions of households.', null],
    ['Does your subscription include unlimited rides?', null],
    ['#nightbus #Valley-Transport', 'tags'],
    ['Unterstützen über:', 'login'],
    ['Donate via:', 'login'],
    ['Unterstützen über', null],
    ['night_bus_depot.jpg', 'caption'],
    ['IMG_2034.JPG (1.2 MB)', 'caption'],
    ['timetable.pdf', null],
    ['See photo.jpg', null],
    ['Please take a moment to comment below, telling us how the new timetable works for you.', 'comments'],
    ['Let us know in the comments which stop you use.', 'comments'],
    ['Tell us about the bus stop below the bridge', null],
    // Danish and Norwegian buttons, labels and footer links.
    ['Del på Facebook', 'share'],
    ['Del artikkelen', 'share'],
    ['Annonce', 'ad'],
    ['Søg', 'navigation'],
    ['Neste', 'navigation'],
    ['Kontakt os', 'footer'],
    ['Abonner', 'login'],
    ['Del Potro gana en el torneo de la ciudad', null],
    // Portuguese share buttons.
    ['Compartilhe', 'share'],
    ['Compartilhar no Facebook', 'share'],
    ['Na prática, a linha noturna chega às três cidades', null],
    ['Del 1 al 5 de mayo', null],
    ['Let us know how the buses work for you.', null],
    ['#ferries, #harbour, #Winter2024', 'tags'],
    ['#1 #2', null],
    ['#nightbus', null],
    ['#nightbus and the ferries', null],
    ['Be the first to like this.', 'share'],
    ['Gefällt mir:', 'share'],
    ['Sei der Erste, dem dies gefällt.', 'share'],
    ['Rate this article', 'share'],
    ['Bewerte diesen Artikel', 'share'],
    ['Wir freuen uns, wenn du unseren Beitrag bewertest:', 'share'],
    ['Follow Valley Notes: RSS|Email|Twitter|Facebook', 'share'],
    ['Bleib auf dem Laufenden rund um den Hafen und die Fähren. Follow @hafenblick', 'share'],
    ['Folge mir auf Instagram @hafen.blick', 'share'],
    ['She told reporters to follow @cityhall for updates on the closures.', null],
    ['Follow @annlee and @harbourdesk on Twitter.', 'share'],
    ['Want every ferry update first? Follow @harbourdesk on Twitter', 'share'],
    ['More of Ann? Read her columns at the Harbour Review and follow her on Twitter at @annlee.', 'share'],
    ['Fans follow him on Twitter, where he posts as @skipper and jokes about the tides.', null],
    ['The mayor asked residents to follow him on Twitter.', null],
    ['Did the mayor know? Follow the money, the auditor wrote on Twitter.', null],
    ['Love ferries? Join the Harbour Notes community on Facebook.', 'share'],
    ['Join the protest on Facebook, the organisers told residents at the pier on Sunday.', null],
    // The author's request for a donation to those who liked the post; how to reach the story's reporter.
    ['Wenn dir dieser Beitrag gefallen hat, kannst du mich mit einer Spende unterstützen.', 'login'],
    ['If you liked this post, you can support me with a small donation.', 'login'],
    ['Hat dir dieser Beitrag gefallen? Dann freuen wir uns, wenn du uns als Förderer mit einem monatlichen Betrag unterstützt. Als Förderer des Hafenblicks sicherst du dem Journalismus am Hafen eine gute Zukunft und sorgst dafür, dass alle Geschichten über Fähren, Kais und Werften für alle Leser frei bleiben. Jetzt Förderer werden!', 'login'],
    ['To reach the reporter behind this story, contact ann@valleypost.example. To reach the editor, contact desk@valleypost.example', 'footer'],
    ['Der Beitrag hat ihr gefallen, sagte die Spenderin am Hafen.', null],
    ['To reach the island, the reporters had to contact the harbour master first.', null],
    // A newsletter form's note on unsubscribing, spoken to the reader; a story about readers unsubscribing.
    ['We only use your address to send you the harbour newsletter. You can unsubscribe at any time with the link in each issue.', 'login'],
    ['Votre adresse sert uniquement à l’envoi de la newsletter du port. Vous pouvez vous désabonner à tout moment.', 'login'],
    ['Hundreds of readers unsubscribed from the newsletter after the fee rose, the publisher said.', null],
    // The site's own newsletter described to the reader; a story's newsletter that the reader is not offered.
    ['Unser täglicher Newsletter Hafenpost bringt Ordnung in die Woche. Sie erhalten jeden Abend die wichtigsten Geschichten vom Hafen.', 'login'],
    ['Our weekly newsletter, the council said, will tell residents about the night buses.', null],
    // A form asking for the reader's address ("please" after the verb), promising they can leave the list again; a how-to asking for it to reset a password.
    ['Gib bitte deine E-Mail-Adresse an, damit wir dir Neuigkeiten vom Hafen schicken. Du kannst dich jederzeit wieder abmelden.', 'login'],
    ['Enter please your email address and we will write when the ferry timetable changes. You may opt out whenever you like.', 'login'],
    ['Gib bitte deine E-Mail-Adresse an, dann schicken wir dir einen Link, mit dem du ein neues Passwort setzt.', null],
    // An author box's label misspelt; an embed's button that loads it.
    ['Über den Author', 'author-bio'],
    ['Inhalt laden', 'navigation'],
    // A mailing list's form note; a story about a club's mailing list.
    ['En vous inscrivant, vous rejoignez la liste de diffusion du port. Vous pourrez vous désabonner à tout moment depuis chaque courriel.', 'login'],
    ['Le club a fermé sa liste de diffusion après le départ de la moitié de ses membres.', null],
    // A prompt for the address with "here" after its verb; a how-to asking for it to reset a password.
    ['Geben Sie hier Ihre E-Mail-Adresse an, um über neue Artikel vom Hafen informiert zu werden.', 'login'],
    ['Geben Sie hier Ihre E-Mail-Adresse an, um ein neues Passwort für das Konto zu erhalten.', null],
    // A recipe card's buttons, its jump link among them; a sentence telling the reader to print the recipe.
    ['Jump to Recipe  Print Recipe', 'share'],
    ['Zum Rezept springen · Rezept drucken', 'share'],
    ['Save Recipe', 'share'],
    ['Print the recipe and pin it to the fridge, the baker advised.', null],
    // A sign-up form's consent to be sent news; a story's sentence on what a council will send.
    ['Ich willige ein, dass mir der Hafenverein regelmäßig Informationen über seine Arbeit zukommen lässt.', 'login'],
    ['I consent to receive emails about the harbour association and its events.', 'login'],
    ['Der Hafenverein will den Anwohnern regelmäßig Informationen über die Bauarbeiten zukommen lassen.', null],
    // Footer links printed with spaces only between them; a sentence naming such pages.
    ['Startseite Barrierefreiheit Kontakt Mediadaten Hafenblick-Shop AGB', 'footer'],
    ['Mentions légales Plan du site Nous contacter', 'footer'],
    ['Impressum und Datenschutz des Hafenvereins wurden im Mai neu geschrieben', null],
    // An author box's label for several authors.
    ['Zu den AutorInnen:', 'author-bio'],
    ['Über die Autoren:', 'author-bio'],
    ['Die Autoren der Studie raten zu mehr Nachtbussen.', null],
    // An author box closed by the link to the author's other posts; a sentence about a council's posts.
    ['A transport reporter at the Valley Post since 2019. View all posts by Ana Ruiz', 'author-bio'],
    ['Alle Beiträge von Jana Kraus anzeigen', 'author-bio'],
    ['Readers can view all posts by the council on its website.', null],
    // The page asking whether the reader found a mistake; a story's sentence about one found.
    ['Sie haben einen Fehler entdeckt oder vermissen einen Beitrag zu einem Thema?', 'comments'],
    ['Spotted an error?', 'comments'],
    ['Sie haben einen Fehler entdeckt, sagte der Prüfer, und die Brücke bleibt zu.', null],
    // The question with its call after it, and an invitation to report mistakes; a story's question with its answer.
    ['Fehler gefunden? Jetzt melden.', 'comments'],
    ['Found a mistake? Let us know.', 'comments'],
    ['¿Encontraste un error? Repórtalo aquí.', 'comments'],
    ['Queremos mejorar cada día: los invitamos a reportar errores que encuentren en esta nota.', 'comments'],
    ['Fehler gefunden? Die Stadt prüft die Abrechnung der Fähre erneut.', null],
    ['The auditors invite you to report errors in last year\'s ferry accounts before the council votes.', null],
    // A rating widget's score: stars out of five, or a score with its count of ratings; a sentence, a year, a bare count.
    ['3,87 bei 1210 Bewertungen', 'share'],
    ['Mit von 5 Sternen', 'share'],
    ['4.5 out of 5 stars', 'share'],
    ['3.9/5 (88 votes)', 'share'],
    ['4 sur 5 étoiles (27 avis)', 'share'],
    ['The ferry company earned 4.5 out of 5 stars from its passengers', null],
    ['2023 von 5 Sternen', null],
    ['27 reviews', null],
    ['The council will rate this article of the law next year.', null],
    ['Follow the river: it leads to the town', null],
    ['Diese Cookies sind unbedingt erforderlich, damit unsere Webseite funktioniert.', 'cookie'],
    ['These cookies are necessary for the website to work.', 'cookie'],
    ['Für die Cookies sind 200 g Butter erforderlich.', null],
    // Consent given by using the site, said with nouns ("Nutzung", "Verwendung"); a recipe's use of its biscuits.
    ['Mit der weiteren Nutzung der Webseite stimmst du der Verwendung von Cookies zu.', 'cookie'],
    ['En poursuivant, vous acceptez l’utilisation de cookies sur ce site.', 'cookie'],
    ['Zur Verwendung der Cookies im Rezept: erst am Ende über den Kuchen bröseln.', null],
    ['Like this: a bowl, a spoon and a whisk.', null],
    // A like widget still loading; the software, theme or blog host a footer names, and sentences opening with the same words.
    ['Like Loading...', 'share'],
    ['Gefällt mir Wird geladen …', 'share'],
    ['Proudly powered by WordPress', 'footer'],
    ['Powered by Ghost. Theme: Casper by Ann Lee.', 'footer'],
    ['Design by Studio Nord', 'footer'],
    ['Bloggen auf WordPress.com.', 'footer'],
    ['Erstelle eine kostenlose Website oder Blog – auf WordPress.com.', 'footer'],
    ['Powered by the tide, the little turbine lit the harbour all winter.', null],
    ['Design: the new ferries have room for forty bicycles', null],
    ['Designed by engineers in the valley, the bridge opened in May after years of delays and disputes about cost.', null],
    // A post's meta line whose part after a bar is its tags.
    ['Valley Post Staff | Tags: Night buses, Ferries, Eastern towns', 'tags'],
    // A player's call to install the plugin it needs; a story's flash flood.
    ['To watch this clip you must install the latest Adobe Flash Player.', 'boilerplate'],
    ['Für dieses Video muss der Flash Player installiert sein: jetzt herunterladen', 'boilerplate'],
    ['The valley will get a flash flood warning system next year, the council said.', null],
    ['Les fichiers PDF s’ouvrent avec Adobe Reader, que vous pouvez télécharger gratuitement.', 'boilerplate'],
    ['The reader can download the audit from the council’s website.', null],
    // The site's terms, which using it means accepting; a story about an app's terms.
    ['By using this site, you agree to our Terms of Use and Privacy Policy.', 'footer'],
    ['Mit der Nutzung dieser Website akzeptieren Sie unsere Nutzungsbedingungen.', 'footer'],
    ["Users who accept the app's terms of service give the company their location, the report said.", null],
  ])('reads "%s" as %s', (t, category) => expect(cueCategory(t)).toBe(category));
});

describe("the desk's box where an author's would stand", () => {
  it("names the site's own words about its desk, not a story's sentence about an editorial board", () => {
    expect(cueCategory('Our Editorial Staff at St. Example Times is a team publishing news to readers in the valley and abroad.')).toBe('author-bio');
    expect(cueCategory('Unsere Redaktion besteht aus fünf Leuten im Hafenbüro.')).toBe('author-bio');
    expect(cueCategory('The editorial board is expected to vote on the endorsement next week, two members said.')).toBeNull();
  });
});

describe("a press release's contact block", () => {
  it.each(['Pressekontakt:', 'Media contact', 'Stellvertretende Pressesprecherin und Leitung Öffentlichkeitsarbeit', 'Press Officer, Valley Council'])(
    'names "%s" as the footer',
    (t) => expect(cueCategory(t)).toBe('footer'),
  );

  it("leaves a story's sentence quoting a press officer alone", () => {
    expect(cueCategory('Pressesprecherin Anna Berg sagte, die Linie fahre ab Mai.')).toBeNull();
    expect(cueCategory('The press officer of the council said the buses would run from May.')).toBeNull();
  });
});

describe("a blog post's footer asking to bookmark its permalink", () => {
  it.each([
    'This was written by Ana Ruiz. Posted on Monday, May 3, 2021, at 9:14 am. Filed under Transport. Bookmark the permalink. Follow comments here with the RSS feed.',
    'Dieser Beitrag wurde unter Verkehr abgelegt. Setze ein Lesezeichen auf den Permalink.',
  ])('names "%s" as the post\'s tags line', (t) => expect(cueCategory(t)).toBe('tags'));

  it('leaves a sentence about a permalink to the story', () => {
    expect(cueCategory("The permalink to the council minutes is on the town's website.")).toBeNull();
  });
});

describe('a link back to the top of the page', () => {
  it('names it navigation in several languages, and leaves a sentence about the top of a page alone', () => {
    for (const t of ['Seitenanfang', 'Zum Seitenanfang', 'Top of page', 'Volver arriba']) expect(cueCategory(t), t).toBe('navigation');
    expect(cueCategory('The top of page one carried the council notice.')).toBeNull();
  });
});

describe('the publication asking for support in so many words', () => {
  // "Support us", "support (independent) journalism", "journalism needs your support / the support of its readers".
  it.each([
    'Apoya el periodismo local',
    'Support independent journalism',
    'Si te gusta lo que hacemos, apóyanos con una suscripción mensual.',
    'Lokaljournalismus braucht Ihre Unterstützung.',
    'Unabhängiger Journalismus braucht die Unterstützung seiner Leser, damit alle Texte frei bleiben.',
    'Eine Stadt ohne Zeitung? Unterstütze uns mit einem Abo!',
  ])('names "%s" as the appeal', (t) => expect(cueCategory(t)).toBe('login'));

  // A story's sentence about support or journalism, reported or quoted.
  it.each([
    'The union said members would support us in the vote next week.',
    'Local journalism needs more support from advertisers, the report found.',
    '"Support us," the strikers called to the drivers passing the depot.',
  ])('leaves "%s" to the story', (t) => expect(cueCategory(t)).toBeNull());
});

describe('a donation appeal under the story', () => {
  const story = [
    'Neue Brücke über den Mühlbach eröffnet',
    'Nach zwei Jahren Bauzeit ist die neue Brücke über den Mühlbach am Samstag für den Verkehr freigegeben worden. Der Bürgermeister durchschnitt gemeinsam mit den Schulkindern des Ortes das Band, danach fuhr der erste Linienbus über die Brücke, die nun auch einen breiten Radweg hat.',
    'Die alte Brücke war seit dem Hochwasser vor vier Jahren nur noch für Fußgänger offen. Pendler mussten einen Umweg von zwölf Kilometern fahren, und der Schulbus brauchte jeden Morgen eine halbe Stunde länger bis zur Kreisstadt.',
    'Die Kosten von knapp drei Millionen Euro teilen sich das Land und die Gemeinde. Im Frühjahr sollen noch Bäume am Ufer gepflanzt und die Wege zum Spielplatz erneuert werden, kündigte die Bauleitung an.',
  ];
  const call = 'Wer spenden möchte, überweist per PayPal oder auf unser Konto bei der Kreissparkasse, Stichwort „Dorfblatt“.';

  it('reads a call to donate to the site\'s own account as the appeal, and a report of donations to an account as text', () => {
    expect(cueCategory(call)).toBe('login');
    expect(cueCategory('Donations can be made by PayPal or to our bank account at the harbour branch.')).toBe('login');
    expect(cueCategory('Der Verein sammelte Spenden per PayPal und auf ein Konto der Gemeinde, sagte die Kassenwartin.')).toBeNull();
  });

  it('drops the paragraphs asking for support right above the call, not the story before them', () => {
    const appeal = ['Auch das Dorfblatt ist auf eure Hilfe angewiesen!', 'Im Winter gibt es kaum Anzeigen, und das Papier wird teurer. Jeder Betrag hilft uns, das Heft weiter jeden Monat zu drucken.'];
    const { clean } = run([...story, ...appeal, call].join('\n\n'));
    expect(clean.nodes.map((n) => n.text)).toEqual(story);
    expect(clean.removed.filter((r) => appeal.includes(r.text)).map((r) => r.category)).toEqual(['login', 'login']);
  });

  it('drops a donation box in the middle of the story: its cry for help above a button to donate now, and the story goes on under it', () => {
    const box = ['Helfen Sie mit!', 'Jede kleine Spende hilft den Familien am Mühlbach!'];
    const after = [
      'Für die Anwohner am Ufer beginnt nun die nächste Bauphase: Die Gemeinde will die Uferwege bis zum Herbst pflastern lassen und neue Bänke aufstellen, auf denen man den Bach überblicken kann.',
      'Der Gemeinderat berät im Mai über eine zweite Brücke für Fußgänger weiter südlich, die den Schulweg der Kinder aus dem Neubaugebiet um einen Kilometer verkürzen würde.',
    ];
    const { clean } = run([...story.slice(0, 3), ...box, 'Jetzt spenden!', story[3]!, ...after].join('\n\n'));
    expect(clean.nodes.map((n) => n.text)).toEqual([...story, ...after]);
    expect(clean.removed.filter((r) => box.includes(r.text)).map((r) => r.category)).toEqual(['login', 'login']);
    // Without the button the lines are the story's; a cry that asks for nothing stays above it.
    expect(run([...story.slice(0, 3), ...box, story[3]!, ...after].join('\n\n')).clean.nodes.map((n) => n.text)).toEqual([...story.slice(0, 3), ...box, story[3]!, ...after]);
    expect(run([...story.slice(0, 3), 'Was für ein Fest!', 'Jetzt spenden!', story[3]!, ...after].join('\n\n')).clean.nodes.map((n) => n.text)).toContain('Was für ein Fest!');
  });

  it('keeps a story\'s last paragraph above the call when it asks for nothing', () => {
    const last = 'Die Einweihungsfeier mit Musik und Kuchen findet am Sonntag um 14 Uhr auf der Wiese am Ufer statt.';
    const { clean } = run([...story, last, call].join('\n\n'));
    expect(clean.nodes.map((n) => n.text)).toEqual([...story, last]);
  });
});

describe("a desk's byline over the desk's e-mail address", () => {
  it('reads "By" and a desk\'s name over an address as the byline, so the headline above it stays the headline', () => {
    const head = 'Night buses reach the eastern towns at last';
    const { clean, meta, nodes } = run([['Home > Transport Blog', head, 'By MetroDesk transport', 'metro@example.org', '9:15 am on May 3, 2024 | Permalink'].join('\n'), ...P].join('\n\n'));
    expect(meta.title).toBe(head);
    expect(clean.removed.filter((r) => r.category === 'byline').map((r) => r.text)).toEqual(['By MetroDesk transport', 'metro@example.org']);
    expect(nodes.map((n) => n.text)).toEqual(P);
  });

  it('needs the address on the next line and a name, not a sentence, after the label', () => {
    expect(isDeskByline('By MetroDesk transport', 'metro@example.org')).toBe(true);
    expect(isDeskByline('By MetroDesk transport', 'The buses run every hour.')).toBe(false);
    expect(isDeskByline('By nightfall, the ferries had stopped.', 'metro@example.org')).toBe(false);
    expect(isDeskByline('By the time the last bus left the depot on Friday', 'metro@example.org')).toBe(false);
  });
});

describe('a caption, a bare picture label and the credit, one a line', () => {
  const caption = 'Der erste Bus fährt am Morgen über die neue Brücke.';
  it('names the label, the credit under it and the caption over it, and keeps the story around them', () => {
    const { nodes, clean } = run(['Nachtbusse fahren bis in die Dörfer', P[0], caption, 'Foto:', 'Anna Berger', P[1], P[2]].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.filter((r) => r.category === 'caption').map((r) => r.text)).toEqual([caption, 'Foto:', 'Anna Berger']);
  });

  it('takes no line around a label with a sentence under it, and reads the label alone as the picture\'s', () => {
    const { nodes, clean } = run(['Nachtbusse fahren bis in die Dörfer', P[0], 'Bild:', P[1], P[2]].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.find((r) => r.text === 'Bild:')?.category).toBe('caption');
  });

  it("reads a share button under a label printed without its credit as the share bar's, and keeps the story's last paragraph over them", () => {
    const { nodes, clean } = run(['Nachtbusse fahren bis in die Dörfer', ...P, 'Bildquelle:', 'Teilen'].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.map((r) => [r.text, r.category])).toEqual([['Bildquelle:', 'caption'], ['Teilen', 'share']]);
  });
});

describe("picks by the author or the desk, and a call to read another post, under the story", () => {
  it.each([
    ["L'auteur vous recommande", ''],
    ['Die Redaktion empfiehlt', ''],
    ['The editors recommend: Ferries return to the northern route', 'Ferries return to the northern route'],
    ['La redacción recomienda', ''],
    ['Lesen Sie hier einen weiteren spannenden Beitrag …', ''],
    ['Lesetipps', ''],
    ['Editors’ Recommendations:', ''],
    ['Lesetipp: Wie die Brücke gebaut wurde', 'Wie die Brücke gebaut wurde'],
    ['The author recommends a slower pace on the steep part of the trail.', null],
    // "More news from" a place or a section in the Romance languages; an amount ("más de 300") and a sentence opening alike are none.
    ['Más noticias de Antioquia', ''],
    ['Keep Reading', ''],
    ['Newsticker', ''],
    ['ÚLTIMAS NOTAS', ''],
    ['Dernières actualités', ''],
    ['Últimas noticias de la guerra llegaron tarde, dijo la alcaldesa.', null],
    ['Altre notizie dalla valle', ''],
    ["Plus d'articles sur la vallée", ''],
    ['Más de 300 pasajeros', null],
    ['Más noticias del puerto llegaron tarde, dijo la alcaldesa.', null],
  ])('reads "%s" as a label over other stories (rest %j)', (text, rest) => {
    expect(relatedLabel(text)?.rest ?? null).toBe(rest);
  });
});

describe('a count of comments in words', () => {
  it('names "No Comments" under the story as the count, and what follows it as the comment section\'s', () => {
    const { nodes, clean } = run(['Night buses reach the eastern towns', ...P, 'Keine Kommentare / Trackbacks', 'RSS Feed zu den Kommentaren dieses Artikels', 'Trackback URL', 'Kommentar erstellen', 'Name (wird benötigt)'].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.find((r) => r.text === 'Keine Kommentare / Trackbacks')?.category).toBe('comments');
  });

  it('reads the count beside a headline as a header mark, so the menu entry above it is not taken for the headline', () => {
    const story = [
      'Almost every wall in our flat will stay white. But in the bedroom I want one wall covered in a bold print, something with birds or big flowers, and wallcovering with a vintage look.',
      'I found a few I like online and put them side by side to decide.',
      'From left to right:',
      '1. Herons of the Northern Marshes\n2. Blue Poppy Print\n3. Yellow Climbing Rose\n4. Peony Trellis\n5. Ocean Fern',
    ];
    const page = ['Home\nCraft Gallery\nKitchen Gallery\nAbout\nContact\nAdvertising\nHome Decor Love this\nAug 9, 2024\nWilma\nNo Comments\nLove this – Wallcovering!', ...story].join('\n\n');
    expect(run(page).meta.title).toBe('Love this – Wallcovering!');
  });

  it('keeps a story sentence that opens with "one" and a comment word', () => {
    const reply = 'One reply to the council came from the harbour board, which asked for another year to plan.';
    expect(run(['Night buses reach the eastern towns', P[0], reply, P[1], P[2]].join('\n\n')).nodes.map((n) => n.text)).toEqual([P[0], reply, P[1], P[2]]);
  });

  it('reads a byline with a link in brackets after the name', () => {
    expect(bylineNames('Posted by Dana Wells [www]')).toEqual(['Dana Wells']);
  });
});

describe("a weekly post named by its date, under a blog's lists of recent posts and comments", () => {
  const story = [
    'Here is a quick look at what happened at the harbour last week:',
    'Monday, March 4\nThe new ferry timetable is now in force, and it adds two late crossings on Fridays.',
    'Wednesday, March 6\nWe opened the second pier to cargo boats.\nWe published the plan for the fish market roof.',
    'Friday, March 8\nThe harbour office moved to the old customs house, where it will stay during the works.\nThe pilots signed the new rota, with four more shifts in the summer.',
    'Stay tuned for next week! In the meantime, follow the harbour office on the radio and read the notices at the pier.',
  ];
  const head = 'Harbour Week in Review - March 4, 2024';

  it('takes the title holding its date for the headline, not the last entry of the "Recent Comments" list over it', () => {
    const lists = ['Harbour Office Blog', 'Recent Posts', 'Cargo Boats Get a Second Pier', head, 'Fish Market Roof Plan Published', 'Ferry Timetable Adds Late Crossings', 'Pilots Sign the New Rota',
      'Recent Comments', 'Ann Lee on Ferry Timetable Adds Late Crossings', 'Omar Haddad on Cargo Boats Get a Second Pier', 'Dana Wells on Fish Market Roof Plan Published', 'Lena Brandt on Pilots Sign the New Rota', 'Tom Reyes on Ferry Timetable Adds Late Crossings'];
    const { meta, clean } = run([lists.join('\n'), '« Cargo Boats Get a Second Pier | Main | Fish Market Roof Plan Published »', head, ...story].join('\n\n'));
    expect(meta.title).toBe(head);
    expect(clean.removed.filter((r) => r.text.startsWith('Tom Reyes') || r.text === 'Recent Comments').map((r) => r.category)).toEqual(['related', 'related']);
  });

  it('tells a title named by its date from a section label or a meta line holding one', () => {
    const lines = [head, 'Notes from the pier — 4 March 2024', 'Protokoll der Sitzung des Hafenvereins vom 4. März 2024', 'Politics - March 4, 2024', 'Harbour notes | Travel - March 4, 2024', 'Harbour Week in Review - March 4, 2024 - 12 comments', 'Posted by Ann Lee on March 4, 2024', 'Version: 2.1 - vom 04.03.2024'];
    expect(lines.map((line) => isNamedByDate(line))).toEqual([true, true, true, false, false, false, false, false]);
  });
});

describe("the post's date and sections, its tags or its author's name, on a line between the headline and the story", () => {
  it('drops a line opening with the date right over the first paragraph, and keeps a line of words there', () => {
    const head = 'Night buses reach the eastern towns';
    expect(run([head, '07.12.2023 Verkehr Region Nacht', ...P].join('\n\n')).nodes.map((n) => n.text)).toEqual(P);
    expect(run([head, 'Transport · Night Buses · Eastern Towns', ...P].join('\n\n')).nodes.map((n) => n.text)).toEqual(P);
    // A person's name alone is the author's byline; a heading of capitalised nouns stays.
    expect(run([head, 'Sandra Keller', ...P].join('\n\n')).nodes.map((n) => n.text)).toEqual(P);
    expect(run([head, 'Finanzierung Ihres Busses', ...P].join('\n\n')).clean.removed.map((r) => r.text)).not.toContain('Finanzierung Ihres Busses');
    const sub = 'Three towns, one new route';
    expect(run([head, sub, ...P].join('\n\n')).clean.removed.map((r) => r.text)).not.toContain(sub);
  });
});

describe("an author's box over the story", () => {
  it('names the paragraph under "About the author" as the box\'s even above the story, and keeps a story paragraph under another label', () => {
    const bio = 'Lena is a writer and ferry enthusiast who lives on the coast. She writes the harbour column for the Valley Post and is a contributing editor at Tidewater.';
    const head = 'Night buses reach the eastern towns';
    const { nodes, clean } = run([[head, 'Lena Brandt', 'About the author'].join('\n'), bio, ...P].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.find((r) => r.text === bio)?.category).toBe('author-bio');
    const lead = 'Lena Brandt is a bus driver who has worked the night shift for twenty years, and she was the first to drive the new route on Monday.';
    expect(run([head, 'Background', lead, ...P].join('\n\n')).nodes.map((n) => n.text)).toContain(lead);
  });
});

describe('the post line under a list of the same day in other years', () => {
  it('reads the list\'s label as a teaser label, so the post line under the list still gives the date', () => {
    const others = ['Posted on this day, other years:', 'Ferry strike ends - 2019', 'A new pier for the island - 2018', 'Harbour lights - 2017', 'The first night bus - 2016', 'Winter timetable - 2015', 'Bookmark to:'];
    const post = 'This was written by Ana Ruiz. Posted on Friday, March 1, 2024, at 9:10 pm. Filed under Transport. Bookmark the permalink.';
    const { meta, clean } = run(['Night buses reach eastern towns', ...P, others.join('\n'), post].join('\n\n'));
    expect(clean.removed.find((r) => r.text === others[0])?.category).toBe('related');
    expect(meta.date.value).toBe('2024-03-01');
  });
});

describe("the author's name over their box after the story", () => {
  it('drops the name line over a box that opens with the name, and keeps the story above it', () => {
    const lead = 'Der Grill lässt sich relativ einfach reinigen, denn Rost und Blech sind aus Edelstahl und dürfen in die Spülmaschine, was nach einem langen Grillabend viel Arbeit spart.';
    const rest = 'Das Angebot von 149 Euro ist wirklich gut. Die Verarbeitung ist solide, die Ausstattung inklusive Zubehör umfangreich, und im Test hielt das Gerät jede Runde durch.\n\nWichtiger Tipp: Wer bei der Aktion leer ausgegangen ist, findet ähnliche Geräte auch bei anderen Händlern, meist allerdings zu einem deutlich höheren Preis als hier.';
    const box = 'Lena Brandt ist Head of Community beim Hafenblatt. Wenn sie nicht gerade Fahrpläne liest, testet sie gerne neue Fahrräder, Zelte und smarte Fahrradlampen.';
    const page = ['Grill im Test', '19.03.2024 11:45 | von Lena Brandt', 'Der Preis', lead, rest, 'Den Grill beim Händler ansehen', 'Lena Brandt', `${box}\nDIE BELIEBTESTEN PRODUKTE\nZelt 99,98 €Lampe 19,99 €\nMehr`].join('\n\n');
    const { nodes, clean } = run(page);
    expect(nodes.map((n) => n.text)).not.toContain('Lena Brandt');
    expect(nodes.map((n) => n.text)).toContain(lead);
    expect(clean.removed.find((r) => r.text === 'Lena Brandt')?.category).toBe('author-bio');
  });
});

describe("links to a broadcaster's other pages, their kind after a bar", () => {
  it('names "Title | mehr" and "Title | audio" as other stories\' links', () => {
    const others = ['Fähren fahren im Winter seltener | mehr', 'Neue Radwege in der Altstadt | audio'];
    const { nodes, clean } = run(['Night buses reach eastern towns', ...P, others.join('\n')].join('\n\n'));
    expect(nodes.map((n) => n.text)).toEqual(P);
    expect(clean.removed.filter((r) => others.includes(r.text)).map((r) => r.category)).toEqual(['related', 'related']);
  });
});

describe('a call to comment in Spanish, French or Italian, and an embedded post\'s signature', () => {
  it('reads the bare verb "to comment" as a call to comment', () => {
    for (const t of ['Comentar', 'Commenter', 'Commentare']) expect(isCommentHeading(t), t).toBe(true);
    expect(isCommentHeading('Covid et rumeurs : comment une idée devient virale')).toBe(false);
  });

  it('ends the story at a row holding the call, however long the teasers after it', () => {
    // Three paragraphs of a story, one a line.
    const relato = `El ayuntamiento aprobó el miércoles ampliar la red de autobuses nocturnos a los tres pueblos del este de la comarca, un cambio que los vecinos pedían desde hacía años.
Las nuevas líneas empezarán en septiembre y se pagarán con el presupuesto de transporte, que el pleno aumentó un cuatro por ciento en su revisión de primavera.
Los operadores tendrán que pasar cada media hora hasta las dos de la madrugada los viernes y sábados, y cada hora el resto de las noches de la semana.`.split('\n');
    const row = ['0', 'Comentar', 'Valora esta noticia', 'Enfadado3', 'Triste1', '¡Me gusta!4', 'Noticias relacionadas', '12/03/2024', 'Otra historia de la comarca', 'Lo más leído', '1', 'Un titular cualquiera', '2', 'Otro titular cualquiera'];
    // Each teaser a cut summary, its button, its date and section, and its headline: together longer than the story.
    const teasers = Array.from({ length: 8 }, (_, i) => [
      `La concejalía de deportes presentó el martes el plan número ${i + 1} para renovar las pistas del polideportivo municipal y los vestuarios del campo de fútbol...`,
      'Ver más',
      `1${i}/03/2024 Deportes`,
      `Renuevan las pistas del polideportivo, fase ${i + 1}`,
    ].join('\n'));
    const texts = run(['Autobuses nocturnos llegan a los pueblos del este', ...relato, row.join('\n'), ...teasers].join('\n\n')).nodes.map((n) => n.text);
    expect(texts).toEqual(relato);
  });

  it('does not take an embedded post\'s signature for a commenter\'s line', () => {
    expect(isCommentEntryLine('— Dana Wells (@danawells) March 16, 2024')).toBe(false);
    expect(isCommentEntryLine('Dana Wells – March 16, 2024 at 9:14 pm')).toBe(true);
  });

  it('keeps the story after a call to comment under the lead picture, with embedded posts in it', () => {
    const post = (text: string, name: string, day: number) => [text, `— ${name} (@${name.split(' ')[0]!.toLowerCase()}) March ${day}, 2024`];
    const histoire = [
      'Le conseil régional a voté mercredi l’extension du réseau de bus de nuit aux trois villes de l’est du département, un changement que les habitants réclamaient depuis des années.',
      'Les nouvelles lignes démarreront en septembre et seront financées par le budget des transports, que l’assemblée a augmenté de quatre pour cent au printemps.',
      ...post('Bonne nouvelle pour les noctambules, enfin des bus toute la nuit', 'Dana Wells', 16),
      'Les exploitants devront faire passer un bus toutes les trente minutes jusqu’à deux heures du matin le vendredi et le samedi, et toutes les heures les autres nuits.',
      ...post('On attend de voir si les horaires seront tenus', 'Omar Haddad', 17),
      'Le département espère que la fréquentation suffira à couvrir une partie des coûts dès la deuxième année, selon le rapport présenté aux élus avant le vote.',
    ];
    const page = ['Des bus de nuit pour les villes de l’est', 'Par Dana Wells le 14.03.2024 à 11h46', histoire[0]!, 'Photo : Léa Martin / Agence Sud\nCommenter', ...histoire.slice(1)].join('\n\n');
    const texts = run(page).clean.nodes.map((n) => n.text);
    expect(texts).toContain(histoire[0]!);
    expect(texts).toContain(histoire[histoire.length - 1]!);
  });
});

describe('headline round 11: a caption\'s credit and an embedded post\'s signature', () => {
  const story = [...P, ...P.map((p) => `Again: ${p}`)];
  const header = `Home\nNews\nSport

TRANSPORT

Will the night buses reach the eastern towns?

Campaigners question the timetable and say the real test is whether riders use the new routes in the first winter

Share on Facebook Share on Twitter\nOthers\nClose Share on Linkedin\nSee comments\nSave\nPrint

Dana Wells

19 FEB 2020 - 18:37 CET`;

  it('does not take a caption closed by an agency\'s name after its full stop for the headline', () => {
    const page = [header, 'A night bus waits at the depot in the eastern town on Tuesday. EFE', ...story].join('\n\n');
    expect(run(page).meta.title).toBe('Will the night buses reach the eastern towns?');
  });

  it('reads an embedded post\'s signature as no dateline of the heading under it', () => {
    const post = 'Finally a bus home from the concert hall after midnight, thanks to the county transport team, who listened to the riders and kept the promise they made to the eastern towns last spring.';
    const page = ['Home\nRoutes\nTickets', 'Night buses', 'Faster trips home after midnight', 'Buy a ticket', P[0]!, P[1]!, post, '— Dana Wells (@danawells) 7 May 2018', 'How do the night buses work?', ...story.slice(2)].join('\n\n');
    expect(run(page).meta.title).toBe('Night buses');
  });

  it('knows the signature by the handle in brackets after the dash', () => {
    const signatures = `— Dana Wells (@danawells) 7 May 2018 => true
 - County Transport (@county.transport) February 6, 2020 => true
— Dana Wells, 7 May 2018 => false
By Dana Wells (@danawells) 7 May 2018 => false`.split('\n').map((l) => l.split(' => '));
    for (const [line, is] of signatures) expect(isEmbedSignature(line!), line).toBe(is === 'true');
  });
});

describe('teasers printed one a line with their date first, under a list\'s label', () => {
  // A short story: the teasers after it hold more than half as many words.
  const story = P.slice(0, 2);
  const teaser = (date: string, head: string) => `${date} - Verkehr - ${head}: Der Kreis plant neue Linien für die Dörfer im Osten, und die Betreiber suchen Fahrer für die Nachtschichten am Wochenende, sagte der Sprecher am Montag.`;
  const list = [teaser('01.02.2024', 'Neue Haltestellen am Klinikum'), teaser('14.01.2024', 'Fahrplan für den Winter'), teaser('02.01.2024', 'Mehr Busse am Wochenende'), teaser('20.12.2023', 'Die Fähre fährt wieder')];

  it('drops them with the label', () => {
    const page = ['Night buses reach eastern towns', 'By Dana Wells', ...story, 'Themen: Verkehr, Busse', 'teilen kommentieren', 'Weitere Inhalte:', ...list].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(story);
  });

  it('keeps a story\'s own chronology of dated lines, which no label heads', () => {
    const page = ['Night buses reach eastern towns', 'By Dana Wells', ...story, ...list].join('\n\n');
    expect(run(page).nodes.map((n) => n.text)).toEqual(expect.arrayContaining(list));
  });
});

describe("the site's blurb named by its copyright line's holder", () => {
  const blurb = 'valleypower is your local supplier of electricity and gas. We make you one simple offer, with fair terms, no deposit and no payment in advance.';
  const page = (holder: string) => ['Night buses reach eastern towns', 'By Dana Wells', ...P, blurb, 'Service\nContact\nImprint', `Copyright 2006 – 2024 ${holder}`].join('\n\n');

  it('drops a paragraph saying what the holder is, though no line of its own names the site', () => {
    expect(run(page('valleypower GmbH')).nodes.map((n) => n.text)).toEqual(P);
  });

  it('keeps it when the holder is another', () => {
    expect(run(page('Valley Post Media GmbH')).nodes.map((n) => n.text)).toContain(blurb);
  });
});

describe("a recipe card's method under a row of other recipes", () => {
  const story = [
    'These oat bars are the snack we pack for every ferry trip: chewy, not too sweet, and sturdy enough to survive a rucksack on the crossing to the island.',
    'They keep for a week in a tin, and the recipe doubles easily when the whole family comes along for the ride, which in summer it usually does.',
    'You can swap the honey for maple syrup and the almonds for any other nut, and the bars will still hold together once they have cooled completely.',
  ];
  const steps = [
    'Heat the oven to 180 degrees and line a square tin with baking paper.',
    'Stir the oats, almonds and salt together, then warm the butter with the honey until it melts.',
    'Pour the warm butter over the oats, mix well and press the mixture firmly into the tin.',
    'Bake for 25 minutes, leave to cool in the tin, then cut into twelve bars.',
  ];
  // Prose after the card and its share row: the steps stop at the first line a detector names.
  const tail = 'You might also like our cheese scones, which we bake every Sunday for the ferry crew and their families.';
  const page = [
    'Oat Bars for the Ferry', 'By Dana Wells', ...story, ...story.map((p) => `Again: ${p}`), ...story.map((p) => `Still: ${p}`),
    'More ferry snacks\nApple Hand Pies\nCheese Scones\nLemon Biscuits',
    'Oat Bars for the Ferry\nPrint Recipe  Pin Recipe\nPrep Time 10\nminutes\nCook Time 25\nminutes',
    'Ingredients\n200 g oats\n50 g almonds\n100 g butter\n4 tbsp honey\n1 pinch salt',
    `Instructions\n${steps.join('\n')}`,
    'Nutrition Facts\nCalories\n158',
    'Share\nTweet\nEmail',
    tail,
  ].join('\n\n');

  it('keeps the steps under the method\'s label with the card', () => {
    const texts = run(page).nodes.map((n) => n.text);
    for (const step of steps) expect(texts).toContain(step);
    expect(texts).not.toContain(tail);
  });
});

describe("a short title the comments' count quotes", () => {
  it('heads the story under it, though a disclaimer with its own heading in the sidebar is as long as the story', () => {
    const months = ['Mai 2023  (7)', 'April 2023  (11)', 'März 2023  (7)', 'Februar 2023  (5)', 'Januar 2023  (1)', 'Dezember 2022  (6)', 'November 2022  (8)', 'Oktober 2022  (6)', 'September 2022  (6)', 'August 2022  (4)', 'Juli 2022  (3)', 'Juni 2022  (7)'];
    const story = [
      'Der Hafen liegt dunkel und still…',
      'Los ging es mit einer schnellen Aufnahme vom Kai aus.',
      'Bei ISO 800 wirkt das Bild ordentlich, an den Kränen auf der anderen Seite aber weich.',
      'Ein Flugzeug zog genau über dem Leuchtturm vorbei. Sein Streifen blieb lange am Himmel stehen, färbte sich langsam rosa und war beim zweiten Bild schon fast verweht.',
    ];
    const page = [
      'Hafenblick am Abend\nQuer durch den Hafen\nÜber mich\nWas ich lese\nImpressum\nDatenschutz\n← Am Kanal (4)\nSchnee im März →\nHafenlichter (3)\nVeröffentlicht: 05.01.2024 | Autor: anna | Abgelegt unter: Fotografie | Tags: Abendhimmel, Hafen, Kräne',
      ...story,
      'Weitersagen:\nKlick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)\nKlicken zum Ausdrucken (Wird in neuem Fenster geöffnet)\nKlicken, um dies einem Freund per E-Mail zu senden (Wird in neuem Fenster geöffnet)\nGefällt mir:\nLiken Lade …\nÄhnliche Beiträge\n2 Kommentare zu „Hafenlichter (3)“',
      ' Ben sagt:\n06.01.2024 um 9:16',
      'Beide Bilder sind schön, das erste ist schärfer.',
      'LikenLiken',
      ' anna sagt:\n06.01.2024 um 9:58',
      'Danke!',
      'LikenLiken',
      'Schreibe einen Kommentar',
      `${months.join('\n')}\nSuche nach:\nMeta\nRegistrieren\nAnmelden\nFeed der Einträge\nKommentare-Feed\nWordPress.com`,
      'Haftung für externe Links',
      'Manche Beiträge hier verweisen auf fremde Seiten. Was dort steht, liegt nicht in meiner Hand, und für spätere Änderungen an diesen Seiten kann ich nicht geradestehen.',
      'Wer einem Verweis folgt, verlässt dieses Angebot; ich sehe mir jede Seite an, bevor ich auf sie verweise, und lösche den Verweis, sobald mir dort Unrechtes auffällt.',
      'Ob solche Zeilen irgendwem nützen, bezweifle ich, aber viele kleine Seiten drucken sie, und so stehen sie eben auch hier unten im Seitenrand.',
    ].join('\n\n');
    const { meta, nodes } = run(page);
    expect(meta.title).toBe('Hafenlichter (3)');
    expect(nodes.map((n) => n.text)).toEqual(story);
  });
});

describe('a comment whose reply button reads as a heading', () => {
  it('opens the comments at the entry above it, printed with the tags, whose date is not the post\'s', () => {
    const story = [
      'Setting the watering timer takes five minutes once the valve is on the tap, and the manual leaves out the one step that matters.',
      'Hold the program button until the display blinks, then choose the days with the arrows; the timer keeps them through a power cut only when its battery is fresh.',
    ];
    const page = [
      'Garden Notes\nHome\nTools\nAbout',
      'How to set a watering timer',
      ...story,
      'Garden\nTools\nWater\nLena says:\nMarch 12, 2021 at 9:14 am',
      'Thanks for the guide, mine kept losing its program every week.',
      'Does the battery sit under the lid or behind the display?',
      'Reply',
      'Tom Weller says:\nMarch 12, 2021 at 11:40 am',
      'Under the lid, next to the valve; mine lasted two summers.',
      'Reply',
      'Leave a Reply',
    ].join('\n\n');
    const { clean, meta } = run(page);
    // The first comment's date is not the post's, and its lines are named for what they are.
    expect(meta.date.value).toBeNull();
    const removed = (line: string) => clean.removed.find((r) => r.text === line)?.category;
    expect(['Lena says:', 'March 12, 2021 at 9:14 am', 'Thanks for the guide, mine kept losing its program every week.'].map(removed)).toEqual(['comments', 'comments', 'comments']);
    expect(clean.nodes.map((n) => n.text)).toEqual(['How to set a watering timer', ...story]);
  });
});

describe("the page's language, of Europe's smaller national languages too", () => {
  it.each([
    ['fi', 'Kaupunginvaltuusto päätti tiistaina korjata vanhan sillan ennen talven myrskyjä, ja työt alkavat jo ensi kuussa.'],
    ['da', 'Byrådet besluttede i tirsdags at reparere den gamle bro, inden vinterens storme rammer dalen, og arbejdet begynder allerede næste måned.'],
    ['nb', 'Bystyret bestemte tirsdag å reparere den gamle brua før vinterstormene kommer, og arbeidet starter allerede neste måned.'],
    ['sk', 'Mestské zastupiteľstvo v utorok rozhodlo, že starý most opravia ešte pred zimnými búrkami, a práce sa začnú budúci mesiac.'],
    ['lv', 'Pilsētas dome otrdien nolēma salabot veco tiltu pirms ziemas vētrām, un darbi sāksies jau nākamajā mēnesī.'],
    ['en', 'The council agreed on Tuesday to repair the old bridge before the winter storms arrive, and the work starts next month.'],
    ['de', 'Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke vor den Winterstürmen zu reparieren; die Arbeiten beginnen nächsten Monat.'],
    ['nl', 'De gemeenteraad besloot dinsdag de oude brug te herstellen voordat de winterstormen komen, en het werk begint volgende maand.'],
  ])('reads %s', (code, sentence) => {
    const language = detectLanguage([sentence, sentence.replace(/^\p{L}+/u, (w) => w.toUpperCase())]);
    expect(language.code).toBe(code);
    expect(language.isStopword, code).not.toBeNull();
  });
});

describe("a post's own date printed far under the story", () => {
  // Share buttons, an author's box, a newsletter box and the pager between the story and the post's meta lines: more than page furniture.
  const form = 'Share|Facebook|Twitter|About the author|Ana Ruiz writes about transport for the Valley Post and lives in Eastham with her two cats.|Sign up for our newsletter and get the best stories in your inbox every morning.|Subscribe|« Older post|Newer post »|Kategorien'.split('|');

  it('reads a post line wherever it stands under the story', () => {
    const post = 'Dieser Beitrag wurde am Montag, den 4. März 2024 um 10:12 Uhr veröffentlicht und unter Verkehr abgelegt.';
    expect(run(['Night buses reach eastern towns', ...P, ...form, post].join('\n')).meta.date.value).toBe('2024-03-04');
  });

  it("reads a date alone over the post's filing as the post's, and not a date alone over other lines", () => {
    const filed = ['4. März 2024', 'Getaggt mit: Busse, Nachtverkehr, Eastham'];
    expect(run(['Night buses reach eastern towns', ...P, ...form, ...filed].join('\n')).meta.date.value).toBe('2024-03-04');
    const teaser = ['4. März 2024', 'Ferry fares rise again as the harbour works run late'];
    expect(run(['Night buses reach eastern towns', ...P, ...form, ...teaser].join('\n')).meta.date.value).toBeNull();
  });
});
