import { describe, expect, it } from 'vitest';
import { classifyNotice, mayHoldNotice } from '../../../src/pipeline/flags/notices.ts';
import { fold } from '../../../src/pipeline/flags/text.ts';

describe('mayHoldNotice', () => {
  it('holds for a text any of whose parts classifyNotice recognises, wherever the part sits', () => {
    const notices = ['This article is an opinion piece.', 'Sponsored content', 'The views expressed here are the author’s own.', 'First published in the Harbour Gazette.'];
    for (const notice of notices) {
      expect(classifyNotice(notice), notice).not.toBeNull();
      for (const text of [notice, `The ferry sailed at noon.${notice}`, `Gulls circled.\n\n${notice} More text follows`]) expect(mayHoldNotice(fold(text)), text).toBe(true);
    }
  });

  it('lets a text with no notice be skipped', () => {
    const text = 'The ferry sailed at noon. Gulls circled the harbour while the crew counted crates of apples.';
    expect(mayHoldNotice(fold(text))).toBe(false);
    expect(classifyNotice(text)).toBeNull();
  });
});
