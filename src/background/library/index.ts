// The content library: imports, feed sources, edits and search.
export { createLibrary, mergeItem, STARTER_SOURCE_ID, type Library, type LibraryDeps } from './service';
