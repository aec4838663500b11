/**
 * English given names and the short forms news styles write for them ("Chuck Schumer" in one outlet,
 * "Charles Schumer" in another). Only short forms that stand for one name: "Chris", "Alex" or "Sam" may
 * stand for several, "Ted" for Edward or Theodore, and "Jack" is a name of its own as often as John's.
 */
const FORMAL: Readonly<Record<string, string>> = {
  chuck: 'charles', charlie: 'charles', bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert', rob: 'robert',
  mike: 'michael', jim: 'james', jimmy: 'james', joe: 'joseph', tom: 'thomas', tommy: 'thomas', dick: 'richard', rick: 'richard',
  ed: 'edward', eddie: 'edward', dan: 'daniel', danny: 'daniel', dave: 'david', tony: 'anthony', andy: 'andrew', nick: 'nicholas',
  matt: 'matthew', ben: 'benjamin', liz: 'elizabeth', beth: 'elizabeth', jenny: 'jennifer', ron: 'ronald', don: 'donald',
  larry: 'lawrence', greg: 'gregory', jeff: 'jeffrey', ken: 'kenneth', tim: 'timothy', pete: 'peter', mitch: 'mitchell',
};

/** The name a short given name stands for (in lower case), if it is one of the short forms above. */
export function formalGivenName(given: string): string | undefined {
  const lower = given.toLowerCase();
  return Object.hasOwn(FORMAL, lower) ? FORMAL[lower] : undefined;
}
