import { describe, expect, it, vi } from 'vitest';
import { healthLine } from '../../src/popup/Popup';
import type { PageHealth } from '../../src/contract/index';

// Real English messages, so the line reads as the user will read it.
vi.mock('webextension-polyfill', async () => {
  const { default: messages } = await import('../../public/_locales/en/messages.json');
  const table = messages as Record<string, { message: string }>;
  return {
    default: {
      i18n: {
        getMessage: (key: string, subs?: string | string[]) =>
          (table[key]?.message ?? '').replace(/\$[A-Z_]+\$/, [subs ?? ''].flat().join('')),
      },
    },
  };
});

const health = (partial: Partial<PageHealth>): PageHealth => ({ page: 'profile', features: {}, missing: [], at: 0, ...partial });

describe('the popup health line', () => {
  it('names the part a reader missed, even when a button was mounted: never a false "active"', () => {
    expect(healthLine(health({ features: { 'profile-track-button': 'mounted' }, missing: ['profile-headline'] }))).toBe(
      'profile headline not found',
    );
    expect(
      healthLine(
        health({
          page: 'messaging',
          features: { 'composer-share-button': 'mounted' },
          missing: ['conversation-partner', 'message-composer'],
        }),
      ),
    ).toBe('conversation partner, message box not found');
  });

  it('says active only when nothing is missing', () => {
    expect(healthLine(health({ features: { 'profile-track-button': 'mounted' } }))).toBe('Nurture is active on this page');
  });

  it('a Sales Navigator inbox or lead page where nothing anchored is "not recognised"; an account page waits', () => {
    expect(healthLine(health({ page: 'sales-inbox', features: { 'composer-share-button': 'no-anchor' } }))).toBe(
      'not recognised: Nurture adds nothing here',
    );
    expect(healthLine(health({ page: 'sales-lead', features: { 'profile-track-button': 'no-anchor' } }))).toBe(
      'not recognised: Nurture adds nothing here',
    );
    expect(healthLine(health({ page: 'sales-account', features: { 'composer-share-button': 'no-anchor' } }))).toBe(
      'Nurture is watching for a composer',
    );
  });

  it('quiet mode first: nothing was looked for', () => {
    expect(healthLine(health({ features: { 'profile-track-button': 'quiet' }, missing: ['profile-headline'] }))).toBe(
      'quiet mode: nothing added to the page',
    );
  });
});
