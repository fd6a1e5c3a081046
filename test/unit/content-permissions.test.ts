// What a content script on linkedin.com may ask of the background: exactly what its features
// ask, nothing more. The content script runs beside a page that is not ours, so whatever it
// may ask is what a flaw in it would expose.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUESTS, type RequestType } from '../../src/contract/index';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const allowedFromContent = (Object.keys(REQUESTS) as RequestType[])
  .filter((type) => (REQUESTS[type].senders as readonly string[]).includes('linkedin-content'))
  .sort();

describe('requests a LinkedIn content script may send', () => {
  it('are exactly those the content script sends', () => {
    const used = new Set<string>();
    for (const file of sources('src/content')) {
      for (const [, type] of readFileSync(file, 'utf8').matchAll(/request\(\s*'([a-z]+\.[A-Za-z]+)'/g)) used.add(type!);
    }
    expect([...used].sort()).toEqual(allowedFromContent);
  });

  it('never read or change the prospect list, the log, the library or the settings in bulk', () => {
    const never: RequestType[] = [
      'settings.get',
      'settings.update',
      'db.stats',
      'page.health',
      'library.update',
      'library.delete',
      'library.favourite',
      'library.importFile',
      'library.addFeed',
      'library.sources',
      'library.syncSource',
      'library.removeSource',
      'library.removeExamples',
      'library.restoreExamples',
      'activity.recent',
      'activity.page',
      'activity.add',
      'activity.setNote',
      'activity.delete',
      'insights.compute',
      'backup.export',
      'backup.import',
      'prospects.get',
      'prospects.list',
      'prospects.update',
      'prospects.erase',
      'prospects.timeline',
      'prospects.today',
      'team.exportStats',
    ];
    for (const type of never) expect(allowedFromContent, type).not.toContain(type);
  });
});
