import type { LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];
type Entry = Parameters<Store['set']>[0];

/**
 * A Markdown entry as the content data store should keep it. Astro's rendered metadata carries a
 * copy of the whole frontmatter (about 4 KB a generated brief, a quarter of the data store) so
 * that Markdown plugins can read and extend it; pages read only what the plugins added (the flag
 * marks, src/plugins/), so the copy keeps just the keys the entry's data does not hold. The store
 * reaches every build as one JavaScript string, whose import time grows faster than its length.
 */
export function withoutFrontmatterCopy<E extends Entry>(entry: E): E {
  const metadata = entry.rendered?.metadata;
  if (!entry.rendered || !metadata?.frontmatter) return entry;
  const added = Object.fromEntries(Object.entries(metadata.frontmatter).filter(([key]) => !Object.hasOwn(entry.data, key)));
  return { ...entry, rendered: { ...entry.rendered, metadata: { ...metadata, frontmatter: added } } };
}

/** The loader's store, storing entries without the frontmatter copy. */
export function slimStore(store: Store): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set') return (entry: Entry) => target.set(withoutFrontmatterCopy(entry));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
