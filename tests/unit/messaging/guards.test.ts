import { describe, expect, it } from 'vitest';
import { classifySender, isPortalUrl } from '../../../utils/messaging/guards.ts';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const PORTAL = 'https://administration-etrangers-en-france.interieur.gouv.fr/usagers/#/';

describe('classifySender', () => {
  it('accepts our own extension pages', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBe('extension-page');
  });

  it('accepts our content script in the top frame of an ANEF portal page', () => {
    expect(classifySender({ id: ID, url: PORTAL, frameId: 0, tab: { id: 3 } }, ID, ORIGIN)).toBe('content-script');
  });

  it('refuses other extensions, other sites, look-alike hosts, sub-frames and plain http', () => {
    expect(classifySender({ id: 'other', url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBeUndefined();
    expect(classifySender({ id: ID, url: 'https://example.org/', tab: { id: 1 } }, ID, ORIGIN)).toBeUndefined();
    expect(classifySender({ id: ID, url: 'https://administration-etrangers-en-france.interieur.gouv.fr.evil.example/', tab: { id: 1 } }, ID, ORIGIN)).toBeUndefined();
    expect(classifySender({ id: ID, url: PORTAL, frameId: 2, tab: { id: 1 } }, ID, ORIGIN)).toBeUndefined();
    expect(classifySender({ id: ID, url: PORTAL.replace('https', 'http'), tab: { id: 1 } }, ID, ORIGIN)).toBeUndefined();
    expect(classifySender({}, ID, ORIGIN)).toBeUndefined();
  });

  it('recognises portal URLs exactly', () => {
    expect(isPortalUrl(PORTAL)).toBe(true);
    expect(isPortalUrl('https://sso.anef.dgef.interieur.gouv.fr/')).toBe(false);
    expect(isPortalUrl('nonsense')).toBe(false);
  });
});
