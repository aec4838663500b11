/**
 * US states as news agencies abbreviate them after a city and in a lawmaker's party label ("Palo Alto, Calif.",
 * "Sen. Ann Lee, D-N.J."): the Associated Press style, which most American outlets follow, with the two-letter postal
 * codes that some write in party labels ("R-TX"). Written out here because no package the project uses lists the AP
 * forms; the eight states AP never abbreviates (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) are read by
 * their names. Keys are written without the abbreviation's last full stop, as the tokenizer leaves most of them.
 */
const AP_STATES: ReadonlyMap<string, string> = new Map([
  ['Ala', 'Alabama'], ['Ariz', 'Arizona'], ['Ark', 'Arkansas'], ['Calif', 'California'], ['Colo', 'Colorado'],
  ['Conn', 'Connecticut'], ['Del', 'Delaware'], ['Fla', 'Florida'], ['Ga', 'Georgia'], ['Ill', 'Illinois'],
  ['Ind', 'Indiana'], ['Kan', 'Kansas'], ['Ky', 'Kentucky'], ['La', 'Louisiana'], ['Md', 'Maryland'],
  ['Mass', 'Massachusetts'], ['Mich', 'Michigan'], ['Minn', 'Minnesota'], ['Miss', 'Mississippi'], ['Mo', 'Missouri'],
  ['Mont', 'Montana'], ['Neb', 'Nebraska'], ['Nev', 'Nevada'], ['N.H', 'New Hampshire'], ['N.J', 'New Jersey'],
  ['N.M', 'New Mexico'], ['N.Y', 'New York'], ['N.C', 'North Carolina'], ['N.D', 'North Dakota'], ['Okla', 'Oklahoma'],
  ['Ore', 'Oregon'], ['Pa', 'Pennsylvania'], ['R.I', 'Rhode Island'], ['S.C', 'South Carolina'], ['S.D', 'South Dakota'],
  ['Tenn', 'Tennessee'], ['Tex', 'Texas'], ['Vt', 'Vermont'], ['Va', 'Virginia'], ['Wash', 'Washington'],
  ['W.Va', 'West Virginia'], ['Wis', 'Wisconsin'], ['Wyo', 'Wyoming'],
]);

/** The fifty states by their postal codes; their names are the US states a text may name. */
const POSTAL_STATES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
    DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
    KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
    MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
    NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
    OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
    TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
    WI: 'Wisconsin', WY: 'Wyoming',
  }),
);

const STATE_NAMES: ReadonlySet<string> = new Set(POSTAL_STATES.values());

/** The name is one of the fifty US states' ("Georgia", "New York"). */
export function isUsStateName(name: string): boolean {
  return STATE_NAMES.has(name);
}

/**
 * Two states share their names with things the gazetteer knows first, a country and the capital ("Georgia",
 * "Washington"): where the text says the state is meant, it is named as the state.
 */
const STATE_LABELS: ReadonlyMap<string, string> = new Map([
  ['Georgia', 'Georgia (U.S. state)'],
  ['Washington', 'Washington (U.S. state)'],
]);

/** The name a US state's entity goes by: its own, unless another entity is known by it. */
export function usStateLabel(state: string): string {
  return STATE_LABELS.get(state) ?? state;
}

/**
 * The state an AP abbreviation stands for ("Calif." -> "California", "N.J." -> "New Jersey"), given the word with its
 * full stop: without it "Ill", "Miss" and "Del" are words and names.
 */
export function stateOfAbbreviation(written: string): string | undefined {
  return written.endsWith('.') ? AP_STATES.get(written.slice(0, -1)) : undefined;
}

/** A US state written as an abbreviation, where it stands. */
export interface StateMention {
  start: number;
  end: number;
  state: string;
  /**
   * Part of a lawmaker's party label ("D-Calif.", "R-TX", "I-Vt."): whom the lawmaker represents, not a place the
   * story is about. Congress stories name many members so, and reading their states as places made stories about
   * different bills look alike.
   */
  partyLabel: boolean;
}

/** A party label ("D-Calif.", "R., Ky."), read in prose only in this shape, since a postal code alone is often another word ("IN", "OR", "ME"). */
const PARTY_LABEL = /(?<![\p{L}\p{N}-])[DRI](?:-|\.,\s?)((?:\p{Lu}\.?\p{Lu}\p{Ll}?\.?)|(?:\p{Lu}\p{Ll}{1,4}\.))(?![\p{L}\p{N}])/gu;
/**
 * "Palo Alto, Calif." and "Trenton, N.J.": a state abbreviated after a capitalised name and a comma. Not before a
 * figure: German "Berlin, Mo., 12. März" abbreviates a weekday.
 */
const AFTER_PLACE = /,\s{1,2}(\p{Lu}\.?\p{Lu}?\p{Ll}{0,4}\.)(?![\p{L}\p{N}])(?!\s*,?\s*\d)/gu;
/** The capitalised word a comma follows (the pattern above starts at the comma, which a scan finds fast). */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.'’-]*$/u;

/** The states a text names by their abbreviations, in a party label or after a place, in text order. */
export function abbreviatedStates(text: string): StateMention[] {
  // Both shapes hold a full stop or a party's letter and a hyphen: most texts have neither, and are passed over at once.
  if (!text.includes('.') && !/[DRI]-/u.test(text)) return [];
  const out: StateMention[] = [];
  PARTY_LABEL.lastIndex = 0;
  for (let m = PARTY_LABEL.exec(text); m; m = PARTY_LABEL.exec(text)) {
    const code = m[1]!;
    const state = code.endsWith('.') ? stateOfAbbreviation(code) : POSTAL_STATES.get(code);
    if (state) out.push({ start: m.index, end: m.index + m[0].length, state: usStateLabel(state), partyLabel: true });
  }
  // "(D., Calif.)" has the shape of a place's too.
  const labelEnds = new Set(out.map((label) => label.end));
  AFTER_PLACE.lastIndex = 0;
  for (let m = AFTER_PLACE.exec(text); m; m = AFTER_PLACE.exec(text)) {
    const state = stateOfAbbreviation(m[1]!);
    const end = m.index + m[0].length;
    if (state && !labelEnds.has(end) && CAPITALISED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      out.push({ start: end - m[1]!.length, end, state: usStateLabel(state), partyLabel: false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
