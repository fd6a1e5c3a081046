import { describe, expect, it } from 'vitest';
import source from '../../manifest.json';
import { GECKO_ID, manifestFor } from '../../scripts/manifest-for';

describe('manifestFor', () => {
  it('keeps the source manifest for Chrome', () => {
    expect(manifestFor(source, 'chrome')).toEqual(source);
  });

  it('turns the service worker into background scripts for Firefox and adds gecko settings', () => {
    const firefox = manifestFor(source, 'firefox');
    expect(firefox['background']).toEqual({ scripts: [source.background.service_worker], type: 'module' });
    expect(firefox['browser_specific_settings']).toMatchObject({
      gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
    });
    expect(source).not.toHaveProperty('browser_specific_settings');
  });

  it('asks for no more than it uses, and exposes no web-accessible resources', () => {
    expect(source.permissions).toEqual(['storage', 'alarms', 'notifications']);
    // Feed hosts are asked one by one, when the user adds a feed.
    expect(source.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(source).not.toHaveProperty('host_permissions');
    expect(source).not.toHaveProperty('web_accessible_resources');
    expect(source).not.toHaveProperty('externally_connectable');
  });
});
