/**
 * One-shot loading of a content folder, for tools and tests that do not reload.
 */
import type { SkippedPage } from '../store/records.ts';
import type { ContentStore } from '../store/store.ts';
import { ContentLibrary } from './library.ts';

export { ContentDirError, DEFAULT_MAX_PAGE_BYTES } from './library.ts';

export interface LoadedContent {
  store: ContentStore;
  loaded: number;
  skipped: SkippedPage[];
}

export async function loadContent(
  dir: string,
  options: { maxPageBytes?: number } = {},
): Promise<LoadedContent> {
  const library = new ContentLibrary(dir, options);
  const report = await library.load();
  return { store: library.store, loaded: report.loaded, skipped: report.skipped };
}
