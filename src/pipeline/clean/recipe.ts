import type { Features } from './features.ts';
import { closesWithColon, endsSentence, wordsOf } from './text.ts';
import type { Unit } from './units.ts';

/**
 * A recipe's card: the ingredients label ("Ingredients", "Zutaten für 4 Personen"), the list of
 * quantities under it ("2 tsp cumin", "350 g Mehl") and the method's label ("Directions",
 * "Zubereitung"). Each line is short and reads as no prose (a row of menu items to the
 * classifier), yet the list is the story's own: it is found by its shape, a label and then
 * lines most of which open with a quantity, so a menu that merely links to "Ingredients" is none.
 */

/** Labels over a list of ingredients in the common European languages, with what may follow ("for 4 portions"). */
const INGREDIENTS_LABEL = /^(?:ingredients?|zutaten|ingrédients|ingredientes|ingredienti|składniki|ingrediënten|ingredienser|ainekset|suroviny|přísady)(?![\p{L}])[^.!?]{0,40}$/iu;
/** Labels over the method that follows the list. */
const METHOD_LABEL = /^(?:directions|instructions|method|preparation|steps|zubereitung|anleitung|préparation|instructions|preparación|elaboración|preparazione|procedimento|modo de preparo|modo de preparação|przygotowanie|sposób przygotowania|bereiding|bereidingswijze|gör så här|valmistus|postup)(?![\p{L}])[^.!?]{0,40}$/iu;
/** A line opening with a quantity: "2", "1/2", "1,5", "½", "2-3", "1 1/4". */
const QUANTITY = /^(?:\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+(?:[.,/]\d+)?)?|[½¼¾⅓⅔⅛⅜⅝⅞])(?![\d])/u;
/** A quantity and at most two words of its unit, alone on a line ("135 g", "2 gestr. TL", "1 sztuka", "4"); a tab sets the ingredient apart on the same line. */
const BARE_QUANTITY = new RegExp(String.raw`${QUANTITY.source}(?:\s+\p{L}{1,10}\.?){0,2}\s*$`, 'u');
const isBareQuantity = (text: string) => !text.includes('\t') && BARE_QUANTITY.test(text);
/** Words of a list line at most, and of a label. */
const ITEM_WORDS = 15;
/** Words of a line that opens with its quantity at most: its notes run on ("6 cups of squash, diced (about 2 medium squash, 3 pounds total)"). */
const QUANTITY_ITEM_WORDS = 25;
const LABEL_WORDS = 8;
/** Lines of the list at least, and the share of them that must open with a quantity. */
const MIN_ITEMS = 3;
const QUANTITY_SHARE = 0.6;
/** Lines the method's label may stand below the list (a time, a difficulty, a button between). */
const METHOD_REACH = 4;

/** Units that make up recipe cards: the labels and the ingredient lines (the method's prose reads as prose already). `named`: lines a detector named as furniture. */
export function recipeCards(units: Unit[], feats: Features[], named: (i: number) => boolean): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'url' || feats[i]!.words > LABEL_WORDS || !INGREDIENTS_LABEL.test(u.text.trim())) continue;
    let j = i + 1;
    let lines = 0;
    let quantities = 0;
    // Quantities printed on a line of their own beside their ingredient ("135 g" over "Butter"): the two lines are one item.
    let paired = 0;
    let pendingQuantity = false;
    for (; j < units.length; j++) {
      const v = units[j]!;
      const t = v.text.trim();
      // An empty cell of the card's grid (a line of spaces or an icon) neither ends the list nor counts in it.
      if (v.kind !== 'url' && feats[j]!.words === 0 && !named(j)) continue;
      // The list ends at the first line a detector named (a "Print" button, the byline under the card).
      const quantity = QUANTITY.test(t);
      if (named(j) || v.kind === 'url' || feats[j]!.words > (quantity ? QUANTITY_ITEM_WORDS : ITEM_WORDS) || METHOD_LABEL.test(t) || INGREDIENTS_LABEL.test(t)) break;
      lines++;
      if (quantity) quantities++;
      if (pendingQuantity && !quantity) paired++;
      pendingQuantity = quantity && isBareQuantity(t);
    }
    const items = lines - paired;
    if (items < MIN_ITEMS || quantities < QUANTITY_SHARE * items) continue;
    for (let k = i; k < j; k++) found.add(k);
    // The method's label, when it follows the list closely.
    for (let k = j; k < Math.min(units.length, j + METHOD_REACH); k++) {
      if (units[k]!.kind === 'text' && feats[k]!.words <= LABEL_WORDS && METHOD_LABEL.test(units[k]!.text.trim())) {
        found.add(k);
        break;
      }
    }
    i = j - 1;
  }
  return found;
}

/** Words of a step at least, when it does not close with a stop ("Serve immediately." does). */
const STEP_WORDS = 8;

/**
 * The steps right under each card's method label: lines of prose, up to the first line a detector named or that reads
 * as none. They read as prose already; they are the card's all the same, so a row of furniture over the card (a list
 * of other recipes, its buttons) does not cut them off while the card above them stays.
 */
export function methodSteps(units: Unit[], feats: Features[], card: Set<number>, named: (i: number) => boolean): Set<number> {
  const steps = new Set<number>();
  for (const label of card) {
    if (!METHOD_LABEL.test(units[label]!.text.trim())) continue;
    for (let m = label + 1; m < units.length; m++) {
      const t = units[m]!.text.trim();
      if (units[m]!.kind !== 'url' && feats[m]!.words === 0 && !named(m)) continue;
      if (named(m) || units[m]!.kind === 'url' || !(endsSentence(t) || feats[m]!.words >= STEP_WORDS)) break;
      steps.add(m);
    }
  }
  return steps;
}

/** A sentence of some length closing with its stop is the text's, even inside a card (a tip under the list); an ingredient is no sentence. */
const SENTENCE_WORDS = 8;
const isSentence = (text: string) => endsSentence(text) && wordsOf(text).length >= SENTENCE_WORDS;

/**
 * The ingredients of the kept cards as a reader should see them: one list item each, a quantity printed
 * on a line of its own joined to its ingredient ("135 g" over "Butter" -> "135 g Butter"; "Butter" over
 * "135 g" -> "Butter: 135 g"). Keys are card units: a string is the item's text, null a line joined into
 * the item before it. Labels (the card's, the method's, a part's) are no items and are not keys.
 */
export function ingredientItems(units: Unit[], feats: Features[], card: Set<number>): Map<number, string | null> {
  const items = new Map<number, string | null>();
  const sorted = [...card].sort((a, b) => a - b);
  let run: number[] = [];
  const flush = () => {
    addRun(run, units, feats, items);
    run = [];
  };
  for (const i of sorted) {
    if (run.length > 0 && i !== run[run.length - 1]! + 1) flush();
    run.push(i);
  }
  flush();
  return items;
}

/** One card's consecutive units: its items, with quantities on lines of their own joined the way the card pairs them. */
function addRun(run: number[], units: Unit[], feats: Features[], items: Map<number, string | null>): void {
  // Each line's text with its spaces made single, once: the pairing below reads every line several times.
  const texts = new Map(run.map((i) => [i, units[i]!.text.replace(/\s+/gu, ' ').trim()]));
  const text = (i: number) => texts.get(i)!;
  // A part's label inside a card ("Für den Teig:", "For the glaze:") heads its part; it is no ingredient.
  const isLabel = (i: number) => INGREDIENTS_LABEL.test(text(i)) || METHOD_LABEL.test(text(i)) || closesWithColon(text(i));
  // Between labels, the lines of one list (a part's label starts another, and a pair never spans it).
  const lists: number[][] = [[]];
  for (const i of run) {
    if (units[i]!.kind !== 'text' || feats[i]!.words === 0) continue;
    if (isLabel(i)) lists.push([]);
    else lists[lists.length - 1]!.push(i);
  }
  const bare = (i: number) => isBareQuantity(units[i]!.text.trim());
  const quantity = (i: number) => QUANTITY.test(text(i));
  for (const list of lists) {
    // Which way the card pairs: more quantities before their ingredient, or after it.
    let before = 0;
    let after = 0;
    for (let k = 0; k + 1 < list.length; k++) {
      if (bare(list[k]!) && !quantity(list[k + 1]!)) before++;
      if (!quantity(list[k]!) && bare(list[k + 1]!)) after++;
    }
    const quantityFirst = before >= after;
    const paired = Math.max(before, after) > 0;
    const pairsAt = (k: number) => {
      const [a, b] = [list[k]!, list[k + 1]];
      return paired && b !== undefined && (quantityFirst ? bare(a) && !quantity(b) : !quantity(a) && bare(b));
    };
    // A card that pairs its lines ends with its last pair: what follows is the text under it (a heading, a tip).
    let end = list.length;
    if (paired) while (end > 0 && !pairsAt(end - 1) && !(end >= 2 && pairsAt(end - 2))) end--;
    for (let k = 0; k < end; k++) {
      const a = list[k]!;
      if (pairsAt(k)) {
        items.set(a, quantityFirst ? `${text(a)} ${text(list[k + 1]!)}` : `${text(a)}: ${text(list[k + 1]!)}`);
        items.set(list[k + 1]!, null);
        k++;
      } else if (!isSentence(text(a))) items.set(a, text(a));
    }
  }
}
