import type { Region } from "../regions";
import { type Reference, recogniseReferences, type Taxonomy } from "../taxonomy";

/**
 * The references in Mål cells, recognised once per region and text for one taxonomy: the goal rules
 * of every workbook and consolidation's goal coverage ask for the same cells, and pasted goals recur.
 * recogniseReferences depends only on the text, the taxonomy and the region, so a text seen before
 * gets the same references back (the same array: callers only read it, never change it).
 *
 * Consolidation makes one for its run and hands it to validation (ValidationOptions.references);
 * validation uses it only for a workbook checked against exactly that taxonomy (one whose "Mål"
 * sheet does not extend it), and otherwise makes its own for the workbook.
 */
export interface ReferenceMemo {
  readonly taxonomy: Taxonomy;
  /** recogniseReferences(text, taxonomy, region ? { region } : {}), computed once. */
  of(text: string, region: Region | null): Reference[];
}

export function referenceMemo(taxonomy: Taxonomy): ReferenceMemo {
  // By region, then by text: no key is built from the (often long) text.
  const byRegion = new Map<Region | null, Map<string, Reference[]>>();
  return {
    taxonomy,
    of(text, region) {
      let texts = byRegion.get(region);
      if (!texts) byRegion.set(region, (texts = new Map()));
      let refs = texts.get(text);
      if (!refs) {
        refs = recogniseReferences(text, taxonomy, region ? { region } : {});
        texts.set(text, refs);
      }
      return refs;
    },
  };
}
