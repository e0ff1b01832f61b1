import type { Segmentation } from '../types';

/** STUB (to be replaced): splits a draft into front matter, sections, clauses and markers. */
export function segmentDocument(text: string): Segmentation {
  void text;
  return { frontMatter: null, sections: [], clauses: [], ignored: [], termMarkers: [], ignoreMarkers: [] };
}
