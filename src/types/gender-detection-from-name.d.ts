// The package's per-language lists of given names (CommonJS, no types of their own): name in lower case -> gender.
declare module 'gender-detection-from-name/names/*.js' {
  const names: ReadonlyMap<string, string>;
  export default names;
}
