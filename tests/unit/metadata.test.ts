import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/pipeline/clean/index.ts';
import { countWords, guessLanguage } from '../../src/pipeline/metadata/counts.ts';
import { extractMetadata } from '../../src/pipeline/metadata/index.ts';
import { citedOutlets } from '../../src/pipeline/metadata/cited-outlets.ts';
import { copyrightHolder } from '../../src/pipeline/clean/copyright.ts';
import { PICTURE_LABELS, RIGHTS_CLAUSES, RIGHTS_NOUNS } from '../../src/pipeline/clean/cue-words.ts';
import { hasCopyrightNotice, isPictureCaption } from '../../src/pipeline/clean/cues.ts';
import { decodeSeed } from '../../src/pipeline/read/read-seed.ts';
import { splitBlocks } from '../../src/pipeline/read/split-blocks.ts';

function metaOf(text: string) {
  const read = decodeSeed(new TextEncoder().encode(text), 'story.txt');
  if (!read.ok) throw new Error(read.rejection.reason);
  const clean = cleanBlocks(splitBlocks(read.seed.text));
  return { ...extractMetadata(read.seed, clean), clean };
}

const P1 = 'The regional assembly voted on Wednesday to extend the night bus network to the three towns on the eastern edge of the county, a change that campaigners had sought for years.';
const P2 = 'The new routes will start in September and will be paid for from the transport budget, which the assembly increased by four percent in its spring review.';
const page = (...lines: string[]) => lines.join('\n\n');

describe('title and dek', () => {
  it('takes the headline as the title and leaves it out of the body', () => {
    const { meta, nodes } = metaOf(page('Night buses reach eastern towns', P1, P2));
    expect(meta.title).toBe('Night buses reach eastern towns');
    expect(meta.seed).toBe('story');
    expect(meta.slug).toMatch(/^night-buses-reach-eastern-towns-[0-9a-f]{8}$/);
    expect(nodes.map((n) => n.text)).toEqual([P1, P2]);
  });

  it('derives a headline from the lead when the page has none, marks it, and never ends it in "…"', () => {
    const { meta, nodes } = metaOf(page(P1, P2));
    // The lead's first sentence is long: it is cut at its last clause boundary within 25 words.
    expect(meta.title).toBe('The regional assembly voted on Wednesday to extend the night bus network to the three towns on the eastern edge of the county');
    expect(meta.titleDerived).toBe(true);
    expect(meta.titleHow).toMatch(/no headline/);
    expect(nodes).toHaveLength(2);
    // A short first sentence is the title whole. (A short line alone at the top of the page would be its headline.)
    const short = metaOf(page('Night buses will run to the eastern towns from September. The assembly approved the routes on Wednesday after a long debate.', P2, P1));
    expect(short.meta.title).toBe('Night buses will run to the eastern towns from September');
    expect(short.meta.titleDerived).toBe(true);
  });

  it('does not mark a printed headline as derived', () => {
    expect(metaOf(page('Night buses reach eastern towns', P1, P2)).meta.titleDerived).toBeUndefined();
  });

  it('finds a one-sentence dek that restates the headline, and not a long lede', () => {
    const dek = 'Night buses will reach the eastern towns from September, the assembly decided.';
    const withDek = metaOf(page('Night buses reach eastern towns', dek, P1, P2));
    expect(withDek.meta.dek).toBe(dek);
    expect(withDek.nodes.map((n) => n.text)).toEqual([P1, P2]);
    expect(metaOf(page('Night buses reach eastern towns', P1, P2)).meta.dek).toBeNull();
    // A sentence closed by a colon leads into what follows: the story's text.
    const intro = 'Night buses will reach the eastern towns from September, the assembly said in its statement:';
    const { meta, nodes } = metaOf(page('Night buses reach eastern towns', intro, P1, P2));
    expect(meta.dek).toBeNull();
    expect(nodes.map((n) => n.text)).toEqual([intro, P1, P2]);
  });

  it('keeps a short lede under a place dateline in the body, whatever it shares with the headline', () => {
    for (const lede of [
      'EASTON—Night buses will reach the eastern towns from September, the assembly decided.',
      'EASTON, Midshire (Agency) - Night buses will reach the eastern towns from September.',
      'NEW EASTON — Night buses will reach the eastern towns from September, the assembly said.',
    ]) {
      const { meta, nodes } = metaOf(page('Night buses reach eastern towns', lede, P1, P2));
      expect(meta.dek).toBeNull();
      expect(nodes.map((n) => n.text)).toEqual([lede, P1, P2]);
    }
    // Capitals that are not a place and dash: an ordinary dek.
    const dek = 'Night buses will reach the eastern towns from September — the assembly decided.';
    expect(metaOf(page('Night buses reach eastern towns', dek, P1, P2)).meta.dek).toBe(dek);
  });
});

describe('dates', () => {
  it('uses a printed date next to the headline, the nearest of several', () => {
    const { meta } = metaOf(page('Mon, June 3, 2024\nSome other headline in the sidebar\nTue, June 4, 2024', 'Night buses reach eastern towns', P1, P2));
    expect(meta.date).toEqual({ value: '2024-06-04', how: expect.stringMatching(/printed date "Tue, June 4, 2024".*nearest the headline/) });
  });

  it('uses a date in the original URL', () => {
    const { meta } = metaOf(page('Night buses reach eastern towns', P1, P2, 'Read the full article at:\nhttps://news.example/2024/06/05/night-buses'));
    expect(meta.date).toEqual({ value: '2024-06-05', how: expect.stringMatching(/original URL/) });
    expect(meta.url.value).toBe('https://news.example/2024/06/05/night-buses');
  });

  it('anchors a relative weekday to the date in a cited URL', () => {
    const lede = 'The assembly voted to extend the night bus network, the Valley Post reported Tuesday, citing two members of the transport committee who were present.';
    const { meta } = metaOf(page(lede, 'https://valleypost.example/2024-06-06/night-buses', P2));
    // 2024-06-06 is a Thursday: the nearest Tuesday on or before it is 2024-06-04.
    expect(meta.date).toEqual({ value: '2024-06-04', how: expect.stringMatching(/relative day "Tuesday".*2024-06-06/) });
  });

  it("reads an ambiguous numeric date in the order the page's other numeric dates show", () => {
    // 03/04/2024 by the headline; a comment prints 21/04/2024: this page writes the day first.
    const dayFirst = metaOf(page('Night buses reach eastern towns', '03/04/2024 by Ann Lee', P1, P2, '2 Comments', 'Sam Reed 21/04/2024 at 10:12 says:', 'Great news for the towns, finally a bus after midnight.', 'Reply'));
    expect(dayFirst.meta.date.value).toBe('2024-04-03');
    // The same page with a month-first comment date ("04/21/2024") reads it month first.
    const monthFirst = metaOf(page('Night buses reach eastern towns', '03/04/2024 by Ann Lee', P1, P2, '2 Comments', 'Sam Reed 04/21/2024 at 10:12 says:', 'Great news for the towns, finally a bus after midnight.', 'Reply'));
    expect(monthFirst.meta.date.value).toBe('2024-03-04');
    // Nothing settles it: an English page reads month first.
    expect(metaOf(page('Night buses reach eastern towns', '03/04/2024 by Ann Lee', P1, P2)).meta.date.value).toBe('2024-03-04');
  });

  it("takes a blog's post line after the story as its date, also inside a list of links, but not a teaser's date", () => {
    const post = metaOf(page('Night buses reach eastern towns', P1, P2, 'This entry was posted in Transport and tagged buses, towns on June 7, 2024 by Ann Lee.', 'Also Read', 'Council Approves New Cycle Lanes Across City', 'Park Opens Ahead Of Summer Holidays'));
    expect(post.meta.date).toEqual({ value: '2024-06-07', how: expect.stringMatching(/This entry was posted/) });
    const labelled = metaOf(page('Night buses reach eastern towns', 'Published: 8 June 2024', P1, P2));
    expect(labelled.meta.date.value).toBe('2024-06-08');
    const teaser = metaOf(page('Night buses reach eastern towns', P1, P2, 'Also Read', 'Council Approves New Cycle Lanes Across City', 'June 7, 2024', 'Park Opens Ahead Of Summer Holidays', 'June 6, 2024'));
    expect(teaser.meta.date.value).toBeNull();
  });

  it("reads a post line kept as the story's last paragraph, but not a date in the story's own last sentence", () => {
    const postLine = 'This was written by Ann Lee. Posted on Sunday, June 9, 2024, at 11:38 am. Filed under Transport, Towns and Buses. You can follow any responses through the feed.';
    const post = metaOf(page('Night buses reach eastern towns', P1, P2, postLine));
    expect(post.meta.date.value).toBe('2024-06-09');
    const story = 'The assembly will look at the first passenger numbers on June 9, 2024, when the operators hand in their report on the first three months of the new routes.';
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, story)).meta.date.value).toBeNull();
  });

  it('reads a publication-date label ("Erscheinungsdatum: …") printed after the lede as the story\'s date', () => {
    const { meta } = metaOf(page('Night buses reach eastern towns', 'Die Stadt will die Busse noch in diesem Jahr fahren lassen.', P1, 'Erscheinungsdatum: 07.02.2024', P2));
    expect(meta.date).toEqual({ value: '2024-02-07', how: expect.stringMatching(/labelled as the publication date/) });
  });

  it('takes a dateline printed further above the story when its header prints none, but not a sentence with a date', () => {
    const menu = ['Home', 'Transport', 'Towns', 'Weather', 'Sport', 'Culture', 'Opinion', 'Contact', 'Archive', 'Events', 'Jobs', 'Shop'].join('\n');
    const far = metaOf(page('12 March 2024', menu, 'Night buses reach eastern towns', P1, P2));
    expect(far.meta.date).toEqual({ value: '2024-03-12', how: expect.stringMatching(/printed date "12 March 2024"/) });
    const sentence = metaOf(page('The fair opened on 12 March 2024 in the old market hall of the town.', menu, 'Night buses reach eastern towns', P1, P2));
    expect(sentence.meta.date.value).toBeNull();
  });

  it('says why when there is no date, and ignores dates in related lists', () => {
    const { meta } = metaOf(page('Night buses reach eastern towns', P1, P2, 'Also Read', 'Council Approves New Cycle Lanes Across City', 'May 2, 2024'));
    expect(meta.date).toEqual({ value: null, why: expect.stringMatching(/no printed date/) });
  });
});

describe('outlet, authors, attributions and disclosures', () => {
  it('reads the outlet from "… by X" only when X ends the line, not from a byline running into the next sentence', () => {
    const post = 'This entry was posted in Transport by Ann Lee. Bookmark the permalink.';
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, post)).meta.outlet.value).toBeNull();
  });

  it("reads the site's name without brackets or its owner after \"by\", and drops a byline that only names the outlet", () => {
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, 'Source: [Valley Post]')).meta.outlet.value).toBe('Valley Post');
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, '© 2024 valley24 by Ann Lee')).meta.outlet.value).toBe('valley24');
    // The credit for the site's background picture is no holder: the name before the sign is.
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, '© 2024 background by Ann Lee')).meta.outlet.value).toBeNull();
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, 'Valley Road® © 2013-2024, background by Ann Lee')).meta.outlet.value).toBe('Valley Road');
    const byOutlet = metaOf(page('Night buses reach eastern towns', 'By Valley Times', P1, P2, '© 2024 Valley Times'));
    expect(byOutlet.meta.outlet.value).toBe('Valley Times');
    expect(byOutlet.meta.authors).toEqual([]);
    // A blogger's name is the blog's too, and still its writer.
    expect(metaOf(page('Night buses reach eastern towns', 'By Ann Lee', P1, P2, '© 2024 Ann Lee')).meta.authors).toEqual(['Ann Lee']);
  });

  it("leaves out the bylines of a list of other stories printed at a steady step (title / byline / section), not a story's byline and its co-author's", () => {
    const ladder = ['More from Transport', 'Ferries return to the northern route\nvon Omar Haddad\nHarbour', 'Bridge works end early\nvon Lena Berg\nRoads', 'The last tram to the coast\nvon Omar Haddad\nHistory'];
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, ...ladder)).meta.authors).toEqual([]);
    expect(metaOf(page('Night buses reach eastern towns', 'von Ana Ruiz', P1, P2, ...ladder)).meta.authors).toEqual(['Ana Ruiz']);
    expect(metaOf(page('Night buses reach eastern towns', 'von Ana Ruiz\nvon Omar Haddad\nvon Lena Berg', P1, P2)).meta.authors).toEqual(['Ana Ruiz', 'Omar Haddad', 'Lena Berg']);
  });

  it("leaves the page's title out of the holder when the footer's notice prints it after the name", () => {
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, '© valleypost.example 2024 - Night buses reach eastern towns')).meta.outlet.value).toBe('valleypost.example');
    // A holder that shares the headline's first words stays whole.
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, '© 2024 Night Owl Media')).meta.outlet.value).toBe('Night Owl Media');
  });

  it("takes a bare notice under a picture inside the story for the picture's credit, and one under the story for the site's", () => {
    const rest = [
      P2,
      'Drivers will be hired over the summer, and the operator expects the first buses to be full on Friday and Saturday nights from the very start of the service.',
      'Shop owners in the three towns welcomed the decision, saying that late customers and staff had long asked for a way home that did not depend on a car or a taxi.',
      'The county will review the routes after one year and may add a fourth line to the hospital if the numbers on the first three lines justify the extra cost.',
      'Campaigners said the timetable was a good start but asked for a stop at the railway station, where the last train from the city arrives shortly after midnight.',
      'A public meeting on the timetable will be held in the town hall next month, and residents can send their comments to the assembly in writing until the end of June.',
    ];
    const story = ['Night buses reach eastern towns', P1, '© Ann Lee', ...rest];
    expect(metaOf(page(...story)).meta.outlet.value).toBeNull();
    expect(metaOf(page(...story, '© Valley Post')).meta.outlet.value).toBe('Valley Post');
    // A notice with its year or its rights clause is the site's wherever it stands.
    expect(metaOf(page('Night buses reach eastern towns', P1, '© 2024 Valley Post', ...rest)).meta.outlet.value).toBe('Valley Post');
    // Just above the headline it credits the lead picture, however short the story; a logo printing its sign after the name is the site's.
    expect(metaOf(page('© Ann Lee (Valley Photo Agency)', 'Night buses reach eastern towns', P1, P2)).meta.outlet.value).toBeNull();
    expect(metaOf(page('Valley Post ©', 'Night buses reach eastern towns', P1, P2)).meta.outlet.value).toBe('Valley Post');
  });

  it('takes one repeated word for the site only when the page prints it three times or it looks like no common word', () => {
    const outlet = (...lines: string[]) => metaOf(page(...lines)).meta.outlet.value;
    expect(metaOf(page('Travel', 'Night buses reach eastern towns', P1, P2, 'Travel')).meta.outlet).toEqual({ value: null, why: expect.stringMatching(/"Travel", looks like a section label/) });
    expect(outlet('Valleypost', 'Night buses reach eastern towns', P1, P2, 'Valleypost', 'Valleypost')).toBe('Valleypost');
    expect(outlet('Valleypost24', 'Night buses reach eastern towns', P1, P2, 'Valleypost24')).toBe('Valleypost24');
  });

  it('takes a repeated name nothing confirms only where it opens the page over a tagline or the headline, as a logo does', () => {
    const outlet = (...lines: string[]) => metaOf(page(...lines)).meta.outlet.value;
    // A menu entry the page prints in its header, its mobile menu and its footer stands among other short entries.
    expect(outlet('Politik', 'Wissen', 'Kultur', 'Night buses reach eastern towns', P1, P2, 'Politik', 'Wissen', 'Politik')).toBeNull();
    expect(outlet('Skip to content', 'Zum Inhalt', 'Zur Suche', 'Night buses reach eastern towns', P1, P2, 'Zum Inhalt')).toBeNull();
    // A logo's words over the site's tagline, after a skip link.
    expect(outlet('Skip to content', 'Valley Notes', 'Small stories from the three eastern towns', 'Night buses reach eastern towns', P1, P2, 'Valley Notes')).toBe('Valley Notes');
  });

  it('takes a name the page repeats for the site, but never a piece of a menu row ("Shop |")', () => {
    expect(metaOf(page('Daily Example', 'Night buses reach eastern towns', P1, P2, 'Daily Example')).meta.outlet.value).toBe('Daily Example');
    expect(metaOf(page('Shop |', 'Night buses reach eastern towns', P1, P2, 'Shop |', '• Daily Example')).meta.outlet.value).toBeNull();
  });

  it('confirms a site name by the words that name the publisher: where a copyright holder or a bio\'s employer starts', () => {
    const outlet = (...lines: string[]) => metaOf(page(...lines)).meta.outlet;
    // A section label that is only a later word of the holder ("… News and Media") is no site name: the holder is.
    expect(outlet('News', 'Night buses reach eastern towns', P1, P2, 'News', '© 2024 Valley News and Media Limited').value).toBe('Valley News and Media');
    // The holder's first words confirm the name the page prints, "The" or not.
    expect(outlet('The Valley Post', 'Night buses reach eastern towns', P1, P2, '© 2024 Valley Post Ltd.')).toEqual({ value: 'The Valley Post', how: expect.stringMatching(/inside "© 2024 Valley Post Ltd\."/) });
    // A bio names its employer after the role ("reporter at X", "editor in chief, X") or before it ("is a X reporter").
    expect(outlet('Valley Post', 'Night buses reach eastern towns', P1, P2, 'Jane Doe is the senior transport reporter at Valley Post.').value).toBe('Valley Post');
    expect(outlet('Valley Post', 'Night buses reach eastern towns', P1, P2, 'Jane Doe, editor in chief, Valley Post').value).toBe('Valley Post');
    expect(outlet('Valley Post', 'Night buses reach eastern towns', P1, P2, 'Jane Doe is a Valley Post reporter based in the north.').value).toBe('Valley Post');
    // A role named in the story ("an analyst with X") is no bio: the label it names is not confirmed.
    expect(outlet('Transport', 'Night buses reach eastern towns', P1, P2, 'Omar Haddad, an analyst with Transport Research, said the plan was sound.').value).toBeNull();
  });

  it('prefers the publisher named as the original over the site name', () => {
    const { meta } = metaOf(page('Daily Example', 'Night buses reach eastern towns', 'Published in Transport on by The Valley Post', P1, P2, 'Daily Example', 'Read the Full Valley Post Article at:\n[ https://valleypost.example/night-buses ]'));
    expect(meta.outlet).toEqual({ value: 'Valley Post', how: expect.stringMatching(/trailer.*agrees with the original URL's host valleypost.example/) });
    expect(meta.attributions).toEqual(['Published in Transport on by The Valley Post']);
  });

  it('reads "Source:" in the common European languages, and takes the line out of the story', () => {
    for (const line of ['Quelle: Hafenamt Oststadt', 'Fuente: Agencia del Valle', 'Źródło: Urząd Miasta', 'Bron: Gemeente Oosthaven']) {
      const { meta, nodes } = metaOf(page('Night buses reach eastern towns', P1, line, P2));
      expect(meta.attributions, line).toEqual([line]);
      expect(nodes.map((n) => n.text), line).toEqual([P1, P2]);
    }
  });

  it('leaves a sentence that opens with the word for a source, without its colon, in the story', () => {
    const sentence = 'Quellen im Rathaus sagen, dass die Nachtbusse ab September auch sonntags fahren sollen.';
    const { meta, nodes } = metaOf(page('Night buses reach eastern towns', P1, sentence, P2));
    expect(meta.attributions).toEqual([]);
    expect(nodes.map((n) => n.text)).toContain(sentence);
  });

  it('falls back to the copyright holder, then says why it is unknown', () => {
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, '© 2024 Example Media Ltd.')).meta.outlet.value).toBe('Example Media');
    expect(metaOf(page('Night buses reach eastern towns', P1, P2)).meta.outlet).toEqual({ value: null, why: expect.stringMatching(/no trailer/) });
  });

  it.each([
    ['a paper named by its company', '© 2024 The New York Times Company. All rights reserved.', 'The New York Times'],
    ['…with its news-and-media words', 'Copyright 2024 Guardian News & Media Ltd', 'The Guardian'],
    ['a company no paper the gazetteer knows stays itself', '© 2024 Northwind Times Company. All rights reserved.', 'Northwind Times Company'],
    ['a known paper printed as itself', '© 2024 The New York Times', 'The New York Times'],
  ])('names the known outlet a copyright holder publishes: %s', (_rule, notice, outlet) => {
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, notice)).meta.outlet.value).toBe(outlet);
  });

  it.each([
    ['a known outlet atop the page, over a holder it does not know', ['The Guardian', 'Home', 'News'], '© 2024 Northwind Media Group', 'The Guardian'],
    ['…after a skip link', ['Skip to content', 'Le Monde', 'Home'], '© 2024 Northwind Media Group', 'Le Monde'],
    ['…with its words joined', ['TheGuardian', 'Home', 'News'], '© 2024 Northwind Media Group', 'The Guardian'],
    ['a holder that is a known paper stays', ['The Guardian', 'Home', 'News'], '© 2024 The New York Times', 'The New York Times'],
    ['a known outlet further down is a kicker, not a logo', ['Home', 'News', 'Sport', 'The Guardian'], '© 2024 Northwind Media Group', 'Northwind Media Group'],
  ])('names the site by a known outlet printed atop the page as its logo: %s', (_rule, top, notice, outlet) => {
    expect(metaOf(page(...top, 'Night buses reach eastern towns', P1, P2, notice)).meta.outlet.value).toBe(outlet);
  });

  it.each([
    ['its address atop the page, as a logo', ['valleypost.example', 'Home', 'News'], 'valleypost.example'],
    ['…after a skip link', ['Skip to content', 'www.harbour-notes.example', 'Home'], 'www.harbour-notes.example'],
    ['a blog host prints its own address', ['wordpress.com', 'Home', 'News'], null],
    ['a name with a full stop is no address', ['Mr.Smith', 'Home', 'News'], null],
    ['an address far below the top is none', ['Home', 'News', 'Sport', 'Weather', 'Travel', 'Culture', 'valleypost.example'], null],
    ['an address under the headline credits a source', ['Home', 'Night buses reach eastern towns', 'valleypost.example'], null],
  ])("names the site by the address at the top of the page: %s", (_rule, top, outlet) => {
    const lines = top.includes('Night buses reach eastern towns') ? top : [...top, 'Night buses reach eastern towns'];
    expect(metaOf(page(...lines, P1, P2)).meta.outlet.value).toBe(outlet);
  });

  it('reads the holder without its affiliates, "of", or the address and owner after a comma', () => {
    const outlet = (notice: string) => metaOf(page('Night buses reach eastern towns', P1, P2, notice)).meta.outlet.value;
    const holders: [string, string | null][] = [
      ['© 2024 Valley Post Media Limited or its affiliated companies. All rights reserved.', 'Valley Post Media'],
      ['All text on this site is Copyright of Valley Post © 2024. All rights reserved.', 'Valley Post'],
      ['© 2024 Harbour Press Ltd, 12 Quay Street, Bath BA1 1AA', 'Harbour Press'],
      ['© 2024 Harbour Press Ltd, Bath, UK, a Northwind Group company. All rights reserved.', 'Harbour Press'],
      ['© Harbour Press Limited Quay House, The Quay, Bath BA1 1AA. All rights reserved.', 'Harbour Press'],
      // A short holder with its address or owner after the comma; the licence's exception; a zero for the year.
      ['© Hafenblick GmbH, Hafenweg 2, 12345 Kiel', 'Hafenblick'],
      ['© 2024 Valley Sport, a Northwind Company', 'Valley Sport'],
      // A description set after the name.
      ['Copyright © 2024, Brookfield, The Public College of the Northern Valley. All rights reserved.', 'Brookfield'],
      ['© 2024 Harbour Notes, a nonprofit newsroom on the coast', 'Harbour Notes'],
      ['© Ana Ruiz, unless stated otherwise.', 'Ana Ruiz'],
      ['© 0 Valley Post. All Rights Reserved.', 'Valley Post'],
      ['© 2024 Lindqvist, Brenner & Co. Ltd', 'Lindqvist, Brenner & Co'],
      ['© 2024 Lindqvist, Brenner and Ahl', 'Lindqvist, Brenner and Ahl'],
      // Rights that lie "with" the author and the site: the site; with the authors alone: no outlet. A trademark's sign is no part of the name.
      ['© bei der Autorin und bei hafenblick.example', 'hafenblick.example'],
      ['Copyright bei den Autoren', null],
      ['© 2024 Valley Post™', 'Valley Post'],
      ["Copyright 'Valley Post' Sitemap", 'Valley Post'],
      // A rights clause alone, and a liability disclaimer after the holder, name no one.
      ['©RIPRODUZIONE RISERVATA', null],
      ['© Hafenblick - Alle Angaben ohne Gewähr!', 'Hafenblick'],
      ['Copyright © 2024 . Valley Post ● Travel Notes . All Rights Reserved.', 'Valley Post'],
      // A name with commas of its own is not cut to its first part, nor is a sentence's start taken for a name.
      ['© 2024 Ministerium für Verkehr, Bau, Wohnen und Digitales', null],
      // The site's founding date after the notice is no holder; a holder before it stays.
      ['Copyright© 1998 - 2024. Fundado el 3 de mayo de 1998.', null],
      ['© 2024 Harbour Press. Founded in 1901 by Ann Lee.', 'Harbour Press'],
    ];
    for (const [notice, name] of holders) expect(outlet(notice), notice).toBe(name);
    expect(outlet('© Hafenblick - Neben dem, dem und dem ein Dienst der Seitenwerkstatt')).toBeNull();
  });

  it("prefers a dated notice to a bare credit printed before it, and a notice labelled as the text's source to both", () => {
    const outlet = (...lines: string[]) => metaOf(page(...lines)).meta.outlet.value;
    // "© Harbour Racing Team" under a picture in the story; the footer's notice gives its year.
    expect(outlet('Night buses reach eastern towns', P1, '© Harbour Racing Team', P2, 'More from the region', '© 1998-2024 Valley Media Group')).toBe('Valley Media Group');
    expect(outlet('Night buses reach eastern towns', P1, P2, 'Textquelle: © Valley Wire', '© 2024 Sport Data Services')).toBe('Valley Wire');
    // With no dated notice, the bare one is still the holder.
    expect(outlet('Night buses reach eastern towns', P1, P2, '© Example Media')).toBe('Example Media');
  });

  it.each([
    ['Copyright © 2019 Example Media, Inc. All rights reserved.', 'Example Media, Inc'],
    ['© 2011 © Valley Post 2011', 'Valley Post'],
    ['© Jane Doe 2006 - 2019', 'Jane Doe'],
    ['valleypost.example © 2010', 'valleypost.example'],
    ['© 2015 valleypost.example ·', 'valleypost.example'],
    ['© 2020-', null],
    ['Copyright 2019 by Valley Media GmbH', 'Valley Media GmbH'],
    ['© 2004-2019 Valley Media | Terms | Privacy', 'Valley Media'],
    ['Copyright Reserved', null],
    ['(© Picture Agency)', null],
    ['© Foto: Picture Agency', null],
    ['© Jane Doe / Picture Agency', null],
    ['© 2021 Diario del Valle. Derechos Reservados', 'Diario del Valle'],
    ['(c) 2007-2019 Valley Kitchen. All Rights Reserved. Powered by a blog host.', 'Valley Kitchen'],
    ['Copyright © 2020 · Valley Kitchen · Privacy', 'Valley Kitchen'],
    ['Valley Kitchen © 2020 · English (UK)', 'Valley Kitchen'],
    ['© 2019 Talpost Verlag GmbH. Alle Rechte vorbehalten.', 'Talpost Verlag GmbH'],
    // Menu labels the dump glued to the holder are cut off; a brand's own inner capital is not.
    ['© 2022 Valley Ski ClubImprintPrivacy & TermsCookie SettingsSitemap', 'Valley Ski Club'],
    ['© 2020 ValleyCast Media', 'ValleyCast Media'],
    ['© ValleyThoughts - NewsletterArchiveContact', 'ValleyThoughts - NewsletterArchiveContact'],
    ['Copyright © 2020 by: valleykitchen.example • Design by: Studio / Valley Design', 'valleykitchen.example'],
    // A mark at the end of a caption credits the picture, not the site; a few words before the mark are still the footer's.
    ['Symbolic picture: a skier crosses the finish line in the valley at dusk, ©ValleyPhotos.example - stock agency', null],
    ['All content © 2020 Valley Post', 'Valley Post'],
    // The word with no sign, year or rights clause names a holder only when the holder follows it.
    ['COPYRIGHT VALLEY POST', 'VALLEY POST'],
    ['Digital Copyright', null],
    ['Copyright Policy', null],
    ['Copyright & Permissions', null],
    ['All photos on this page are copyright by Valley Camera Club', null],
    // A licence is not a holder, and a site's version number is not part of its name.
    ['© Licence to republish', null],
    ['© valleykitchen.example 2005-2012 v .83', 'valleykitchen.example'],
    ['© since 2010 by Jane Doe. All rights reserved', 'Jane Doe'],
    // A caption's sentence closed by a yearless mark credits the picture; a footer's sentence before a dated mark does not.
    ['The new bench stands by the lake in the town park. © Valley Photos', null],
    ['Read our terms before you share any of this. © 2020 Valley Post', 'Valley Post'],
    ['All rights reserved, Valley Media. Copyright, Valley Media.', 'Valley Media'],
    ['A fishing boat returns to the harbour at dawn © Jane Doe', null],
    ['All content on this site is protected © Valley Media GmbH.', 'Valley Media GmbH'],
    // A day's date in the credit ("vom 15.05."): a dated text's or picture's source.
    ['©Valley Post vom 15.05.2019/ab', null],
    // The holder is the first sentence of what follows the mark.
    ['Copyright © 2010-2012 Valley Sports. Pictures provided by a stock agency. Powered by a blog host.', 'Valley Sports'],
    // The makers of the site's theme or software and stock-picture libraries hold no rights in the story; a company named "… Software" may.
    ['© 2016 Theme Lakeside by Studio Nine | Powered by WordPress', null],
    ['Copyright © 2021 | WordPress Theme by Studio Nine', null],
    ['Community platform by ForumKit® © 2010-2021 ForumKit Ltd.', null],
    ['Add-ons © Olek Brandt of Forgeworks', null],
    ['© by: valleypost.example', 'valleypost.example'],
    ['© iStock', null],
    ['© Getty', null],
    ['© Ana Ruiz - stock.adobe.com', null],
    // The footer's links printed after the holder on its line, in any of the languages the footer finder knows.
    ['Copyright © 2023 · Valley Kitchen.example Privacy Policy · Disclosure', 'Valley Kitchen.example'],
    ['© Copyright 2019 Talblog Impressum Datenschutz', 'Talblog'],
    ['Copyright © 2022 Editorial Valle Condiciones de uso', 'Editorial Valle'],
    ['Copyright 2019. Valley Media  Privacy Statement | Data requests', 'Valley Media'],
    // A family photo's credit ("privately owned").
    ['© privat', null],
    ['© Privat Media Group', 'Privat Media Group'],
    // The rights clause first, the name after it; a sentence before the mark is not a name; a print footer's address is not one.
    ['© 2012 All Rights Reserved. Valley Media, Inc.', 'Valley Media, Inc'],
    ['Trademarks belong to their owners. Comments belong to the poster. © 2012 All Rights Reserved. Valley Media, Inc.', 'Valley Media, Inc'],
    ['© 2019 Alle Rechte vorbehalten', null],
    ['© Copyright . All rights reserved. Printed from https://valleypost.example', null],
    ['Valley Post © 2020. Alle Rechte vorbehalten. Powered by a blog host.', 'Valley Post'],
    // The rights clause in the other languages the notice finder knows; the phonogram sign beside the copyright sign.
    ['© 2020 Valley Post — Všechna práva vyhrazena', 'Valley Post'],
    ['Valley Post © 2020 Med ensamrätt', 'Valley Post'],
    ['© ℗ 2012-2021 Valley Records Sp. z o.o. Wszelkie prawa zastrzeżone.', 'Valley Records Sp. z o.o'],
    ['© 2024 Valley Software GmbH', 'Valley Software GmbH'],
    // A registration or tax number after the name is the register's.
    ['© 2022 Diario del Valle RIF J-00012345-6', 'Diario del Valle'],
    ['Copyright © 2020 Valley Media Pty Ltd ABN 12 345 678 901', 'Valley Media Pty Ltd'],
    ['© 2023 Talverlag GmbH, HRB 12345', 'Talverlag GmbH'],
    ['© 2024 Hafenblick - DE123456789', 'Hafenblick'],
    // A footer link glued before the holder; what the site is, in place of its name.
    ['Aviso legalEditorial del Valle Todos los derechos reservados ©', 'Editorial del Valle'],
    ['SitemapValley Post © 2024', 'Valley Post'],
    ['© 2024 a Valley Media subsidiary', null],
    ['© 2024 A Plus Valley', 'A Plus Valley'],
    // What the site is glued after its name ("X.A … company"), and the platform the site runs on named as its holder.
    ['© 2024 Valley Broadcasting Network.A Harbour Holdings Company.All Rights Reserved.', 'Valley Broadcasting Network'],
    ['© 2024 Valley Broadcasting Network. A Harbour Holdings Company.', 'Valley Broadcasting Network'],
    ['© 2024 Powered by Harbour Media - Alle Rechte vorbehalten', 'Harbour Media'],
    ['© 2024 Powered by WordPress', null],
    // The link to the page's picture credits, and a form's field, after the mark or the word.
    ['© Bildrechte anzeigen', null],
    ['© Image credits', null],
    ['Copyright text', null],
    ['© 2021 Radio 21', 'Radio 21'],
    // A site software's version printed after the name.
    ['© 2000 – 2023 Talnachrichten 2.6411', 'Talnachrichten'],
    // A Creative Commons notice names a licence, not a publisher.
    ['© 2019 Jane Doe, CC BY-SA 4.0', null],
    ['© Jane Doe Einige Rechte vorbehalten', null],
    ['© Licensing', null],
    // The German clause that all content is protected, and a link row glued after the word ("Copyright sowie AGB").
    ['Copyright 2024 - Alle Inhalte sind urheberrechtlich geschützt', null],
    ['© 2024 All Intellectual Property Rights are reserved to Hafenblick GmbH', 'Hafenblick GmbH'],
    ['© 2024 Hafenblick. Alle Inhalte dieser Seite sind urheberrechtlich geschützt.', 'Hafenblick'],
    ['COPYRIGHT SOWIE ALLG. GESCHÄFTSBEDINGUNGENDATENSCHUTZ', null],
    // A web address with the footer's next line (a street) glued to its ending.
    ['© 2024 HAFENBLICK.deHafenweg 224103 Kiel', 'HAFENBLICK.de'],
    // A picture's credit under any of the caption finder's labels names the picture's source, not the site's.
    ['Illustration: © 2021 Lena Ruiz', null],
    ['Zdjęcie: © 2020 Agencja Obraz', null],
    // The newsroom's word before the publication's name; a name that only starts like it stays whole.
    ['© Redaktion hafenblick.de. Design: Studio Nord.', 'hafenblick.de'],
    ['© 2024 La rédaction de Hafenblick', 'Hafenblick'],
    ['© 2024 Redaktionsbüro Nord', 'Redaktionsbüro Nord'],
    // The sign alone in brackets, in a sentence about pictures' rights.
    ['Bilder auf dieser Seite (©) siehe Impressum.', null],
  ])('reads the copyright holder of %j without marks, years or separators', (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });

  it('reads the copyright line the cleaner filed with what it closes (a comment section running to the page end), but not a teaser about copyright', () => {
    const read = decodeSeed(new TextEncoder().encode(page('Night buses reach eastern towns', P1, P2, '© 2024 Valley Post Ltd.', 'Tweets pulled down for copyright, 11/04/2024')), 'story.txt');
    if (!read.ok) throw new Error(read.rejection.reason);
    const clean = cleanBlocks(splitBlocks(read.seed.text));
    const filedAs = (category: 'comments' | 'related') => ({ ...clean, removed: clean.removed.map((r) => ({ ...r, category })) });
    expect(extractMetadata(read.seed, filedAs('comments')).meta.outlet.value).toBe('Valley Post');
    const teaserOnly = { ...clean, removed: clean.removed.filter((r) => !r.text.startsWith('©')).map((r) => ({ ...r, category: 'related' as const })) };
    expect(extractMetadata(read.seed, teaserOnly).meta.outlet.value).toBeNull();
  });

  it('reads the copyright sign\'s line before a footer teaser that ends on the word copyright', () => {
    const read = decodeSeed(new TextEncoder().encode(page('Night buses reach eastern towns', P1, P2, 'Tweets pulled down for copyright (Update) 11/04/2024', '© Valley Post')), 'story.txt');
    if (!read.ok) throw new Error(read.rejection.reason);
    const clean = cleanBlocks(splitBlocks(read.seed.text));
    const asFooter = { ...clean, removed: clean.removed.map((r) => ({ ...r, category: 'footer' as const })) };
    expect(extractMetadata(read.seed, asFooter).meta.outlet.value).toBe('Valley Post');
  });

  it('takes a "Source:" line for the outlet, but not a stock library credited under a picture, nor the sources of a chart', () => {
    const outletOf = (...lines: string[]) => metaOf(page('Night buses reach eastern towns', P1, P2, ...lines)).meta.outlet.value;
    expect(outletOf('Source: Valley Post')).toBe('Valley Post');
    expect(outletOf('Source: Getty', 'Source: Valley Post')).toBe('Valley Post');
    expect(outletOf('Source: Transport Office, County Statistics', '© 2024 Valley Post')).toBe('Valley Post');
    expect(outletOf('Source: Department of Transport', '© 2024 Valley Post')).toBe('Valley Post');
  });

  it('names the copyright holder as the outlet without its legal form', () => {
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, 'Copyright © 2019 Example Media, Inc. All rights reserved.')).meta.outlet.value).toBe('Example Media');
    // Europe's legal forms, the short ones in their own capitals.
    for (const [holder, name] of [
      ['Hafenblatt Medien AG', 'Hafenblatt Medien'],
      ['Laaksolehti Oyj', 'Laaksolehti'],
      ['Dolina Media Sp. z o.o.', 'Dolina Media'],
      ['Hafen Verlag mbH & Co. KG', 'Hafen Verlag'],
      ['Valle Noticias S.A.S', 'Valle Noticias'],
      ['Dalposten AS', 'Dalposten'],
    ]) expect(metaOf(page('Night buses reach eastern towns', P1, P2, `© 2024 ${holder}`)).meta.outlet.value, holder).toBe(name);
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, '© 2024 Valley Ideas')).meta.outlet.value).toBe('Valley Ideas');
    // What runs on after the legal form (a partnership's second form, the seat's city, a magazine's name) ends the name there.
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, '© 2019 Harbour Verlagsgesellschaft Nord GmbH & Co. KG Lindenplatz Oststadt Hafenviertel')).meta.outlet.value).toBe('Harbour Verlagsgesellschaft Nord');
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, '© 2019 Harbour Medien GmbH Oststadt')).meta.outlet.value).toBe('Harbour Medien');
    // A holder cut where the page broke its line, on a small word, names no one.
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, '© Harbour Institute of')).meta.outlet.value).toBeNull();
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, '© Harbour Institute of Transport')).meta.outlet.value).toBe('Harbour Institute of Transport');
  });

  it('names the paper a publisher prints in quotation marks after its own name as the outlet', () => {
    const outletOf = (notice: string) => metaOf(page('Night buses reach eastern towns', P1, P2, notice)).meta.outlet.value;
    expect([outletOf('© 2023 Hafen Medien AG «Talbote» | Kaistrasse 4 | 1234 Hafenstadt'), outletOf('© Nord Verlag GmbH „Abendblatt Ost“')]).toEqual(['Talbote', 'Abendblatt Ost']);
  });

  it('reads authors from bylines and disclosures exactly as printed', () => {
    const { meta } = metaOf(page('Night buses reach eastern towns', 'By Jane Doe and Ali Khan', 'This content was produced with support from a transport charity.', P1, P2));
    expect(meta.authors).toEqual(['Jane Doe', 'Ali Khan']);
    expect(meta.disclosures).toEqual(['This content was produced with support from a transport charity.']);
  });

  it('reads the story\'s authors from the bylines by its headline, not from the teasers of other stories', () => {
    const teasers = ['More from the desk', 'Cycle lanes approved for the old town\nBy Omar Haddad', 'Ferry fares rise again\nBy Lena Berg'];
    const { meta } = metaOf(page('Night buses reach eastern towns', 'By Jane Doe and Ali Khan', P1, P2, ...teasers));
    expect(meta.authors).toEqual(['Jane Doe', 'Ali Khan']);
    // Without a headline every byline is read.
    const derived = metaOf(page('By Jane Doe', P1, P2, ...teasers)).meta;
    expect(derived.authors).toContain('Jane Doe');
  });

  it("takes no author from a reader's signed comment under the comments' heading, and keeps an author's box under a share row's call to comment", () => {
    const more = ['Operators will have to run the buses every thirty minutes until two in the morning on Fridays and Saturdays, and every hour on the other nights of the week.', 'Campaigners said the change would help shift workers at the hospital and the port, who have had to rely on taxis or lifts from colleagues to get home after late shifts.'];
    const comment = ['09:12 PM | Permalink', 'Comments', 'Nice to see the buses back at last.', 'Posted by: nightowl | March 5, 2024 at 08:42 PM', 'Post a comment', 'Your comment is waiting for approval.'];
    expect(metaOf(page('Night buses reach eastern towns', 'March 4, 2024', P1, P2, ...more, ...comment)).meta.authors).toEqual([]);
    expect(metaOf(page('Night buses reach eastern towns', 'By Jane Doe', 'March 4, 2024', P1, P2, ...more, ...comment)).meta.authors).toEqual(['Jane Doe']);
    const box = ['Beitrag teilen oder kommentieren:', 'Autorin', 'Lena Berg'];
    expect(metaOf(page('Night buses reach eastern towns', P1, P2, ...box)).meta.authors).toEqual(['Lena Berg']);
  });

  it('reads the authors of a byline, not the affiliation and place printed after them', () => {
    const authorsOf = (byline: string) => metaOf(page('Night buses reach eastern towns', byline, P1, P2)).meta.authors;
    expect(authorsOf('By Jane Doe, Valley News, Harbour Town')).toEqual(['Jane Doe']);
    expect(authorsOf('By Jane Doe, The Valley Star')).toEqual(['Jane Doe']);
    expect(authorsOf('Posted by Jane Doe, Maps Outreach Team')).toEqual(['Jane Doe']);
    // Co-authors after commas alone, and a list joined by "and".
    expect(authorsOf('von Jane Doe, Omar Haddad')).toEqual(['Jane Doe', 'Omar Haddad']);
    expect(authorsOf('Por: Jane Doe, Lena Berg Ruiz, Omar Haddad')).toEqual(['Jane Doe', 'Lena Berg Ruiz', 'Omar Haddad']);
    expect(authorsOf('By Jane Doe, Omar Haddad and Lena Berg')).toEqual(['Jane Doe', 'Omar Haddad', 'Lena Berg']);
    expect(authorsOf('By JANE DOE, OMAR HADDAD')).toEqual(['JANE DOE', 'OMAR HADDAD']);
    // After "Redaktion" a name that opens with no given name is the desk's, however long; so is one under an author label.
    expect(authorsOf('Redaktion Talstadt')).toEqual([]);
    expect(authorsOf('Redaktion: Jane Doe')).toEqual(['Jane Doe']);
    expect(authorsOf('Redaktion Grüne Seiten Online')).toEqual([]);
    expect(authorsOf('Autor:\nRedaktion Grüne Seiten Online')).toEqual([]);
  });

  it('reads a newsroom, a team, a role, an admin account or an organisation as no author, and cuts a role or outlet run on after a name', () => {
    const authorsOf = (byline: string) => metaOf(page('Night buses reach eastern towns', byline, P1, P2)).meta.authors;
    const bylines: Record<string, string[]> = {
      'By ValleyPost.example Staff': [],
      'Von Die Redaktion': [],
      'Posted by Admin': [],
      'by Guest Author': [],
      'By Guest Contributor': [],
      'By Talblatt Online Redaktion': [],
      'By Omar HaddadStaff Writer': ['Omar Haddad'],
      'By Ann Lee VTV News': ['Ann Lee'],
      // "Staff" is a surname too.
      'Von Gerrit Staff': ['Gerrit Staff'],
      // An organisation: a body, a company, an outlet in capitals; a person may be called Post.
      'By Valley Arts Foundation': [],
      'By Valley Newspapers Ltd': [],
      'By VTV NEWS': [],
      'By Emily Post': ['Emily Post'],
    };
    for (const [byline, names] of Object.entries(bylines)) expect(authorsOf(byline), byline).toEqual(names);
  });

  it("reads the author from a post's meta line by the headline, not from a list of teasers further down", () => {
    const teasers = ['Popular this week', 'Cycle lanes approved for the old town', 'By Omar Haddad Nov. 5', 'Ferry fares rise again', 'By Lena Berg Nov. 2'];
    for (const meta of ['Date:November 5, 2012 | Category:Transport | Author:Jane Doe', '05.11.2012 | 14:08 Uhr | von Jane Doe']) {
      expect(metaOf(page('Night buses reach eastern towns', meta, P1, P2, ...teasers)).meta.authors).toEqual(['Jane Doe']);
    }
  });
});

describe('cited URLs', () => {
  it("lists the links the story gives, not the blog's trackback address or an author's page, whose box is no story", () => {
    const { meta } = metaOf(page('Night buses reach eastern towns', P1, 'https://transit.example.org/reports/night-buses-2024', P2, 'Ana Ruiz', 'https://valleypost.example/author/ana-ruiz/', 'TrackBack URL for this entry:', 'https://blogs.example.com/services/trackback/6a00d8341c5348'));
    expect(meta.citedUrls).toEqual(['https://transit.example.org/reports/night-buses-2024']);
    // The paragraph under the author's page is the author's box; one under a link the story gives is the story's.
    const bio = 'Night owl, tram spotter and our man for everything that runs on rails. Before he joined us he drove a bus for twelve years.';
    const boxed = metaOf(page('Night buses reach eastern towns', P1, P2, 'Ana Ruiz', 'https://valleypost.example/author/ana-ruiz/', bio));
    expect(boxed.nodes.map((n) => n.text)).toEqual([P1, P2]);
    expect(boxed.clean.removed.find((r) => r.text === bio)?.category).toBe('author-bio');
    expect(metaOf(page('Night buses reach eastern towns', P1, 'https://transit.example.org/reports/night-buses-2024', P2)).nodes.map((n) => n.text)).toEqual([P1, P2]);
    // A story about authors links a page whose path only contains the word.
    expect(metaOf(page('Night buses reach eastern towns', P1, 'https://books.example.org/authorship-guide', P2)).meta.citedUrls).toEqual(['https://books.example.org/authorship-guide']);
  });
});

describe('cited outlets', () => {
  it('finds outlets in reporting phrases', () => {
    const texts = ['The plan was first reported by the Valley Post on Monday.', 'According to Reuters, the deal is close.', 'Officials reported no injuries.', 'the Russian news agency TASS said.'];
    expect(citedOutlets(texts, [])).toEqual(['Valley Post', 'Reuters', 'TASS']);
  });

  it('does not take people, bodies or common words for outlets', () => {
    const texts = ['According to John Smith, the plan works.', 'According to the Ministry of Transport, buses run late.', 'Figures from the statistics agency show a rise.'];
    expect(citedOutlets(texts, [])).toEqual([]);
  });

  it('confirms "according to X" by a cited URL host', () => {
    expect(citedOutlets(['According to Valleypost, buses run late.'], ['https://www.valleypost.example/a'])).toEqual(['Valleypost']);
  });

  it('does not take a writer for an outlet: a given name, a title, initials, or a surname the story gives in full', () => {
    expect(citedOutlets(['Mary Ellison wrote a long essay on ferries.'], [])).toEqual([]);
    expect(citedOutlets(['Judge Ann Porter wrote in her ruling that the fare rise stands.'], [])).toEqual([]);
    expect(citedOutlets(['K.L. Marsh wrote about the harbour in spring.'], [])).toEqual([]);
    expect(citedOutlets(['The harbour master, Olek Dalby, kept a diary.', 'As Dalby writes, the boats came late.'], [])).toEqual([]);
    // Given names the list does not know: a name inside a sentence before the surname.
    expect(citedOutlets(['The plan came from planner Tavo Quennell.', 'Quennell wrote that buses should run all night.'], [])).toEqual([]);
    // Written with "the", a word is a title: no person is "the Quennell".
    expect(citedOutlets(['The bus depot moved to Mill Hill.', 'The Hill reported the move first.'], [])).toEqual(['Hill']);
    // A speaker named after a quotation's closing comma, though the given name is also a word ("Mitt", "Rose"); "the" there still makes a title.
    expect(citedOutlets(['"The depot stays open," Rose Quennell said on Monday.', 'In March, Quennell wrote that buses should run all night.'], [])).toEqual([]);
    expect(citedOutlets(['"The depot stays open," The Quillby said, quoting the mayor.', 'In March, Quillby wrote that buses should run all night.'], [])).toEqual(['Quillby']);
  });

  it('finds the full name of a writer anywhere in a long story, each time the surname is written', () => {
    const filler = 'The night buses ran late again this winter, and the depot kept its doors open past midnight for the drivers. ';
    const story = [`${filler.repeat(6)}Among them was planner Tavo Quennell, who drew the routes.`, `${filler.repeat(3)}Quennell wrote that buses should run all night.`];
    expect(citedOutlets(story, [])).toEqual([]);
    // Written only at the start of sentences and after a full stop, the word is no surname the story gives in full.
    const alone = [`${filler.repeat(6)}Quennell wrote that buses should run all night.`, `Later. Quennell reported the same.`];
    expect(citedOutlets(alone, [])).toEqual(['Quennell']);
  });

  it('does not take a company, a public body, a platform or a sentence\'s first word for an outlet', () => {
    expect(citedOutlets(['Brandt Bros. reported a record weekend for its new film.'], [])).toEqual([]);
    expect(citedOutlets(['Almost half of its revenue came from one drug, Zentrix reported on Tuesday.'], [])).toEqual([]);
    expect(citedOutlets(['The Bureau of Transport Figures reported a rise in ridership.'], [])).toEqual([]);
    expect(citedOutlets(['The Centers for Road Safety and Prevention reported two cases.'], [])).toEqual([]);
    expect(citedOutlets(['Ballistics reports showed the shots came from the roof.'], [])).toEqual([]);
    expect(citedOutlets(['Others reported long delays at the border.'], [])).toEqual([]);
    expect(citedOutlets(['The singer confirmed the split via Instagram.'], ['https://www.instagram.com/p/abc'])).toEqual([]);
  });

  it('reads the outlet out of a sentence run into it, a leading word or a reporter named with it', () => {
    // The name before "wrote" is the next sentence's "He", not "Port Alder. He".
    expect(citedOutlets(['She grew up in Port Alder. He wrote the first report on the mill.'], [])).toEqual([]);
    expect(citedOutlets(['As Harbourwatch reported, the ferry was sold.'], [])).toEqual(['Harbourwatch']);
    expect(citedOutlets(["The Valley Post's Olek Brandt reports that the bridge will close."], [])).toEqual(['Valley Post']);
    // An outlet's own word outweighs a sum in its sentence.
    expect(citedOutlets(['The county will spend $600,000 on cameras, the Morning Sentinel reports.'], [])).toEqual(['Morning Sentinel']);
    // Who runs the outlet or where it sits, written before its name, is no part of it; a hyphenated name stays whole.
    expect(citedOutlets(['The Church-run Radio Alder reported that the bells were stolen.', 'The Harbour-based Valley Times reported the theft too.'], [])).toEqual(['Radio Alder', 'Valley Times']);
    expect(citedOutlets(['Port-Alder Radio reported the theft.'], [])).toEqual(['Port-Alder Radio']);
  });
});

describe('counts and language', () => {
  it('counts body words and reading time', () => {
    const paragraphs = Array.from({ length: 15 }, (_, i) => `In district number ${i + 1}, ${P1.charAt(0).toLowerCase()}${P1.slice(1)}`);
    const words = paragraphs.reduce((n, p) => n + countWords(p), 0);
    const { meta } = metaOf(page('Night buses reach eastern towns', ...paragraphs));
    expect(meta.wordCount).toBe(words);
    expect(meta.readingMinutes).toBe(Math.round(words / 230));
    expect(meta.language).toBe('en');
  });

  it('counts Latin words and CJK characters, and guesses language for short texts', () => {
    expect(countWords("It's a well-known fact.")).toBe(4);
    expect(countWords('中国和俄罗斯')).toBe(6);
    expect(guessLanguage('The minister said that the plan is on track for the year.')).toBe('en');
    expect(guessLanguage('Министр заявил, что план выполняется.')).toBe('ru');
    expect(guessLanguage('中国和俄罗斯的关系')).toBe('zh');
    expect(guessLanguage('Xyzzy plugh quux.')).toBe('und');
  });
});

describe('dates: labels, headline dates, meta lines and datelines after the story', () => {
  it('reads a publication label across a time of day printed before the date', () => {
    const labelled = metaOf(page('Mon 3 June 2024', 'Night buses reach eastern towns', 'By Ana Ruiz', 'Published: 22:00 BST, 4 June 2024', P1, P2));
    expect(labelled.meta.date).toEqual({ value: '2024-06-04', how: expect.stringMatching(/labelled as the publication date/) });
    // Without a label the time changes nothing: the date nearer the headline is taken.
    const plain = metaOf(page('Mon 3 June 2024', 'Night buses reach eastern towns', 'By Ana Ruiz', 'Tickets 22:00 BST, 4 June 2024', P1, P2));
    expect(plain.meta.date.value).toBe('2024-06-03');
  });

  it("prefers the header's dateline to a date in the headline's words, which may be the event's", () => {
    const both = metaOf(page('Night buses reach eastern towns (trial run on 9 June 2024)', '4 June 2024 Ann Lee', P1, P2));
    expect(both.meta.date.value).toBe('2024-06-04');
    const headlineOnly = metaOf(page('Night buses reach eastern towns (trial run on 9 June 2024)', P1, P2));
    expect(headlineOnly.meta.date.value).toBe('2024-06-09');
  });

  it('reads a long meta line that opens with its date (date, author, tags), but not a long sentence with a date inside', () => {
    const tags = Array.from({ length: 40 }, (_, i) => `topic${i}`).join(', ');
    const meta = metaOf(page('Night buses reach eastern towns', `4 June 2024 Ann Lee ${tags}`, P1, P2));
    expect(meta.meta.date.value).toBe('2024-06-04');
    const sentence = metaOf(page('Night buses reach eastern towns', 'The members of the transport committee met in the old town hall on 4 June 2024 to hear the operators and the campaigners once more.', P1, P2));
    expect(sentence.meta.date.value).toBeNull();
  });

  it('does not take a short sentence with a date inside it under the headline, but does take a byline or meta line with one', () => {
    const invitation = metaOf(page('Night buses reach eastern towns', 'Our next open meeting is on 4 June 2024 at the old town hall.', P1, P2));
    expect(invitation.meta.date.value).toBeNull();
    const byline = metaOf(page('Night buses reach eastern towns', 'by Ann Lee on 4 June 2024 in Transport News.', P1, P2));
    expect(byline.meta.date.value).toBe('2024-06-04');
    const parts = metaOf(page('Night buses reach eastern towns', 'Valley Radio - Morning Report - 4 June 2024 at the station.', P1, P2));
    expect(parts.meta.date.value).toBe('2024-06-04');
    const dateline = metaOf(page('Night buses reach eastern towns', 'Ann Lee, 4 June 2024', P1, P2));
    expect(dateline.meta.date.value).toBe('2024-06-04');
  });

  it("does not take an embedded social post's signature date for the story's", () => {
    const signed = metaOf(page('Night buses reach eastern towns', P1, 'The first bus was full, one rider wrote.', '— Ann Lee (@annlee_rides) 4 June 2024', P2));
    expect(signed.meta.date.value).toBeNull();
  });

  it('takes a line that is only a date (a time of day before it) right after the story, but not a sentence there', () => {
    const dateline = metaOf(page('Night buses reach eastern towns', P1, P2, '18:40 4 June 2024'));
    expect(dateline.meta.date).toEqual({ value: '2024-06-04', how: expect.stringMatching(/after the story/) });
    const sentence = metaOf(page('Night buses reach eastern towns', P1, P2, 'Next meeting at 18:40 on 4 June 2024 in the hall'));
    expect(sentence.meta.date.value).toBeNull();
  });
});

describe("dates: a post's own line past page furniture or among its paragraphs", () => {
  const P3 = 'Operators said the first buses would leave the central station shortly after midnight and reach the last of the three towns about forty minutes later, every night of the week.';
  const P4 = 'Campaigners welcomed the vote but asked the assembly to publish the passenger figures of the first year so that the routes could be judged on their use and not on their cost alone.';
  const furniture = ['Share', 'Twitter', 'Facebook', 'Related posts', '- Council approves new cycle lanes', '- Park opens ahead of summer', '- Market hall to reopen in May', '- Library extends its opening hours'];

  it('takes a post line or a date stamped with its time below share buttons and related links, but not a bare date there', () => {
    const post = metaOf(page('Night buses reach eastern towns', P1, P2, ...furniture, 'This entry was posted in Transport on June 7, 2024 by Ann Lee.'));
    expect(post.meta.date).toEqual({ value: '2024-06-07', how: expect.stringMatching(/after the story/) });
    const stamp = metaOf(page('Night buses reach eastern towns', P1, P2, ...furniture, 'June 7, 2024 1:05 PM Tags: buses, towns'));
    expect(stamp.meta.date.value).toBe('2024-06-07');
    const bare = metaOf(page('Night buses reach eastern towns', P1, P2, ...furniture, 'June 7, 2024'));
    expect(bare.meta.date.value).toBeNull();
  });

  it('takes a post line the body kept with page furniture after it, a theme\'s long footer line, and one cleaning filed with comments', () => {
    const kept = metaOf(page('Night buses reach eastern towns', P1, P2, P3, 'This entry was posted on June 7, 2024 at 7:14 pm and is filed under Transport, Towns and Buses. Replies to it can be read through the comment feed, and the newsroom takes no new replies to it.', 'Theme: Plain. Blog at a blog host.', 'Entries (RSS) and Comments (RSS).', 'Follow', 'Follow “Valley Post”'));
    expect(kept.meta.date).toEqual({ value: '2024-06-07', how: expect.stringMatching(/This entry was posted/) });
    // A German theme's footer, longer than a date line is read (300 characters), a full stop inside its date.
    const footer = 'Der Beitrag wurde am Freitag, den 7. Juni 2024 um 19:14 Uhr veröffentlicht und in den Rubriken Verkehr, Busse und Gemeinden abgelegt. Antworten darauf lassen sich über den Feed der Kommentare lesen. Neue Kommentare nimmt die Redaktion zu diesem Beitrag nicht mehr an, Verweise von anderen Seiten bleiben aber möglich.';
    const kept2 = metaOf(page('Nachtbusse fahren in die östlichen Gemeinden', P1, P2, footer));
    expect(kept2.meta.date.value).toBe('2024-06-07');
    // Filed with the comments around it: still the post's own line (not the comment's date under it).
    const filed = metaOf(page('Nachtbusse fahren in die östlichen Gemeinden', P1, P2, '2 Kommentare', footer, 'Anna schrieb am 8. Juni 2024:', 'Endlich fährt ein Bus nach Mitternacht.', 'Antworten'));
    expect(filed.clean.removed.find((r) => r.text === footer)?.category).toBe('comments');
    expect(filed.meta.date.value).toBe('2024-06-07');
  });

  it('reads the Swiss "Publiziert" as a publication label: such a line after the story is the post\'s own', () => {
    const { meta } = metaOf(page('Night buses reach eastern towns', P1, P2, 'Publiziert: 03.04.2024, 12:35'));
    expect(meta.date).toEqual({ value: '2024-04-03', how: expect.stringMatching(/labelled as the publication date/) });
  });

  it('takes a dateline by the headline that cleaning filed as a footer with the picture credit under it', () => {
    const lines = ['Night buses reach eastern towns', 'The assembly votes for new routes to three towns on the edge of the county.', 'An analysis by Anna Lee', '14 January 2024, 9:21 am 12 Comments', 'A night bus in the depot: the new routes start in September. © Ben Stark/Valley Press', 'Contents', 'Read on one page', P1, P2];
    const { meta, clean } = metaOf(lines.join('\n'));
    expect(clean.removed.find((r) => r.text.startsWith('14 January'))?.category).toBe('footer');
    expect(meta.date.value).toBe('2024-01-14');
    // Teasers by the headline that open with their dates still date other texts.
    const teasers = metaOf(['Night buses reach eastern towns', 'Related', '3 March 2024 Council approves new cycle lanes across the city', '4 March 2024 Park opens ahead of the summer holidays', P1, P2].join('\n'));
    expect(teasers.clean.removed.find((r) => r.text.startsWith('3 March'))?.category).toBe('related');
    expect(teasers.meta.date.value).toBeNull();
  });

  it('stops at reader comments: a post line after them is not taken', () => {
    const comments = ['2 Comments', 'Sam Reed says:', 'Great news for the towns, finally a bus after midnight.', 'Reply'];
    const after = metaOf(page('Night buses reach eastern towns', P1, P2, ...comments, ...furniture, 'This entry was posted in Transport on June 7, 2024 by Ann Lee.'));
    expect(after.meta.date.value).toBeNull();
  });

  it("takes a publication label among the story's paragraphs, but not a plain date line there", () => {
    const labelled = metaOf(page('Night buses reach eastern towns', P1, P2, P3, 'Published on June 7, 2024 - 4 Comments', P4));
    expect(labelled.meta.date).toEqual({ value: '2024-06-07', how: expect.stringMatching(/among the story's paragraphs, labelled as the publication date/) });
    const plain = metaOf(page('Night buses reach eastern towns', P1, P2, P3, 'Timetable from June 7, 2024', P4));
    expect(plain.meta.date.value).toBeNull();
  });
});

describe('dates: section datelines, bylines run into a line, bare dates after the story', () => {
  const menu = ['Home', 'Transport', 'Towns', 'Weather', 'Sport', 'Culture', 'Opinion', 'Contact', 'Archive', 'Events', 'Jobs', 'Shop'].join('\n');

  it("takes a dateline with its section's name far above the story, but not a longer text beside a date", () => {
    const section = metaOf(page('Town Life | 12 March 2024', menu, 'Night buses reach eastern towns', P1, P2));
    expect(section.meta.date).toEqual({ value: '2024-03-12', how: expect.stringMatching(/above the story/) });
    const text = metaOf(page('The fair opens in the old market hall | 12 March 2024', menu, 'Night buses reach eastern towns', P1, P2));
    expect(text.meta.date.value).toBeNull();
  });

  it('reads a byline date run into a longer line, set off by a bar, but not a date inside a sentence with a bar', () => {
    const line = (lead: string) => `${lead} | 3 Comments. This post may contain affiliate links, and we earn a small share of sales.`;
    const byline = metaOf(page('Night buses reach eastern towns', line('By Ann Lee on 4 June 2024'), P1, P2));
    expect(byline.meta.date.value).toBe('2024-06-04');
    const sentence = metaOf(page('Night buses reach eastern towns', line('The members of the committee met on 4 June 2024'), P1, P2));
    expect(sentence.meta.date.value).toBeNull();
  });

  it("reads a weekday's date on the page's first lines, far above the story, as the masthead's day, not the story's", () => {
    const masthead = metaOf(page('Tuesday, 12 March 2024', menu, 'Night buses reach eastern towns', P1, P2));
    expect(masthead.meta.date.value).toBeNull();
    const labelled = metaOf(page('Published: Tuesday, 12 March 2024', menu, 'Night buses reach eastern towns', P1, P2));
    expect(labelled.meta.date.value).toBe('2024-03-12');
  });

  it('prefers a dateline above the story to a bare date after it, but takes a labelled date after it first', () => {
    const bare = metaOf(page('12 March 2024', menu, 'Night buses reach eastern towns', P1, P2, '2 May 2021'));
    expect(bare.meta.date.value).toBe('2024-03-12');
    const labelled = metaOf(page('12 March 2024', menu, 'Night buses reach eastern towns', P1, P2, 'Published: 14 March 2024'));
    expect(labelled.meta.date.value).toBe('2024-03-14');
  });
});

describe("dates: a fact stated about a thing is not the page's date", () => {
  it('passes over a line of facts opening with a label such as "Release:" and takes the byline date under the headline', () => {
    const facts = metaOf(page('Release: 11.02.2005 | Expansion: 29.11.2022', 'Night buses reach eastern towns', '5 Min. 1. November 2023 Jane Doe 1 Kommentar', P1, P2));
    expect(facts.meta.date.value).toBe('2023-11-01');
    const alone = metaOf(page('Night buses reach eastern towns', 'Termin: 21.02.2024', P1, P2));
    expect(alone.meta.date.value).toBeNull();
  });

  it('of two dates as near the headline, takes the one under it (the one above may close the teaser before)', () => {
    const { meta } = metaOf(page('Night fares rise in the west', '8 November 2024', 'Night buses reach eastern towns', '6 November 2024', P1, P2));
    expect(meta.date.value).toBe('2024-11-06');
  });

  it('takes the earlier of two unlabelled dates printed on one line under the headline (modified and published)', () => {
    const { meta } = metaOf(page('Night buses reach eastern towns', '2024-06-12 14:15:57 2024-03-02 10:20:00', P1, P2));
    expect(meta.date.value).toBe('2024-03-02');
  });

  it("still reads a press release's own label and an unlabelled dateline", () => {
    const press = metaOf(page('Night buses reach eastern towns', 'For Immediate Release: Oct. 31, 2023', P1, P2));
    expect(press.meta.date).toEqual({ value: '2023-10-31', how: expect.stringMatching(/labelled as the publication date/) });
    const plain = metaOf(page('Night buses reach eastern towns', '21.02.2024', P1, P2));
    expect(plain.meta.date.value).toBe('2024-02-21');
  });
});

describe('dates: an update label after the story', () => {
  it('takes an update label right after the story, as a noun too, when nothing else dates it, but not an unlabelled date in a line there', () => {
    const noun = metaOf(page('Night buses reach eastern towns', P1, P2, 'Letzte Aktualisierung: 07.02.2024'));
    expect(noun.meta.date.value).toBe('2024-02-07');
    const english = metaOf(page('Night buses reach eastern towns', P1, P2, 'Last update: 7 February 2024'));
    expect(english.meta.date.value).toBe('2024-02-07');
    const plain = metaOf(page('Night buses reach eastern towns', P1, P2, 'Timetable valid from 7 February 2024'));
    expect(plain.meta.date.value).toBeNull();
  });
});

describe('the shared lists of picture labels and rights clauses', () => {
  it.each(RIGHTS_CLAUSES)('finds the notice "%s" and reads the holder beside it', (clause) => {
    expect(hasCopyrightNotice(`Valley Post. ${clause}`)).toBe(true);
    expect(copyrightHolder(`© 2020 Valley Post. ${clause}.`)).toBe('Valley Post');
  });

  it.each(RIGHTS_CLAUSES)('reads "%s" as what makes the word "copyright" a notice, with no sign or year', (clause) => {
    expect(RIGHTS_NOUNS.some((noun) => clause.split(' ').includes(noun)), clause).toBe(true);
    expect(copyrightHolder(`Valley Post copyright, ${clause}`)).toBe('Valley Post');
  });

  it.each(PICTURE_LABELS)('reads a credit under "%s:" as a picture\'s, not the site\'s', (label) => {
    const credit = `${label[0]!.toUpperCase()}${label.slice(1)}: Lena Ruiz`;
    expect(isPictureCaption(`A night bus at the depot. (${credit})`)).toBe(true);
    expect(copyrightHolder(`${label}: © 2020 Lena Ruiz`)).toBeNull();
  });
});
