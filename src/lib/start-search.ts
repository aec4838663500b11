/** The global that /pagefind/pagefind-ui.js defines (loaded by a classic script before this module runs). */
declare const PagefindUI: new (options: Record<string, unknown>) => unknown;

/** Mounts Pagefind's search UI on the element, reading the index location from its data attributes. */
export function startSearch(selector: string): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return;
  new PagefindUI({ element: selector, bundlePath: el.dataset.bundle, baseUrl: el.dataset.base, showSubResults: true, showImages: false });
}
