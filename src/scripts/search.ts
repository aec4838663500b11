/**
 * The search page's client: Pagefind's JS API driving a plain HTML form.
 *
 * Written on the API rather than with the prebuilt PagefindUI because that UI
 * cannot change the sort order once created and shows result metadata as
 * "Key: value" tags; here the form itself is the state (query, filter
 * checkboxes, sort), mirrored in the address so a search can be linked,
 * reloaded and tested, and results are ordinary markup styled like the site.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch>;
}

const PAGE_SIZE = 10;
const FILTER_LABELS: Record<string, string> = { outlet: 'Outlet', year: 'Year', topic: 'Topic', flag: 'Flag', entity: 'Entity' };
/** Filters listed in this order first; any others follow alphabetically. */
const FILTER_ORDER = ['topic', 'outlet', 'flag', 'year'];

const form = document.querySelector<HTMLFormElement>('#search-form');
if (form) void start(form);

async function start(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filterBox = document.querySelector<HTMLElement>('#search-filters-groups')!;
  const filterPanel = document.querySelector<HTMLDetailsElement>('#search-filters')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: form.dataset.base, excerptLength: 30 });
  } catch (error) {
    status.textContent = 'Search could not load. Browse the archive instead.';
    console.error(error);
    return;
  }

  const allFilters = await pagefind.filters();
  renderFilters(filterBox, allFilters);
  filterPanel.hidden = Object.keys(allFilters).length === 0;
  if (window.matchMedia('(min-width: 52rem)').matches) filterPanel.open = true;
  restoreFromAddress(form, new URLSearchParams(location.search));
  form.classList.add('is-ready');

  let searchId = 0;
  let shown: PagefindSearch['results'] = [];
  let showing = 0;

  async function run(): Promise<void> {
    const id = ++searchId;
    const term = input.value.trim();
    const filters = selectedFilters(form);
    history.replaceState(null, '', addressFor(form));
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = status.dataset.idle ?? '';
      updateCounts(filterBox, null);
      return;
    }
    form.setAttribute('aria-busy', 'true');
    const search = await pagefind.search(term || null, {
      filters,
      ...(sort.value === 'newest' ? { sort: { date: 'desc' } } : {}),
    });
    if (id !== searchId) return;
    shown = search.results;
    showing = 0;
    list.replaceChildren();
    updateCounts(filterBox, search.filters);
    await showMore();
    if (id !== searchId) return;
    form.removeAttribute('aria-busy');
    status.textContent = summaryText(shown.length, term);
  }

  async function showMore(): Promise<void> {
    const batch = shown.slice(showing, showing + PAGE_SIZE);
    showing += batch.length;
    const items = await Promise.all(batch.map(async (r) => resultItem(await r.data())));
    list.append(...items);
    more.hidden = showing >= shown.length;
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => {
    const next = showing;
    void showMore().then(() => list.children[next]?.querySelector('a')?.focus());
  });

  await run();
}

function renderFilters(box: HTMLElement, filters: Record<string, Record<string, number>>): void {
  const names = Object.keys(filters).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  box.replaceChildren(
    ...names.map((name) => {
      const group = document.createElement('fieldset');
      group.className = 'filter-group';
      const legend = document.createElement('legend');
      legend.textContent = FILTER_LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1);
      // The options scroll under the legend, which stays in view; shadows show where more of them lie.
      const options = document.createElement('div');
      options.className = 'filter-group__options';
      group.append(legend, options);
      const values = Object.keys(filters[name]!).sort(name === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b));
      for (const value of values) {
        const label = document.createElement('label');
        label.className = 'filter-option';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        const text = document.createElement('span');
        text.textContent = value;
        const count = document.createElement('span');
        count.className = 'filter-option__count';
        count.dataset.filter = name;
        count.dataset.value = value;
        count.textContent = String(filters[name]![value]);
        label.append(box, text, count);
        options.append(label);
      }
      return group;
    }),
  );
}

function rank(name: string): number {
  const i = FILTER_ORDER.indexOf(name);
  return i === -1 ? FILTER_ORDER.length : i;
}

/** Shows how many results each filter value would give now; null restores the totals. */
function updateCounts(box: HTMLElement, counts: Record<string, Record<string, number>> | null): void {
  for (const el of box.querySelectorAll<HTMLElement>('.filter-option__count')) {
    if (!el.dataset.total) el.dataset.total = el.textContent ?? '';
    const n = counts ? counts[el.dataset.filter!]?.[el.dataset.value!] ?? 0 : Number(el.dataset.total);
    el.textContent = String(n);
    el.closest('label')?.classList.toggle('is-empty', n === 0);
  }
}

function selectedFilters(form: HTMLFormElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('.filter-group input:checked')) (filters[box.name] ??= []).push(box.value);
  return filters;
}

function restoreFromAddress(form: HTMLFormElement, params: URLSearchParams): void {
  form.querySelector<HTMLInputElement>('input[name="q"]')!.value = params.get('q') ?? '';
  const sort = params.get('sort');
  if (sort === 'newest') form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = sort;
  for (const box of form.querySelectorAll<HTMLInputElement>('.filter-group input')) box.checked = params.getAll(box.name).includes(box.value);
}

function addressFor(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  const q = form.querySelector<HTMLInputElement>('input[name="q"]')!.value.trim();
  if (q) params.set('q', q);
  for (const [name, values] of Object.entries(selectedFilters(form))) for (const v of values) params.append(name, v);
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value;
  if (sort !== 'relevance') params.set('sort', sort);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function summaryText(count: number, term: string): string {
  const what = count === 1 ? '1 brief' : `${count} briefs`;
  if (count === 0) return term ? `No briefs match “${term}”.` : 'No briefs match these filters.';
  return term ? `${what} for “${term}”.` : `${what}.`;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h3');
  heading.className = 'search-result__title';
  // A brief's own words take the direction of their first letters (an Arabic headline right to left); the byline is the site's.
  heading.dir = 'auto';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const byline = document.createElement('p');
  byline.className = 'byline';
  for (const part of [data.meta.outlet, data.meta.date]) {
    if (!part) continue;
    const span = document.createElement('span');
    span.textContent = part;
    byline.append(span);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.dir = 'auto';
  excerpt.append(...safeExcerpt(data.excerpt));
  item.append(heading);
  if (byline.childElementCount > 0) item.append(byline);
  item.append(excerpt);
  return item;
}

/**
 * Pagefind's excerpt is HTML with <mark> around matches. It is parsed in an
 * inert document and only its text and <mark> elements are kept, so text
 * from a seed can never become markup on this page.
 */
function safeExcerpt(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const copy = (node: Node): Node[] => {
    if (node.nodeType === Node.TEXT_NODE) return [document.createTextNode(node.textContent ?? '')];
    if (node instanceof Element && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.append(...[...node.childNodes].flatMap(copy));
      return [mark];
    }
    return [...node.childNodes].flatMap(copy);
  };
  return [...doc.body.childNodes].flatMap(copy);
}
