import { describe, expect, it } from 'vitest';
import { linkCorpus } from '../../../src/pipeline/links/corpus.ts';
import { extractEntities } from '../../../src/pipeline/links/entities.ts';
import { extractLinkFeatures } from '../../../src/pipeline/links/features.ts';
import { findNames } from '../../../src/pipeline/links/names.ts';

const prose = (...texts: string[]) => texts.map((text) => ({ text, prose: true }));
const names = (...texts: string[]) => findNames(prose(...texts)).flat().map((n) => `${n.surface}/${n.kind}`);
const entities = (...texts: string[]) => new Map(extractEntities(prose(...texts)).map((e) => [e.id, e]));

describe('the capitalisation-based name finder', () => {
  it('finds a name the same way wherever a sentence puts it', () => {
    const versions = [
      'Federal agents arrested Thomas Wrenfield at his home on Friday.',
      'Thomas Wrenfield, a former adviser, was arrested on Friday.',
      'On Friday the police said that they had arrested Thomas Wrenfield.',
      '"We arrested Thomas Wrenfield," an agent said.',
    ];
    for (const v of versions) expect(entities(v).get('thomas-wrenfield')?.count).toBe(1);
  });

  it('joins a lone surname, even opening a sentence, to the full name', () => {
    const found = entities('Prosecutors charged Thomas Wrenfield on Friday.', 'Wrenfield denied the charges. A lawyer for Wrenfield said he would fight them.');
    expect(found.get('thomas-wrenfield')).toMatchObject({ kind: 'person', count: 3 });
    expect(found.has('wrenfield')).toBe(false);
  });

  it.each([
    ['an adverb', 'The ferry was late again. Maybe Lena Varga will fix the timetable.', ['Lena Varga/person']],
    ['an adverb before a surname', 'The board met at noon. Finally Varga spoke about the ferry.', ['Varga/other']],
    ['a verb before a given name and a surname', 'The book is out this week. Buy Lena Varga’s book at the harbour shop.', ['Lena Varga/person']],
    ['a verb before a given name the brief writes inside sentences', 'Read Lena’s post here. It was written by Lena last week.', ['Lena/other', 'Lena/other']],
    // Kept: a given name opening the name, a compass point opening a place, a given name alone after a word (a surname?).
    ['a given name first', 'The ferry left at noon. Grant Varga waved from the quay.', ['Grant Varga/person']],
    ['a compass point', 'The ferry left at noon. North Carolina sent a tug.', ['North Carolina/place']],
    ['a given name alone after it, which may be a surname', 'The ferry left at noon. Rod Morgan waved from the quay.', ['Rod Morgan/other']],
  ])('drops an everyday word glued to a name by opening the sentence (%s)', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not take a capitalised word opening a sentence for a name without evidence', () => {
    expect(names('Gardeners are angry about the new rules.')).toEqual([]);
    expect([...entities('Hundreds of Afghans marched to the square.').keys()]).toEqual(['afghanistan']);
    expect(names('Water bills will rise, the Department of Water and Power said.')).toEqual(['Department of Water and Power/organisation']);
    expect(names('Officials said the Harbour Board had met.')).toEqual(['Harbour Board/organisation']);
  });

  it("reads a newspaper's two titles joined by a hyphen as the newspaper, and a surname that starts like one as a person's", () => {
    expect(names('The Harbour Times-Courier reported on Monday that the ferry would stop.')).toEqual(['Harbour Times-Courier/organisation']);
    expect(names('The ferry would stop, Alyssa Stark told the Harbour Gazette-Mail on Monday.')).toEqual(['Alyssa Stark/person', 'Harbour Gazette-Mail/organisation']);
  });

  it("reads a military command and a patrol as bodies, with their country's name before them, and the head alone as theirs", () => {
    const found = entities('Officials at U.S. Harbour Command said on Monday that the Coast Patrol had seen the ferry. Command gave no details.');
    expect([...found.values()].map((e) => `${e.label}/${e.kind}/${e.count}`)).toEqual(['U.S. Harbour Command/organisation/2', 'Coast Patrol/organisation/1']);
  });

  it('knows the companies, platforms, bodies and newsrooms news names every day, by every name it gives them', () => {
    const found = entities('Twitter and Pfizer said so on Instagram.', 'The GOP and the Republican Party met; NBC News and the Taliban were there.');
    expect(Object.fromEntries([...found.values()].map((e) => [e.id, e.kind]))).toEqual({ twitter: 'organisation', pfizer: 'organisation', instagram: 'product', 'republican-party': 'organisation', 'nbc-news': 'organisation', taliban: 'organisation' });
    expect(found.get('republican-party')?.count).toBe(2);
  });

  it("knows the federal agencies US news names, by their full names and their initials", () => {
    const found = entities('Agents of U.S. Customs and Border Protection met officers of Immigration and Customs Enforcement.', 'CBP said the FDA and the Centers for Disease Control and Prevention agreed.');
    expect(Object.fromEntries([...found.values()].map((e) => [e.id, e.count]))).toEqual({ 'customs-and-border-protection': 2, 'immigration-and-customs-enforcement': 1, fda: 1, cdc: 1 });
    expect([...entities('The browser turns on Tracking Protection by default.').values()].map((e) => e.kind)).not.toContain('organisation');
  });

  it("knows the Capitol by its names, and leaves a state's capitol its own", () => {
    const found = entities('Rioters stormed the Capitol on Monday.', 'Lawmakers on Capitol Hill and in the U.S. Capitol agreed.');
    expect(found.get('us-capitol')).toMatchObject({ kind: 'place', count: 3 });
    const states = entities('The Texas State Capitol and the Ohio Capitol were closed on Monday.');
    expect(states.has('us-capitol')).toBe(false);
    expect([...states.values()].map((e) => `${e.label}/${e.kind}`)).toEqual(['Ohio Capitol/place', 'Texas State Capitol/place']);
  });

  it('keeps a title or a "New" that opens a sentence with the name after it', () => {
    const cases: [string, string[]][] = [
      // The title names a person after it, though the brief writes it in lower case elsewhere.
      ['Secretary of State Idris Walcott met the envoy. The secretary left.', ['Idris Walcott/person']],
      ['Minister Lena Hartwig spoke first, and the minister left.', ['Lena Hartwig/person']],
      // "New" or a point of the compass opens a place's name before a word the brief never writes in lower case.
      ['New Calderon City officials said new rules would follow.', ['New Calderon City/place']],
      ['New Jerseyville voters went to the polls. The new rules hold.', ['New Jerseyville/other']],
      ['North Calderon voters went to the polls, north of the river.', ['North Calderon/other']],
      // "New Year" and "new rules" stay no name.
      ['New Year parties were cancelled this year, and new rules follow.', []],
    ];
    for (const [text, expected] of cases) expect(names(text), text).toEqual(expected);
  });

  it("reads a party's member before a given name as the person's title, and a party's tag after a name as no name", () => {
    expect(names('Harbour councillors met, and Norland Republican James Tallow said no.')).toEqual(['Norland/other', 'James Tallow/person']);
    // Not before other words: "Republican National Convention" is a name of its own.
    expect(names('Delegates met at the Republican Harbour Convention on Monday.')).toEqual(['Republican Harbour Convention/other']);
    expect(names('Rep. Lena Hartwig, D-Calif., chairs the panel, and Sen. Ed Brandt, R-Texas, objected.')).toEqual(['Lena Hartwig/person', 'Ed Brandt/person']);
  });

  it("reads a party's word before a name or a body as the side it is on, and keeps the party's own names", () => {
    // A member before a full name: the person, and where "of" leads, where the person is from.
    expect(names('The bill was backed by Republican Orrin Vantell of Norland on Tuesday.')).toEqual(['Orrin Vantell/person', 'Norland/place']);
    // A surname the brief writes in full elsewhere; a place before a title; the party's adjective before a chamber.
    expect(names('Dana Whitcombe spoke first. It was the second speech this week by the Republican Whitcombe.')).toEqual(['Dana Whitcombe/person', 'Whitcombe/person']);
    expect(names('Its sponsor was Republican Norland senator Ed Brandt, who wrote a note.')).toEqual(['Norland/other', 'Ed Brandt/person']);
    expect(names('Democratic Norland Sen. Lena Hartwig and the 30 Democratic House members met.')).toEqual(['Norland/other', 'Lena Hartwig/person', 'House/organisation']);
    // A place's name after the party's noun is no person.
    expect(names('The Republican New Calderon delegation met.')).toEqual(['New Calderon/other']);
    // The party's own names keep its word.
    expect(names('Delegates met at the Democratic Harbour Convention and the Republican Study Committee.')).toEqual(['Democratic Harbour Convention/other', 'Republican Study Committee/organisation']);
  });

  it('reads the members of two parties joined by "and" as two names', () => {
    expect(names('On Monday, Senate Republicans and House Democrats met.')).toEqual(['Senate Republicans/other', 'House Democrats/other']);
    // Inside a body's name "and" still joins ("Department of Water and Power").
    expect(names('Officials of the Harbour Board and Pilots Association met.')).toEqual(['Harbour Board and Pilots Association/organisation']);
  });

  it("reads a body named with a people's word as that body, and the word alone as the country's", () => {
    const found = entities('The Russian Harbour Authority and the Chinese Academy of Tides met Chinese officials.');
    expect(found.get('russian-harbour-authority')?.kind).toBe('organisation');
    expect(found.get('chinese-academy-of-tides')?.kind).toBe('organisation');
    expect(found.get('china')?.demonymCount).toBe(1);
    expect(found.has('russia')).toBe(false);
  });

  it('reads the scale after "degrees" as no name', () => {
    expect(names('Ovens reached 200 degrees Celsius, or 392 degrees Fahrenheit, in Norland.')).toEqual(['Norland/place']);
  });

  it("reads a postscript's mark opening a sentence as the sentence's start, and the same letters inside one as a name's", () => {
    expect(names('PS While you are at it, make the pastry at home too.')).toEqual([]);
    expect(names('P.S. Remember to bring a coat when Anna Berg visits the harbour.')).toEqual(['Anna Berg/person']);
    expect(names('Buyers of the PS Vita were few.').map((n) => n.split('/')[0])).toEqual(['PS Vita']);
  });

  it('reads a name a page hyphenates with soft hyphens as one name, its id without them', () => {
    expect([...entities('Gestern kam Anna Wei\u00ADler zum Markt. Anna Wei\u00ADler sagte, er sei schön.').keys()]).toContain('anna-weiler');
  });

  it('reads a place from a place preposition or a place word, not as a person', () => {
    expect(names('Protesters gathered in San Aurelio on Sunday.')).toEqual(['San Aurelio/place']);
    expect(entities('Crowds filled the streets of Port Carrow.', 'Police in Port Carrow made no arrests.').get('port-carrow')?.kind).toBe('place');
    expect(names('Traffic was stopped on Mill Creek Bridge.')).toEqual(['Mill Creek Bridge/place']);
  });

  it('takes a kind read from context in one brief over the default guess in others', () => {
    const brief = (slug: string, text: string) => extractLinkFeatures({ slug, seed: slug, title: 'A report', outlet: null, date: null, paragraphs: [{ kind: 'paragraph', text }] });
    expect(entities('Residents of San Aurelio were told to stay home.').get('san-aurelio')).toMatchObject({ kind: 'other', kindEvidence: 'none' });
    const graph = linkCorpus([brief('a', 'Residents of San Aurelio were told to stay home.'), brief('b', 'Fires burned near San Aurelio overnight.'), brief('c', 'Schools in San Vitale and San Aurelio closed.')]);
    expect(graph.entities['san-aurelio']?.kind).toBe('place');
  });

  it('reads an acronym the brief defines in brackets as the body it abbreviates, either way round', () => {
    const found = entities('The Harbour Safety Authority (HSA) closed the quay on Monday.', 'HSA inspectors found cracks in two cranes, and HSA staff stayed overnight.');
    expect(found.get('harbour-safety-authority')).toMatchObject({ count: 4, variants: ['Harbour Safety Authority', 'HSA'] });
    expect(found.has('hsa')).toBe(false);
    const reversed = entities('Inspectors from the RWB (River Works Board) closed the quay.', 'Later the RWB said the cracks were old.');
    expect(reversed.get('river-works-board')?.count).toBe(3);
    expect(reversed.has('rwb')).toBe(false);
  });

  it("joins a name to the gazetteer's entity its acronym in brackets names, not the other way round", () => {
    const found = entities('Die Hafenordnung gilt laut der Europäischen Union (EU) ab Mai.', 'Die EU prüft sie jedes Jahr.');
    expect(found.get('european-union')).toMatchObject({ count: 3, variants: ['Europäischen Union', 'EU'] });
    expect(found.has('europaischen-union')).toBe(false);
  });

  it("knows the international bodies by their names in the languages briefs are written in, and their EU institutions apart", () => {
    const found = entities('Laut den Vereinten Nationen und der EU-Kommission stieg der Pegel.', "La Unión Europea y la OTAN lo dijeron. Selon l’Organisation mondiale de la santé, non.");
    expect(found.get('united-nations')?.kind).toBe('organisation');
    expect(found.get('european-commission')?.relations.map((r) => r.target)).toEqual(['european-union']);
    expect([...found.keys()].filter((id) => ['european-union', 'nato', 'who'].includes(id)).sort()).toEqual(['european-union', 'nato', 'who']);
    // An abbreviation another field writes the same way is left out ("300 BCE", the Internet Watch Foundation's "IWF").
    expect([...entities('The quay was built around 300 BCE, the IWF said.').keys()].filter((id) => id.startsWith('european') || id === 'imf')).toEqual([]);
  });

  it.each([
    ['English', 'en', 'Speaking to the Guardian, she cited InfoWorld, Ars Technica and FiveThirtyEight.', ['Ars Technica', 'FiveThirtyEight', 'InfoWorld', 'The Guardian']],
    ['German', 'de', 'Wie NDR und ARD berichteten, zitierte die Süddeutsche Zeitung die taz.', ['ARD', 'NDR', 'Süddeutsche Zeitung', 'taz']],
    ['French', 'fr', "Selon Le Parisien et Libération, l'enquête continue.", ['Le Parisien', 'Libération']],
  ])('knows the news outlets a brief in %s cites, as outlets', (_name, language, text, outlets) => {
    const found = extractLinkFeatures({ slug: 'x', seed: 'x', title: 'x', outlet: null, date: null, language, paragraphs: [{ kind: 'paragraph', text }] }).entities;
    expect(found.filter((e) => e.media && e.kind === 'organisation').map((e) => e.label).sort()).toEqual(outlets);
  });

  it.each([
    [
      'the platforms and the rights groups news names every day',
      'Amnesty International and Human Rights Watch said posts on LinkedIn, GitHub and Wikipedia were paid with PayPal.',
      ['Amnesty International/organisation', 'GitHub/product', 'Human Rights Watch/organisation', 'LinkedIn/product', 'PayPal/organisation', 'Wikipedia/product'],
    ],
    [
      'the software, devices and services technology news names',
      'She browsed Reddit in Chrome and Firefox on an iPad and a Kindle Fire HD, mailed slides from PowerPoint by Gmail and Skype, and ran Ubuntu on Mac OS X.',
      ['Chrome/product', 'Firefox/product', 'Gmail/product', 'Kindle/product', 'PowerPoint/product', 'Reddit/product', 'Skype/product', 'Ubuntu/product', 'iPad/product', 'macOS/product'],
    ],
  ])('knows %s, of the kind their pages show', (_what, text, expected) => {
    expect([...entities(text).values()].map((e) => `${e.label}/${e.kind}`).sort()).toEqual(expected);
  });

  it.each([
    ['a longer name owns what follows it', "Blue Stone's New Tarrow flew on Monday.", ['blue-stone', 'new-tarrow']],
    ['an everyday word opening a name keeps it', "They met at the Captain's Quarry on Monday.", ['captains-quarry']],
    ['people in the plural inside a name keep it', "China's National People's Congress met on Monday.", ['china', 'national-peoples-congress']],
    ['a contraction is no possessive', "Readers love Hey Let's Bake, a blog.", ['hey-lets-bake']],
  ])("reads a name's possessive: %s", (_rule, text, ids) => {
    expect([...entities(text).keys()].sort()).toEqual(ids);
  });

  it("reads a legislature's longer name as its own body, not the gazetteer's US Congress", () => {
    expect([...entities("China's National People's Congress and the Tarrow Parliament met.").keys()].sort()).toEqual(['china', 'national-peoples-congress', 'tarrow-parliament']);
    expect([...entities('Congress passed the bill on Monday.').keys()]).toEqual(['us-congress']);
  });

  it.each([
    ['a brief naming its own congress', 'Delegates arrived as the Party Congress opened on Thursday. The Congress meets for a week and elects a new leadership.', { 'party-congress': 2 }],
    ['…unless it names the US one in full', 'Delegates arrived as the Party Congress opened on Thursday. The US Congress said Congress will watch it.', { 'party-congress': 1, 'us-congress': 2 }],
    ['…the fullest of its names', 'Delegates arrived as the Northland Party Congress opened. The Party Congress meets for a week, and the Congress elects a leader.', { 'northland-party-congress': 3 }],
    ['a brief naming none', 'Lawmakers said Congress will vote on the bill next week.', { 'us-congress': 1 }],
  ])("reads a lone legislature's word as the body of the brief: %s", (_rule, text, counts) => {
    expect(Object.fromEntries([...entities(text)].filter(([id]) => id.endsWith('congress')).map(([id, e]) => [id, e.count]))).toEqual(counts);
  });

  it('leaves a Guardian that is not the newspaper alone', () => {
    const found = entities("The Silent Guardian was tested on volunteers. Iran's Guardian Council said no.");
    expect(found.has('the-guardian')).toBe(false);
    expect(found.has('silent-guardian')).toBe(true);
  });

  it('knows the EU and the United States by the abbreviations other languages write, and artificial intelligence by its names there', () => {
    const found = entities("La candidatura a la UE llegó un día después de que EE.UU. hablara. Selon la commission de l'UE, non.");
    expect(found.get('european-union')?.count).toBe(2);
    expect(found.get('united-states')?.count).toBe(1);
    const ai = entities('Die Regeln für künstliche Intelligenz (KI) gelten für KI-Systeme.', 'La inteligencia artificial y la intelligence artificielle, disse.', 'Wyjście z UE i rozwój sztucznej inteligencji.');
    expect(ai.get('artificial-intelligence')).toMatchObject({ kind: 'technology', count: 6 });
    expect(ai.get('european-union')?.count).toBe(1);
  });

  it("reads a name elided onto its article in French or Italian text as the name, and leaves a capitalised elision whole", () => {
    const found = entities("Selon l'Union européenne, la dette d’Ukraine baisse. Il porto dell'Unione europea.");
    expect(found.get('european-union')?.count).toBe(2);
    expect(found.get('ukraine')?.count).toBe(1);
    // "l'État" and "l'Assemblée" are common nouns written with a capital: the name finder does not read them.
    expect([...entities("Selon l'État et l'Assemblée, la dette baisse.").keys()]).toEqual([]);
  });

  it("reads no entity in a Romance language's state body written alone, which is each country's own, and keeps its full name", () => {
    const found = extractEntities(prose('Según el Gobierno y la Fiscalía, el Congreso aprobó la ley. La Corte Suprema de Norlandia falló.'), { language: 'es' });
    expect(found.map((e) => e.label)).toEqual(['Corte Suprema de Norlandia']);
    const french = extractEntities(prose('Le Conseil et le Sénat ont voté.'), { language: 'fr' });
    expect(french).toEqual([]);
  });

  it("reads no one after a title in the possessive, and no name in a title's modifier before a place word", () => {
    expect(entities('Under the Governor’s Proclamation the ferry stopped.').get('proclamation')).toBeUndefined();
    const found = entities('Deputy County Attorney Rosa Quill said the ferry was late. Former Ohio Gov. Ann Lee agreed.');
    expect([...found.values()].map((e) => [e.label, e.kind])).toEqual([['Ann Lee', 'person'], ['Ohio', 'place'], ['Rosa Quill', 'person']]);
  });

  it("reads no body in an everyday abbreviation (a unit, a time zone, a currency, a file type) or a function word shouted", () => {
    const found = entities('The CPU ran at 9 p.m. UTC, priced in EUR and USD, saved as PNG. NOT ALL of YOU agreed, the Harbour Safety Authority said.');
    expect([...found.values()].map((e) => e.label)).toEqual(['Harbour Safety Authority']);
    // Initials that are also a function word stay: "WHO" is the health body's, and two-letter ones are initials as often.
    expect(entities('The WHO said the ferry was late.').get('who')?.kind).toBe('organisation');
  });

  it("reads an event's name after 'in' as no place, and a region's word before a name as no given name", () => {
    const found = entities('Her grandfather fought in World War I and in the Cold War. Ann Lee lived in Eastmoor for years.');
    expect([...found.values()].map((e) => [e.label, e.kind])).toEqual([['Ann Lee', 'person'], ['Cold War', 'other'], ['Eastmoor', 'place'], ['World War I', 'other']]);
    expect(entities('Voters in the seat of Mid Harrowshire met the candidate.').get('mid-harrowshire')?.kind).not.toBe('person');
  });

  it('reads no place in a word after "in" that qualifies the name after it', () => {
    const found = entities('Life in Nazi Germany was hard, and ferries in Harbourton were late.');
    expect(found.get('nazi')?.kind).not.toBe('place');
    expect(found.get('germany')?.kind).toBe('country');
    expect(found.get('harbourton')?.kind).toBe('place');
  });

  it('reads no place in a German noun phrase after "in" that opens with a word the brief writes in small letters too', () => {
    const german = (text: string) => new Map(extractEntities(prose(text), { language: 'de' }).map((e) => [e.label, e.kind]));
    const found = german('Viele Nutzer sind in sozialen Gruppen aktiv. Die Debatte in Sozialen Netzwerken wurde lauter, auch in Bad Harbourg.');
    expect(found.get('Sozialen Netzwerken')).not.toBe('place');
    expect(found.get('Bad Harbourg')).toBe('place');
  });

  it("reads 'District' before a title as the title's, and the place before it", () => {
    const found = entities('Boston District Attorney Rosa Quill said the ferry was late.');
    expect([...found.values()].map((e) => [e.label, e.kind])).toEqual([['Boston', 'place'], ['Rosa Quill', 'person']]);
  });

  it("reads a museum, a library or an archive as a body, and a fort, a lake, a mount or a cape as a place", () => {
    const found = entities('Papers from the Harbourton Maritime Museum and the National Archives reached Fort Quillan and Lake Brindle. The Museum said so.');
    expect(Object.fromEntries([...found.values()].map((e) => [e.label, e.kind]))).toEqual({
      'Fort Quillan': 'place',
      'Harbourton Maritime Museum': 'organisation',
      'Lake Brindle': 'place',
      'National Archives': 'organisation',
    });
    // Bodies named so stay bodies ("Port Authority"), and a newspaper its paper.
    expect(entities('The Port Authority met on Monday.').get('port-authority')?.kind).toBe('organisation');
  });

  it('reads a listed German city after a preposition of place, or in the genitive, as the place, and no noun so', () => {
    const german = (text: string) => extractEntities(prose(text), { language: 'de' }).map((e) => `${e.label}/${e.kind}/${e.count}`).sort();
    expect(german('Die Fähre fährt von Kiel nach Hamburg und aus Leipzig. Hamburgs Hafen und die Straßen Leipzigs sind voll.')).toEqual(['Hamburg/place/2', 'Leipzig/place/2']);
    // A common noun takes its article ("beim Essen", "des Essens"), and a city's name alone shows nothing where every noun is capitalised.
    expect(german('Nach dem Essen und wegen des Essens ging sie in die Halle. Dresden ist schön.')).toEqual([]);
  });

  it('reads a name after a lower-case role such as boss or tycoon as a person', () => {
    expect(entities('Ferry boss Elon Marsh said the quay was safe.').get('elon-marsh')?.kind).toBe('person');
    expect(entities('Shipping tycoon Ari Finch bought the quay.').get('ari-finch')?.kind).toBe('person');
  });

  it('reads an acronym written apart as the one name of the brief whose capitalised initials it is', () => {
    expect(entities('Inspectors from HSA met the Harbour Safety Authority on Monday.').get('harbour-safety-authority')).toMatchObject({ count: 2, variants: ['HSA', 'Harbour Safety Authority'] });
  });

  it('keeps an acronym apart beside a name it does not abbreviate, two names with its initials, or a meaning the gazetteer knows', () => {
    expect([...entities('Mara Quillon (TLC) spoke first, and TLC members agreed.').keys()].sort()).toEqual(['mara-quillon', 'tlc']);
    expect([...entities('The Tarn Harbour Authority and the Tarn Housing Agency met on Monday.', 'The THA said fares would rise.').keys()].sort()).toEqual(['tarn-harbour-authority', 'tarn-housing-agency', 'tha']);
    expect([...entities('The Republican National Convention opened on Monday.', 'The RNC said it was full.').keys()].sort()).toEqual(['republican-national-convention', 'republican-party']);
  });

  it('joins the acronym across briefs once one brief defines it', () => {
    const brief = (slug: string, text: string) => extractLinkFeatures({ slug, seed: slug, title: 'A report', outlet: null, date: null, paragraphs: [{ kind: 'paragraph', text }] });
    const graph = linkCorpus([
      brief('a', 'The Harbour Safety Authority (HSA) closed the quay on Monday after an inspection.'),
      brief('b', 'Inspectors from the HSA returned to the quay on Tuesday and found more cracks.'),
    ]);
    expect(graph.entities['harbour-safety-authority']?.mentions.map((m) => m.slug)).toEqual(['a', 'b']);
    expect(graph.entities['hsa']).toBeUndefined();
    expect(graph.briefs['b']?.entities.map((e) => e.label)).toContain('Harbour Safety Authority');
  });

  it("reads a class designation's letters alone as that designation, in the brief and across briefs, and not as a body's acronym", () => {
    const alone = entities('Clinics saw more MORBUS-12 patients this week.', 'The MORBUS wave, doctors said, would peak in May.');
    expect(alone.get('morbus')?.kind).toBe('other');
    const brief = (slug: string, text: string) => extractLinkFeatures({ slug, seed: slug, title: 'A report', outlet: null, date: null, paragraphs: [{ kind: 'paragraph', text }] });
    const graph = linkCorpus([
      brief('a', 'Clinics in the valley saw more MORBUS-12 patients this week than in any week of the winter.'),
      brief('b', 'Doctors at the harbour clinic said the MORBUS wave would peak in May, and asked for more beds.'),
    ]);
    expect(graph.entities['morbus-12']?.mentions.map((m) => m.slug)).toEqual(['a', 'b']);
    expect(graph.entities['morbus-12']?.kind).toBe('other');
    expect(graph.entities['morbus']).toBeUndefined();
    // Two designations with the same letters leave the letters alone as they are.
    const two = linkCorpus([brief('a', 'Clinics saw more MORBUS-12 patients this week.'), brief('b', 'Clinics saw more MORBUS-14 patients this week.'), brief('c', 'Doctors said the MORBUS wave would peak in May.')]);
    expect(two.entities['morbus']).toBeDefined();
  });

  it('reads a lone institution word as the longer name of the brief it ends, and as no entity without one', () => {
    const joined = entities('The Harbour Workers Party met on Monday.', 'Later the Party said it would meet again on Friday.');
    expect(joined.get('harbour-workers-party')?.count).toBe(2);
    expect([...entities('Officials said the Department would answer questions from the Board on Friday.').keys()]).toEqual([]);
  });

  it("joins a body named with its country's short form to the same name without it, when another brief writes that", () => {
    const brief = (slug: string, text: string) => extractLinkFeatures({ slug, seed: slug, title: 'A report', outlet: null, date: null, paragraphs: [{ kind: 'paragraph', text }] });
    const graph = linkCorpus([
      brief('a', 'The U.S. Harbour Safety Administration closed the quay on Monday after an inspection.'),
      brief('b', 'Inspectors from the Harbour Safety Administration returned to the quay on Tuesday.'),
      brief('c', 'The UK Coastal Survey Office mapped the bay in spring.'),
    ]);
    expect(graph.entities['harbour-safety-administration']?.mentions.map((m) => m.slug)).toEqual(['a', 'b']);
    expect(graph.entities['us-harbour-safety-administration']).toBeUndefined();
    expect(graph.entities['uk-coastal-survey-office']?.label).toBe('UK Coastal Survey Office');
  });

  it('reads no place after an "in" that says what something is about ("resulted in", "a stake in")', () => {
    expect(names('The ruling could have resulted in Northwind divesting its shipping arm.')).toEqual(['Northwind/other']);
    expect(names('The fund holds a stake in Eastgate and shares in Norvale.')).toEqual(['Eastgate/other', 'Norvale/other']);
    expect(names('Ferries were stopped in Eastgate on Sunday.')).toEqual(['Eastgate/place']);
  });

  it("joins a lone surname its context calls a person to a full name that nothing placed, and makes that name a person's", () => {
    // "Spoon" is an everyday word and no given name, so "Spoon Wrenfield" alone is a name of unknown kind.
    const found = entities('On Tuesday the lawyers said that Spoon Wrenfield battled the charges in court.', 'Officials said Wrenfield, the former governor, would run again.');
    expect(found.get('spoon-wrenfield')).toMatchObject({ kind: 'person', count: 2 });
    expect(found.has('wrenfield')).toBe(false);
    // A lone word read without such context stays as the longer name reads it, and a place is never joined.
    expect(entities('On Tuesday the lawyers said that Spoon Wrenfield battled the charges in court.', 'Officials said Wrenfield would run again.').get('spoon-wrenfield')?.kind).toBe('other');
  });

  it("reads a place's name that is a given name too as the name's opening before a surname, and as the place otherwise", () => {
    expect(extractEntities(prose('The plan came from Gen. Douglas Wrenfield, who said so.')).map((e) => `${e.label}/${e.kind}`)).toEqual(['Douglas Wrenfield/person']);
    expect(extractEntities(prose('The ferry left Douglas at noon, the captain said.')).map((e) => `${e.label}/${e.kind}`)).toEqual(['Douglas/place']);
    // An everyday word after it is no surname ("Douglas Harbour" stays the place and its harbour).
    expect(extractEntities(prose('The ferry left Douglas Harbour at noon, the captain said.')).map((e) => e.label)).toContain('Douglas');
  });

  it("reads a language's or a party's name after a preposition as no place, and an abbreviation's plural as no surname", () => {
    expect(names('The book came out in English and in Swahili, and the ferry sails in Wrenfield.')).toEqual(['English/other', 'Swahili/other', 'Wrenfield/place']);
    expect(names('The plan angered Harbour MPs and Tory CEOs on Monday.')).not.toContain('Tory CEOs/person');
    // A party's word after "in" is the side of the noun after it.
    expect(names('Those most reliant on ferries live in Republican counties.')).toEqual(['Republican/other']);
  });

  it("keeps an abbreviated saint, mount or fort with the place's name after it, and a saint's possessive in the name", () => {
    expect(names('The ferry sails from St. Wrenfield Harbour and Mt. Tarnow, and Ft. Wrenfield too.')).toEqual(['St. Wrenfield Harbour/place', 'Mt. Tarnow/place', 'Ft. Wrenfield/place']);
    expect(names('The Ste. Wrenfield museum opened.')).toEqual(['Ste. Wrenfield/other']);
    expect(names('They met at St. Wrenfield’s Hospital in May.')).toEqual(['St. Wrenfield’s Hospital/organisation']);
    // A street's abbreviation ending a sentence joins nothing after it.
    expect(names('The shop is on Harbour St. Police said it closed.')).not.toContain('Harbour St. Police/organisation');
  });

  it('reads initials written together before a surname as a personal name, but not a known name\'s', () => {
    expect(names('The letter was signed by J.K. Wrenfield and T.S. Tarnow on Monday.')).toEqual(['J.K. Wrenfield/person', 'T.S. Tarnow/person']);
    expect(extractEntities(prose('The tool launches worldwide, beginning with the U.S. Wrenfield Harbour comes next.')).map((e) => `${e.label}/${e.kind}`)).not.toContain('U.S. Wrenfield/person');
  });

  it('reads two words written as one as no personal name, and keeps the short prefixes of surnames', () => {
    expect(names('The teachers said Download SlideDeck files here.')).not.toContain('Download SlideDeck/person');
    expect(names('Officials said the Harbour GamePad sold out.')).not.toContain('Harbour GamePad/person');
    expect(names('Officials said Douglas MacWrenfield, Anna DeWrenfield and Joe McWrenfield agreed.')).toEqual(['Douglas MacWrenfield/person', 'Anna DeWrenfield/person', 'Joe McWrenfield/person']);
  });

  it('reads a role after a comma as an apposition only where its phrase closes as one', () => {
    const kind = (text: string, id: string) => entities(text).get(id)?.kind;
    expect(kind('Regulators tried to break up Northwind, a federal judge on Monday threw out their case.', 'northwind')).not.toBe('person');
    expect(kind('Mara Quillon, a head buyer at a bike shop chain, sees two problems.', 'mara-quillon')).toBe('person');
    expect(kind('The letter came from Tobias Renner, the chief justice who wrote the ruling.', 'tobias-renner')).toBe('person');
    // A title's modifier inside the apposition ("the former governor", "the multimillionaire former head of …").
    expect(kind('Officials said Wrenfield, the former governor, would run again.', 'wrenfield')).toBe('person');
    expect(kind('Officials said Wrenfield, the wealthy former head of a private equity firm, would run again.', 'wrenfield')).toBe('person');
    expect(kind('Officials said Northwind, the former capital, would host the games.', 'northwind')).not.toBe('person');
  });

  it("reads a company from its chief executive, its shareholders or its shares moving, not from a name that shares something", () => {
    const kind = (text: string, id: string) => entities(text).get(id)?.kind;
    expect(kind('Eastgate CEO Mara Quillon announced the deal on Monday.', 'eastgate')).toBe('organisation');
    expect(kind('Shares of Norvale fell after the report, and Norvale shares fell again later.', 'norvale')).toBe('organisation');
    expect(kind('Quillon Makes Things shares how she built a shelf from old crates.', 'quillon-makes-things')).not.toBe('organisation');
  });

  it('drops titles and keeps the person after them', () => {
    expect(names('The statement came from Press Secretary Dana Whitfield on Monday.')).toEqual(['Dana Whitfield/person']);
    expect(entities('Sen. Mara Quillon voted against the bill.').get('mara-quillon')?.kind).toBe('person');
    // A given name that is also an everyday word, right after an abbreviated title; after a role noun, no one.
    expect(names('The threat is real, Gen. Frank Quillon told reporters on Friday.')).toEqual(['Frank Quillon/person']);
    expect(names('The menu shows the player Name Bar at the top of the screen.')).toEqual(['Name Bar/other']);
    // A role written with a capital before a given name is a title, and what precedes it the role's field.
    expect(names('The paper went to print. Digital Content Editor Anne Quillon said the harbour story led.')).toEqual(['Anne Quillon/person']);
    expect(names('The crowd cheered at the Star Trek Experience in the harbour hall.')).toEqual(['Star Trek Experience/other']);
    expect(names('The pictures came from Photographer Anna Wrenfield and Volunteer Coordinator Lena Tarnow.')).toEqual(['Anna Wrenfield/person', 'Lena Tarnow/person']);
    // A title's office "of" a place or a body names that place or body, no person; a surname needs more words between.
    expect(names('On Monday we met the Mayor of Houston at the harbour.')).toEqual(['Houston/place']);
    expect(names('On Monday we met the CEO of Norvale at the harbour.')).toEqual(['Norvale/other']);
    expect(names('On Monday the Secretary of State Wrenfield met them at the harbour.')).toEqual(['Wrenfield/person']);
    expect(names('On Monday the Joint Chiefs of Staff met them at the harbour.')).toEqual(['Joint Chiefs of Staff/organisation']);
    // A race's roles before a name: "challenger", "incumbent", "hopeful".
    expect(names('The polls closed at eight. Republican challenger Tobias Wrenfield conceded at midnight.')).toContain('Tobias Wrenfield/person');
    expect(names('The polls closed at eight. The incumbent Wrenfield conceded at midnight.')).toEqual(['Wrenfield/person']);
  });

  // "Bill", "Frank", "Ray": given names the list leaves out as everyday words, before a surname that is none.
  it.each([
    ['a given name that is also a word, before a surname', ['Bill Tarnowski spoke at the rally on Monday.'], ['Bill Tarnowski/person']],
    ['such a given name before two names', ['The band of Ray Tarnow Davies played on Monday.'], ['Ray Tarnow Davies/person']],
    ['no person before an everyday word', ['Will Power spoke at the rally on Monday.', 'They met at the Rose Bowl on Monday.'], []],
    ['no person where the brief writes the word in small letters', ['The Senate passed the bill. Bill Tarnowski spoke at the rally.'], []],
  ])('reads %s', (_name, texts, people) => {
    expect(names(...texts).filter((n) => n.endsWith('/person'))).toEqual(people);
  });
  it('reads such a given name where nouns are capitalised before one surname only, not a noun after it', () => {
    const found = (text: string) => findNames(prose(text), [], [], { language: 'de' }).flat().map((n) => `${n.surface}/${n.kind}`);
    expect(found('Das Kino zeigt Frank Tarnows Filme.')).not.toContain('Frank Tarnows Filme/person');
  });

  it('keeps institutions named with "of" and "and" whole, and two people joined by "and" apart', () => {
    expect(names('Rates will rise, the Department of Water and Power said.')).toEqual(['Department of Water and Power/organisation']);
    expect(names('Yesterday Maria Okafor and Jonas Berg met in private.')).toEqual(['Maria Okafor/person', 'Jonas Berg/person']);
  });

  it('in a language that capitalises its nouns, takes a lone capitalised word for a name only by its shape', () => {
    const text =
      'Die Stimmung im Dorf war gut. Am Abend sprach Lena Hartwig mit den Anwohnern in Zukunft über die Schule. Auch die SPD war in Sorge. ' +
      'Schreiben Sie uns eine E-Mail an die IP-Adresse. Vielen Dank für Ihre Zeit.';
    const found = (language: string) => findNames(prose(text), [], [], { language }).flat().map((n) => n.surface);
    expect(found('de')).toEqual(['Lena Hartwig', 'SPD']);
    // Read as English, the same words pass for names: the rule is the language's, not the words'.
    expect(found('en')).toEqual(expect.arrayContaining(['Zukunft', 'Sorge']));
    // Languages that capitalise only names keep lone names.
    expect(findNames(prose('Los vecinos de Carrowmore protestaron ayer.'), [], [], { language: 'es' }).flat().map((n) => n.surface)).toEqual(['Carrowmore']);
    // A run of nouns opening with a quantity is no name, and the polite "Sie" ends no name.
    const kinds = findNames(prose('Mit dem Tausend Euro Kredit zahlen Sie weniger. Bitte Fragen Sie Lena Hartwig.'), [], [], { language: 'de' }).flat();
    expect(kinds.map((n) => `${n.surface}/${n.kind}`)).toEqual(['Lena Hartwig/person']);
    const features = extractLinkFeatures({ slug: 'd', seed: 'd', title: 'Ein Bericht', outlet: null, date: null, language: 'de', paragraphs: [{ kind: 'paragraph', text }] });
    expect(features.entities.map((e) => e.label)).not.toContain('Zukunft');
  });

  describe('in a language that capitalises its nouns, words capitalised by convention or by their place', () => {
    const entities = (...paragraphs: string[]) =>
      extractLinkFeatures({ slug: 'd', seed: 'd', title: 'Ein Bericht', outlet: null, date: null, language: 'de', paragraphs: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })) })
        .entities.map((e) => e.label);
    // The familiar "you" that letters and blogs capitalise ("Deine Fragen"), as the polite "Sie" is.
    it('a familiar "you" ends no name and makes none', () => {
      expect(entities('Am Montag schrieb die Redaktion: Wir freuen uns über Deine Fragen zum Hafen. Deine Fragen beantworten wir gern.')).toEqual([]);
    });
    // "Drei" opens the sentence; elsewhere the brief writes it capitalised in a compound ("Drei- oder Vier-Gänge-Menüs").
    it.each([
      ['a run opening its sentence with a function word is none', 'Drei Schlafzimmer, eine Stube und eine Sauna hält das Haus in Tarnhafen bereit.', []],
      ['such a word inside the sentence still opens a name', 'Die Tierschützer von Vier Pfoten fordern in Tarnhafen ein Verbot.', ['Vier Pfoten']],
    ])('%s', (_name, text, expected) => {
      expect(entities(text, 'Der Koch serviert dort täglich wechselnde Drei- oder Vier-Gänge-Menüs.')).toEqual(expected);
    });
  });

  it('in a language that capitalises its nouns, joins a particle or a role to a name only after a given name', () => {
    const found = (text: string) => findNames(prose(text), [], [], { language: 'de' }).flat().map((n) => `${n.surface}/${n.kind}`);
    // "der", "von", "das" join nouns there ("Zahl der Fälle", "Zeiten von Tarnwald"): no names.
    expect(found('Die Zahl der Fälle stieg, und in Zeiten von Tarnwald blieb alles ruhig.')).toEqual([]);
    expect(found('Damals sprach Richard von Weizenau nicht mehr.')).toEqual(['Richard von Weizenau/person']);
    // A role's noun before a given name and a surname is no part of the name; a place's opening word or an institution's noun is.
    expect(found('Am Montag sagte Verkehrsministerin Lena Hartwig, dass Vorstandsmitglied Jonas Brandtner geht.')).toEqual(['Lena Hartwig/person', 'Jonas Brandtner/person']);
    expect(found('Am Montag sprach man über die Primetime Emmy Awards.').map((n) => n.split('/')[0])).not.toContain('Emmy Awards');
    expect(found('Weder Außenminister Jean-Yves Wrenfeld noch Karl-Heinz Tarnow äußerten sich.')).toEqual(['Jean-Yves Wrenfeld/person', 'Karl-Heinz Tarnow/person']);
    // The language's own given names count ("Bodo", "Bärbel", "Jörg": not in the mostly English list), in that language only.
    expect(found('Die Rede hielt Bundesratspräsident Bodo Wrenfeld, und Trainerin Bärbel Tarnow hörte zu.')).toEqual(['Bodo Wrenfeld/person', 'Bärbel Tarnow/person']);
    expect(findNames(prose('Then they said that Bodo Wrenfeld spoke.'), [], [], { language: 'it' }).flat().map((n) => `${n.surface}/${n.kind}`)).not.toContain('Bodo Wrenfeld/person');
    // A noun may follow a full name in one run; a second given name or a surname may not be cut off.
    expect(found('Dort kochte Küchenchef Torsten Wrenfeld Zuckerschoten, und Birgit Tarnows Erfahrung half.')).toEqual(['Torsten Wrenfeld/person', 'Birgit Tarnows/person']);
    expect(found('Am Montag sprach Anna Lena Wrenfeld, dann Recep Tayyip Wrenfeld und Lena Große Tarnowski.')).toEqual(['Anna Lena Wrenfeld/person', 'Recep Tayyip Wrenfeld/person', 'Lena Große Tarnowski/person']);
    // After a role an English everyday word is a surname, not an English plural or gerund, and an article is no role.
    expect(found('Am Montag sprach Parlamentspräsident Mickey Baker im Plenum.')).toEqual(['Mickey Baker/person']);
    const noPerson = found('Das Team Alfa Romeo Racing fuhr, und „The Drew Wrenfeld Show“ lief.').filter((n) => n.endsWith('/person'));
    expect(noPerson).toEqual([]);
    // A compound noun for a company before its name, or a body's noun before its acronym, describes the name after it.
    expect(found('Den Auftrag bekam der Rüstungskonzern Norvalia, meldete der Weltverband HAFV.')).toEqual(['Norvalia/organisation', 'HAFV/organisation']);
    // Not a lone "Unternehmen" before a noun, a body's subject, nor a place that is part of the whole name.
    const kept = found('Das Unternehmen Daten sammelt, sagt der Bundesverband Solarwirtschaft, und die Landesbank Niedersachsen zahlt.').map((n) => n.split('/')[0]);
    expect(kept).not.toContain('Daten');
    expect(kept).not.toContain('Solarwirtschaft');
    expect(kept).not.toContain('Niedersachsen');
    // An everyday English word is a German noun as often ("Marine" is the navy): no given name from that list.
    expect(found('Am Montag übten Marine Einheiten im Hafen.')).not.toContain('Marine Einheiten/person');
    // Two particles after a lone given name join ("von der"); after a full name "von der" says where the person works.
    expect(found('Dann sprach Greta von der Weiden mit Aneta Kowal von der Universität Tarnów.')).toEqual(['Greta von der Weiden/person', 'Aneta Kowal/person', 'Universität Tarnów/other']);
    // In English the particle still joins ("Lena de Vries"), two in a row too ("Rafael van der Berkel").
    expect(findNames(prose('Then Mayor Lena de Vries spoke.'), [], [], { language: 'en' }).flat().map((n) => n.surface)).toEqual(['Lena de Vries']);
    expect(findNames(prose('Then Rafael van der Berkel and Juan de la Cresta spoke.'), [], [], { language: 'en' }).flat().map((n) => n.surface)).toEqual(['Rafael van der Berkel', 'Juan de la Cresta']);
    // A title of a place or a body ("Presidente de la República") names an office, not a person called "República".
    const office = findNames(prose('Luego habló el Presidente de la Norlandia y se fue.'), [], [], { language: 'es' }).flat();
    expect(office.filter((n) => n.kind === 'person').map((n) => n.surface)).toEqual([]);
  });

  it('in a language other than English, takes a name for a person by its shape only when a given name opens it', () => {
    const kinds = (text: string, language: string) => findNames(prose(text), [], [], { language }).flat().map((n) => `${n.surface}/${n.kind}`);
    const spanish = 'La Corte Suprema de Norlandia y los Estados Federados respondieron ayer a Tomás Ibarrola y a Quetzal Ximeno.';
    const read = kinds(spanish, 'es');
    // "no everyday English word" says nothing of Spanish words; a given name (its accent aside, "Tomás") still does.
    expect(read).toEqual(expect.arrayContaining(['Tomás Ibarrola/person', 'Estados Federados/other', 'Quetzal Ximeno/other']));
    expect(read.filter((k) => k.endsWith('/person'))).toEqual(['Tomás Ibarrola/person']);
    // In English (or a language not known) the shape keeps its weight.
    expect(kinds('Officials met Quetzal Ximeno on Monday.', 'en')).toEqual(['Quetzal Ximeno/person']);
    expect(kinds('Officials met Quetzal Ximeno on Monday.', '')).toEqual(['Quetzal Ximeno/person']);
  });

  it('in a language that capitalises its nouns, takes no quantity, measure or point in time with what it counts for a name', () => {
    const text = 'Die Deutsche Bahn investiert zwei Millionen Euro. Ab Ende Februar gibt es im Zug ein Glas Wein, sagte Lena Hartwig.';
    const names = findNames(prose(text), [], [], { language: 'de' }).flat().map((n) => n.surface);
    expect(names).toEqual(['Deutsche Bahn', 'Lena Hartwig']);
    // Read as English, the same rule does not apply.
    expect(findNames(prose('The Thema Group bought Ende Studios last week.'), [], [], { language: 'en' }).flat().map((n) => n.surface)).toEqual(['Thema Group', 'Ende Studios']);
  });

  it('takes no abbreviation of an everyday thing for a name, and keeps those of bodies', () => {
    const text = 'The site publishes an RSS feed and a PDF of the report, said Lena Hartwig of NATO, who drives an SUV.';
    expect(findNames(prose(text)).flat().map((n) => n.surface)).toEqual(['Lena Hartwig', 'NATO']);
  });

  it('reads nothing in headline case, and months and weekdays are never names', () => {
    expect(findNames([{ text: 'Harbour Board Backs New Ferry Plan', prose: false }])).toEqual([[]]);
    expect(names('The vote is due on Tuesday, March 4, after talks in April.')).toEqual([]);
    expect(names('Reporters asked Theresa May about it.')).toEqual(['Theresa May/person']);
    expect(findNames(prose('A Kremlin-backed group and a COVID-related delay were blamed, not Su-27 jets.')).flat().map((n) => n.surface)).toEqual(['Su-27']);
  });

  it('counts the plural of a demonym as the country', () => {
    expect(entities('Thousands of Russians and Afghans applied.').get('russia')?.demonymCount).toBe(1);
  });

  it('stays linear on a huge text dense with capitalised words', { timeout: 30_000 }, () => {
    const words = Array.from({ length: 5000 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${i}`);
    const text = Array.from({ length: 40 }, (_, k) => words.map((w, i) => (i % 7 === 0 ? `${w} said.` : w)).join(' ') + ` Part ${k}.`).join(' ');
    expect(text.length).toBeGreaterThan(1_000_000);
    const start = performance.now();
    extractEntities(prose(text));
    expect(performance.now() - start).toBeLessThan(8000);
  });
});
