import countries from 'world-countries';

/**
 * Country names, capitals and demonyms mapped to one canonical country name, so
 * that "Moscow", "Russian" and "the Russian Federation" all mean Russia when the
 * headline and the lede are compared. Data: the world-countries package.
 */
let table: Map<string, string> | null = null;

/** Capitals that are also everyday English words or first names, which would misfire at a sentence start. */
const AMBIGUOUS = new Set(['male', 'victoria', 'kingston', 'hamilton', 'georgetown', 'jamestown', 'charlotte amalie', 'avarua', 'praia', 'funafuti', 'palikir', 'castries', 'basseterre', 'ngerulmud', 'flying fish cove', 'king edward point', 'the settlement', 'adamstown', 'plymouth']);

function build(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (key: string | undefined, country: string) => {
    const k = key?.trim().toLowerCase();
    if (!k || k.length < 3 || AMBIGUOUS.has(k) || map.has(k)) return;
    map.set(k, country);
  };
  // Sovereign states first, so a shared demonym ("French") means the state, not a territory.
  const ordered = [...countries].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  for (const c of ordered) {
    const name = c.name.common;
    add(name, name);
    add(c.name.official, name);
    for (const alt of c.altSpellings) if (alt.length > 3) add(alt, name);
    for (const capital of c.capital ?? []) add(capital, name);
    const demonym = c.demonyms?.eng;
    if (demonym) {
      add(demonym.m, name);
      add(demonym.f, name);
      add(`${demonym.m}s`, name);
      for (const d of [demonym.m, demonym.f, `${demonym.m}s`]) {
        const k = d?.trim().toLowerCase();
        if (k && !people.has(k)) people.set(k, name);
      }
    }
  }
  return map;
}
/** Demonyms alone ("Russian", "Russians"): a people, not a place. */
const people = new Map<string, string>();

/** The country whose people a word names ("Russians" -> Russia), or null for any other word, a country's or a capital's name included. */
export function peopleOf(name: string): string | null {
  table ??= build();
  return people.get(name.trim().toLowerCase().replace(/^the\s+/, '')) ?? null;
}

/** The canonical country a name refers to (a country, its capital or its demonym), or null. */
export function countryOf(name: string): string | null {
  table ??= build();
  const key = name.trim().toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '');
  return table.get(key) ?? null;
}

/** Capitalised runs in a text (possible names), with offsets: "Vladimir Putin", "Beijing", "U.S.". */
export function capitalisedRuns(text: string, from = 0): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /(?:[A-Z][\p{L}.&'’-]*|[A-Z]{2,})(?:\s+(?:of\s+|de\s+|the\s+)?(?:[A-Z][\p{L}.&'’-]*))*/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[0].replace(/['’]s$/u, '').replace(/[.,]$/, (c) => (/[A-Z]\.$/.test(m[0]) ? c : ''));
    out.push({ start: from + m.index, end: from + m.index + raw.length, text: raw });
  }
  return out;
}
