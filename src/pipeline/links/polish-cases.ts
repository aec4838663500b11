/**
 * The case forms of a Polish place's name, as a Polish brief writes it after a preposition or a verb: "w Polsce", "z Rosji",
 * "do Moskwy", "w Wielkiej Brytanii", "w Iranie". The regular patterns of the names the gazetteer lists (a feminine noun
 * in -a, an adjective in -a before one, a masculine noun ending in a consonant), and a table of the countries named in the
 * plural or as a neuter phrase, which follow none ("Niemcy", "Stany Zjednoczone"); no package the project uses declines Polish.
 */
export function polishCaseForms(name: string): string[] {
  const irregular = IRREGULAR[name];
  if (irregular) return irregular;
  const words = name.split(' ');
  if (words.length === 1) return [...new Set(nounForms(name).flatMap((f) => [f.genitive, f.locative, f.accusative, f.instrumental, f.dative]))].filter((f) => f !== name);
  if (words.length !== 2) return [];
  // "Wielka Brytania", "Nowa Zelandia": the adjective agrees with the noun in each case.
  const [adjective, noun] = words as [string, string];
  if (!/\p{Ll}a$/u.test(adjective) || !/a$/u.test(noun)) return [];
  const stem = adjective.slice(0, -1);
  const oblique = /[kg]$/u.test(stem) ? `${stem}iej` : `${stem}ej`;
  const direct = `${stem}ą`;
  return [...new Set(nounForms(noun).flatMap((f) => [`${oblique} ${f.genitive}`, `${oblique} ${f.locative}`, `${direct} ${f.accusative}`, `${direct} ${f.instrumental}`]))];
}

/**
 * Genitive, dative, instrumental and locative of the countries whose Polish names no pattern above declines: plurals
 * ("Niemcy" -> "w Niemczech", "z Chin") and neuter phrases ("Zjednoczone Królestwo" -> "w Zjednoczonym Królestwie").
 */
const IRREGULAR: Readonly<Record<string, string[]>> = {
  'Stany Zjednoczone': ['Stanów Zjednoczonych', 'Stanom Zjednoczonym', 'Stanami Zjednoczonymi', 'Stanach Zjednoczonych'],
  'Zjednoczone Królestwo': ['Zjednoczonego Królestwa', 'Zjednoczonemu Królestwu', 'Zjednoczonym Królestwem', 'Zjednoczonym Królestwie'],
  Niemcy: ['Niemiec', 'Niemcom', 'Niemcami', 'Niemczech'],
  Włochy: ['Włoch', 'Włochom', 'Włochami', 'Włoszech'],
  Czechy: ['Czech', 'Czechom', 'Czechami', 'Czechach'],
  Chiny: ['Chin', 'Chinom', 'Chinami', 'Chinach'],
  Węgry: ['Węgier', 'Węgrom', 'Węgrami', 'Węgrzech'],
  Indie: ['Indii', 'Indiom', 'Indiami', 'Indiach'],
  Filipiny: ['Filipin', 'Filipinom', 'Filipinami', 'Filipinach'],
};

interface NounForms {
  genitive: string;
  dative: string;
  locative: string;
  accusative: string;
  instrumental: string;
}

/** A feminine noun in -a (after -ia, -ja, a velar or a hard consonant) or a masculine noun ending in a consonant. */
function nounForms(noun: string): NounForms[] {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(noun)) return [];
  if (noun.endsWith('a')) {
    const stem = noun.slice(0, -1);
    // "Hiszpania", "Brytania", "Rosja", "Francja": -i(i) in the oblique cases.
    if (/[ij]$/u.test(stem)) {
      const oblique = stem.endsWith('i') ? `${stem}i` : `${stem.slice(0, -1)}ji`;
      return [{ genitive: oblique, dative: oblique, locative: oblique, accusative: `${stem}ę`, instrumental: `${stem}ą` }];
    }
    // "Polska", "Ameryka", "Praga": k and g soften before -e ("Polsce", "Pradze") and take -i in the genitive.
    if (/[kg]$/u.test(stem)) {
      const locative = `${stem.slice(0, -1)}${stem.endsWith('k') ? 'ce' : 'dze'}`;
      return [{ genitive: `${stem}i`, dative: locative, locative, accusative: `${stem}ę`, instrumental: `${stem}ą` }];
    }
    // "Wenezuela", "Kostaryka" above: -l takes -i.
    if (stem.endsWith('l')) return [{ genitive: `${stem}i`, dative: `${stem}i`, locative: `${stem}i`, accusative: `${stem}ę`, instrumental: `${stem}ą` }];
    // "Moskwa", "Ukraina", "Kanada", "Malta", "Kuba": -y, and a softened -e ("Moskwie", "Kanadzie", "Malcie").
    const locative = softened(stem);
    if (locative === null) return [];
    return [{ genitive: `${stem}y`, dative: locative, locative, accusative: `${stem}ę`, instrumental: `${stem}ą` }];
  }
  // "Iran", "Egipt", "Londyn", "Berlin", "Irak": towns and countries take -u or -a in the genitive, -ie or -u in the locative.
  if (/[bcdfhjklłmnprstwzżźś]$/u.test(noun)) {
    const velar = /[kg]$/u.test(noun);
    const locative = velar ? `${noun}u` : (softened(noun) ?? `${noun}u`);
    return [{ genitive: `${noun}u`, dative: `${noun}owi`, locative, accusative: noun, instrumental: velar ? `${noun}iem` : `${noun}em` }, { genitive: `${noun}a`, dative: `${noun}owi`, locative, accusative: `${noun}a`, instrumental: `${noun}em` }];
  }
  return [];
}

/** The locative of a hard stem: its last consonant softened before -e ("Kanad" -> "Kanadzie", "Malt" -> "Malcie", "Moskw" -> "Moskwie"). */
function softened(stem: string): string | null {
  const last = stem.slice(-1);
  const head = stem.slice(0, -1);
  if (SOFTENED[last] !== undefined) return `${head}${SOFTENED[last]}`;
  if (/[bfmnpsvwz]$/u.test(stem)) return `${stem}ie`;
  return null;
}
const SOFTENED: Record<string, string> = { d: 'dzie', t: 'cie', r: 'rze', ł: 'le' };
