import type { EntityKind, KindEvidence } from './types.ts';

/** How much a mention's kind counts, by its evidence: context always outweighs a list of places, which outweighs a name's shape, which outweighs nothing. */
export const EVIDENCE_WEIGHT: Record<KindEvidence, number> = { context: 1_000_000, list: 100_000, shape: 1000, none: 1 };

/**
 * Votes for one entity's kind, each weighted by the evidence it was read from, within a brief
 * and across briefs alike. The kind with the most weight wins (the first one voted, on a tie)
 * and keeps the strongest evidence any of its votes had.
 */
export class KindVotes {
  private readonly votes = new Map<EntityKind, { weight: number; evidence: KindEvidence }>();

  add(kind: EntityKind, evidence: KindEvidence, mentions = 1): void {
    const vote = this.votes.get(kind);
    if (!vote) {
      this.votes.set(kind, { weight: mentions * EVIDENCE_WEIGHT[evidence], evidence });
      return;
    }
    vote.weight += mentions * EVIDENCE_WEIGHT[evidence];
    if (EVIDENCE_WEIGHT[evidence] > EVIDENCE_WEIGHT[vote.evidence]) vote.evidence = evidence;
  }

  winner(): { kind: EntityKind; evidence: KindEvidence } | null {
    let best: { kind: EntityKind; evidence: KindEvidence } | null = null;
    let bestWeight = -1;
    for (const [kind, vote] of this.votes) {
      if (vote.weight > bestWeight) [best, bestWeight] = [{ kind, evidence: vote.evidence }, vote.weight];
    }
    return best;
  }
}
