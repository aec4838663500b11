import Callout from './Callout.astro';
import PullQuote from './PullQuote.astro';
import Related from './Related.astro';

/** Components every MDX brief can use without importing them (see AUTHORING.md). */
export const authorComponents = { Callout, PullQuote, Related };
