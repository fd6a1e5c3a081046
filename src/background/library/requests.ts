// The library's requests, each handed to the library service.
import type { LIBRARY_REQUESTS } from '../../contract/requests/library';
import type { HandlersFor } from '../router';
import type { Library } from './service';

export function libraryHandlers({ library }: { library: Library }): HandlersFor<typeof LIBRARY_REQUESTS> {
  return {
    'library.search': async (query) => library.search(query),
    'library.facets': async () => library.facets(),
    'library.get': async ({ id }) => library.get(id),
    'library.update': async ({ id, patch }) => library.update(id, patch),
    'library.delete': async ({ id }) => library.remove(id),
    'library.favourite': async ({ id, favourite }) => library.favourite(id, favourite),
    'library.importFile': async ({ fileName, text }) => library.importFile(fileName, text),
    'library.addFeed': async ({ url }) => library.addFeed(url),
    'library.sources': async () => library.sources(),
    'library.syncSource': async ({ id }) => library.syncSource(id),
    'library.removeSource': async ({ id }) => library.removeSource(id),
    'library.removeExamples': async () => library.removeExamples(),
    'library.restoreExamples': async () => library.restoreExamples(),
  };
}
