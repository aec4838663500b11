import { describe, expect, it } from 'vitest';
import { linkCorpus } from '../../../src/pipeline/links/corpus.ts';
import { extractLinkFeatures } from '../../../src/pipeline/links/features.ts';
import { termFrequencies, tfidf } from '../../../src/pipeline/links/keywords.ts';
import { canNameAThing } from '../../../src/pipeline/links/parts-of-speech.ts';
import { singular } from '../../../src/pipeline/links/text.ts';
import { compilePatterns, countHits, scoreTopics, topics } from '../../../src/pipeline/links/topics.ts';

describe('topic taxonomy', () => {
  it('is documented: every topic has an id, label, description and patterns', () => {
    for (const t of topics()) {
      expect(t.id).toMatch(/^[a-z0-9-]+$/);
      expect(t.label.length).toBeGreaterThan(3);
      expect(t.description.length).toBeGreaterThan(20);
      expect(t.patterns.length).toBeGreaterThan(2);
    }
  });

  it('matches patterns on word boundaries with * endings', () => {
    const re = compilePatterns(['sanction*', 'export ban*']);
    expect('New sanctions and an export-ban; sanctioned firms. Unsanctioned? no'.match(re)).toEqual(['sanctions', 'export-ban', 'sanctioned']);
  });

  it('counts the matches of the guarded patterns by searching without the guard', () => {
    const patterns = ['sanction*', 'export ban*', 'net zero', 'ai', 'war', 'ban'];
    const texts = [
      'New sanctions and an export-ban; sanctioned firms. Unsanctioned? no',
      'Thai war-weary banks: ai, AI, said, warfare, war; embargo-war, net-zero net  zero planet zero',
      'unban ban-ban bban ban1 1ban 2war ŀwar Éwar ǅwar \u0345war war\u0345 𝐀war war',
      'export banned export bans export-export ban export ban',
      '',
    ];
    for (const text of texts) expect(countHits(text, compilePatterns(patterns, false)), text).toBe(text.match(compilePatterns(patterns))?.length ?? 0);
  });

  it('scores every topic with the hits of its own guarded pattern, overlapping words included', () => {
    // Every topic's first three words, run together, hyphenated, inside longer words and in capitals.
    const words = topics().flatMap((t) => t.patterns.slice(0, 3).map((p) => p.replace('*', 'ed')));
    const texts = [words.join(' '), words.join('-'), words.map((w) => `re${w} ${w.toUpperCase()}, ${w}s`).join('. '), words.join('')];
    for (const text of texts) {
      const expected = topics()
        .map((t) => ({ id: t.id, hits: text.match(compilePatterns(t.patterns))?.length ?? 0 }))
        .filter((t) => t.hits >= 3);
      const scored = scoreTopics(text, 1);
      for (const t of scored) expect(t.hits, `${t.id}: ${text.slice(0, 60)}`).toBe(expected.find((e) => e.id === t.id)?.hits);
      expect(scored.length).toBe(Math.min(expected.length, 4));
    }
  });

  it('files a brief under a topic only when its words run through the text', () => {
    const text = 'The sanctions hit exporters. New sanctions and an export ban followed, and sanctioned banks struggled. Trade fell.';
    expect(scoreTopics(text, 18).map((t) => t.id)).toContain('sanctions');
    const long = `${'The ferry left the harbour on time and the passengers enjoyed the view. '.repeat(40)}One mention of sanctions.`;
    expect(scoreTopics(long, 560).map((t) => t.id)).not.toContain('sanctions');
  });

  it('keeps the topics a brief about none mentions, for its story to settle, and none for a brief about some', () => {
    const brief = (text: string) => extractLinkFeatures({ slug: 'x', seed: 'x', title: 'A report', outlet: null, date: null, paragraphs: [{ kind: 'paragraph', text }] });
    const short = brief('The ferry company said new sanctions would delay the harbour works by a week.');
    expect(short.topics).toEqual([]);
    expect(short.mentionedTopics?.map((t) => `${t.id}/${t.hits}`)).toEqual(['sanctions/1']);
    const about = brief('The sanctions hit exporters. New sanctions and an export ban followed, and sanctioned banks struggled.');
    expect(about.topics.map((t) => t.id)).toContain('sanctions');
    expect(about.mentionedTopics).toBeUndefined();
  });

  it('files work, migration and a legislature\'s parties under their subjects, and a marketing campaign or a German "beschäftigt sich" under none', () => {
    const ids = (text: string) => scoreTopics(text, text.split(/\s+/u).length).map((t) => t.id);
    expect(ids('Employers added 200,000 jobs in May. The unemployment rate fell as hiring picked up and wages rose.')).toContain('work-and-jobs');
    expect(ids('Border agents detained more migrants in July. Asylum requests rose, and deportation flights resumed.')).toContain('migration');
    expect(ids('Senate Republicans blocked the bill. Democrats in Congress said they would try again next week.')).toContain('domestic-politics');
    expect(ids('Our spring campaign doubled clicks. The campaign used new ads, and the next campaign starts soon.')).not.toContain('domestic-politics');
    expect(ids('Die Forscherin beschäftigt sich mit Sternen. Sie beschäftigt sich seit Jahren damit und beschäftigt sich gern.')).not.toContain('work-and-jobs');
  });

  it('files disasters, crime, crypto money and abortion law under their subjects, not password tips or a charity\'s survivors', () => {
    const ids = (text: string) => scoreTopics(text, text.split(/\s+/u).length).map((t) => t.id);
    expect(ids('The earthquake killed hundreds. Rescuers searched the rubble as the death toll rose and a tropical storm neared.')).toContain('disasters-and-accidents');
    expect(ids('Murders rose in 2020. The homicide rate climbed in most cities, and violent crime followed.')).toContain('law-and-justice');
    expect(ids('Bitcoin fell after the ban. Crypto exchanges closed, and other cryptocurrencies slid.')).toContain('finance');
    expect(ids('The state banned abortion after six weeks. Clinics stopped abortions, and abortion rights groups sued.')).toContain('health');
    expect(ids('Use cryptography for passwords. Good cryptographic habits keep cryptographers and hackers apart.')).not.toContain('finance');
    expect(ids('Cancer survivors walked for the charity. Survivors and their families raised funds, and survivors spoke.')).toEqual([]);
  });

  it('files a heat wave under climate, a border wall under migration and a genocide under war', () => {
    const ids = (text: string) => scoreTopics(text, text.split(/\s+/u).length).map((t) => t.id);
    expect(ids('The heat wave broke records. Extreme heat kept people indoors as record temperatures spread.')).toContain('climate-and-environment');
    expect(ids('The governor began a border wall. Border security funds paid for more border walls.')).toContain('migration');
    expect(ids('Parliament recognised the genocide. Historians of the genocide welcomed it, and genocides elsewhere were named.')).toContain('war-and-conflict');
    expect(ids('The heating bill rose. A wall of the border town fell on the bordering farm.')).toEqual([]);
  });
});

describe('subjects of a general publication', () => {
  const ids = (text: string, language: string) => scoreTopics(text, text.split(/\s+/u).length, language).map((t) => t.id);
  /** What a text is about, and a text with the same subject's look-alike words that is not about it. */
  const subjects: { topic: string; language: string; about: string; notAbout?: string }[] = [
    {
      topic: 'business',
      language: 'en',
      about: 'The start-up doubled its revenue this year. Its chief executive told shareholders that profits would follow, and the merger talks ended.',
      notAbout: 'She minded her own business on the pier, fed the gulls and walked home along the harbour wall before dark.',
    },
    {
      topic: 'business',
      language: 'de',
      about: 'Das Unternehmen steigerte seinen Umsatz. Der Vorstandschef lobte die Gründer, und der Konzern ordnet den Einzelhandel neu.',
      // German "Brand" is a fire: "brand" is read as a brand in English text only.
      notAbout: 'Ein Brand zerstörte die Scheune in Tarnhafen. Der Brand brach nachts aus, und die Feuerwehr löschte den Brand erst am Morgen.',
    },
    {
      topic: 'games',
      language: 'en',
      about: 'The console sold out in a week. Gamers queued for the new video game, and its multiplayer mode crashed on launch day.',
      notAbout: 'The game ended in a draw. Both sides played the second game harder, and the home game is next week.',
    },
    { topic: 'games', language: 'de', about: 'Das Brettspiel erschien im Herbst. Neben Videospielen verkauft der Verlag Kartenspiele, und jedes Brettspiel ist vergriffen.' },
    {
      topic: 'fashion-and-beauty',
      language: 'en',
      about: 'Designers showed their dresses at fashion week. Models wore bold lipstick, and the clothing sold out within hours.',
      notAbout: 'She addressed the council. Her address was short, and the councillors redressed the error before the vote.',
    },
    {
      topic: 'animals-and-nature',
      language: 'de',
      about: 'Die Tiere im Tierpark fressen wieder. Die Vögel sind zurück, und Hunde dürfen an der Leine in den Wald.',
      notAbout: 'Der Wahlkampf im Tarnhafener Rathaus beginnt. Die Kandidaten stellen sich vor, und die Bürger fragen nach.',
    },
    {
      topic: 'animals-and-nature',
      language: 'en',
      about: 'The zoo welcomed two kittens of a rare wild cat. Wildlife officers said the animals would stay with the birds in the north enclosure.',
      // A pet project is no pet.
      notAbout: "The mayor's pet project was a new bridge. Her pet theory about bridges won votes, and the pet name stuck.",
    },
    {
      topic: 'home-and-garden',
      language: 'de',
      about: 'Den Kompost im Garten anlegen: Gartenabfälle mischen, die Pflanzen gießen, und den Rasen erst im Mai mähen.',
      notAbout: 'Die Chemiewerke in Tarnhafen stehen still. Zwei Werke schließen, und die Belegschaft bangt um ihre Stellen.',
    },
    { topic: 'culture-and-arts', language: 'en', about: 'Her new songs reached the charts. The music is sparse, and the jazz trio behind her plays the old songs again.' },
    { topic: 'sport', language: 'en', about: 'The running back scored two touchdowns. The NFL fined the team after the game, and the quarterback sat out.' },
    { topic: 'health', language: 'en', about: 'Cancer rates fell in Tarnport. Diabetes and obesity rose, and doctors urged fitness classes for older people.' },
    { topic: 'computing', language: 'en', about: 'The Android update broke the banking app. Owners of older Android phones waited a week for the fixed app.' },
  ];
  for (const { topic, language, about, notAbout } of subjects) {
    it(`files a text in ${language} under ${topic}${notAbout ? ', and not its look-alike' : ''}`, () => {
      expect(ids(about, language)).toContain(topic);
      if (notAbout) expect(ids(notAbout, language)).not.toContain(topic);
    });
  }
});

describe('subjects in the words of other languages', () => {
  const ids = (text: string, language: string) => scoreTopics(text, text.split(/\s+/u).length, language).map((t) => t.id);
  /** A language, the subject, and a text that writes it in that language's words. */
  const written: [string, string, string][] = [
    ['es', 'sport', 'El Tarnport ganó el torneo. Sus delanteros marcaron tres goles y el portero paró un penalti en la liga.'],
    ['en', 'law-and-justice', 'The prisoner escaped from the prison at night. Two prisons nearby were locked down until morning.'],
    ['de', 'law-and-justice', 'Der Reporter saß ein Jahr im Gefängnis. Nach der Haftstrafe schrieb er über das Gefängnis und die Zelle.'],
    ['es', 'finance', 'Tarnland pagó su deuda en dólares. La deuda del banco central bajó, y los bancos prestaron más.'],
    ['en', 'computing', 'The new Python release speeds up the server. Databases load faster, and the Python tools install in seconds.'],
    ['de', 'disasters-and-accidents', 'Die Lawine traf das Dorf. Nach der Lawine suchten Helfer, und die Lawinengefahr blieb hoch.'],
    ['de', 'transport', 'Das Auto blieb am Tarnhafener Ring liegen. Der Pkw wurde abgeschleppt, und die Autos dahinter warteten.'],
    ['en', 'transport', 'Motorists queued for an hour. The cars crawled into Tarnport, and one car broke down on the bridge.'],
    ['en', 'transport', 'The shipping line moved more cargo this year. Freight rates fell as container ships left Tarnport early.'],
    ['de', 'transport', 'Der Hafen von Tarnhafen wuchs. Frachter brachten mehr Güter, und der Güterverkehr nahm kräftig zu.'],
    ['en', 'finance', 'The council raised taxes on boats. Taxpayers in Tarnport pay the new tax from May, and the tax office expects more.'],
    ['de', 'sport', 'Der Handballverein gewann das Derby. Im Eishockey verlor Tarnhafen, und im Handball folgt das Pokalspiel.'],
    ['de', 'food-and-drink', 'Die Zwiebeln im Olivenöl anbraten. Den Knoblauch dazugeben und die Zwiebel glasig werden lassen.'],
    ['de', 'sport', 'Die Formel 1 startet in Tarnhafen. Beim Formel-1-Test fuhr das Team vorn, und die Rallye folgt im Mai.'],
    ['pl', 'domestic-politics', 'Rząd zapowiedział wybory. Opozycja krytykuje premiera, a koalicja w Sejmie szuka większości.'],
    ['pl', 'energy', 'Ceny gazu rosną. Dostawy gazu z Tarnportu stanęły, a elektrownie węglowe pracują pełną mocą.'],
    ['pt', 'health', 'O hospital de Tarnporto recebeu mais doentes. A saúde pública preocupa, e a doença se espalha entre os idosos.'],
    ['it', 'sport', 'La squadra ha vinto la partita. I giocatori hanno festeggiato con l’allenatore, e il campionato riprende domenica.'],
    ['pl', 'food-and-drink', 'Pierogi z serem: mąkę wymieszaj z wodą. Składniki farszu dopraw, a pierogi gotuj pięć minut.'],
  ];
  it.each(written)('files a text in %s under %s', (language, topic, text) => {
    expect(ids(text, language)).toContain(topic);
  });
});

describe('computing', () => {
  const ids = (text: string) => scoreTopics(text, text.split(/\s+/u).length).map((t) => t.id);
  it.each([
    ['English', 'The council moved its computers to Linux. Staff learned the new software, and the old laptops were sold.'],
    ['German', 'Das neue Betriebssystem läuft auf jedem Computer. Die Software ist kostenlos, und Programmierer können mitarbeiten.'],
    ['French', 'Le logiciel libre gagne les écoles. Chaque ordinateur du lycée tourne sous Linux, et les cours d’informatique suivent.'],
  ])('files computers, software and apps under their own subject, in %s', (_language, text) => {
    expect(ids(text)).toContain('computing');
  });
  it('leaves out browsing a market, apples and a mill\'s windows', () => {
    expect(ids('Shoppers browsed the stalls for hours. Browsing the market, they bought apples and looked through the windows of the old mill.')).not.toContain('computing');
  });
});

describe('topics in other languages', () => {
  it('reads the patterns of every language, and an English-only one only in English text', () => {
    const german = 'Die Mannschaft gewann das Turnier. Der Trainer war zufrieden, die Spieler waren müde, und die Meisterschaft war entschieden.';
    const ids = (text: string, language: string) => scoreTopics(text, 20, language).map((t) => t.id);
    expect(ids(german, 'de')).toContain('sport');
    // German "war" is "was": no war in this text.
    expect(ids(german, 'de')).not.toContain('war-and-conflict');
    const english = 'The war went on. The war cost lives, and the war ended only in spring after the war of words.';
    expect(ids(english, 'en')).toContain('war-and-conflict');
    // A brief of unknown language is read as English.
    expect(ids(english, 'und')).toContain('war-and-conflict');
    // French "ai" is "have".
    const french = "J'ai lu le livre. J'ai vu le film. J'ai aimé le concert et l'exposition, le festival aussi.";
    expect(ids(french, 'fr')).not.toContain('artificial-intelligence');
    expect(ids(french, 'fr')).toContain('culture-and-arts');
  });

  it('lists every topic\'s patterns without their language tags', () => {
    for (const t of topics()) for (const p of t.patterns) expect(p).not.toContain('@');
  });
});

describe('singular', () => {
  it('folds common plurals and leaves singular endings alone', () => {
    const cases: [string, string][] = [
      ['companies', 'company'], ['ties', 'tie'], ['bus', 'bus'], ['glass', 'glass'], ['crisis', 'crisis'], ['politics', 'politics'], ['news', 'news'],
      ['churches', 'church'], ['wishes', 'wish'], ['boxes', 'box'], ['classes', 'class'], ['ferries', 'ferry'], ['sanctions', 'sanction'], ['gas', 'gas'], ['port', 'port'],
    ];
    for (const [plural, one] of cases) expect(singular(plural), plural).toBe(one);
  });
});

describe('keywords', () => {
  it('counts content words and repeated two-word phrases, folding plurals', () => {
    const terms = termFrequencies('Export bans hurt farmers. The export ban on grain angered farmers. Grain prices rose.');
    const tf = Object.fromEntries(terms.map((t) => [t.key, t.tf]));
    expect(tf['export ban']).toBe(2);
    expect(tf['farmer']).toBe(2);
    expect(tf['the']).toBeUndefined();
    expect(terms.find((t) => t.key === 'export ban')?.label).toMatch(/^export ban/);
  });

  it("takes no keyword from a contraction (you're, don't, isn't), whichever apostrophe it is written with", () => {
    const keys = termFrequencies("If you're baking, don't rush the pastry. You’re done when it isn’t sticky, and the pastry won't tear.").map((t) => t.key);
    for (const contraction of ['youre', 'dont', 'isnt', 'wont']) expect(keys).not.toContain(contraction);
    expect(keys).toContain('pastry');
  });

  it('reads a word a page hyphenates with soft hyphens as one keyword, its label without them', () => {
    const terms = termFrequencies('Die Groß\u00ADvä\u00ADter kannten den Markt. Die Großväter kamen jeden Sonntag zum Markt und zum Groß\u00ADvä\u00ADter\u00ADtreffen.', 'de');
    expect(terms.find((t) => t.key === 'grossvater' || t.key === 'großvater')).toMatchObject({ tf: 2 });
    expect(terms.map((t) => t.key)).not.toContain('ter');
    expect(terms.every((t) => !t.label.includes('\u00AD'))).toBe(true);
  });

  // The particle French and Italian elide onto a word is no part of it: "l’université" is "université", "c’est" nothing.
  it.each([
    ['fr', 'L’université ferme. C’est la grève : l’université de Tarnport et l\'université voisine restent fermées, et qu’il pleuve ne change rien. Émilie d’Arcy le confirme.', 'université', ['l’université', 'c’est', 'qu’il', 'arcy']],
    ['it', 'Dell’università si parla molto. L’università di Tarnport chiude, e l’università vicina pure.', 'università', ['dell’università', 'l’università']],
  ])('reads a word of a brief in %s without its elided particle', (language, text, word, absent) => {
    const terms = termFrequencies(text, language);
    expect(terms.find((t) => t.label === word)).toMatchObject({ tf: 3 });
    const labels = terms.map((t) => t.label);
    for (const label of absent) expect(labels, label).not.toContain(label);
  });

  // Words as common in every story of a language as "also" and "said" in English, which its stoplist lacks.
  it.each([
    ['fr', 'Le port est plus calme. Comme chaque hiver, le port ferme plus tôt, et le port fait comme toujours plus de bruit chez les voisins.', ['plus', 'comme', 'chaque', 'fait', 'chez']],
    ['es', 'Este puerto fue cerrado, dijo el alcalde. Este puerto fue el primero, y el puerto está tranquilo, dijo otra vez.', ['este', 'fue', 'dijo', 'está', 'otra']],
    ['de', 'Der Hafen ist einfach schön. Die Hafenarbeiter*innen finden den Hafen einfach gut, und Mitarbeiter:innen bleiben im Hafen.', ['einfach', 'finden', 'innen']],
    ['en', 'Get the best harbour tour. You need a good guide to get around the harbour, and the best harbour guides know it.', ['get', 'best', 'need', 'good', 'know']],
  ])("leaves out a brief's own everyday words in %s", (language, text, everyday) => {
    const labels = termFrequencies(text, language).map((t) => t.label);
    expect(labels).toContain({ fr: 'port', es: 'puerto', de: 'Hafen', en: 'harbour' }[language]);
    for (const word of everyday) expect(labels, word).not.toContain(word);
  });

  it('leaves proper nouns to the entity finder', () => {
    const keys = termFrequencies('Talks in Geneva stalled. Officials left Geneva. Geneva was quiet.').map((t) => t.key);
    expect(keys).not.toContain('geneva');
    expect(keys).toContain('talk');
  });

  it("leaves out the function words of the brief's own language, and reads a German noun's capital as a noun's", () => {
    const german = 'Die Stadt baut neue Radwege. Die Radwege in der Stadt sollen bis zum Sommer fertig sein, und der Verkehr wird ruhiger. Mit den Radwegen und der Brücke wird die Stadt sicherer.';
    const terms = termFrequencies(german, 'de');
    const keys = terms.map((t) => t.key);
    for (const word of ['und', 'der', 'die', 'mit', 'bis']) expect(keys, word).not.toContain(word);
    expect(keys.some((k) => k.includes(' ') && /\b(?:und|der)\b/u.test(k))).toBe(false);
    expect(terms.find((t) => t.key === 'stadt')?.label).toBe('Stadt');
    const spanish = termFrequencies('Los vecinos piden más autobuses. Los autobuses de la noche llegan a los pueblos del este, y los vecinos celebran.', 'es').map((t) => t.key);
    for (const word of ['los', 'del', 'más']) expect(spanish, word).not.toContain(word);
    expect(spanish).toContain('vecino');
    // Without the language, the English rule stands: a word capitalised mid-sentence is a name.
    expect(termFrequencies(german).map((t) => t.key)).not.toContain('stadt');
  });

  it('leaves out English words that qualify or hedge, however often a brief uses them', () => {
    const keys = termFrequencies('The buses are fairly full. Riders are fairly happy, and fares will probably fall. Maybe fares fall soon; fares probably fall.').map((t) => t.key);
    for (const word of ['fairly', 'probably', 'maybe', 'soon']) expect(keys, word).not.toContain(word);
    expect(keys).toContain('fare');
    expect(keys).toContain('rider');
  });

  it("takes an English brief's keywords from words that can name a thing, in any other language from every word", () => {
    const english = 'The harbour board agreed a framework for the ferries. Tenacious pilots quietly applauded the widespread changes to the timetable, and the board will step aside.';
    const brief = (slug: string, text: string, language?: string) => extractLinkFeatures({ slug, seed: slug, title: 'A report', outlet: null, date: null, paragraphs: [{ kind: 'paragraph', text }], language });
    const graph = linkCorpus([brief('en', english, 'en'), brief('other', 'Buses run late at night in the eastern towns.', 'en'), brief('unknown', english)]);
    const labels = graph.briefs['en']!.keywords.map((k) => k.label);
    for (const noun of ['framework', 'ferries', 'pilots', 'timetable']) expect(labels, noun).toContain(noun);
    for (const word of ['agreed', 'tenacious', 'applauded', 'widespread', 'quietly', 'step aside']) expect(labels, word).not.toContain(word);
    // Without a language the English lexicon says nothing.
    expect(graph.briefs['unknown']!.keywords.map((k) => k.label).filter((k) => ['agreed', 'tenacious', 'applauded', 'widespread', 'quietly'].includes(k))).not.toEqual([]);
    expect(canNameAThing('housing')).toBe(true);
    expect(canNameAThing('agreed')).toBe(false);
    // A word the lexicon does not know may name anything; an object's own property names are no words.
    expect(canNameAThing('remobilisation')).toBe(true);
    expect(canNameAThing('constructor')).toBe(true);
  });

  it('weights rare terms above common ones', () => {
    expect(tfidf(2, 1, 100)).toBeGreaterThan(tfidf(2, 50, 100));
    expect(tfidf(3, 10, 100)).toBeGreaterThan(tfidf(1, 10, 100));
  });
});
