/** The cleaning stage: `Block[]` -> `CleanResult`. The work is split over src/pipeline/clean/. */
export { cleanBlocks } from './clean/index.ts';
export { isBareUrl, urlFromLine } from './clean/text.ts';
