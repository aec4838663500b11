import Callout from './Callout.astro';
import Flag from './Flag.astro';
import PullQuote from './PullQuote.astro';
import Related from './Related.astro';

/** Components every MDX brief can use without importing them (see AUTHORING.md). */
export const authorComponents = { Callout, Flag, PullQuote, Related };
