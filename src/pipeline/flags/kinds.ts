import type { FlagKind, Severity } from './types.ts';

export interface KindInfo {
  label: string;
  /** What the flag means, in plain words. */
  explain: string;
  /** An invented example sentence, and the words in it that would be flagged. */
  example: string;
  evidence: string;
}

/** Reader-facing names and explanations of every flag kind (the /flags/ page and the panel). */
export const KIND_INFO: Record<FlagKind, KindInfo> = {
  'publisher-disclosure': {
    label: 'Publisher notice',
    explain: 'The page itself declares something readers should know: that it contains opinion or bias, that it summarises another publication, that it is sponsored, or that it carries a legal label such as "foreign agent".',
    example: 'This article contains editorial commentary from the publisher.',
    evidence: 'contains editorial commentary',
  },
  secondhand: {
    label: 'Secondhand reporting',
    explain: 'The story relays what another outlet reported instead of reporting it first-hand. We show the chain of outlets, so you can go to the original.',
    example: 'The city will close the bridge in May, according to the Harbour Gazette.',
    evidence: 'according to the Harbour Gazette',
  },
  'anonymous-sourcing': {
    label: 'Unnamed sources',
    explain: 'A claim rests on people the story does not name ("officials familiar with", "insiders", "sources said"), so you cannot judge who is speaking or why.',
    example: 'Officials familiar with the plan said the vote would be delayed.',
    evidence: 'Officials familiar with the plan',
  },
  'loaded-language': {
    label: 'Loaded language',
    explain: 'Emotive or pejorative words in the outlet\'s own voice: accusations stated as fact, feelings ascribed to people, labels and name-calling ("thugs", "so-called"), dramatised verbs ("slammed"), exaggeration and praise. Words inside quotations, or that someone is reported as saying, are not flagged; words that also have common neutral uses are shown as notes.',
    example: 'The council\'s humiliating retreat left residents furious.',
    evidence: 'humiliating',
  },
  speculation: {
    label: 'Speculation',
    explain: 'A guess or prediction is presented as news ("might soon", "it seems", "is expected to"), or a claim is credited to no one ("some say", "it is widely believed"). It weighs more in the headline and the first sentences, which shape what readers take away; vague wording there ("many", "one of the most") is shown as a note.',
    example: 'The mayor might soon resign, it seems.',
    evidence: 'might soon',
  },
  'sensational-headline': {
    label: 'Sensational headline',
    explain: 'The headline is stronger than the story: emotive words the story never uses, a few people turned into a whole country, or a person made the target of what happened to an institution.',
    example: 'Headline "Furious mayor slams council" over a story in which the mayor "disagreed" with a vote.',
    evidence: 'Furious',
  },
  'headline-body-mismatch': {
    label: 'Headline contradicts story',
    explain: 'The headline\'s claim disagrees with the story\'s opening about who did what to whom.',
    example: 'Headline "Club sacked by coach" over an opening that says the club dismissed the coach.',
    evidence: 'Club sacked by coach',
  },
  'unverifiable-quote': {
    label: 'Untraceable quotation',
    explain: 'Someone is quoted, but the story gives no organisation, public office or source a reader could use to check who they are, or quotes a document nobody can see.',
    example: '"Prices will double," warned Alex Doe, an industry expert.',
    evidence: 'Prices will double',
  },
  'unavailable-source': {
    label: 'Source out of reach',
    explain: 'The primary source cannot be checked: it is behind a paywall, unpublished, leaked, or known only through the outlet relaying it.',
    example: 'The plan is described in an internal memo seen by the newspaper.',
    evidence: 'internal memo',
  },
  'promotional-contamination': {
    label: 'Promotion in the text',
    explain: 'Adverts, "also read" boxes or other stories\' headlines sit inside the story text. They are not part of the article.',
    example: 'Read also: Ten gadgets you need this summer',
    evidence: 'Read also: Ten gadgets you need this summer',
  },
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  info: 'Note',
  caution: 'Caution',
  warning: 'Warning',
};
