import { defineCollection } from 'astro:content';
import { briefSchema } from './collections/brief-schema.ts';
import { dispatchLoader } from './collections/dispatch-loader.ts';

export const collections = {
  briefs: defineCollection({ loader: dispatchLoader(), schema: briefSchema }),
};
