/** The metadata stage: `Seed` + `CleanResult` -> `BriefMetadata`. The work is split over src/pipeline/metadata/. */
export { extractMetadata, type MetadataResult } from './metadata/index.ts';
export { countWords, guessLanguage } from './metadata/counts.ts';
