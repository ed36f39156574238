/** Plain text from pack text: our allowed tags go, the words stay; the tag list follows Rich's. */
import { describe, expect, it } from 'vitest';
import { RICH_TAGS } from '../../../components/shared/rich-text.tsx';
import { PLAIN_TEXT_TAGS, plainText } from '../../../utils/i18n/plain-text.ts';

describe('plainText', () => {
  it('removes exactly the tags packs may use', () => {
    expect([...PLAIN_TEXT_TAGS]).toEqual([...RICH_TAGS]);
    expect(plainText('بطاقة الإقامة (<fr>titre de séjour</fr>) <strong>!</strong>')).toBe('بطاقة الإقامة (titre de séjour) !');
    expect(plainText('le <term id="api">certificat (<fr>API</fr>)</term>')).toBe('le certificat (API)');
    expect(plainText('a <b>b</b>')).toBe('a <b>b</b>');
  });
});
