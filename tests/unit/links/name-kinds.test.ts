import { describe, expect, it } from 'vitest';
import { linkCorpus } from '../../../src/pipeline/links/corpus.ts';
import { extractEntities } from '../../../src/pipeline/links/entities.ts';
import { extractLinkFeatures } from '../../../src/pipeline/links/features.ts';
import { isCommonWord, isGivenName } from '../../../src/pipeline/links/lexicon.ts';
import { findNames } from '../../../src/pipeline/links/names.ts';
import { isSubdivision } from '../../../src/pipeline/links/subdivisions.ts';
import { namedIn } from '../../helpers/brief-entities.ts';

// Invented sentences: every name below is made up for these tests.
const prose = (...texts: string[]) => texts.map((text) => ({ text, prose: true }));
const found = (...texts: string[]) => findNames(prose(...texts)).flat().map((n) => `${n.surface}/${n.kind}`);
const kinds = (...texts: string[]) => Object.fromEntries(extractEntities(prose(...texts)).map((e) => [e.label, e.kind]));
const brief = (slug: string, text: string) => extractLinkFeatures({ slug, seed: slug, title: 'A report', outlet: null, date: null, paragraphs: [{ kind: 'paragraph', text }] });

describe('the word lists behind the name finder', () => {
  it('knows everyday English words and given names', () => {
    expect(isCommonWord('staff')).toBe(true);
    expect(isCommonWord('western', 20)).toBe(true);
    expect(isCommonWord('karvonen')).toBe(false);
    expect(isGivenName('gordon')).toBe(true);
    expect(isGivenName('transfer')).toBe(false);
    // Two given names joined by a hyphen are one; a given name joined to another word is not.
    expect(['mary-jane', 'anne-marie', 'lisa-jo'].filter(isGivenName)).toHaveLength(3);
    expect(isGivenName('anne-transfer')).toBe(false);
  });
});

describe('a person needs evidence', () => {
  it('reads a person after a title or a role, with or without a full stop', () => {
    expect(found('Talks were led by Finance Minister Oskar Vendel on Monday.')).toEqual(['Oskar Vendel/person']);
    expect(found('The results were confirmed by Dr. Imogen Thale.')).toEqual(['Imogen Thale/person']);
    expect(found('The plan was defended by spokeswoman Rhea Calloway.')).toEqual(['Rhea Calloway/person']);
    expect(found('The mayor said that economist Tovin Arkwright was wrong.')).toEqual(['Tovin Arkwright/person']);
    // After an honorific even an everyday word is a surname.
    expect(found('Reporters asked President Baker about it.')).toEqual(['Baker/person']);
    expect(found('Then Secretary of State Idris Walcott spoke.')).toEqual(['Idris Walcott/person']);
    expect(found('Then Mayor Lena de Vries spoke.')).toEqual(['Lena de Vries/person']);
  });

  it('reads a person from what follows the name', () => {
    expect(found('The deal was signed by Ilkka Soravuo, head of the port authority.')).toContain('Ilkka Soravuo/person');
    expect(found('The injured driver, Pavla Renik, 54, was released.')).toContain('Pavla Renik/person');
    expect(found('Officials thanked Dagny Holloway, who found the leak.')).toContain('Dagny Holloway/person');
    expect(found('A statement from Quentin Marlowe, a lawyer for the family, followed.')).toContain('Quentin Marlowe/person');
  });

  it('takes two or three capitalised words for a person only when they read as a personal name', () => {
    const names = findNames(prose('Officials met Marta Kovanen and Gordon Baker, then Tech Transfer and Cold War files were read.')).flat();
    expect(names.map((n) => `${n.surface}/${n.kind}/${n.evidence}`)).toEqual(['Marta Kovanen/person/shape', 'Gordon Baker/person/shape', 'Tech Transfer/other/none', 'Cold War/other/none']);
  });

  it('does not make a person of a title followed by no personal name', () => {
    expect(found('Several members of the Northland General Staff objected.')).not.toContainEqual(expect.stringMatching(/^Staff/));
    expect(found('The Defence Ministerial brief was late.')).toEqual(['Defence Ministerial/other']);
    expect(found('The groups, including Moderate Democrats, who met, agreed.').filter((n) => n.endsWith('/person'))).toEqual([]);
  });

  it('keeps a person from a place apart from the place', () => {
    expect(found('Gov. Ingrid Solberg of Tarnmouth said no.')).toEqual(['Ingrid Solberg/person', 'Tarnmouth/place']);
  });

  it('drops middle initials so every version names the same person', () => {
    expect(kinds('The report quoted Ansel T. Morrow at length.')).toEqual({ 'Ansel Morrow': 'person' });
  });
});

describe('organisations and places from context', () => {
  it('reads an organisation from an institution word, a company noun before it, or an acronym', () => {
    expect(found('It was revealed by the engineering firm Norvale on Friday.')).toEqual(['Norvale/organisation']);
    expect(found('Reporters called the Harbour Board and the Office of Fair Fares.')).toEqual(['Harbour Board/organisation', 'Office of Fair Fares/organisation']);
    expect(found('Then the Food and Water Standards Agency spoke.')).toEqual(['Food and Water Standards Agency/organisation']);
    expect(found('The People’s Bank of Norland raised rates.')).toEqual(['People’s Bank of Norland/organisation']);
    // Before "of", a place's word names a place, a rank its holder, and a work's, an event's or an office's word no body.
    expect(kinds('Ships crossed the Gulf of Norland. The Duchess of Tarrow came. The Battle of Tarrow and the Minister of Fares were recalled.')).toEqual({
      'Gulf of Norland': 'place',
      'Duchess of Tarrow': 'person',
      'Battle of Tarrow': 'other',
      'Minister of Fares': 'other',
    });
    // A quay, a lane or a boulevard ends a place's name; studios end a company's.
    expect(kinds('Ferries left Norland Quay for Tarrow Lane on Monday, and Blue Tarrow Studios filmed them.')).toEqual({
      'Norland Quay': 'place',
      'Tarrow Lane': 'place',
      'Blue Tarrow Studios': 'organisation',
    });
    // A treasury is a ministry, named alone or with its country.
    expect(found('The Treasury said yields rose, and the Norland Treasury agreed.')).toEqual(['Treasury/organisation', 'Norland Treasury/organisation']);
  });

  it('reads two words as a person\'s name where the brief lets the last speak alone, as news names a person again by the surname', () => {
    expect(kinds('Pike Dorrance opened the mill on Monday. Dorrance said it would hire.')).toEqual({ 'Pike Dorrance': 'person' });
    // Nothing speaks alone; or the first word speaks alone too, as a body's short name does.
    expect(kinds('Pike Dorrance opened the mill on Monday. It will hire.')).toEqual({ 'Pike Dorrance': 'other' });
    expect(kinds('Crane Halvers sold the mill on Monday. Halvers said it would hire. Crane said nothing.')).toEqual({ 'Crane Halvers': 'other' });
  });

  it('reads the place before "Borough" or "District" and a title as the place whose office it is', () => {
    expect(kinds('Ann Velloran, the Kestrel Borough president, spoke on Monday.')).toEqual({ 'Ann Velloran': 'person', Kestrel: 'place' });
    expect(kinds('Kestrel Borough President Ann Velloran spoke on Monday.')).toEqual({ 'Ann Velloran': 'person', Kestrel: 'place' });
  });

  it('keeps "and" inside a law\'s name whose head follows closely, not between two documents', () => {
    expect(found('The Senate passed the Harbour Investment and Ferries Act on Tuesday.')).toContain('Harbour Investment and Ferries Act/other');
    expect(found('Read the Privacy Statement and End User Licence Agreement first.')).not.toContain('Privacy Statement and End User Licence Agreement/other');
  });

  it('reads a place\'s name in capitals, as a dateline or a caption writes it, as the place, named as the lists write it', () => {
    expect(kinds('MANCHESTER, ENGLAND - Students waited in the rain.')).toEqual({ Manchester: 'place', England: 'place' });
    expect(kinds('BEIJING (Reuters) - Officials met on Monday.')).toEqual({ Beijing: 'place', Reuters: 'organisation' });
    expect(kinds('LONDON, BRITAIN - The vote was close.')).toEqual({ London: 'place', 'United Kingdom': 'country' });
    // An acronym stays the body it names, and a short word in capitals no place.
    expect(kinds('NATO and NASA met in ROME.')).toEqual({ NATO: 'organisation', NASA: 'organisation', Rome: 'place' });
  });

  it('reads what a title is "of" as the office\'s place, or a body\'s branch there, when it closes on a place', () => {
    expect(kinds('The Mayor of New York said the plan would wait.')).toEqual({ 'New York': 'place' });
    expect(kinds('The Governor of South Carolina said the plan would wait.')).toEqual({ 'South Carolina': 'place' });
    expect(kinds('The CEO of Norvale Slovakia said sales rose.')).toEqual({ Norvale: 'organisation', Slovakia: 'country' });
    expect(kinds('The Chairman of Norvale South Africa said sales rose.')).toEqual({ Norvale: 'organisation', 'South Africa': 'country' });
    // A person after the title and its office keeps their name.
    expect(found('Secretary of State Idris Walcott said the plan would wait.')).toEqual(['Idris Walcott/person']);
  });

  it('reads a given name before a place\'s or a country\'s name as a person of that surname, and the name alone as the place', () => {
    expect(kinds('The novel by Michael London was published in London last year.')).toEqual({ 'Michael London': 'person', London: 'place' });
    expect(kinds('Talks in Jordan stalled, said Lena Jordan, who led them.')).toEqual({ 'Lena Jordan': 'person', Jordan: 'country' });
  });

  it.each([
    ['an administration', 'Officials of the Varnok administration met the harbour board on Monday.', { Varnok: 'person' }],
    ['a presidency', 'The port grew fast during the Delacroze presidency, the report said.', { Delacroze: 'person' }],
    // A party's word and a state keep their kinds; a capitalised Administration is the body's own name.
    ['a party', 'Choices left to the Republican administration by the law were made in Ohio.', { Republican: 'other', Ohio: 'place' }],
    ['a state', 'The Ohio administration said on Monday that the harbour would reopen.', { Ohio: 'place' }],
    ['a body', 'The Maritime Safety Administration said on Monday that the harbour would reopen.', { 'Maritime Safety Administration': 'organisation' }],
  ])('reads a name before "administration" or "presidency" as the leader whose term it names (%s)', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('reads a state\'s or a province\'s name as a place with nothing around it to say so', () => {
    expect(kinds('Officials said Ohio and Nebraska reported cases on Monday.')).toEqual({ Ohio: 'place', Nebraska: 'place' });
    expect(isSubdivision('New South Wales')).toBe(true);
    expect(isSubdivision('Bayern')).toBe(true);
    // The list writes this English name in small letters; the regions over a list of a part's parts are parts too.
    expect(isSubdivision('Sichuan')).toBe(true);
    expect(['England', 'Scotland', 'Northern Ireland'].filter(isSubdivision)).toHaveLength(3);
    // Left out: provinces named like people or pop culture, a part of a part, everyday words.
    expect(['Batman', 'Yamaguchi', 'Hidalgo', 'Kent', 'Aurora', 'Delta'].filter(isSubdivision)).toEqual([]);
  });

  it('knows the Gaza Strip by its short name, apart from Gaza City, and the Capitol Police with or without the country', () => {
    expect(kinds('Strikes hit Gaza City overnight, officials in the Gaza Strip said, and Gaza braced for more.')).toEqual({ 'Gaza City': 'place', 'Gaza Strip': 'place' });
    expect(extractEntities(prose('The U.S. Capitol Police said two Capitol Police officers were hurt.')).map((e) => `${e.label} ${e.count}`)).toEqual(['U.S. Capitol Police 2']);
  });

  it('keeps a place apart from a longer place ending with its name, and a state apart from a person named like it', () => {
    const counts = (text: string) => Object.fromEntries(extractEntities(prose(text)).map((e) => [e.label, `${e.kind} ${e.count}`]));
    expect(counts('Ships in the Southern Red Sea were attacked on Monday. Traffic through the Red Sea fell.')).toEqual({ 'Southern Red Sea': 'place 1', 'Red Sea': 'place 1' });
    expect(counts('Turnout in Northeastern Ohio rose sharply. Officials said Ohio would certify the count.')).toEqual({ 'Northeastern Ohio': 'place 1', Ohio: 'place 1' });
    expect(counts('Senator Ann Vermont spoke on Monday. Officials said Vermont would pay.')).toEqual({ 'Ann Vermont': 'person 1', Vermont: 'place 1' });
  });

  it('opens a name with the Arabic article, apart in English text or joined by a hyphen, never in Spanish or after "et"', () => {
    expect(found('Fighters loyal to al Tarnawi attacked the base on Monday.')).toEqual(['al Tarnawi/other']);
    expect(found('President Omar al-Haddadi spoke on Monday.')).toEqual(['Omar al-Haddadi/person']);
    expect(found('The study by Smith et al Nature was cited.')).toEqual([]);
    expect(findNames(prose('El ministro habló ayer con el Gobierno de Tarnia.'), [], [], { language: 'es' }).flat().map((n) => n.surface)).toEqual(['Gobierno de Tarnia']);
  });

  it('ends a body\'s whole name at its possessive: what it owns is another name', () => {
    const names = found('The Tarn Harbour Administration’s Office of Fair Fares wrote first, and Norvale University’s Law School replied.');
    expect(names).toContain('Tarn Harbour Administration/organisation');
    expect(names).toContain('Office of Fair Fares/organisation');
    expect(names).toContain('Norvale University/organisation');
    expect(names.some((n) => n.startsWith('Law School'))).toBe(true);
    // An everyday word's possessive opening a name stays in it.
    expect(found('The Children’s Harbour Trust met.')).toEqual(['Children’s Harbour Trust/organisation']);
  });

  it('reads two bodies named together around "and" as two, and a body named with "and" inside as one', () => {
    expect(found('The Harbour Board and Velmoraweek both asked for the files.')).toEqual(['Harbour Board/organisation', 'Velmoraweek/other']);
    expect(found('Both the Assembly and Senate of Norland passed it.').map((n) => n.split('/')[0])).not.toContain('Assembly and Senate of Norland');
    // One body: "and" inside its name, before its head word, or in the object after "of".
    expect(found('Then the Food and Water Standards Agency spoke.')).toEqual(['Food and Water Standards Agency/organisation']);
    expect(found('He wrote to the Tarn Harbour Board and Ferry Authority.')).toEqual(['Tarn Harbour Board and Ferry Authority/organisation']);
    expect(found('She runs the Office of Ports and Ferries in the north.')).toEqual(['Office of Ports and Ferries/organisation']);
  });

  it('reads the name of a law or a pact as no body, whatever bodies its name holds, nor a place after "in"', () => {
    expect(found('The Harbour Board and Ferry Safety Act passed on Friday.')).toEqual(['Harbour Board and Ferry Safety Act/other']);
    expect(found('Talks on fees in Harbour Safety Act rules stalled, as in Northland County.')).toEqual(['Harbour Safety Act/other', 'Northland County/place']);
    expect(found('Under the Office of Ports Amendment the fees fell.')).toEqual(['Office of Ports Amendment/other']);
    // The body the law is named for stays a body where it stands alone.
    expect(found('Then the Office of Ports said no.')).toEqual(['Office of Ports/organisation']);
  });

  it('reads a place from "in" or a place word, but not from "at" or "from"', () => {
    expect(found('Protesters gathered in Velmora on Sunday.')).toEqual(['Velmora/place']);
    expect(found('Traffic stopped on Mill Creek Bridge.')).toEqual(['Mill Creek Bridge/place']);
    expect(found('She had worked at Quillfeather before.')).toEqual(['Quillfeather/other']);
  });
});

describe("a company's legal form", () => {
  it('closes the company\'s name, which is an organisation, and names nothing alone', () => {
    expect(namedIn('de', 'Gestern meldete die Velkor AG Gewinne, sagte der Sprecher.')).toEqual(['Velkor/organisation']);
    expect(namedIn('de', 'Der Hersteller Norvale Datentechnik GmbH wächst, und die AG auch.')).toEqual(['Norvale Datentechnik/organisation']);
    expect(namedIn('en', 'Norvale Inc said profits rose, and the Inc in its name stays.')).toEqual(['Norvale/organisation']);
  });

  it('reads "AG" in English as no legal form ("the New York AG" is its attorney general)', () => {
    expect(namedIn('en', 'The New York AG opened an inquiry on Monday.')).not.toContain('New York/organisation');
  });
});

describe('titles in the other languages briefs come in', () => {
  it('reads a title that Spanish, Portuguese or Polish writes with a capital as the title before a person, and its plural in a body\'s name as the body\'s', () => {
    expect(namedIn('es', 'El Presidente Tamayo viajó el lunes, y la Ministra Ines Varela habló.')).toEqual(['Ines Varela/person', 'Tamayo/person']);
    expect(namedIn('pt', 'O Senador Caio Lemos votou na segunda-feira.')).toEqual(['Caio Lemos/person']);
    expect(namedIn('es', 'Ayer votó la Cámara de Diputados y habló el Consejo de Ministros.')).toEqual(['Consejo de Ministros/organisation', 'Cámara de Diputados/organisation']);
  });
});

describe('words that are no names', () => {
  it('reads a numbered part of something as no name ("Step One", "Phase III"), and a longer name with a numeral as one', () => {
    expect(found('Step One: melt the butter. Step Two: fold in the oats.')).toEqual([]);
    expect(found('The Phase III trial of Norvax began in May.')).toEqual(['Norvax/other']);
    expect(found('The fort dates from World War II and was rebuilt later.').map((n) => n.split('/')[0])).toEqual(['World War II']);
  });

  it('reads "Hon." and "the Honourable" as the honorifics before a person\'s name, and Hon Hai as the company', () => {
    expect(kinds('The Hon. Desmond Varley opened the port, and the Honourable Ivy Marsh spoke.')).toEqual({ 'Desmond Varley': 'person', 'Ivy Marsh': 'person' });
    expect(kinds('Hon Hai Precision, which assembles phones, said sales rose.')).toEqual({ Foxconn: 'organisation' });
  });

  it('reads the writer\'s "I" as no part of a name, and a lone "I" after a name\'s word as its numeral', () => {
    expect(found('Normally I would agree with Tom Hale.')).toEqual(['Tom Hale/person']);
    expect(found("Hello everyone, I'm Rhea Calloway and this is the update.")).toEqual(['Rhea Calloway/person']);
    expect(found('The fort dates from World War I and was rebuilt later.').map((n) => n.split('/')[0])).toEqual(['World War I']);
  });

  it('drops everyday words capitalised by convention, when nothing shows they are names', () => {
    expect(found('Sanctions by Western governments and the two Communist states were discussed.')).toEqual([]);
    expect(found('Figures from the Customs agency show a fall.')).toEqual([]);
    expect(found('Records fell in Western states.')).toEqual([]);
    expect(found('Protests spread to the West last year.')).toEqual([]);
  });

  it('drops shouted labels, fragments of hyphenated names and compounds of known names', () => {
    expect(found('He spoke at the TEMP metalworking forum and at the NORDA summit.')).toEqual(['NORDA/organisation']);
    expect(kinds('Navies are active across the Indo‑Pacific region.')).toEqual({ 'Indo-Pacific': 'place' });
    expect(kinds('After the US-China thaw, exports rose.')).toEqual({ China: 'country', 'United States': 'country' });
  });

  it('keeps the number that completes a bill, a ballot measure, a road or a mission, and leaves a report\'s section out', () => {
    const named = 'Tarnland passed Senate Bill 14 in May|Voters in Eastham approved Proposition 31 last year|The board wants to repeal Section 712 of the act|Traffic on Interstate 9 slowed to a crawl'.split('|');
    expect(named.map((text) => Object.keys(kinds(`${text}.`)).find((label) => /\d/u.test(label)))).toEqual(['Senate Bill 14', 'Proposition 31', 'Section 712', 'Interstate 9']);
    expect(Object.keys(kinds('Section 2 of the harbour report is long.'))).toEqual([]);
  });

  it('drops the plural of a model designation and company forms standing alone', () => {
    expect(kinds('The pilots flew MiG-21 jets; the MiGs were old.')).toEqual({ 'MiG-21': 'product' });
    expect(found('Huawei and Norlink Mobile Ltd could win.').filter((n) => n.startsWith('Ltd'))).toEqual([]);
  });

  it('reads letters joined to figures as a model only where the letters are few or glued and the word ends on them', () => {
    const kindOf = (text: string, name: string) => findNames(prose(text)).flat().find((n) => n.surface === name)?.kind;
    const models: [string, string][] = [['The air force flew the Vx-47 over the coast.', 'Vx-47'], ['Sales of the QT5 console rose.', 'QT5'], ['The Tarn TR220 jet landed.', 'Tarn TR220']];
    for (const [text, name] of models) expect(kindOf(text, name), name).toBe('product');
    // An illness, a class or a limit ("Morbus-12"), a compound that goes on after the figures, and such a word after "in": no model and no place.
    const others: [string, string][] = [['Patients with MORBUS-12 were treated at home.', 'MORBUS-12'], ['Deaths in Morbus-12 patients fell, the ministry said.', 'Morbus-12'], ['Sales of the new QT5-Konsole rose.', 'QT5-Konsole'], ['They build pages in HTMX4 now.', 'HTMX4']];
    for (const [text, name] of others) expect(kindOf(text, name), name).toBe('other');
  });

  it('keeps an everyday word that speaks, with no kind ("other")', () => {
    expect(found('Officials met. Later Harbinger said it would appeal.')).toEqual(['Harbinger/other']);
    expect(found('He said "I think I\'ve seen it" and "I\'ll go".')).toEqual([]);
  });
});

describe('kinds across the corpus', () => {
  it('lets context in one brief decide, and keeps a name with no evidence anywhere as "other"', () => {
    const graph = linkCorpus([
      brief('a', 'Crowds cheered Ostrava Pell at the rally.'),
      brief('b', 'The speech was given by Senator Ostrava Pell.'),
      brief('c', 'Tickets for the Veltane Cup sold out. The Veltane Cup starts today.'),
      brief('d', 'Fans queued for the Veltane Cup.'),
    ]);
    expect(graph.entities['ostrava-pell']).toMatchObject({ kind: 'person' });
    expect(graph.entities['ostrava-pell']?.kindEvidence).toBeUndefined();
    expect(graph.entities['veltane-cup']).toMatchObject({ kind: 'other', kindEvidence: 'none' });
  });

  it('reads a short given name as the name it stands for when the corpus writes both, and the lone surname as that person', () => {
    const texts = {
      a: 'The bill was backed by Senator Charles Tamworth on Monday.',
      b: 'Senator Chuck Tamworth backed the bill. Tamworth said it would pass.',
      c: 'Senator Chuck Tamworth spoke again, and Senator Jack Orrell listened.',
      d: 'Senator John Orrell left early.',
      e: 'Crowds waited, and Tamworth said the vote was close.',
    };
    const graph = linkCorpus(Object.entries(texts).map(([slug, text]) => brief(slug, text)));
    expect(graph.entities['chuck-tamworth']).toBeUndefined();
    expect(graph.entities['charles-tamworth']).toMatchObject({ kind: 'person', label: 'Chuck Tamworth' });
    expect(graph.entities['charles-tamworth']?.mentions.map((m) => m.slug).sort()).toEqual(['a', 'b', 'c', 'e']);
    expect(graph.briefs['b']!.entities.map((e) => e.id)).toEqual(['charles-tamworth']);
    // "Jack" is a name of its own as often as John's.
    expect(graph.entities['jack-orrell']).toBeDefined();
  });

  it("joins a lone word across briefs to a full name of a person's shape only where nothing says it is another thing", () => {
    // "Freddie Harbourton" is a person by its shape alone: a company could be named so.
    const shapeOnly = 'On Monday the news was all about Freddie Harbourton again.';
    // A word more briefs write alone than with the full name is another thing there.
    const moreAlone = linkCorpus([brief('a', shapeOnly), brief('b', 'Buy a Harbourton before prices rise.'), brief('c', 'The Harbourton runs faster now.')]);
    expect(moreAlone.entities['freddie-harbourton']?.mentions.map((m) => m.slug)).toEqual(['a']);
    // A place read from its context is no surname of a person of that shape.
    const place = linkCorpus([brief('a', shapeOnly), brief('b', 'Ferries in Harbourton were late on Monday, officials said.')]);
    expect(place.entities['freddie-harbourton']?.mentions.map((m) => m.slug)).toEqual(['a']);
    // Once a brief says the full name is a person's, the word alone joins it.
    const sure = linkCorpus([brief('a', 'Freddie Harbourton, a spokesman for the port, said shares fell.'), brief('b', 'Buy a Harbourton before prices rise.'), brief('c', 'The Harbourton runs faster now.')]);
    expect(sure.entities['freddie-harbourton']?.mentions.map((m) => m.slug).sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps a lone word apart from a full name of a person\'s shape when more briefs read it as a place than as a person', () => {
    const shapeOnly = 'On Monday the news was all about Freddie Harbourton again.';
    const person = 'The old ferry master, Harbourton, who retired in May, disagreed.';
    const places = ['Ferries in Harbourton were late on Monday, officials said.', 'Schools in Harbourton closed early on Friday.'];
    const outvoted = linkCorpus([brief('a', shapeOnly), brief('b', person), brief('c', places[0]!), brief('d', places[1]!)]);
    expect(outvoted.entities['freddie-harbourton']?.mentions.map((m) => m.slug)).toEqual(['a']);
    expect(outvoted.entities['harbourton']?.kind).toBe('place');
    // Where the briefs that read it as a person outnumber those that read a place, it joins.
    const more = linkCorpus([brief('a', shapeOnly), brief('b', person), brief('e', 'The captain thanked Harbourton, who led the crew.'), brief('c', places[0]!)]);
    expect(more.entities['freddie-harbourton']?.mentions.map((m) => m.slug).sort()).toEqual(['a', 'b', 'c', 'e']);
  });

  it('joins a lone surname to the full name far more briefs name than any other ending alike, and to none where two are named alike', () => {
    const senator = (slug: string) => brief(slug, 'Senator Ostrava Pell, who chairs the panel, spoke on Monday.');
    const lone = brief('z', 'On Friday the ferry plan was backed by Pell, who spoke first.');
    const spouse = brief('s', 'Mirela Pell, who runs a bakery, said she was glad.');
    const mostly = linkCorpus([senator('a'), senator('b'), senator('c'), spouse, lone]);
    expect(mostly.entities['ostrava-pell']?.mentions.map((m) => m.slug).sort()).toEqual(['a', 'b', 'c', 'z']);
    expect(mostly.entities['mirela-pell']?.mentions.map((m) => m.slug)).toEqual(['s']);
    // Three briefs to two is no lead: the lone word stays apart.
    const alike = linkCorpus([senator('a'), senator('b'), senator('c'), spouse, brief('t', 'Mirela Pell, who runs a bakery, opened a shop.'), lone]);
    expect(alike.entities['pell']?.mentions.map((m) => m.slug)).toEqual(['z']);
  });

  it('reads a lone surname as the person whose full name ends in it before a generation mark', () => {
    const attorney = (slug: string) => brief(slug, 'District Attorney Ostrava Pell Jr., who leads the inquiry, spoke on Monday.');
    const graph = linkCorpus([attorney('a'), attorney('b'), brief('z', 'On Friday the inquiry was widened by Pell, who spoke first.')]);
    expect(graph.entities['pell']).toBeUndefined();
    expect(graph.entities['ostrava-pell-jr']?.mentions.map((m) => m.slug).sort()).toEqual(['a', 'b', 'z']);
  });

  it('gives a given name alone no entity, unless a full name claims it or it names a place', () => {
    // Briefs a to f, in this order.
    const texts = [
      'We went sailing with Marla on Sunday, and Marla steered the whole way.',
      'Marla, who runs the kiosk, repainted the sign. Marla said it took a week.',
      'Senator Ostrava Kerry, who chairs the panel, spoke on Monday.',
      'On Friday the ferry plan was backed by Kerry, who spoke first.',
      'Ferries in Charlotte were late on Monday, officials said.',
      'Schools in Charlotte closed early on Friday.',
    ];
    const graph = linkCorpus(texts.map((text, i) => brief('abcdef'[i]!, text)));
    // Two briefs' Marla need not be one person: no page joins them.
    expect(graph.entities['marla']).toBeUndefined();
    expect([...graph.briefs['a']!.entities, ...graph.briefs['b']!.entities].map((e) => e.id)).not.toContain('marla');
    expect(graph.entities['ostrava-kerry']?.mentions.map((m) => m.slug).sort()).toEqual(['c', 'd']);
    expect(graph.entities['charlotte']?.mentions.map((m) => m.slug).sort()).toEqual(['e', 'f']);
  });

  it("reads a group's member and its plural as one entity, but not every name and its plural", () => {
    const members = linkCorpus([brief('a', 'Voters backed the plan, and every Calderonian on the panel said so.'), brief('b', 'The Calderonians on the panel agreed.')]);
    expect(members.entities['calderonian']).toBeUndefined();
    expect(members.entities['calderonians']?.mentions.map((m) => m.slug).sort()).toEqual(['a', 'b']);
    const titles = linkCorpus([brief('c', 'Readers of Time said the plan would pass.'), brief('d', 'Readers of Times said the plan would pass.')]);
    expect(Object.keys(titles.entities).sort()).toEqual(['time', 'times']);
  });

  it('marks a person known only by the shape of the name', () => {
    const graph = linkCorpus([brief('a', 'Crowds cheered Ostrava Pell at the rally.')]);
    expect(graph.entities['ostrava-pell']).toMatchObject({ kind: 'person', kindEvidence: 'shape' });
  });
});

describe('names the news uses of no listed kind, and abbreviations of listed ones', () => {
  it.each([
    ['en', 'Covid-19 cases rose as COVID spread, and SARS-CoV-2 mutated.', ['COVID-19/other', 'SARS-CoV-2/other']],
    ['de', 'Das Virus SARS-CoV-2 löst Covid-19 aus, meldete das Amt.', ['COVID-19/other', 'SARS-CoV-2/other']],
    ['de', 'In NRW und in Nordrhein-Westfalen stritt die AfD mit der Alternative für Deutschland.', ['AfD/organisation', 'North Rhine-Westphalia/place']],
    ['en', 'After the Second World War the Olympics were held again, as after WWI.', ['Olympic Games/other', 'World War I/other', 'World War II/other']],
    ['de', 'Nach dem Zweiten Weltkrieg fanden die Olympischen Spiele wieder statt.', ['Olympic Games/other', 'World War II/other']],
    ['fr', 'Après la Seconde Guerre mondiale, les Jeux olympiques ont repris.', ['Olympic Games/other', 'World War II/other']],
  ])('in %s: %s', (language, text, expected) => {
    expect(namedIn(language, text)).toEqual(expected);
  });

  it('reads a model designation only where it stands alone, not at the end of a longer hyphenated name', () => {
    expect(namedIn('en', 'The Su-27 flew past an S-400 site.')).toEqual(['S-400/product', 'Su-27/product']);
    expect(namedIn('en', 'Tests found the Velkor-Ab-12 strain in the water.')).not.toContain('Ab-12/product');
  });
});

describe("a body's name in a language that opens it with the body's word", () => {
  it.each([
    ['es', 'Según informó el lunes el Ministerio de Trabajo, la Policía Nacional detuvo a dos personas en el puerto.', ['Ministerio de Trabajo/organisation', 'Policía Nacional/organisation']],
    ['pt', 'Na segunda-feira, o Supremo Tribunal Federal disse que as Forças Armadas não vão participar da apuração.', ['Forças Armadas/organisation', 'Supremo Tribunal Federal/organisation']],
  ])('reads it as an organisation (%s)', (language, text, expected) => {
    expect(namedIn(language, text)).toEqual(expected);
  });

  it('leaves English alone, where the same words open other names', () => {
    expect(namedIn('en', 'Fog rolled over Corte Madera on Monday, residents said.')).not.toContain('Corte Madera/organisation');
  });
});

describe('English phrases German borrows as nouns', () => {
  it('reads "Social Media" or "Fake News" in a German brief as no name, but keeps a body whose word is no English one', () => {
    expect(namedIn('de', 'Über Social Media verbreiten sich Fake News schnell, warnte die Task Force am Montag.')).toEqual([]);
    expect(namedIn('de', 'Die Norvale Post und Sky News berichteten am Montag darüber.')).toEqual(['Norvale Post/organisation', 'Sky News/organisation']);
  });
});

describe("a German body's name", () => {
  it.each([
    ['its compound closes it', 'Der Norvale Skiverband und das Auswärtige Amt stritten, und die Tarrow Mediengruppe berichtete.', ['Auswärtige Amt/organisation', 'Norvale Skiverband/organisation', 'Tarrow Mediengruppe/organisation']],
    ["a sports club's word marks it", 'Am Montag verlor der Hamburger SV gegen den VfB Tarrow, sagte der Trainer.', ['Hamburger SV/organisation', 'VfB Tarrow/organisation']],
  ])('is an organisation where %s', (_rule, text, expected) => {
    expect(namedIn('de', text)).toEqual(expected);
  });

  it('is not read in compounds that name things ("Zielgruppe", "Netzwerke", "Datenbank")', () => {
    const found = namedIn('de', 'Die Norvale Zielgruppe nutzt Soziale Netzwerke und die Tarrow Datenbank, sagte sie.');
    expect(found.filter((n) => n.endsWith('/organisation'))).toEqual([]);
  });
});

describe("a German recipe's measures", () => {
  it('are no names, written out or short, while a Spanish "El" still opens one', () => {
    const items = ['250 g Dinkelmehl', '1 TL Natron', '2 EL Rohrzucker', '1 Päckchen Puddingpulver', '1 Tafel Zartbitter', '1 Becher Quark', '1 Handvoll Mandeln'];
    const recipe = extractLinkFeatures({ slug: 'r', seed: 'r', title: 'Kuchen', outlet: null, date: null, language: 'de', paragraphs: [{ kind: 'paragraph', text: 'Zutaten für den Kuchen:' }, ...items.map((text) => ({ kind: 'list-item', text }))] });
    expect(recipe.entities.map((e) => e.id)).toEqual([]);
    expect(namedIn('de', 'Wir fuhren nach El Tarnado, einem Dorf an der Küste.', 'id')).toEqual(['el-tarnado/other']);
  });
});

describe('a name in the genitive', () => {
  it('is the name itself where a German brief writes both', () => {
    const text = 'Der Streit des Tarnhafener Hafenverbandes dauerte, und der Tarnhafener Hafenverband widersprach.';
    expect(namedIn('de', text, 'id')).toEqual(['tarnhafener-hafenverband/organisation']);
  });

  it('stays a name of its own alone, in English, or where its S is a capital letter', () => {
    expect(namedIn('de', 'Die Tarnport Stones spielten gestern in Tarnhafen, sagte der Veranstalter.', 'id')).toContain('tarnport-stones/other');
    expect(namedIn('en', 'Ostrava Pell spoke first. Later, Ostrava Pells spoke, and Ostrava Pell agreed.', 'id')).toEqual(['ostrava-pell/person', 'ostrava-pells/person']);
    expect(namedIn('de', 'Das Tarnhafener ABCS prüfte das Tarnhafener ABC, sagte die Sprecherin.', 'id')).toEqual(['tarnhafener-abc/organisation', 'tarnhafener-abcs/organisation']);
  });
});

describe('a technology named in the languages briefs come in', () => {
  it.each([
    ['en', 'The port will run on renewable energy from next year, the board said.'],
    ['de', 'Der Hafen soll ab nächstem Jahr mit erneuerbaren Energien betrieben werden, sagte der Vorstand.'],
    ['es', 'El puerto funcionará con energías renovables desde el próximo año, dijo la junta.'],
  ])('reads renewable energy in %s', (language, text) => {
    expect(namedIn(language, text)).toContain('renewable energy/technology');
  });
});
