import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/pipeline/flags/index.ts';
import { emptyInput, type FlagKind } from '../../../src/pipeline/flags/types.ts';

/** Flags of one kind for a body (and optional headline); every offset is checked against the text. */
function flagsOf(kind: FlagKind, body: string, extra: Parameters<typeof emptyInput>[0] extends infer P ? Partial<P> : never = {}) {
  const input = emptyInput({ body, ...extra });
  const { flags, warnings } = detectFlags(input);
  expect(warnings).toEqual([]);
  for (const f of flags) {
    const source = f.field === 'title' ? input.title : f.field === 'body' ? input.body : (input[f.field] as string[])[f.index ?? 0]!;
    expect(source.slice(f.start, f.end)).toBe(f.text);
  }
  return flags.filter((f) => f.kind === kind);
}
const texts = (kind: FlagKind, body: string, extra = {}) => flagsOf(kind, body, extra).map((f) => f.text);

describe('publisher-disclosure', () => {
  it('flags opinion, summary, sponsorship and legal notices, each as its own evidence', () => {
    expect(texts('publisher-disclosure', 'Filed under World 🞛 This publication contains editorial commentary or bias from the source 🞛 This page is a summary of another publication')).toEqual([
      'This publication contains editorial commentary or bias from the source',
      'This page is a summary of another publication',
    ]);
    expect(flagsOf('publisher-disclosure', 'Sponsored content: brought to you by Acme Bank.')[0]?.severity).toBe('warning');
    expect(flagsOf('publisher-disclosure', 'This material was distributed by a foreign agent.')[0]?.severity).toBe('info');
  });
  it('flags the notices cleaning removed, with offsets into the notice', () => {
    const [flag] = flagsOf('publisher-disclosure', 'Body text.', { disclosures: ['  The views expressed are those of the author.'] });
    expect(flag).toMatchObject({ field: 'disclosures', index: 0, text: 'The views expressed are those of the author.' });
  });
  it('does not flag ordinary sentences that mention opinions or agents', () => {
    expect(texts('publisher-disclosure', 'Opinion polls show the mayor ahead. A travel agent said bookings rose.')).toEqual([]);
  });
  it.each([
    ['a bill', 'The harbour act, sponsored by Rep. Ann Lee of Tarnland, would fund two new ferries and a quay.', null],
    ['a bill whose sentence a parser cuts at "Reps."', 'The ferries ran late. The harbour act, sponsored by Reps. Ann Lee and Tom Hale, would fund two ferries.', null],
    ['a notice opening a sentence', 'The ferries ran late again. Sponsored by Harbour Trust. The quay held.', 'warning'],
    ['an event', 'The festival was hosted by the town council in partnership with several volunteer groups from the valley.', null],
    ['a feed', 'The live feed of the eclipse is presented by the Valley Astronomical Society and the harbour museum.', null],
    ['a short line', 'Sponsored by Harbour Trust', 'warning'],
    ['the page itself', 'This article was produced in partnership with the Harbour Trust, which funds coverage of ferries and ports.', 'warning'],
    ['a short sentence whose notice comes late', 'The ferries ran late again. Paid staff backed the harbour act sponsored by Ann Lee. The quay held.', null],
    ['an affiliate notice opening a short sentence', 'The ferries ran late again. Affiliate links here may earn us a small fee. The quay held.', 'caution'],
  ])("reads a sponsorship in the story's text as the page's only as a short line or where it speaks of the page: %s", (_what, body, severity) => {
    expect(flagsOf('publisher-disclosure', body)[0]?.severity ?? null).toBe(severity);
  });
  it.each([
    ['a book', 'The ferryman keeps a copy of the tide tables on deck, a slim guide first published in the Tarnport Almanac and reprinted every spring since.', null],
    ['a recipe', 'The fish stew the crew cooks on the night crossing was adapted from a dish the cook first tasted in a harbour inn.', null],
    ['the page itself', 'The crossing took six hours in a gale. This story first appeared in the Valley Ledger.', 'info'],
    ['a short line', 'The crossing took six hours in a gale.\n\nOriginally published in the Harbour Post', 'info'],
    ['a credit line', 'The crossing took six hours in a gale.\n\nAdapted from the Tarnport Almanac', 'caution'],
  ])("reads a republication in the story's text as the page's only as a short line or where it speaks of the page: %s", (_what, body, severity) => {
    expect(flagsOf('publisher-disclosure', body)[0]?.severity ?? null).toBe(severity);
  });
  it('reads a date after "first published on" as when the page ran, not where', () => {
    expect(flagsOf('publisher-disclosure', 'Body text.', { disclosures: ['Originally published on Monday, 4 May 2020'] })[0]?.reason).not.toMatch(/elsewhere/u);
    expect(texts('publisher-disclosure', 'The crossing took six hours.\n\nFirst published in March 2021')).toEqual([]);
    // A date and then where: still a republication.
    expect(texts('publisher-disclosure', 'The crossing took six hours.\n\nFirst published in 1998 by the Tarn Ferries board')).toEqual(['First published in 1998 by the Tarn Ferries board']);
    expect(flagsOf('publisher-disclosure', 'Body text.', { disclosures: ['Originally published on the Harbour Post'] })[0]?.reason).toMatch(/elsewhere/u);
  });
  it('names a correction notice and a print notice for what they are, and not a story that tells of a correction', () => {
    const reasonOf = (notice: string) => flagsOf('publisher-disclosure', 'Body text.', { disclosures: [notice] })[0]?.reason;
    expect(reasonOf('This story was corrected to give the right departure time for the ferry.')).toMatch(/changed the story/u);
    expect(reasonOf('An earlier version of this story gave the wrong fare.')).toMatch(/changed the story/u);
    expect(reasonOf('This review ran in the Sunday print edition of the Harbour Post.')).toMatch(/ran in print/u);
    expect(texts('publisher-disclosure', 'The board said an earlier version of the timetable was wrong, and the ferry story was updated on Friday.')).toEqual([]);
  });
  it("reads a headline's words as a notice only where they open it, since a headline is always a line of its own", () => {
    expect(texts('publisher-disclosure', 'The board voted on Tuesday.', { title: 'Council halts quay works paid for by harbour fees' })).toEqual([]);
    expect(texts('publisher-disclosure', 'The board voted on Tuesday.', { title: 'Sponsored content: five ferry trips to take this summer' })).toEqual(['Sponsored content: five ferry trips to take this summer']);
  });
});

describe('secondhand', () => {
  it("reads an outlet's product used as a tool as no relay of its reporting", () => {
    const tools = ['You can hide the ferry times via the Valley Ledger settings page.', 'Riders can turn the ferry alerts off via the Reuters app.'];
    for (const body of tools) expect(texts('secondhand', body), body).toEqual([]);
    // The outlet itself after "via": its reporting, relayed.
    expect(texts('secondhand', 'The ferry was late again, via the Valley Ledger.')).toEqual(['via the Valley Ledger']);
  });
  it("reads someone speaking for an outlet as the outlet's statement, not a relay of its reporting", () => {
    expect(texts('secondhand', 'The ferry trip was called off. A spokeswoman for the Valley Ledger said: "The crew will sail next week instead."')).toEqual([]);
    expect(texts('secondhand', 'The ferry trip was called off, the Valley Ledger said.')).toEqual(['Valley Ledger said']);
  });
  it("reads no outlet's name in a clause's opening word or before a kind of outlet after 'a'", () => {
    const notRelays = [
      'As Ann Lee wrote in 2004, the harbour needs a new board.',
      '\u201cFour years ago, we had a great turnout,\u201d the mayor told a Tarnport radio station in an interview.',
    ];
    for (const body of notRelays) expect(texts('secondhand', body), body).toEqual([]);
    // A named station is still an outlet the story relays.
    expect(texts('secondhand', 'The mayor told the Tarnport radio station that the harbour needs a new board.')).toHaveLength(1);
  });
  it('reads a person who writes as no outlet: a given name, a title, or a letter, a post or a paper they wrote in', () => {
    const people = ['Justice Ann Lee wrote that the court agreed with the harbour board.', 'Tom Hale writes about the future of the ferries.', 'The quay held, Hale wrote in an email to the board.', 'The ferries are late again, Hale wrote on his blog.', 'In March, Hale wrote in the Valley Ledger that the ferries would run.'];
    for (const body of people) expect(texts('secondhand', body), body).toEqual([]);
    // A surname the story gives elsewhere after a given name, and a role in capitals opening the name: a person.
    expect(texts('secondhand', 'Tom Hale has a new book on the ferries. \u201cEvery crossing was a gamble,\u201d Hale writes.')).toEqual([]);
    expect(texts('secondhand', 'Lawyer Ann Lee wrote that the harbour court had erred.')).toEqual([]);
    expect(texts('secondhand', 'The quay was closed all week, Harbourside writes.')).toEqual(['Harbourside writes']);
    // A given name no list holds ("Tarquin", "Ferelith") is read as one before a surname; a common word, a country or a masthead is not.
    expect(texts('secondhand', 'The ferry board met Tarquin Hale on Friday.\n\nThe quay will close in March, Hale writes.')).toEqual([]);
    expect(texts('secondhand', 'In an essay by Ferelith Morrow, the harbour is a character.\n\nThe tide decides everything, Morrow writes.')).toEqual([]);
    expect(texts('secondhand', 'The Harbour Post and the Tarn Times cover the quay.\n\nThe quay will close in March, Times writes.')).toEqual(['Times writes']);
    expect(texts('secondhand', 'The ferry board met Great Harbourside on Friday.\n\nThe quay will close in March, Harbourside writes.')).toEqual(['Harbourside writes']);
    // A party's member named by state: a person.
    expect(texts('secondhand', 'The senator will vote against the harbour bill, the moderate Tarnland Democrat wrote.')).toEqual([]);
    expect(texts('secondhand', 'The Valley Ledger wrote that the harbour would close.')).toEqual(['Valley Ledger wrote']);
    expect(texts('secondhand', 'Harbourside Weekly wrote that the harbour would close.')).toEqual(['Harbourside Weekly wrote']);
    // A month or a day after "wrote in" is when the outlet wrote, not where.
    expect(texts('secondhand', 'Harbourside Weekly wrote in March that the harbour would close.')).toEqual(['Harbourside Weekly wrote']);
  });
  it('flags relayed reporting and records the chain', () => {
    expect(texts('secondhand', 'The talks failed, according to Reuters.')).toEqual(['according to Reuters']);
    expect(texts('secondhand', 'The ferry was late, according to the Harbour Post-Courier.')).toEqual(['according to the Harbour Post-Courier']);
    expect(texts('secondhand', 'The port will close, the newspaper Harbour Gazette wrote on Monday.')).toContain('Harbour Gazette wrote');
    const [relay] = flagsOf('secondhand', 'The deal collapsed. It is reported by Interfax with reference to Reuters.');
    expect(relay?.chain).toEqual(['Interfax', 'Reuters']);
    expect(texts('secondhand', 'Reuters broke the news first. Later the agency writes that talks resumed.')).toContain('the agency writes');
    expect(texts('secondhand', 'The ministry memo reportedly warned of shortages.')).toEqual(['reportedly']);
  });
  it('reads an outlet\'s name that makes a statement or writes a letter as a party speaking, not as reporting relayed', () => {
    expect(texts('secondhand', 'The owner faced questions.\n\nThe Valley Ledger said in a statement that it stands by its story.')).toEqual([]);
    expect(texts('secondhand', 'The owner faced questions.\n\nHarbourside Weekly wrote in a letter to readers that it had erred.')).toEqual([]);
    // A report, a post or a plain verb is still the outlet's reporting.
    expect(texts('secondhand', 'The owner faced questions.\n\nThe Valley Ledger said in a report that fares will rise.')).toEqual(['Valley Ledger said']);
    expect(texts('secondhand', 'The owner faced questions.\n\nThe Valley Ledger wrote on its website that fares will rise.')).toEqual(['Valley Ledger wrote']);
  });
  it('ends an outlet\'s name at a sentence\'s end, not at an abbreviation', () => {
    expect(texts('secondhand', 'The dish will find the first ones, says Li. Polarized radio signals come from planets with magnetic fields.')).toEqual([]);
    expect(texts('secondhand', 'The port will close, the newspaper St. Louis Ledger wrote on Monday.')).toEqual(['St. Louis Ledger wrote']);
  });
  it('does not flag data, officials, the outlet itself or a request to an outlet', () => {
    expect(texts('secondhand', 'Prices rose 4%, according to the data. According to officials, the road reopens soon.')).toEqual([]);
    expect(texts('secondhand', 'The ministry did not respond to Reuters\u2019 request for comment.')).toEqual([]);
    expect(texts('secondhand', 'Reuters reported on Monday that the mine closed.', { outlet: 'Reuters' })).toEqual([]);
    // The outlet's own writer, named with it: its own reporting, as the outlet named alone is relayed by another outlet only.
    const staff = 'The harbour will close next spring, Harbour Post’s Ann Lee writes.';
    expect(texts('secondhand', staff, { outlet: 'Harbour Post' })).toEqual([]);
    expect(texts('secondhand', staff.replace('Harbour Post’s', 'The Harbour Post’s'), { outlet: 'The Harbour Post' })).toEqual([]);
    expect(texts('secondhand', 'The harbour will close next spring, the Harbour Post writes.', { outlet: 'Valley Times' })).toEqual(['Harbour Post writes']);
    expect(texts('secondhand', 'Russia reported a trade surplus.')).toEqual([]);
  });
  it('treats the credited outlet as relayed when the page says it summarises another publication', () => {
    const body = 'According to Reuters, the mine closed on Monday.';
    const summary = ['This publication is a summary or evaluation of another publication'];
    expect(texts('secondhand', body, { outlet: 'Reuters', disclosures: summary })).toEqual(['According to Reuters']);
    expect(texts('secondhand', body, { outlet: 'Reuters', disclosures: ['This publication contains editorial commentary or bias from the source'] })).toEqual([]);
  });
  it('flags a headline that credits an outlet', () => {
    expect(texts('secondhand', 'Body.', { title: 'Reuters: Mine closes after flood', titleIsHeadline: true })).toEqual(['Reuters']);
    expect(texts('secondhand', 'Body.', { title: 'In the Harbour News: Ferry strike ends', titleIsHeadline: true })).toEqual(['In the Harbour News']);
  });
  it("reads no credit in a headline whose part before the colon only has an outlet's name inside", () => {
    expect(texts('secondhand', 'Body.', { title: 'Ferry times now live in the Reuters app: how to find them', titleIsHeadline: true })).toEqual([]);
    expect(texts('secondhand', 'Body.', { title: 'Ann Lee on Reuters and the wire trade: a life in news', titleIsHeadline: true })).toEqual([]);
  });
});

describe('anonymous-sourcing', () => {
  it('reads people placed in a named body or a publication they write in as sourced', () => {
    expect(texts('anonymous-sourcing', 'Silt in the harbour is rising, according to harbour experts writing in the Tarn Marine Journal this spring.')).toEqual([]);
    expect(texts('anonymous-sourcing', 'Fares will rise in May, according to analysts with Tarn Ferries.')).toEqual([]);
    // A place is no body: they are still unnamed.
    expect(texts('anonymous-sourcing', 'Fares will rise in May, according to analysts in the valley.')).toEqual(['according to analysts']);
  });
  it("reads unnamed sources inside a quotation as the speaker's, not the story's", () => {
    expect(texts('anonymous-sourcing', 'Ann Lee, the harbour master, spoke on Friday. \u201cInsiders expect the ferry to sail again in May,\u201d she said.')).toEqual([]);
    expect(texts('anonymous-sourcing', 'Ann Lee, the harbour master, spoke on Friday. Insiders expect the ferry to sail again in May, she said.')).toEqual(['Insiders expect']);
  });
  it('flags unnamed sources', () => {
    expect(texts('anonymous-sourcing', 'Officials familiar with the talks said a deal was close.')).toEqual(['Officials familiar with the talks']);
    expect(texts('anonymous-sourcing', 'Industry insiders expect delays.')).toEqual(['Industry insiders']);
    expect(texts('anonymous-sourcing', 'Sources said the vote was delayed.')).toEqual(['Sources said']);
    expect(texts('anonymous-sourcing', 'Some senior officials warned of cuts.')).toEqual(['Some senior officials']);
    expect(texts('anonymous-sourcing', 'Analysts say the rally will fade.')).toEqual(['Analysts say']);
  });
  it('reads a share of a people in a poll as a finding, and the people speaking as one as a source', () => {
    expect(texts('anonymous-sourcing', 'Asked about the ferries, 38 percent of Norwegians said the fares were too high.')).toEqual([]);
    expect(texts('anonymous-sourcing', 'In the harbour survey, Norwegians said the fares were too high.')).toEqual([]);
    expect(texts('anonymous-sourcing', 'The Norwegians said the fares were too high, and the talks ended.')).toEqual(['The Norwegians said']);
  });
  it('reads a place ending in "s" as no people speaking: a pub in a town, a state by its name', () => {
    for (const body of ['The Anchor in Douglas say they will close for the winter.', 'The Bahamas said the ferry talks had failed.']) expect(texts('anonymous-sourcing', body), body).toEqual([]);
  });
  it('does not flag named sources, open source or sources of energy', () => {
    expect(texts('anonymous-sourcing', 'Jane Doe, an analyst at Example Bank, said rates would rise. Analysts at Example Bank note the risk.')).toEqual([]);
    expect(texts('anonymous-sourcing', 'The firm uses open-source code and new sources of energy.')).toEqual([]);
    expect(texts('anonymous-sourcing', 'Several members of the board resigned.')).toEqual([]);
  });
});

describe('loaded-language', () => {
  it('flags accusations and emotive words in the outlet\u2019s voice', () => {
    expect(texts('loaded-language', 'The company grew by stealing the technology from rivals.')).toEqual(['stealing']);
    expect(texts('loaded-language', 'It was a humiliating defeat for the council.')).toEqual(['humiliating']);
    expect(texts('loaded-language', 'The cuts added salt to the town\u2019s wounds.')).toEqual(['added salt to the town\u2019s wounds']);
    const [title] = flagsOf('loaded-language', 'The mayor resigned.', { title: 'A furious mayor quits', titleIsHeadline: true });
    expect(title).toMatchObject({ field: 'title', text: 'furious', severity: 'warning' });
  });
  it('does not flag business idioms, attributed accusations, quotations or legal terms', () => {
    expect(texts('loaded-language', 'Budget airlines steal market share from the incumbents.')).toEqual([]);
    expect(texts('loaded-language', 'The regulator accused the firm of stealing customer data.')).toEqual([]);
    expect(texts('loaded-language', 'She called it \u201ca humiliating and shameful retreat\u201d in parliament.')).toEqual([]);
    expect(texts('loaded-language', 'Intellectual-property theft costs billions; the contract guards against theft.')).toEqual([]);
    expect(texts('loaded-language', 'The sanctions regime was tightened. A devastating earthquake struck.')).toEqual([]);
  });
  it('reads a headline\'s single quotes as someone\'s words, and an apostrophe as no quotation', () => {
    expect(texts('loaded-language', 'Crowds marched through the capital on Sunday.', { title: "'We are no longer afraid': crowds march in the capital", titleIsHeadline: true })).toEqual([]);
    expect(texts('loaded-language', 'Crowds marched through the capital on Sunday.', { title: 'We are no longer afraid, crowds march in the capital', titleIsHeadline: true })).toEqual(['afraid']);
    // "the farmers' union … '90s": apostrophes, not a quotation around the loaded word between them.
    expect(texts('loaded-language', "The farmers' disgraceful vote came in the '90s, the report found.")).toEqual(['disgraceful']);
  });
  it('leaves loaded words to their speaker in a quotation of several paragraphs printed with straight marks', () => {
    // Each paragraph of the quotation opens with a mark and only the last closes.
    const quoted = 'The harbour master spoke after the storm.\n\nAnn Lee, who runs Tarn Ferries, said: "It was a disgraceful night for the fleet.\n\n"We will rebuild the quay by May."';
    expect(texts('loaded-language', quoted)).toEqual([]);
    // In the writer's voice, and after a straight mark that opens nothing (inches), the word is flagged.
    expect(texts('loaded-language', 'The harbour master spoke after the storm.\n\nIt was a disgraceful night for the fleet.')).toEqual(['disgraceful']);
    expect(texts('loaded-language', 'The harbour master spoke after the storm.\n\nThe new 27" screens show a disgraceful night for the fleet.')).toEqual(['disgraceful']);
  });
});

describe('loaded-language: labels, judgements and degree', () => {
  const severities = (body: string, extra = {}) => flagsOf('loaded-language', body, extra).map((f) => `${f.text}:${f.severity}`);
  it('flags name-calling, judgements and exaggeration in the outlet\u2019s voice, strong words as cautions and ambiguous ones as notes', () => {
    expect(severities('The mayor sent his thugs to break up the meeting.')).toEqual(['thugs:caution']);
    expect(severities('The council passed an irresponsible parking rule.')).toEqual(['irresponsible:info']);
    expect(severities('The reform left a massive hole in the budget.')).toEqual(['massive:info']);
    expect(severities('The governor wants to hand housing grants to illegals.')).toEqual(['illegals:info']);
    expect(severities('Ministers slammed the report.', { title: 'Ludicrous plan slammed', titleIsHeadline: true })).toEqual(['Ludicrous:warning', 'slammed:warning', 'slammed:caution']);
  });
  it('grades by the cues a sentence holds: a word with neutral uses shows beside another cue, size and praise stay notes', () => {
    expect(severities('The council passed a ludicrous and irresponsible parking rule.')).toEqual(['ludicrous:caution', 'irresponsible:caution']);
    expect(severities('The so-called reform left a massive hole in the budget.')).toEqual(['so-called:caution', 'massive:info']);
    expect(severities('The massive new bridge drew enormous crowds.')).toEqual(['massive:info', 'enormous:info']);
  });
  it('takes a degree word into the evidence and makes the flag stronger', () => {
    expect(severities('The plan was utterly absurd and totally wrong.')).toEqual(['utterly absurd:caution', 'totally wrong:caution']);
    expect(severities('The mill was completely destroyed; she truly denies it.')).toEqual([]);
  });
  it('flags dramatising verbs only in their figurative sense', () => {
    expect(texts('loaded-language', 'The senator attacked the governor\u2019s plan as wasteful.')).toEqual(['attacked']);
    expect(texts('loaded-language', 'A shark attacked a swimmer. He had a heart attack. The striker attacked the goal.')).toEqual([]);
    expect(texts('loaded-language', 'Two workers were crushed to death. The car slammed into a wall.')).toEqual([]);
  });
  it('reads terms of police and medical reports as description: a suspicious package, severe blood clots', () => {
    const described = ['Police cleared the square after a report of a suspicious package near the fountain.', 'Regulators paused the jabs to study rare, severe blood clots in a few recipients.', 'The trial enrolled adults with severe Covid-19 in three hospitals.'];
    const security = ['The malicious links in the harbour emails led to a fake login page.', 'The ferry team ranks first in most offensive categories this season.', 'The court held the seller liable for defective products.', 'Cameras will deter crimes such as theft at the depot.'];
    for (const text of [...described, ...security, 'Two clerks sued the ferry firm over a hostile work environment at the depot.']) expect(texts('loaded-language', text)).toEqual([]);
    // Security's and astronomy's terms too: a malicious message, a stellar density; still praise in a "stellar season".
    for (const text of ['The virus sends malicious messages to every contact on the ferry crew’s phones.', 'The survey gives a stellar density of two stars per cubic light-year near the harbour nebula.']) expect(texts('loaded-language', text), text).toEqual([]);
    expect(texts('loaded-language', 'The ferry crew had a stellar season on the island run.')).toEqual(['stellar']);
    expect(texts('loaded-language', 'The mayor wrote a malicious report about the harbour board.')).toEqual(['malicious']);
    // The same words judging: timing that insinuates, cuts that are sized up.
    expect(texts('loaded-language', 'The suspicious timing of the ferry sale raised questions in the harbour.')).toEqual(['suspicious']);
    expect(texts('loaded-language', 'The severe cuts to the ferry budget hit the harbour hard.')).toEqual(['severe']);
  });

  it('reads "open borders" as a label of a stance, not as the verb and its object', () => {
    expect(texts('loaded-language', 'The island is set to open borders to ferry passengers from the mainland this summer.')).toEqual([]);
    expect(texts('loaded-language', 'Harbour Board Votes to Open Borders to Ferry Passengers From the Mainland')).toEqual([]);
    expect(texts('loaded-language', 'The harbour board pushed its open-borders agenda through the budget vote in the spring.')).toEqual(['open-borders']);
  });

  it('reads "claimed the coldest", a lawsuit claiming, someone\'s claims as a noun and "aggressive driving" in their plain senses', () => {
    const plain = ['Eastham claimed the coldest night in the county on Tuesday.', 'Ferry crews filed a lawsuit claiming that the company ignored warnings about the engine.', 'The inquiry will test the ferry boss\u2019s claims that the firm is broke.', 'Crashes at night are mostly down to speeding and aggressive driving.'];
    for (const text of plain) expect(texts('loaded-language', text), text).toEqual([]);
    // The verb of saying that casts doubt, and the adjective judging a person, still flag.
    expect(texts('loaded-language', 'The ferry boss claimed that the firm is broke.')).toEqual(['claimed']);
    expect(texts('loaded-language', 'The aggressive mayor shouted at the harbour board.')).toEqual(['aggressive']);
  });
  it('reads disaster aid and a disaster declaration as terms of relief, and a sale called a disaster as a judgement', () => {
    for (const text of ['The bill also holds $28 million in emergency disaster aid for the coast.', 'The governor asked for a federal disaster declaration after the floods.']) expect(texts('loaded-language', text), text).toEqual([]);
    expect(texts('loaded-language', 'The ferry sale was a disaster for the town.')).toEqual(['disaster']);
  });
  it('reads "offensive" as insulting only of words and deeds, and a stolen base as baseball', () => {
    const plain = ['The harbour team led the league in offensive output and ranked second in base stealing.', 'Cyber war has both defensive and offensive aspects.'];
    for (const text of plain) expect(texts('loaded-language', text), text).toEqual([]);
    expect(texts('loaded-language', 'The mayor made offensive remarks about the harbour workers.')).toEqual(['offensive']);
    expect(texts('loaded-language', 'The harbour board called the mayor\u2019s joke and the leaflet offensive to the workers.')).toEqual([]);
  });
  it('reads kitchen, workshop, weather and safety senses literally: crushed garlic, spinning up a server, a panic button', () => {
    const literal = [
      'Stir in two finely crushed cloves of garlic and a handful of crushed walnuts.',
      'Spinning up a test server on the harbour cluster takes ten minutes; the disks were still spinning.',
      'Every ferry now has a panic button beside the wheel, and the crew trained for panic attacks.',
      'The sap is slightly toxic to cats, so try the least toxic spray first.',
      'Extreme heatwaves and severely injured hikers kept the mountain rescue busy; the film ends on an extreme close-up.',
      'Two workers were crushed under the falling crates at the depot.',
    ];
    for (const text of literal) expect(texts('loaded-language', text), text).toEqual([]);
    // The same words dramatising what a side did, or sizing up a judgement.
    expect(texts('loaded-language', 'The council crushed the protests within a week.')).toEqual(['crushed']);
    expect(texts('loaded-language', 'The mayor spun the ferry defeat as a victory for the town.')).toEqual(['spun']);
    expect(texts('loaded-language', 'His aides were spinning the poll numbers all morning.')).toEqual(['spinning']);
    expect(texts('loaded-language', 'The toxic debate split the harbour board.')).toEqual(['toxic']);
    expect(texts('loaded-language', 'The mayor took extreme positions on the ferry.')).toEqual(['extreme']);
  });
  it("reads a word that names what claims assert as the claims', not the outlet's: stolen election claims", () => {
    const reported = new Map([
      ['claims', 'The board ousted its chair for rejecting the mayor’s stolen ballot claims.'],
      ['myth', 'Speakers at the rally pushed the stolen-harbour myth once more.'],
    ]);
    for (const [noun, text] of reported) expect(texts('loaded-language', text), noun).toEqual([]);
    // Stated as the outlet's own, the accusation is still flagged.
    expect(texts('loaded-language', 'The stolen ballots decided the harbour vote.')).toEqual(['stolen']);
  });

  it('does not flag neutral senses, names, quotations or attributed words', () => {
    expect(texts('loaded-language', 'The flow regime of the river changed. A stolen car was found.')).toEqual([]);
    expect(texts('loaded-language', 'The case went to the Auto Theft Task Force.')).toEqual([]);
    expect(texts('loaded-language', 'The minister said the plan was irresponsible and ludicrous.')).toEqual([]);
    expect(texts('loaded-language', 'Protesters carried signs reading \u201cthugs out\u201d and \u201cludicrous tax\u201d.')).toEqual([]);
    expect(texts('loaded-language', 'The ruling was a travesty, the union said on Monday.')).toEqual([]);
    expect(texts('loaded-language', 'Severe weather closed roads; the drought was devastating for farms.')).toEqual([]);
  });
  it('flags the writer\u2019s stance, epithets fixed to names, and strongly negative adjectives beyond the list', () => {
    expect(severities('Conveniently, the report left out the costs.')).toEqual(['Conveniently:info']);
    expect(severities('Supporters waved as Crooked Smith arrived.')).toEqual(['Crooked:caution']);
    expect(severities('The hideous tower dominates the skyline.')).toEqual(['hideous:info']);
    expect(severities('The Crooked River flows east. Homeless people sheltered from an infectious disease.')).toEqual([]);
  });
  it('flags labels that ascribe opposition to a value or support for a harm, and labels written with a capital', () => {
    expect(texts('loaded-language', 'The anti-family tax plan passed with pro-crime amendments.')).toEqual(['anti-family', 'pro-crime']);
    expect(texts('loaded-language', 'An anti-inflation package and a pro-growth budget were tabled.')).toEqual([]);
    expect(texts('loaded-language', 'A pro-abortionist joined the pro-abortionists.')).toEqual(['pro-abortionist', 'pro-abortionists']);
    expect(texts('loaded-language', 'The pro-growth economists and anti-inflationists met.')).toEqual([]);
    expect(texts('loaded-language', 'The bill was backed by the Democrat Party and blamed on the Wuhan virus.')).toEqual(['Democrat Party', 'Wuhan virus']);
    expect(texts('loaded-language', 'The Democratic Party met in the Wuhan office.')).toEqual([]);
  });
  it('reads a status label as the authorities\u2019 term in a report on custody and deportation', () => {
    expect(texts('loaded-language', 'Officers arrested eight illegals at the depot.')).toEqual([]);
    expect(texts('loaded-language', 'A judge ordered the release of an illegal alien held in custody.')).toEqual([]);
    expect(texts('loaded-language', 'The senator wants free tuition for illegal aliens.')).toEqual(['illegal aliens']);
  });
  it('flags character judgements, jeering verbs and contested labels in the outlet\u2019s voice', () => {
    expect(severities('The petulant governor took a swipe at the auditors.')).toEqual(['petulant:caution', 'took a swipe at:caution']);
    expect(severities('The plan is riddled with loopholes.')).toEqual(['riddled with:info']);
    expect(severities('The wall was riddled with bullets. Protests against police brutality spread.')).toEqual([]);
    expect(severities('The new law protects the unborn child from the sixth week.')).toEqual(['unborn child:info']);
    expect(severities('The mayor called the proposal nonsense.')).toEqual([]);
  });
  it('reads a credit only from a verb of saying: a noun cue or a clause after \u201cbut\u201d is the writer\u2019s again', () => {
    expect(texts('loaded-language', 'After that phone call, the council passed a draconian curfew.')).toEqual(['draconian']);
    expect(texts('loaded-language', 'The mayor called it a success, but the scheme was a fiasco.')).toEqual(['fiasco']);
    expect(texts('loaded-language', 'Residents have called for an end to the draconian curfew.')).toEqual(['draconian']);
    expect(texts('loaded-language', 'The mayor said the curfew was draconian and the scheme a fiasco.')).toEqual([]);
  });
  it('reads a view, belief or admission as its holder\u2019s: the writer\u2019s own, a passive or a denied one credits no one', () => {
    const views = ['The ferry owner thinks the timetable is embarrassing.', 'Passengers complained the crossing was a fiasco.'];
    views.push('The Tarn Ferries board believes its rival has ripped off the design.', 'The skipper admitted that the delay was a fiasco.');
    for (const body of views) expect(texts('loaded-language', body), body).toEqual([]);
    expect(texts('loaded-language', 'The pier was quiet.', { title: 'Hale agrees with owner that late start is embarrassing' })).toEqual([]);
    const own: [string, string][] = [
      ['I think the timetable is embarrassing.', 'embarrassing'],
      ['As I said last week, the timetable is a fiasco.', 'fiasco'],
      ['Most of us think the refit was a fiasco.', 'fiasco'],
      ['The crew can think of crossings that were a fiasco.', 'fiasco'],
      ['Even the think tanks have seen the dangerous rise of fares.', 'dangerous'],
      ['The board agreed to pay a ruinous fine.', 'ruinous'],
      ['The mate was admitted to hospital after the horrific crash.', 'horrific'],
      ['People do not acknowledge it now but the band is awesome.', 'awesome'],
      ['The crew believed the pier was sound in May, and the refit was a fiasco.', 'fiasco'],
    ];
    for (const [body, word] of own) expect(texts('loaded-language', body), body).toEqual([word]);
  });
  it('reads a judgement the sentence denies as charging no one, but not "not only … but also"', () => {
    const denials = ['It is not insane to think the ferry could run all night.', 'The fare rise was not a huge drag on trade.', 'There is nothing goofy about the new uniforms.', 'That crossing time isn\u2019t breathtaking, but it is steady.'];
    denials.push('Don\u2019t be afraid when the swell lifts the bow.');
    for (const body of denials) expect(texts('loaded-language', body), body).toEqual([]);
    expect(texts('loaded-language', 'The new timetable is not only absurd but also reckless.')).toEqual(['absurd', 'reckless']);
    expect(texts('loaded-language', 'It was not the refit that failed; the timetable was a fiasco.')).toEqual(['fiasco']);
  });
  it('reads terms and amounts as such: an epidemic of a disease or of a year, a naive method, \u201can awful lot\u201d', () => {
    const terms = ['Doctors fought an epidemic of cholera in the port. The study looked at the epidemic of 1989.', 'The naive way to sort the list is to compare every pair.', 'The ferries carry an awful lot of freight.'];
    terms.push('Federal disaster officials will bring water to the quay.', 'I was trolling for news about the ferry.');
    for (const body of terms) expect(texts('loaded-language', body), body).toEqual([]);
    expect(texts('loaded-language', 'The town faces an epidemic of rudeness; the naive plan to fix it failed and the crossing was awful.')).toEqual(['epidemic of', 'naive', 'awful']);
    expect(texts('loaded-language', 'The refit was a disaster, the crew was afraid, and the mayor was trolling his rivals.')).toEqual(['disaster', 'afraid', 'trolling']);
  });
  it('reads a quotation that runs on from or into another paragraph as the speaker\u2019s words', () => {
    expect(texts('loaded-language', 'The costs will be ruinous and the plan is a fiasco,\u201d she went on.')).toEqual([]);
    expect(texts('loaded-language', 'The plan is a fiasco. \u201cWe will fight this ludicrous tax in every court.')).toEqual(['fiasco']);
    expect(texts('loaded-language', 'The plan is a fiasco, and the \u201cfix\u201d made it worse.')).toEqual(['fiasco']);
  });
  it('notes a verb of saying that casts doubt (\u201cclaimed\u201d, \u201cinsists\u201d) wherever it stands outside quotation marks', () => {
    expect(severities('The mayor claimed that the budget was balanced.')).toEqual(['claimed:info']);
    expect(severities('Officials said the plan works, but the mayor insists it has failed.')).toEqual(['insists:info']);
    expect(severities('The mayor claimed on Monday that rents fell, claiming demand was weak.')).toEqual(['claimed:caution', 'claiming:caution']);
    expect(severities('The rebels claimed responsibility. Insurance claims rose. He is claimed to have left. The team claimed victory.')).toEqual([]);
    expect(severities('She told reporters the mayor \u201cclaimed that the budget was balanced\u201d.')).toEqual([]);
  });
  it('reads the theft of data or documents by a named culprit as the event, not an accusation', () => {
    expect(texts('loaded-language', 'Investigators traced the files stolen by the intruders; the gang tried to steal passwords too.')).toEqual([]);
    expect(texts('loaded-language', 'The council stole the park from the town.')).toEqual(['stole']);
  });
  it('reads copying in a report on piracy or trademarks as the event, not an accusation', () => {
    expect(texts('loaded-language', 'The site streamed pirated films until rights holders sued over copyright.')).toEqual([]);
    expect(texts('loaded-language', 'Border officers seized knock-off handbags at the port.')).toEqual([]);
    expect(texts('loaded-language', 'The rival firm pirated our idea and sold knock-off versions of the plan.')).toEqual(['pirated', 'knock-off']);
  });
  it('reads a status label as the authorities\u2019 term in an asylum or visa case', () => {
    expect(texts('loaded-language', 'The illegal aliens had applied for asylum in 2019.')).toEqual([]);
    expect(texts('loaded-language', 'The illegal aliens were given free homes.')).toEqual(['illegal aliens']);
  });
  it('lets an accusation cue credit accusations but not the outlet\u2019s own adjectives', () => {
    expect(texts('loaded-language', 'Prosecutors allege he stole the funds.')).toEqual([]);
    expect(texts('loaded-language', 'He allegedly took the funds and spent them with shameless greed.')).toEqual(['shameless']);
  });
});

describe('speculation: weasel wording and vague claims', () => {
  const lede = 'The council met on Tuesday to discuss the harbour budget for the next year in detail.\n\n';
  const spec = (body: string) => flagsOf('speculation', body).map((f) => `${f.text}:${f.severity}`);
  it('flags claims credited to no one, anywhere in the story', () => {
    expect(spec(`${lede}It met again. Some say the fee will double.`)).toEqual(['Some say:caution']);
    expect(spec(`${lede}It met again. It is widely believed that the port will close.`)).toEqual(['It is widely believed:caution']);
    expect(spec(`${lede}It met again. The mayor is regarded as a reformer.`)).toEqual(['is regarded as:caution']);
  });
  it('notes vague quantities and praise credited to no one in the lede, not deeper in', () => {
    expect(spec('Many residents have left the harbour district in recent years, and the town is among the most visited on the coast.')).toEqual(['Many residents have left the harbour district in recent years, and the town is among the most:info']);
    expect(spec(`${lede}It met again. Many residents have left.`)).toEqual([]);
  });
  it('does not flag counts, abilities, court appearances, unnamed sources or the month', () => {
    expect(spec('Some 200 people attended the meeting on the harbour budget, and the mayor could not explain the delay.')).toEqual([]);
    expect(spec('The mayor appeared in court on Monday over the harbour contract, and asked for a ruling as soon as possible.')).toEqual([]);
    expect(spec('Some senior officials said on Monday that the harbour budget for next year was agreed in full.')).toEqual([]);
    expect(spec('How many boats use the harbour each year was the question the council put to its staff in May.')).toEqual([]);
  });
  it('reads "some" closing its clause as a pronoun, and "some" before a noun as a vague count', () => {
    expect(spec('The harbour café bakes fresh scones every morning for the ferry crews; ask at the counter if you would like some!')).toEqual([]);
    expect(spec('The harbour café bakes fresh scones every morning, and some crews come early for them before sailing.')).toEqual(['some:info']);
  });
});

describe('speculation', () => {
  it('flags a hedged headline and lede, and predictions in the body', () => {
    expect(flagsOf('speculation', 'The minister spoke on Tuesday about the budget and the outlook for the coming year in the capital.', { title: 'Minister might soon resign', titleIsHeadline: true })[0]).toMatchObject({ field: 'title', text: 'might soon', severity: 'warning' });
    expect(flagsOf('speculation', 'The government may collapse within weeks, leaving the country without a budget for next year.')[0]).toMatchObject({ text: 'may', severity: 'caution' });
    const body = 'The council met on Tuesday to discuss the harbour budget for the next year in detail.\n\nIt met again. Fees are expected to rise.';
    expect(texts('speculation', body)).toEqual(['are expected to']);
  });
  it('counts "may or may not" as one hedge, and "possible" after a superlative as none', () => {
    const lede = 'The ferry left Tarnport at noon on Monday with forty passengers and two cars aboard for the island.\n\nIt reached the island two hours later, after a calm crossing in light winds and sunshine.\n\n';
    expect(texts('speculation', `${lede}Some ports may or may not sell tickets on board, so check before you travel.`)).toEqual([]);
    expect(texts('speculation', `${lede}The crew took the easiest possible route, so the crossing may be short.`)).toEqual([]);
    // Two hedges of their own are still stacked.
    expect(texts('speculation', `${lede}The crew may be late and might not wait for anyone at the quay.`)).toEqual(['may be late and might']);
    expect(texts('speculation', `${lede}There are possible delays, so the crossing may be late.`)).toEqual(['possible delays, so the crossing may']);
  });
  it('reads a hedge in a point conceded before a "but", or in an "although" clause, as no conjecture', () => {
    const lede = 'The ferry left Tarnport at noon on Monday with forty passengers and two cars aboard for the island.\n\nIt reached the island two hours later, after a calm crossing in light winds and sunshine.\n\n';
    const conceded = [
      'The old ferry may seem slow and might look shabby, but it has never missed a crossing.',
      'Although the timetable may appear to be strict, the crews apparently wait for late passengers.',
      'While the fares might not seem cheap, they probably cost less than the bridge toll.',
      'The crossing might be long and may seem dull, yet the crew keeps the passengers fed.',
    ];
    for (const sentence of conceded) expect(texts('speculation', `${lede}${sentence}`), sentence).toEqual([]);
    // An event granted or guessed is still a guess: a passive, a verb of doing, a modal after the "but", no state conceded.
    expect(texts('speculation', `${lede}The ferry may be delayed and might be cancelled, but the crew will tell passengers.`)).toEqual(['may be delayed and might']);
    expect(texts('speculation', `${lede}Fares may rise and might double, but the bridge stays free.`)).toEqual(['may rise and might']);
    expect(texts('speculation', `${lede}The ferry may seem slow, but the crossing may be long and might be rough.`)).toEqual(['may be long and might']);
    expect(texts('speculation', `${lede}The crew is tired, though the ferry could sail soon and may reach the island.`)).toEqual(['could sail soon and may']);
    // In the lede a conceded point is still a point given up.
    expect(texts('speculation', 'The old ferry may look shabby, but it sailed to the island at noon on Monday with forty passengers.')).toEqual([]);
  });
  it('reads "apparent" said of what shows as evident, and a possibility denied as ruled out, not as hedges', () => {
    const lede = 'The ferry left Tarnport at noon on Monday with forty passengers and two cars aboard for the island.\n\nIt reached the island two hours later, after a calm crossing in light winds and sunshine.\n\n';
    for (const sentence of ['It soon became apparent that the quay might flood.', 'A night crossing isn\u2019t possible, and the ferry might stay in port.']) expect(texts('speculation', `${lede}${sentence}`), sentence).toEqual([]);
    // Before a noun "apparent" doubts, and a possibility granted is one.
    expect(texts('speculation', `${lede}The apparent cause might be a broken winch.`)).toEqual(['apparent cause might']);
    expect(texts('speculation', `${lede}A night crossing is possible, and the ferry might stay in port.`)).toEqual(['possible, and the ferry might']);
  });
  it('reads the cues of a condition or an open question ("if", "unless", "whether") as asserting nothing', () => {
    const lede = 'The harbour board met on Tuesday to set the ferry timetable for the winter months ahead.\n\n';
    const conditions = ['Crews asked whether the pier might possibly reopen soon.', 'Unless the wind might possibly drop, then the crossing is off.'];
    for (const sentence of conditions) expect(texts('speculation', `${lede}${sentence}`), sentence).toEqual([]);
    expect(texts('speculation', 'If it seems likely that the ferry will run late, staff will phone you.')).toEqual([]);
    // The consequent, a guess after the condition, and "as if" are still guesses.
    expect(texts('speculation', `${lede}If the wind might possibly drop, then the crossing could perhaps go ahead.`)).toEqual(['could perhaps']);
    expect(texts('speculation', `${lede}The pier might possibly reopen soon, if the wind drops.`)).toEqual(['might possibly']);
    expect(texts('speculation', `${lede}It looks as if the pier might possibly reopen soon.`)).toEqual(['might possibly']);
  });
  it("does not flag a rule's \"may\", what people in a role are allowed to do, but still what may happen to them", () => {
    expect(texts('speculation', 'Under the new harbour rules, boat owners may not park trailers on the quay, and visitors may bring their own food.')).toEqual([]);
    expect(texts('speculation', 'Harbour residents may lose power for a week when the storm reaches the coast on Friday.')).toEqual(['may']);
    // A verb of choosing after a body, not a role: a guess about what it will do.
    expect(texts('speculation', 'The harbour board may choose a new operator for the ferries by the end of the year.')).toEqual(['may']);
  });
  it.each([
    ['all they could', 'The harbour crews did all they could to save the ferry, but it sank in the storm that night off the coast.', []],
    ['what it could', 'The board blamed the storm while praising its own staff for doing what it could during the long winter.', []],
    ['before … could', 'The ferry sank within minutes, before anyone on the quay could reach it with the lifeboat from the harbour.', []],
    // What something could do next is still a guess, after "what" or before "before".
    ['what … could do', 'Nobody yet knows what the new harbour tariffs could do to prices in the island shops this winter.', ['could']],
    ['could close', 'The ferry could close before the winter comes to the harbour town, and the council has no plan.', ['could']],
    // The reader addressed, a comparison of chances and an idiom are no conjecture of the outlet's.
    ['the reader addressed', 'If you run two ferries from one quay, you may have met the problem of timing their departures.', []],
    ['the writer of their own plans', 'After reading the timetable I figured I might as well take the early ferry to the island every day this winter.', []],
    ['the reader addressed by a contraction', "You've probably felt it for some time, but now the harbour board's plan for the ferries is becoming clear.", []],
    ['a comparison of chances', 'Tired ferry pilots are more likely to miss a buoy than rested ones in their first year, a harbour study found.', []],
    ['an idiom', 'The old ferry was, when all is said and done, a fine boat that served the island for forty years.', []],
    ['a guess about the news', 'The old ferry may be sold to a museum on the mainland before the winter storms reach the island.', ['may']],
    // The penalty a law sets is no guess; whether charges come at all is one.
    ['the maximum penalty', 'The ferry captain was charged on Monday. He could face as much as 20 years in prison if convicted.', []],
    ['charges to come', 'The ferry captain could face charges after the crash in the harbour on the island last week.', ['could']],
    ['a probability stated as a guess', 'The old ferry will most likely be sold to a museum on the mainland before the winter storms.', ['likely']],
  ])('tells a guess about the news from ability, the reader addressed, a comparison or an idiom (%s)', (_, text, expected) => {
    expect(texts('speculation', text)).toEqual(expected);
  });
  it('reads a clause of time that opens the sentence as it reads one inside it ("Before anyone could …")', () => {
    const opening = texts('speculation', 'Before anyone on the quay could reach it with the lifeboat, the ferry sank in the storm off the harbour.');
    expect(opening).toEqual(texts('speculation', 'The ferry sank in the storm off the harbour before anyone on the quay could reach it with the lifeboat.'));
    expect(opening).toEqual([]);
  });
  it('does not flag the month of May, attributed hedges or a single modal deep in the body', () => {
    const lede = 'The council met on Tuesday to discuss the harbour budget for the next year in detail.\n\n';
    expect(texts('speculation', `${lede}In May 2019, fees rose. The mayor said fees could rise.`)).toEqual([]);
    expect(texts('speculation', `${lede}It met again. The fee could rise next year.`)).toEqual([]);
    expect(texts('speculation', `${lede}Officials fear the fee might well double.`)).toEqual([]);
  });
  it.each([
    ['a day after it', 'The harbour board met on may 23 to set the ferry fares for the coming winter season on the island.', []],
    ['between a day and a year', 'The harbour master served from 11 may 1756 until the ferry company closed the port for good.', []],
    // A count before the modal, with no year after it: the modal.
    ['a count before the modal', 'All 11 may face charges after the ferry sank in the storm off the harbour on the first night.', ['may']],
  ])('reads "may" printed in lower case inside a date as the month (%s)', (_, text, expected) => {
    expect(texts('speculation', text)).toEqual(expected);
  });
  it('reads "most" before an adjective or "in" as a superlative, and before a noun as a vague count', () => {
    const lede = (sentence: string) => `${sentence} The ferry company said fares would rise again in the spring across every route.`;
    expect(texts('speculation', lede('The harbour board passed its most restrictive ferry rule yet on Monday after a long meeting.'))).toEqual([]);
    expect(texts('speculation', lede('Ferry fares rose most in 39 years this week because of the storms on the coast of the island.'))).toEqual([]);
    expect(texts('speculation', lede('Most islanders said the ferry was late again this week because of the storms on the coast.'))).toEqual(['Most']);
    expect(texts('speculation', lede('Masks are still required in most indoor settings on the island ferries, the board said today.'))).toEqual(['most']);
  });
});

describe('sensational-headline', () => {
  it('reads the words of a quotation in the headline as the speaker\'s, and the same word unquoted as the headline\'s', () => {
    const body = 'Emails released on Tuesday show how the harbour master handled the first weeks of the storm season on the island.';
    const title = (t: string) => flagsOf('sensational-headline', body, { title: t, titleIsHeadline: true }).map((f) => f.text);
    expect(title('Harbour master’s emails: ‘All is well despite some crazy skippers out there’')).toEqual([]);
    expect(title('Harbour master’s emails show some crazy skippers out there')).toEqual(['crazy']);
  });
  it('reads a contest\'s winner as plain news and a "NEWS:" label as a label, while a shouted word or a stunning one still flags', () => {
    const flagged = (t: string) => flagsOf('sensational-headline', 'The Tarn Ferries crew took first place at the harbour regatta on Saturday, ahead of nine other boats.', { title: t, titleIsHeadline: true }).map((f) => f.text);
    for (const t of ['Harbour Regatta Winner Named', 'IN TARN NEWS: ferry crew takes first place']) expect(flagged(t), t).toEqual([]);
    // A shouted word beside the label, and a stunning one, are still the headline's own.
    expect(flagged('BREAKING NEWS: ferry crew takes first place')).toEqual(['BREAKING']);
    expect(flagged('Stunning ferry crew takes first place')).toEqual(['Stunning']);
  });
  it('reads a loaded word in the plain sense its neighbours give it ("Extreme heat", "more severe than") as no drama', () => {
    const body = 'Temperatures on the island rose above 45C on Sunday, and the harbour board opened cooling rooms at the ferry port.';
    const title = (t: string) => flagsOf('sensational-headline', body, { title: t, titleIsHeadline: true }).map((f) => f.text);
    expect(title('Extreme heat shatters records across the island')).toEqual([]);
    expect(title('Island report: effects of the heat even more severe than we thought')).toEqual([]);
    expect(title('Extreme plan shatters hopes across the island')).toEqual(['Extreme']);
  });
  it('says a headline aims at a person when the story\'s opening names measures against a state, in words that fit anyone', () => {
    const body = 'The trade ministry restricted exports of machine tools on Monday, a blow to President Alvarez\'s plans for the arms industry. Officials said the rules would last a year.';
    const [flag] = flagsOf('sensational-headline', body, { title: 'Ministry Restrains Alvarez, Curbs Tool Exports', titleIsHeadline: true });
    expect(flag?.text).toBe('Restrains Alvarez');
    expect(flag?.reason).toBe("The headline makes Alvarez the target, but the story's opening describes measures aimed at a country or institution, not at Alvarez in person.");
  });
  it('flags emotive headline words the story never uses', () => {
    expect(texts('sensational-headline', 'The council voted to raise fees on Monday after a long debate about the harbour budget.', { title: 'Council slams harbour users with fees', titleIsHeadline: true })).toEqual(['slams']);
  });
  it('reads a name, an acronym and a plain win as no emotive headline wording, and still flags a shout or an emotive word', () => {
    const body = 'The justices ruled 6-3 on Monday that the harbour league may pay its players, after a long fight over fees.';
    const plain = ['Supreme Court rules harbour league may pay players', 'Harbour league players win pay case at top court', 'Outstanding Harbour Award goes to the league players', 'Top Court Backs NAHL Players in Harbour Pay Case'];
    for (const title of plain) expect(texts('sensational-headline', body, { title, titleIsHeadline: true }), title).toEqual([]);
    expect(texts('sensational-headline', body, { title: 'BREAKING: Harbour league must pay its players', titleIsHeadline: true })).toEqual(['BREAKING']);
    expect(texts('sensational-headline', body, { title: 'Miracle ruling for harbour league players', titleIsHeadline: true })).toEqual(['Miracle']);
  });
  it.each([
    ['\u201cPay us now!\u201d: harbour league players win pay case', []],
    ['\u201eWir wollen bezahlt werden!\u201c', []],
    ['VIDEO: Harbour league players win pay case', []],
    ['SPONSORED: A season ticket for the harbour league', []],
    ['Harbour league players win pay case!', ['!']],
    ['SHOCKING: Harbour league players win pay case', ['SHOCKING']],
    ['Harbour league players win pay case [GUIDE IN BRIEF]', []],
    ['Harbour league players win pay case [VIDEO] AGAIN', ['AGAIN']],
  ])("reads quoted emphasis as the speaker's and a content label as a label: %s", (title, expected) => {
    const body = 'The justices ruled 6-3 on Monday that the harbour league may pay its players, after a long fight over fees.';
    expect(texts('sensational-headline', body, { title, titleIsHeadline: true })).toEqual(expected);
  });
  it('reads a German label before a dash as a label, and still a shouted German word', () => {
    const body = 'Die Richter entschieden am Montag, dass die Hafenliga ihre Spieler bezahlen darf.';
    const shouts = (title: string) => detectFlags({ ...emptyInput({ body, title, titleIsHeadline: true }), language: 'de' }).flags.filter((f) => f.kind === 'sensational-headline').map((f) => f.text);
    expect(shouts('KINO-TIPP \u2013 Die Hafenliga vor Gericht')).toEqual([]);
    expect(shouts('Die Hafenliga vor Gericht: VERLOREN')).toEqual(['VERLOREN']);
  });
  it('flags a group generalised to a country', () => {
    expect(texts('sensational-headline', 'Some senior French officials raised concerns about the new rules this week in Paris, the report said.', { title: 'France is worried about new rules', titleIsHeadline: true })).toEqual(['France is worried']);
  });
  it('flags a shouted word, but not a headline the page sets wholly in capitals', () => {
    const body = 'The council voted to raise harbour fees on Monday after a long debate about the budget.';
    expect(texts('sensational-headline', body, { title: 'Council raises harbour fees AGAIN', titleIsHeadline: true })).toEqual(['AGAIN']);
    expect(texts('sensational-headline', body, { title: 'COUNCIL RAISES HARBOUR FEES AGAIN', titleIsHeadline: true })).toEqual([]);
    expect(texts('sensational-headline', body, { title: 'COUNCIL RAISES HARBOUR FEES!', titleIsHeadline: true })).toEqual(['!']);
  });
  it('reads a word in capitals as a name when it has no vowel to say it by or the story writes it with a capital', () => {
    const story = 'The Tarnland harbour board met on Monday and raised ferry fees for the winter again.';
    const shouted = (title: string) => texts('sensational-headline', story, { title, titleIsHeadline: true });
    expect(shouted('TARNLAND: ferry fees rise for winter')).toEqual([]);
    expect(shouted('Ferry fees rise, HTML timetable goes online')).toEqual([]);
    expect(shouted('Ferry fees rise AGAIN for winter')).toEqual(['AGAIN']);
    // A sentence's first word is capitalised whatever it is.
    expect(texts('sensational-headline', 'Again the board raised the fees. Tarnland ferries will cost more.', { title: 'Ferry fees rise AGAIN', titleIsHeadline: true })).toEqual(['AGAIN']);
  });
  it('does not flag a headline the story supports', () => {
    expect(texts('sensational-headline', 'Critics called the cuts devastating for schools across the region this year, the report said.', { title: 'Devastating cuts for schools', titleIsHeadline: true })).toEqual([]);
    expect(texts('sensational-headline', 'France raised concerns about the new rules this week in Paris, officials said on Tuesday.', { title: 'France is worried about new rules', titleIsHeadline: true })).toEqual([]);
  });
});

describe('headline-body-mismatch', () => {
  it('flags a headline whose actor is the lede\u2019s target', () => {
    const body = 'In a statement on Monday, Paris has formally rejected the request for extra fishing quotas from Madrid.';
    expect(texts('headline-body-mismatch', body, { title: 'France rejected fishing quotas by Spain', titleIsHeadline: true })).toEqual(['France rejected fishing quotas by Spain']);
  });
  it('does not flag a headline that agrees with the lede', () => {
    const body = 'In a statement on Monday, Paris has formally rejected the request for extra fishing quotas from Madrid.';
    expect(texts('headline-body-mismatch', body, { title: 'France rejected fishing quotas for Spain', titleIsHeadline: true })).toEqual([]);
    expect(texts('headline-body-mismatch', body, { title: 'Fishing quotas rejected', titleIsHeadline: true })).toEqual([]);
  });
});

describe('unverifiable-quote', () => {
  it("reads a few words in marks inside the writer's own sentence, with no one saying them there, as a phrase", () => {
    expect(texts('unverifiable-quote', 'Several crews finished the \u201crope and tar\u201d repairs before the storm came in.')).toEqual([]);
    expect(texts('unverifiable-quote', 'Some skippers in the valley still sail straight into \u201cthe teeth of the gale.\u201d')).toEqual([]);
    expect(texts('unverifiable-quote', 'Many crews prefer a \u201cslow and steady\u201d crossing when the winter gales come.')).toEqual([]);
    // A verb that credits only the words before it ("remembers", "shared") credits no phrase after it.
    expect(texts('unverifiable-quote', 'Tom Hale remembers the week he first sailed to \u201cthe quiet end of the harbour.\u201d')).toEqual([]);
  });
  it("still reads them as quoted where the sentence has a verb of saying, a credit or a characterisation, or they are more than a phrase's words", () => {
    expect(texts('unverifiable-quote', 'Several crews warn of \u201ca storm at the port\u201d this winter.')).toEqual(['a storm at the port']);
    expect(texts('unverifiable-quote', 'According to people at the quay, the ferry \u201cwill not sail again\u201d after the storm.')).toEqual(['will not sail again']);
    expect(texts('unverifiable-quote', 'Critics called the plan \u201ca waste of harbour money\u201d on Tuesday.')).toEqual(['a waste of harbour money']);
    expect(texts('unverifiable-quote', 'Crews sailed on \u201cthe quiet end of the harbour\u201d more often then, Tom Hale remembers.')).toHaveLength(1);
    const longer = 'repairs we were told would take a whole month';
    expect(texts('unverifiable-quote', `Several crews finished the \u201c${longer}\u201d in a week.`)).toEqual([longer]);
  });
  it('flags quotes from unnamed people and from experts without an affiliation', () => {
    expect(texts('unverifiable-quote', 'Alex Doe, a former engineer, warned that \u201cthe grid will fail this winter.\u201d')).toEqual(['the grid will fail this winter.']);
    expect(texts('unverifiable-quote', 'A senior official described \u201ca clear and present danger\u201d to the port.')).toEqual(['a clear and present danger']);
  });
  it('does not flag affiliated speakers, outlets or scare quotes', () => {
    expect(texts('unverifiable-quote', 'Alex Doe, head of the Harbour Authority, said \u201cthe grid will hold this winter.\u201d')).toEqual([]);
    expect(texts('unverifiable-quote', '\u201cThe grid will hold this winter,\u201d Reuters reported.')).toEqual([]);
    expect(texts('unverifiable-quote', 'A \u201ccovert\u201d plan and the \u201cGreat Harbour Plan\u201d were discussed.')).toEqual([]);
  });
  it('credits a quotation to a surname the story gave in full, and the quotations that go on from it', () => {
    const body = [
      'Harbour engineer Ann Lee of the Tarn Port Authority inspected the quay on Monday.',
      '\u201cThe quay will hold through the winter storms,\u201d says Lee. \u201cWe rebuilt the north wall last year and it took the last gale well.\u201d',
      '\u201cNobody should expect the ferry timetable to change before spring.\u201d',
    ].join('\n\n');
    expect(texts('unverifiable-quote', body)).toEqual([]);
    // With no one named before it, a quotation opening the story stays unsourced, and so does the next one going on from it.
    const unsourced = ['\u201cThe quay will not hold through the winter storms,\u201d an official said.', '\u201cWe have told the council about the north wall twice already.\u201d'].join('\n\n');
    expect(texts('unverifiable-quote', unsourced)).toHaveLength(2);
    // A weekday after the verb names no one.
    expect(texts('unverifiable-quote', 'The depot closed early. \u201cThe quay will not hold through the winter,\u201d said Monday\u2019s notice.')).toHaveLength(1);
  });
  it('follows a speaker through paragraphs of quotation, a sentence about them, a place after their name or another verb of saying', () => {
    const story = [
      'Harbour engineer Ann Lee of the Tarn Port Authority inspected the quay on Monday.',
      "'The quay will hold through the winter storms,' Lee of Tarnmouth said in a statement.",
      "'We rebuilt the north wall last year and it took the last gale well.",
      "'Nobody should expect the ferry timetable to change before spring.'",
      'Lee expects a calm season for the harbour and its boats.',
      '\u201cThe boats will sail on time all through the spring,\u201d admitted Lee.',
    ];
    expect(texts('unverifiable-quote', story.join('\n\n'))).toEqual([]);
    // A sentence about someone never quoted before does not credit the quotation after it.
    const other = ['The council expects a calm season for the harbour and its boats.', '\u201cThe boats will sail on time all through the spring.\u201d'];
    expect(texts('unverifiable-quote', other.join('\n\n'))).toEqual(['The boats will sail on time all through the spring.']);
  });
  it('credits a speaker named before an aside, with a court in the title, or named in the same sentence before "they said"', () => {
    const credited = [
      'The ferry board met on Monday.\n\n\u201cWe have waited far too long for answers,\u201d Olympic sailor Ann Lee, widely seen as the best U.S. helmsman of her time, said at the hearing.',
      'Tarn District Court Judge Ann Lee said a long memorandum would explain the sentence.\n\n\u201cMost of it will be in writing, to show that the sentence is a legal analysis,\u201d she said.',
      'Acme and its partner Brightwater Marine will seek approval for the new ferry \u201cas soon as it can be done,\u201d they said.',
    ];
    for (const body of credited) expect(texts('unverifiable-quote', body), body).toEqual([]);
    // Found past the aside, a speaker with no body a reader could check is still flagged, by name.
    const [flag] = flagsOf('unverifiable-quote', 'The ferry board met on Monday.\n\n\u201cWe have waited far too long for answers,\u201d veteran sailor Ann Lee, widely seen as the best helmsman on the coast, said at the hearing.');
    expect(flag?.reason).toBe('The quotation is credited to Ann Lee with no organisation a reader could check.');
  });
  it('reads a club or a public pool named as the speaker as a body, and a person\'s name as no body', () => {
    expect(texts('unverifiable-quote', 'The lido shut early this year.\n\n\u201cWe close tonight and will reopen in spring,\u201d Tarn Valley Swimming Pool said.')).toEqual([]);
    expect(texts('unverifiable-quote', 'The ferry club met on Sunday.\n\n\u201cWe sail again in May,\u201d Harbourside Sailing Club said.')).toEqual([]);
    expect(texts('unverifiable-quote', 'The ferry club met on Sunday.\n\n\u201cWe sail again in May,\u201d Tom Hale said.')).toEqual(['We sail again in May']);
  });
  it.each([
    ['a court after the verb', 'The ferry firm lost its appeal.\n\n\u201cAcme placed itself between the maker and the buyer in the chain of sale,\u201d explained the court in its ruling.'],
    ['a speaker introduced by the sentence before', 'The board cancelled the interview. In response, a spokesman for the Harbour Board said:\n\n\u201cWe are disappointed that the mayor cancelled and wish her well.\u201d'],
    ['the clause right before the verb', 'Voters met at the hall.\n\nAsked what he thought when people see the town as one bloc, Walter said, \u201cThat is very untrue, we all have different views.\u201d'],
    ['a question asked', 'Voters met at the hall.\n\n\u201cAre you worried about the ferry timetable this winter?\u201d Tarn asked the mayor.'],
    ['an office or a body opening with "The"', 'The harbour summit opened.\n\nThe Prime Minister said, \u201cWe claim to have close ties but I do not see the evidence of that.\u201d The Albert Quay spot said \u201cthere is no point in a pub being open now\u201d.'],
    ['a speaker named "in the words of" after a dash', 'The harbour board met on Tuesday.\n\nSome towns ban night crossings, since \u2014 in the words of Ann Lee, a planner at the Tarnport Ferry Office, "The dark is the danger."'],
    ['a body or document named before "it said"', 'Buyers lose their apps in March, according to the Tarn Port FAQ.\n\n\u201cWhen the app is removed from your phone, you will no longer have access to your tickets,\u201d it said.'],
    ['a verb of saying that only follows a quotation', 'Harbour engineer Tom Lee of the Tarn Port Authority inspected the quay.\n\n\u201cIt was a difficult winter for the old quay,\u201d quipped Lee, \u201cbut it held.\u201d'],
    ['a speaker named as a body\'s own', 'The ferry board met on Monday.\n\n\u201cThe quay will hold through the winter storms and the spring tides,\u201d said Tarn Port\'s Ann Lee.'],
    ['a surname the story gave in full with a body', 'Harbour engineer Tom Lee of the Tarn Port Authority inspected the quay.\n\nThe crews waited for hours in the rain.\n\n\u201cThe quay will hold through the winter storms and the spring tides,\u201d said Mr Lee.'],
  ])('credits a quotation to %s', (_, body) => {
    expect(texts('unverifiable-quote', body)).toEqual([]);
  });
  it('does not read a given name before an office word as an office, a reported question as a source, "it said" after nothing named, or an adverb as a name', () => {
    expect(texts('unverifiable-quote', 'Producers did well. As the food writer Rose Prince has said: \u201cThere is no reason why a pie made in a factory should be better.\u201d')).toHaveLength(1);
    expect(texts('unverifiable-quote', 'On my walk, many people asked if I was visiting these \u201cbiggest, fastest, tallest\u201d places.')).toEqual([]);
    // "It said" with no body or document named before it, and a sentence adverb before a surname, name no one.
    expect(texts('unverifiable-quote', 'the ferry was late again.\n\n\u201cWhen the app is removed from your phone, you will no longer have tickets,\u201d it said.')).toHaveLength(1);
    const reasons = flagsOf('unverifiable-quote', 'Finally Lee offers advice on \u201chow to keep your ferry crews from ever being late again\u201d.').map((f) => f.reason);
    expect(reasons.join(' ')).not.toMatch(/Finally/);
  });
  it("reads a crowd's chant as no one's statement, and a sentence opening with a surname given in full as naming the he of a quotation", () => {
    expect(texts('unverifiable-quote', 'Thousands marched through the harbour town.\n\n\u201cWe are not afraid! We are not afraid!\u201d protesters shouted as they marched.')).toEqual([]);
    expect(texts('unverifiable-quote', 'Crowds filled the square, chanting \u201cno more ferry cuts, no more ferry cuts\u201d until dusk.')).toEqual([]);
    // People who say something are still unnamed sources.
    expect(texts('unverifiable-quote', 'The square was full.\n\n\u201cThe ferry cuts will ruin the town this winter,\u201d people said.')).toHaveLength(1);
    const surname = 'Harbour master Joe Brandt of the Tarn Port Authority spoke at the quay on Friday.\n\nBrandt, in recorded remarks to the town, hailed the crews.\n\n\u201cUnity is what makes us who we are, the town at its best,\u201d he said.';
    expect(texts('unverifiable-quote', surname)).toEqual([]);
    // A place's name ("West Harbour") names no one.
    const place = 'The storm hit the coast of West Harbour on Friday.\n\nHarbour, in a statement, thanked the crews.\n\n\u201cUnity is what makes us who we are, the town at its best,\u201d he said.';
    expect(texts('unverifiable-quote', place)).toHaveLength(1);
  });
  it('finds the he or she of a quotation in the sentence before, across a paragraph, but not in a picture credit', () => {
    const cases: [string, number][] = [
      ['Governor Ann Lee of Tarnland made the announcement this afternoon.\n\nShe said: \u201cThis morning the ferry was detained in port on charges of smuggling.\u201d', 0],
      ['The night nurse apologised again and again. \u201cI am so sorry about the long wait tonight,\u201d she said.', 0],
      ['Ferries waited outside the port. (Photo by Ann Lee/Tarn Pictures)\n\n\u201cThe port is closed to every ferry until Friday,\u201d he said.', 1],
    ];
    for (const [body, flagged] of cases) expect(texts('unverifiable-quote', body)).toHaveLength(flagged);
    // A cited work's title, by its year or by the shape of a title with small words in it, is no one's words.
    expect(texts('unverifiable-quote', 'Doe, A.; Roe, B. (2010). "Learning Tide Tables from Harbour Records with Simple Models". Proceedings of a meeting.')).toEqual([]);
  });
  it('credits a speaker whose role stands between the name and the verb, or whose office follows a name of a place or body', () => {
    const quote = '\u201cThe quay will hold through the winter storms,\u201d';
    const speakers = ['Ann Lee, head of works at the Tarn Port Authority told reporters', 'Tarnland President Ann Lee said on Monday', 'said TPA President Ann Lee'];
    expect(speakers.flatMap((who) => texts('unverifiable-quote', `The board met. ${quote} ${who}.`))).toEqual([]);
    // A sentence's opening word is no part of the name after it: the speaker is Ann Lee, not "When Ann Lee".
    const [flag] = flagsOf('unverifiable-quote', 'When Ann Lee spoke to reporters, she was calm. \u201cThe quay will hold through the winter storms,\u201d she said.');
    expect(flag?.reason).toContain('credited to Ann Lee with no organisation');
    // A role with nothing a reader could check still leaves the quotation unsourced.
    expect(texts('unverifiable-quote', '\u201cThe quay will hold through the winter storms,\u201d Ann Lee, a local resident, told reporters.')).toHaveLength(1);
  });
  it("credits a speaker named after a role in small letters, the body's name before it, or with a bracketed aside", () => {
    const quote = '\u201cThe quay will hold through the winter storms,\u201d';
    const credits = ['Tarn Port Authority spokesman Tom Hale told reporters', 'harbour board chairwoman Ann Lee (D-Tarn) said', 'said Tarn Port Authority press officer Tom Hale', 'said Ann Lee, the board\u2019s new chairwoman'];
    for (const who of credits) expect(texts('unverifiable-quote', `The board met. ${quote} ${who}.`), who).toEqual([]);
    // Named after a role with no body a reader could check, the speaker still leaves the quotation unsourced.
    const [flag] = flagsOf('unverifiable-quote', `The board met. ${quote} spokeswoman Ann Lee said.`);
    expect(flag?.reason).toContain('credited to Ann Lee with no organisation');
  });
  it("credits a surname named again, a particle's surname, a body's name opening the sentence and a body in small letters", () => {
    const credited = [
      'Mayor Ann Lee opened the quay on Monday. Lee said the works had run late. \u201cThe quay will hold through the winter,\u201d she said.',
      'Mayor Ann de Vries opened the quay on Monday. \u201cThe quay will hold through the winter,\u201d de Vries said of the works.',
      'Parliament spokesman Tom Hale described the works as \u201ca repair that will hold for decades\u201d.',
      '\u201cThe quay will hold through the winter,\u201d said Tom Hale, a spokesman for the port authority\u2019s office.',
    ];
    for (const body of credited) expect(texts('unverifiable-quote', body), body).toEqual([]);
    // An acronym before the verb is a body, not a person named again; a resident is no body.
    const unsourced = [
      'A diver who works with TPA explained what was found. \u201cThe quay will hold through the winter,\u201d he told me.',
      'Eastham resident Ann Lee described the works as \u201ca repair that will hold for decades\u201d.',
    ];
    for (const body of unsourced) expect(texts('unverifiable-quote', body), body).toHaveLength(1);
  });
  it('credits "…," she wrote or he noted as "…," she said: the sentence before names the writer', () => {
    for (const verb of ['wrote in a letter to the board', 'writes in an investor note', 'noted']) {
      const body = `Harbour Board chair Ann Lee of the Tarn Port Authority warned the council again. \u201cThe quay will not hold through another winter,\u201d she ${verb}.`;
      expect(texts('unverifiable-quote', body), verb).toEqual([]);
    }
    // With no one named before it, the pronoun credits no one.
    expect(texts('unverifiable-quote', 'The storm came early. \u201cThe quay will not hold through another winter,\u201d she wrote.')).toHaveLength(1);
  });
  it('reads a pull quote as the quotation it repeats, before or after it', () => {
    const full = '\u201cThe concern is that the ferries in general are burning more and more fuel, using more crews, sailing for longer,\u201d says Mara Holt, a researcher at the Tarnhafen Institute.';
    const pull = '\u201cThe concern is that the ferries in general are burning more and more fuel.\u201d';
    expect(texts('unverifiable-quote', ['Ferries are late again.', full, pull, 'Holt helped launch a website.'].join('\n\n'))).toEqual([]);
    expect(texts('unverifiable-quote', ['Ferries are late again.', pull, full].join('\n\n'))).toEqual([]);
    // Words no credited quotation holds are still unsourced.
    const other = '\u201cThe night boats in general are burning more and more fuel.\u201d';
    expect(texts('unverifiable-quote', ['Ferries are late again.', other, full].join('\n\n'))).toEqual(['The night boats in general are burning more and more fuel.']);
  });
  it('credits a speaker whose role lists, whose name holds a particle, or who is named later in the sentence', () => {
    const credited: ReadonlyArray<readonly [string, string]> = [
      ['listedRole', '\u201cWe are joining a family with some of the best lines in the world,\u201d Tom Hale, vice president of fleet, finance and routes at Harbour Air, said on Oct. 12. \u201cThe possibilities are tremendous.\u201d'],
      ['particle', '\u201cIt is a great story,\u201d Jan Storm van Leeuwen, the keeper of maps at the Tarnhafen Library, said one night.'],
      ['namedLater', '\u201cWe are like every other school board\u201d trying to keep pupils safe, says Ann Lee, a spokesperson for the Tarnport School Board.'],
      ['officeAfterPlace', 'Tarn Valley City Mayor Tom de Vries spoke on Monday. \u201cThe place we have used before is the island,\u201d he said.'],
      ['publishedWork', 'The writer Ann Lee writes in her book \u201cWhat I Think About When I Think About Ferries\u201d: \u201cSailing is both exercise and metaphor.\u201d'],
      ['otherVerb', 'Mayor Tom Hale of the Tarnport council met the crew. \u201cTake what you need, my friend,\u201d he reiterates.'],
    ];
    for (const [name, body] of credited) expect(texts('unverifiable-quote', body), name).toEqual([]);
    // Named later with nothing a reader could check, or credited to "they say", the words stay unsourced.
    const [resident] = flagsOf('unverifiable-quote', '\u201cWe are like every other school board\u201d trying to keep pupils safe, says Ann Lee, a local resident.');
    expect(resident?.reason).toContain('credited to Ann Lee with no organisation');
    expect(texts('unverifiable-quote', 'The crew met at dawn. \u201cWhy do you think the ferry is late?\u201d They say it is the tide.')).toHaveLength(1);
    expect(texts('unverifiable-quote', 'The writer Ann Lee writes: \u201cSailing is both exercise and metaphor.\u201d')).toHaveLength(1);
  });
  it('judges a quotation broken by its credit as one, and short spoken words as words, not a title', () => {
    const body = 'One who fled was Ann Lee, a nurse at Tarnport Clinic. \u201cI am from Tarnport,\u201d she said. \u201cI was very afraid of the storm.\u201d Unable to find a car, Lee walked south. \u201cAlong the way,\u201d she said, \u201cI felt severe pain, so I went to Tarnport Hospital.\u201d';
    expect(texts('unverifiable-quote', body)).toEqual([]);
    // Broken by a credit to no one, the quotation is flagged once.
    expect(texts('unverifiable-quote', 'The storm came. \u201cAlong the quay,\u201d someone said, \u201cthe boats were lost in the night.\u201d')).toEqual(['Along the quay']);
  });
  it('goes on quoting the speaker of a short credited reply, and reads no name said inside quotation marks as the speaker', () => {
    expect(texts('unverifiable-quote', 'Mayor Tom Hale of the Tarnport council walked over to the quay.\n\n\u201cYes,\u201d he says. \u201cWe leave for the island at noon.\u201d')).toEqual([]);
    expect(texts('unverifiable-quote', 'The mascot of the Tarnhafen Observatory posts pictures. \u201cTarn Beach was cheering during the eclipse,\u201d Camilla tweeted.')).toEqual([]);
    // The place asked about is not who answers: the quotation after the reply is still no one's.
    const [flag] = flagsOf('unverifiable-quote', 'A man walks toward you. \u201cTarn Valley?\u201d\n\n\u201cYes,\u201d he says. \u201cYou need something for the trip?\u201d');
    expect(flag?.reason).toBe('No one is named as the source of this quotation.');
  });
  it('takes "she says" for the person a sentence before opens with, when the sentence just before names no one', () => {
    const quote = '\u201cOn a bad day I could easily spend fifty pounds on creams,\u201d she says.';
    expect(texts('unverifiable-quote', `Ann Lee, a nurse at Tarnport Clinic, grew up by the sea. She moved north in 2007.\n\nShe tried many creams. ${quote}`)).toEqual([]);
    // A subject named later by the surname alone is the person the story names in full.
    expect(texts('unverifiable-quote', `Ann Lee, a nurse at Tarnport Clinic, grew up by the sea.\n\nLee once fell asleep on the beach. Her skin got worse. ${quote}`)).toEqual([]);
    // A name in a sentence's object is someone else: the speaker is still the subject named before, with no body to check.
    const [flag] = flagsOf('unverifiable-quote', `Ann Lee grew up by the sea.\n\nShe never liked Tom Hale of Harbour Lines much. She tried many creams. ${quote}`);
    expect(flag?.reason).toContain('credited to Ann Lee with no organisation');
    // A quotation that goes on from one credited just before keeps that speaker.
    const [goesOn] = flagsOf('unverifiable-quote', 'Tom Hale of Harbour Lines spoke first.\n\nThe creams protect the skin in several ways, said Lee. \u201cThe first cream keeps the skin clear in the cold,\u201d she continued.\n\nAnn Lee grew up by the sea.');
    expect(goesOn?.reason).toContain('credited to Ann Lee');
  });
  it('says a quotation credited after it to a group\'s noun is credited to unnamed people, and a body\'s researchers to the body', () => {
    const quote = 'The app hides its code. \u201cIf the owner removes the app, the files are lost for good,\u201d';
    const unnamed = { verbFirst: `${quote} said researchers.`, nounFirst: `${quote} researchers said.`, onePerson: `${quote} said one person during public comment.` };
    for (const [name, body] of Object.entries(unnamed)) expect(flagsOf('unverifiable-quote', body)[0]?.reason, name).toContain('credited to unnamed people');
    expect(texts('unverifiable-quote', `${quote} security researchers at Tarnhafen Labs said.`)).toEqual([]);
    expect(flagsOf('unverifiable-quote', `${quote} she said.`)[0]?.reason).toBe('No one is named as the source of this quotation.');
  });
  it('reads words shown as a doubt, a question or a motto after a colon as no one\'s statement', () => {
    expect(texts('unverifiable-quote', 'The workshops answer the fears people have about the stage: \u201cI don\u2019t know what I could speak about.\u201d \u201cI am not an expert on anything.\u201d')).toEqual([]);
    expect(texts('unverifiable-quote', 'Some people on the ferries live by one simple motto: \u201cNever leave a passenger on the quay.\u201d')).toEqual([]);
    // A statement after a colon is still someone's words to credit.
    expect(texts('unverifiable-quote', 'Some people on the ferries gave a blunt answer at last: \u201cWe will not sail in this storm.\u201d')).toHaveLength(1);
  });
  it('credits a speaker named after a full stop, at the end of the sentence, on the line under a quotation, or who remembers', () => {
    const cases: { how: string; body: string }[] = [
      { how: 'after a full stop', body: 'Harbour Board chair Ann Lee spoke to the paper. \u201cHe left on the night boat to hunt. That is like a hobby for him.\u201d Lee told this newspaper.' },
      { how: 'at the end of the sentence', body: 'Tom Hale of the Harbour Board spoke first. \u201cIt makes for a compelling story\u201d if the lights go out for lack of plants, Mr. Hale said.' },
      { how: 'remembers', body: 'The herd was hard to catch. \u201cThose goats were so smart,\u201d remembers Ann Lee, coordinator for the Tarn Restoration Programme.' },
      { how: 'the line under it', body: 'See the app at work.\n\n\u201cIt has always been astonishing that it starts faster than a real one.\u201d\n\nDavid Lee, Tarnhafen Labs\n\nUp to date.' },
    ];
    for (const { how, body } of cases) expect(texts('unverifiable-quote', body), how).toEqual([]);
    // A subheading under a quotation names no one.
    expect(texts('unverifiable-quote', 'See the app at work.\n\n\u201cIt has always been astonishing that it starts faster than a real one.\u201d\n\nPolicy Shortcomings\n\nUp to date.')).toHaveLength(1);
  });
  it("takes a feature's \"she says\" far into the story for the person its lede opens with", () => {
    const days = Array.from({ length: 45 }, (_, i) => `On day ${i + 1} she walked to the quay and back.`).join(' ');
    const quote = '\u201cThe sea was calm that whole year,\u201d she says.';
    expect(texts('unverifiable-quote', `Ann Lee, a nurse at Tarnport Clinic, grew up by the sea.\n\n${days}\n\n${quote}`)).toEqual([]);
    expect(texts('unverifiable-quote', `The sea town lies far to the north.\n\n${days}\n\n${quote}`)).toHaveLength(1);
  });
  it('looks for who "she" is in time that grows with the text, not its square', () => {
    // Thousands of "she said"s, each after a paragraph naming no one: every one looks back for a surname given in full.
    const word = (i: number) => `Z${Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join('')}`;
    const body = Array.from({ length: 2000 }, (_, i) => `${word(i % 50)} went home.\n\nThe tide came in.\n\n\u201cWe are going to the quay now,\u201d she said.`).join('\n\n');
    const started = performance.now();
    texts('unverifiable-quote', body);
    expect(performance.now() - started).toBeLessThan(5000);
  });
  it('reads a page of unsourced quotations as dialogue, not as a report resting on them', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `\u201cShall we take night bus number ${i + 1} tonight?\u201d`).join('\n\n');
    expect(texts('unverifiable-quote', lines)).toEqual([]);
    const report = Array.from({ length: 4 }, (_, i) => `A senior official described \u201ca danger to route ${i + 1} and the port.\u201d`).join('\n\n');
    expect(texts('unverifiable-quote', report)).toHaveLength(4);
  });
  it('reads the credit of a quotation of several sentences in the sentence that closes it', () => {
    const twoSentences = '\u201cThe trials ran on the north quay in the rain. Nothing broke and no one was hurt,\u201d';
    expect(texts('unverifiable-quote', `The new crane was tested for two days. ${twoSentences} said Tom Hale, programme manager at Acme Harbour Works.`)).toEqual([]);
    // The sentence that closes it is read for what it says of the speaker, so a passer-by stays unsourced, whatever they wear.
    expect(texts('unverifiable-quote', `The crowd thinned by noon. ${twoSentences} said Tom Hale, who sells fish in a red T-shirt by the gate.`)).toHaveLength(1);
  });
  it('credits a speaker who holds a public office, speaks to the nation or for a body, and reads a titled work as no quotation', () => {
    const said = '\u201cThe port will be rebuilt by spring and the crews paid,\u201d';
    const traceable: Record<string, string> = {
      'an office as an aside': `${said} said Tom Hale, the acting premier, in a statement.`,
      'an office in small letters': `${said} said acting mayor Tom Hale.`,
      'an office in the run of the name': `${said} said Assistant District Attorney Tom Hale.`,
      'a speech to the nation': 'The ferry sank.\n\nTom Hale spoke to the crews in an address to the nation, telling them: \u201cWe will rebuild the port by spring.\u201d',
      'a body in capitals after "a spokesman for"': 'The ferry was held in port.\n\nA spokesman for Tarn Ferries said:\n\n\u201cThe crossing will run again once the storm has passed.\u201d',
      'a body in small letters': `${said} says Ann Lee, a spokesperson for the school system.`,
      'a titled work': 'In an essay titled \u2018The port is failing us and our children\u2019, Ann Lee writes that the quay is unsafe.',
    };
    for (const [why, body] of Object.entries(traceable)) expect(texts('unverifiable-quote', body), why).toEqual([]);
    // Neither a resident of a city nor a parent is an office or a body.
    expect(texts('unverifiable-quote', `${said} says Ann Lee, a resident of the city.`)).toHaveLength(1);
    expect(texts('unverifiable-quote', `${said} said Tom Hale, a father of two.`)).toHaveLength(1);
  });
  it("takes a name in the possessive for whose the speaker is, and a press conference or a rank for a record a reader can check", () => {
    expect(texts('unverifiable-quote', 'The court heard the claim.\n\nMr Hale\u2019s lawyer said the sailor had \u201clost all feeling in his left arm for many months\u201d.')).toEqual([]);
    const onRecord = [
      '\u201cWe will not bail out the ferry firms, they must rebuild on their own,\u201d Tom Hale told a press briefing late in the day.',
      '\u201cWe planned to use it in the jail, as it would help us end fights,\u201d says Commander Tom Hale.',
    ];
    expect(onRecord.map((body) => texts('unverifiable-quote', body).length)).toEqual([0, 0]);
  });
  it('follows a quotation run on over paragraphs, each left unclosed but the last, back to the speaker where it opened', () => {
    const curly = 'Ann Lee of the Tarn Port Authority said: \u201cThe quay is old.\n\n\u201cWe need money for the north wall.\n\n\u201cAnd we need it before the winter storms.\u201d';
    expect(texts('unverifiable-quote', curly)).toEqual([]);
    const straight = 'The report is out.\n\nFormer chief whip Tom Hale said: "Every pilot on this coast needs more lessons.\n\n"The schools do not teach what the port needs."';
    expect(texts('unverifiable-quote', straight)).toEqual([]);
    // Opened by no one, or by someone with no body or office, the run stays unsourced, and says whom it is credited to.
    expect(texts('unverifiable-quote', 'The quay is old. \u201cThe quay is old and weak.\n\n\u201cWe need money for the quay now.\u201d')).toHaveLength(1);
    const resident = flagsOf('unverifiable-quote', 'Ann Lee, a local resident, said: \u201cThe quay is old.\n\n\u201cWe need money for the quay now.\u201d');
    expect(resident.map((f) => f.reason)).toEqual(['The quotation is credited to Ann Lee with no organisation a reader could check.']);
  });
  it('gives a "he said" that nothing nearer resolves to the speaker quoted by name just before, unless someone else is named between', () => {
    const quoted = 'The plan \u201cwill take every crew we have this winter,\u201d Tarn Port Authority chief Tom Hale said.\n\nHe added that fees will rise.';
    const later = '\n\n\u201cFees pay for the new quay and its cranes,\u201d he said.';
    expect(texts('unverifiable-quote', `${quoted}\n\nFor years the port has charged a levy on cargo.${later}`)).toEqual([]);
    expect(texts('unverifiable-quote', `${quoted}\n\nAt the gate, Ann Lee waited for news. Her brother did not.${later}`)).toHaveLength(1);
  });
  it('credits a speaker named again, in full or by surname, whom the story introduced with a body, a middle initial or a seat in the lords', () => {
    const intro = 'The quay needs new cranes, says Tarn Port Board Director Ann B. Lee, who spoke at the yard on Friday.\n\nThe ferries ran late on Monday.\n\n';
    const traceable: Record<string, string> = {
      'by surname, introduced with a middle initial': `${intro}Dr Lee added that two cranes had failed: \u201cOne of them fell into the water last spring.\u201d`,
      'in full again, introduced with a body': 'Ann Lee, a professor at Tarn University, spoke first.\n\nThe ferries ran late on Monday.\n\n\u201cWe must act before winter,\u201d Ann Lee said.',
      'a lord': 'Lord Hale said: \u201cEvery ferry on this coast is older than its captain.\u201d',
    };
    for (const [why, body] of Object.entries(traceable)) expect(texts('unverifiable-quote', body), why).toEqual([]);
    // A body inside the quoted words, there or where the story names the speaker again, is no affiliation.
    const passerBy = '\u201cI waited an hour. I thought Tarn Ferries would run today,\u201d said Ann Lee, who lives nearby.';
    expect(texts('unverifiable-quote', passerBy)).toHaveLength(1);
    expect(texts('unverifiable-quote', `${passerBy}\n\nThe ferries ran late.\n\n\u201cI will not wait again,\u201d Ann Lee said.`)).toHaveLength(2);
    expect(texts('unverifiable-quote', 'Tom Hale said: \u201cEvery ferry on this coast is older than its captain.\u201d')).toHaveLength(1);
  });
  it('reads the marks after a kind of work as its title, but not after a paper or a letter, whose words may be anyone\'s', () => {
    expect(texts('unverifiable-quote', 'The method comes from their Harbour Quarterly essay, \u201cCranes at dusk and the art of slow lifting\u201d, and is taught at the yard.')).toEqual([]);
    expect(texts('unverifiable-quote', 'Ann Lee, who lives by the quay, told the paper: \u201cThe cranes are old and the crews are tired.\u201d')).toHaveLength(1);
  });
  it('reads a quotation after a sentence about the one the writer interviewed as theirs, judged like any named speaker', () => {
    const opened = 'The ferry museum opened in May. ';
    const quote = '\n\nHale still walks the quay every morning. \u201cThe ferries were the best years of my life.\u201d';
    expect(texts('unverifiable-quote', `${opened}I talked with Tom Hale, the director of the Tarn Ferries Trust, about how it began.${quote}`)).toEqual([]);
    const [flag] = flagsOf('unverifiable-quote', `${opened}I spoke with Tom Hale, a retired deckhand, about the old crossings.${quote}`);
    expect(flag?.reason).toMatch(/credited to Tom Hale with no organisation/u);
    // No interview, or a pronoun where the name would be: no one is named.
    for (const intro of ['Tom Hale is a retired deckhand.', 'She told me about Tom Hale, a retired deckhand.']) {
      expect(flagsOf('unverifiable-quote', `${opened}${intro}${quote}`)[0]?.reason, intro).toMatch(/No one is named/u);
    }
    // Talking with someone does not make them a body: the one talked to is still judged by their own affiliation.
    expect(texts('unverifiable-quote', `${opened}I spoke with Tom Hale, a retired deckhand.\n\n\u201cThe ferries were the best years of my life,\u201d said Tom Hale.`)).toHaveLength(1);
  });
  it('reads "he said" that no sentence before resolves as the words of the one the writer asked, when the writer asked someone', () => {
    const said = '\n\nHe gives the same advice to every new skipper on the coast. \u201cThe tide is not your enemy,\u201d he said. \u201cWatch the wind.\u201d';
    expect(texts('unverifiable-quote', `I asked Tom Hale, who runs Tarn Ferries, about the season.${said}`)).toEqual([]);
    expect(texts('unverifiable-quote', `My first question to Tom Hale, who runs Tarn Ferries: when does he sleep?${said}`)).toEqual([]);
    // Judged like any named speaker: with no body, flagged by name.
    expect(flagsOf('unverifiable-quote', `I asked Tom Hale, a retired deckhand, about the season.${said}`)[0]?.reason).toMatch(/credited to Tom Hale with no organisation/u);
    // With no one asked, "he" names no one.
    expect(flagsOf('unverifiable-quote', `The ferry season opened on Monday.${said}`)[0]?.reason).toMatch(/No one is named/u);
  });
  it('credits a quotation to the speaker a colon introduces it with, or whose words the paragraph just reported', () => {
    const words = '\u201cEvery crane on the quay should be painted blue by the spring. Blue lasts longer in salt air, and the crews like it.\u201d';
    expect(texts('unverifiable-quote', `The last word goes to Tom Hale of Tarn Ferries:\n\n${words}`)).toEqual([]);
    expect(texts('unverifiable-quote', `Here is how Tarnopedia puts it, in a passage worth quoting:\n\n${words}`)).toEqual([]);
    // Or names what someone said: their words, whoever the sentence makes them.
    expect(texts('unverifiable-quote', `The harbour master\u2019s full statement:\n\n${words}`)).toEqual([]);
    expect(texts('unverifiable-quote', `An official\u2019s reply, in full:\n\n${words}`)).toHaveLength(1);
    // A colon with no one named and no verb of saying introduces no speaker.
    expect(texts('unverifiable-quote', `Consider this:\n\n${words}`)).toHaveLength(1);
    const intro = 'Tom Hale, who teaches at Tarn University, spoke first.\n\n';
    const reported = 'Cranes should be oiled every week, Hale says. Rust starts in the joints.';
    const quote = ' "A crane that squeaks is a crane that is asking for help."';
    expect(texts('unverifiable-quote', `${intro}${reported}${quote}`)).toEqual([]);
    expect(texts('unverifiable-quote', `${intro}${reported} Ann Roe disagrees.${quote}`)).toHaveLength(1);
    // Reported by a pronoun or "according to": the person it stands for, or the surname.
    const tarn = 'Tom Hale of Tarn Ferries spoke first.\n\n';
    const wind = ' "The wind off the water cuts through every coat we own."';
    expect(texts('unverifiable-quote', `${tarn}The night shift is the hardest, he said.${wind}`)).toEqual([]);
    expect(texts('unverifiable-quote', `${tarn}According to Hale, the night shift is the hardest.${wind}`)).toEqual([]);
    expect(flagsOf('unverifiable-quote', `Tom Hale grew up by the sea.\n\nThe night shift is the hardest, he said.${wind}`).map((f) => f.reason)).toEqual(['The quotation is credited to Tom Hale with no organisation a reader could check.']);
  });
  it('names the signer of an epigraph, a dash and a name closing the quotation\'s line', () => {
    const reasons = (body: string) => flagsOf('unverifiable-quote', body).map((f) => f.reason);
    const motto = 'Ferries are hard.\n\n\u201cA harbour is only as good as the people who sweep it every morning.\u201d';
    expect(reasons(`${motto} \u2014 Tom Hale\n\nThe harbour opens at six.`)).toEqual(['The quotation is credited to Tom Hale with no organisation a reader could check.']);
    expect(reasons(`${motto} ~ Tom Hale, Tarn Ferries`)).toEqual([]);
  });
  it('names the speaker a press release credits by name and role after the quotation, with no verb', () => {
    const reasons = (body: string) => flagsOf('unverifiable-quote', body).map((f) => f.reason);
    const quote = 'The new ferry sails on Monday.\n\n\u201cOur crews have trained all winter and the new boat is ready for the island run,\u201d';
    expect(reasons(`${quote} Ann Lee, director of the Tarnport Ferry Office.`)).toEqual([]);
    expect(reasons(`${quote} Ann Lee, director of the Tarnport Ferry Office. Tickets go on sale today.`)).toEqual([]);
    // Named with a role but no body: flagged by name, as any speaker with no organisation.
    expect(reasons(`${quote} Ann Lee, a ferry pilot.`)).toEqual(['The quotation is credited to Ann Lee with no organisation a reader could check.']);
    // A name without a role after it credits no one.
    expect(reasons(`${quote} Ann Lee and Tom Hale.`)).toEqual(['No one is named as the source of this quotation.']);
  });
  it('finds the credit at the end of the sentence past words after the quotation, and takes the writer\'s own thoughts as credited', () => {
    const ann = 'Ann Lee of the Tarn Port Board spoke first.\n\nAs 300 people waited at the gate, the crews were \u201cdoing all they can to load the last boat,\u201d';
    expect(texts('unverifiable-quote', `${ann} by the evening, Ann Lee said.`)).toEqual([]);
    expect(flagsOf('unverifiable-quote', `${ann} by the evening.`).map((f) => f.reason)).toEqual(['The quotation is credited to unnamed people, so readers cannot check who said it.']);
    const plans = 'People kept sending me plans for a boat race, and';
    expect(texts('unverifiable-quote', `${plans} I thought \u201cWe could run it on the first calm Sunday of the year!\u201d`)).toEqual([]);
    expect(texts('unverifiable-quote', `${plans} one of them said \u201cWe could run it on the first calm Sunday of the year!\u201d`)).toHaveLength(1);
  });
  it('reads a "he said" after a sentence whose subject is "he" as the person named before it, not a name later in that sentence', () => {
    const advising = '\n\nHe repeats the same advice when he visits the Upper Tarn councils. \u201cSmall yards build the best boats,\u201d he said.';
    expect(texts('unverifiable-quote', `Tom Hale, the chief executive of Tarn Ferries, grew up by the harbour.${advising}`)).toEqual([]);
    expect(flagsOf('unverifiable-quote', `Tom Hale grew up by the harbour.${advising}`).map((f) => f.reason)).toEqual(['The quotation is credited to Tom Hale with no organisation a reader could check.']);
  });
});

describe('unavailable-source', () => {
  it('flags paywalled citations and non-public documents', () => {
    const [paywall] = flagsOf('unavailable-source', 'The plan was first reported by Bloomberg on Monday.', { citedUrls: ['https://www.bloomberg.com/news/articles/x?srnd=premium'] });
    expect(paywall).toMatchObject({ field: 'body', text: 'Bloomberg' });
    expect(texts('unavailable-source', 'The claim rests on a previously unpublished report and leaked documents.')).toEqual(['previously unpublished report', 'leaked documents']);
    expect(texts('unavailable-source', 'The figures appear in a memo seen by Reuters.')).toEqual(['seen by Reuters']);
  });
  it('does not flag open links or public documents', () => {
    expect(texts('unavailable-source', 'The report was published on Monday.', { citedUrls: ['https://example.org/report'] })).toEqual([]);
    expect(texts('unavailable-source', 'It bans the export of classified technology.')).toEqual([]);
  });
});

describe('promotional-contamination', () => {
  it('flags recommendation boxes, the headlines they list and adverts', () => {
    const body = 'The council met on Tuesday to discuss the harbour budget for the coming year.\n\nAlso Read\n\nTen Gadgets You Need This Summer\n\nThe budget passed after a long debate that lasted into the night.\n\nStart earning with our trading platform today';
    expect(texts('promotional-contamination', body)).toEqual(['Also Read', 'Ten Gadgets You Need This Summer', 'Start earning with our trading platform today']);
  });
  it('reads "click here to see" as a pointer to other content, and "click here" to buy, or beside another call, as advertising', () => {
    const lede = 'The night ferry carried its last cars on Friday, and the crew said goodbye to the regulars.\n\n';
    const called = (line: string) => flagsOf('promotional-contamination', `${lede}${line}`).map((f) => `${f.severity}: ${f.reason}`);
    expect(called('Click here to see our deckhand’s film of the last crossing, as it will not play on this page.')).toEqual(['info: A promotion for other content sits inside the story text.']);
    expect(called('Click here for tickets to the farewell concert on the quay.')).toEqual(['warning: Advertising copy sits inside the story text.']);
    expect(called('Click here to read the crew’s story, and buy now while the prints last.')).toEqual(['warning: Advertising copy sits inside the story text.']);
  });
  it('says a promoted headline is not part of the story, without calling it unrelated: it often shares the subject', () => {
    const body = 'The night ferry carried its last cars on Friday.\n\nAlso Read\n\nAll Our Night Ferry Coverage\n\nThe crew will be kept on for the summer season.';
    const [, promoted] = flagsOf('promotional-contamination', body);
    expect(promoted?.text).toBe('All Our Night Ferry Coverage');
    expect(promoted?.reason).toMatch(/not part of it/u);
    expect(promoted?.reason).not.toMatch(/unrelated/u);
  });
  it('reads two sentences of prose after a box\'s label as the story going on, not as a headline it promotes', () => {
    const before = 'The yard lends warm coats to night crews free of charge.\n\nVideo: How The Night Ferry Is Loaded\n\n';
    const question = 'Many deckhands say the night shift is the hardest part of the job, and few of them stay longer than a year. What would make the night shift easier for your crew?';
    expect(texts('promotional-contamination', `${before}${question}`)).toEqual(['Video: How The Night Ferry Is Loaded']);
    expect(texts('promotional-contamination', `${before}What Would Make The Night Shift Easier?`)).toEqual(['Video: How The Night Ferry Is Loaded', 'What Would Make The Night Shift Easier?']);
  });
  it('does not flag a subheading or ordinary prose', () => {
    const body = 'The council met on Tuesday to discuss the harbour budget.\n\nWhat Happens Next For The Harbour\n\nThe budget passed after a long debate that lasted into the night.';
    expect(texts('promotional-contamination', body)).toEqual([]);
  });
  it('reads a numbered list and a list the story announces with a colon as its own, and an unannounced run as other stories', () => {
    const intro = 'Choosing a night bus pass is not easy for most riders.';
    const questions = ['How Often Do You Ride After Midnight?', 'Which Towns Do You Need To Reach?', 'Does Your Employer Pay Part Of The Fare?'];
    const ownLists = [
      [intro, 'Here are the questions to ask yourself:', ...questions],
      [intro, 'Here are the three questions worth asking first.', ...questions],
      [intro, '1. Night Line One To Eastham And Back', '2. Night Line Two Along The Coast Road', '3. Night Line Three Up To The Mill Towns'],
      [intro, '2.1 Night Line One To Eastham And Back', '2.2 Night Line Two Along The Coast Road', '2.3 Night Line Three Up To The Mill Towns'],
    ];
    for (const list of ownLists) expect(texts('promotional-contamination', list.join('\n\n'))).toEqual([]);
    expect(texts('promotional-contamination', [intro, ...questions].join('\n\n'))).toEqual(questions);
  });
  it("reads a book's chapter titles under a contents heading as the book's, and the same run without it as other stories", () => {
    const intro = 'The new guide to the harbour is out this week, and it is a slim and handsome book.';
    const chapters = ['Cranes At Dusk', 'The Night Ferry Crews', 'How The Quay Was Built', 'Gulls, Nets And Weather'];
    for (const heading of ['Contents', 'The chapters of the book:', 'Inhalt']) {
      expect(texts('promotional-contamination', [intro, heading, ...chapters].join('\n\n')), heading).toEqual([]);
    }
    expect(texts('promotional-contamination', [intro, ...chapters].join('\n\n'))).toContain('How The Quay Was Built');
  });
  describe('a list the story announces with words, in its heading or before items of any length', () => {
    const open = 'The harbour museum has put together a night-bus weekend for families.';
    const items = ['Night Pass: Free Rides For Every Child', 'Ferry Link: Late Boats To The Island', 'Mill Towns: Buses Until Two In The Morning'];
    const german = ['Nachtbus: Kostenlose Fahrten für Kinder', 'Fähre: Späte Boote zur Insel', 'Mühlenstädte: Busse bis zwei Uhr nachts'];
    it.each([
      ['a heading with "at a glance" that opens the run', 'en', [open, 'The weekend at a glance', ...items]],
      ['a heading with "auf einen Blick" in German', 'de', ['Das Museum plant ein Wochenende mit Nachtbussen für Familien.', 'Das Wochenende: die Vorteile auf einen Blick', ...german]],
      ['a heading with "im Überblick" and a colon', 'de', ['Das Museum plant ein Wochenende mit Nachtbussen für Familien.', 'Die Angebote im Überblick:', ...german]],
      ['a count of what follows ("these 3 offers")', 'en', [open, 'The weekend brings these 3 offers', ...items]],
      ['"the following" before a first item too short to be a headline', 'en', [open, 'Ask yourself the following before you book:', 'Night or day?', ...items]],
      ['a heading for the works the story cites', 'en', [open, 'Our sources', ...items]],
      ['"Literatur" heading the works it cites in German', 'de', ['Das Museum plant ein Wochenende mit Nachtbussen für Familien.', 'Verwendete Literatur', ...german]],
    ])('%s', (_name, language, blocks) => {
      expect(detectFlags({ ...emptyInput({ body: blocks.join('\n\n') }), language }).flags.filter((f) => f.kind === 'promotional-contamination').map((f) => f.text)).toEqual([]);
    });
    it("still flags other stories' headlines after a box's label that closes on a colon, a short line between", () => {
      const teasers = ['Plans For The Harbour Festival Unveiled', 'Ferry Fares Rise Again As The Works Run Late', 'Our Guide To The Old Town Cafés'];
      const body = [open, 'More guides to the valley you will find here:', 'Cafés!', ...teasers].join('\n\n');
      expect(texts('promotional-contamination', body)).toEqual(teasers);
    });
  });

  describe("a run of the story's own data, not other stories' headlines", () => {
    const open = 'The harbour museum has put together a night-bus weekend for families.';
    const runs: Record<string, string> = {
      'lines that each hold a figure': 'Night Pass For Two Adults: 24 Euro|Family Ticket With Three Children: 31 Euro|Bike Space On Every Bus From 22 Uhr|Group Rate For Ten Riders: 95 Euro',
      'lines that open on the same two words': 'Night Line One Runs Through Eastham|Night Line Two Runs Along The Coast|Night Line Three Climbs To The Mill Towns',
      'lines that close on the same two words': 'Bus Stops With Shelters In Eastham|Bike Racks And Benches In Eastham|Ticket Machines That Take Cards In Eastham',
      'lines laid out alike with dashes and brackets': 'Harbour Song - Ana Ruiz (Canción del Puerto - Ruiz)|Night Road - Tom Hale (Nachtstraße - Hale)|Mill Town Blues - Lena Berg (Blues der Mühle - Berg)',
      'a chronology, each line opening with its year': '1998 Harbour Museum Opens In The Old Customs House|2004 New Wing For The Ferry Collection|2011 Museum Buys The Steam Tug Valiant',
      'a sentence broken into lines at its commas': 'Harbour Passes For Families With Young Children,|Late Boats To The Island On Saturday Nights,|Buses Up To The Mill Towns Until Dawn;|And A Lantern Walk Along The Quay.',
    };
    it.each(Object.entries(runs))('%s', (_, run) => expect(texts('promotional-contamination', [open, ...run.split('|')].join('\n\n'))).toEqual([]));

    it("still flags other stories' headlines that carry a year or a subtitle with its author", () => {
      const teasers = ['Plans For The 2024 Harbour Festival Unveiled', 'Ferry Fares Rise Again As The Works Run Late', 'Our Guide To The Old Town Cafés In 2025'];
      expect(texts('promotional-contamination', [open, ...teasers].join('\n\n'))).toEqual(teasers);
      const reviews = ['The Quiet Harbour: A Year Among Ferrymen by Ana Ruiz (review)', 'Night Roads: How Buses Shaped The Valley by Tom Hale (review)', 'Mill Towns: A History In Ten Streets by Lena Berg (review)'];
      expect(texts('promotional-contamination', [open, ...reviews].join('\n\n'))).toEqual(reviews);
    });
  });

  it("does not take a letter's signatories, a table's rows or a path for other stories' headlines", () => {
    const open = 'We, the undersigned, ask the council to keep the night buses running.';
    const signatories = ['Ann Lee, Valley University', 'Omar Haddad, Harbour Times', 'Lena Berg Ruiz, bus driver', 'Tom March, Eastham Institute'];
    expect(texts('promotional-contamination', [open, ...signatories].join('\n\n'))).toEqual([]);
    const table = ['Line\tFirst bus\tLast bus', 'Night Line One\t22 Uhr\t4 Uhr', 'Night Line Two\t23 Uhr\t5 Uhr'];
    expect(texts('promotional-contamination', [open, ...table].join('\n\n'))).toEqual([]);
    const paths = ['Regions -> Valley -> Eastham Routes', 'Regions -> Coast -> Harbour Town Routes', 'Regions -> Hills -> Upper Mill Routes'];
    expect(texts('promotional-contamination', [open, ...paths].join('\n\n'))).toEqual([]);
  });
});

describe('briefs in other languages', () => {
  // Words that look like English ("extreme") and a quote whose German verb of saying the quote detector does not know.
  const body = 'Der Rat hat die Abstimmung verschoben. „Wir brauchen mehr Zeit für die Prüfung“, sagte die Vorsitzende Anna Berg. Das war eine extreme Verzögerung.';
  const kinds = (language?: string) => detectFlags({ ...emptyInput({ body, title: 'VERZÖGERUNG BEIM HAFEN!' }), ...(language ? { language } : {}) }).flags.map((f) => f.kind);

  it('runs the wording detectors on English briefs and on briefs of unknown language only', () => {
    expect(kinds()).toEqual(expect.arrayContaining(['unverifiable-quote']));
    expect(kinds('und')).toEqual(kinds());
    const german = kinds('de');
    for (const kind of ['unverifiable-quote', 'loaded-language', 'speculation', 'anonymous-sourcing'] as FlagKind[]) expect(german).not.toContain(kind);
    // Headline punctuation is read in any language.
    expect(german).toContain('sensational-headline');
  });
});
