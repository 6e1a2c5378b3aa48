// Walking the ambition → section → stem → item tree for every return would dominate the cost of
// scoring, so each catalogue is flattened once into arrays indexed by item position and kept
// for as long as the catalogue object lives.
import { roundedShare } from "./round-share";
import type { ScoringCatalogue, ScoringNode, ScoringStem } from "./types";

export type PreparedItem = {
  readonly id: string;
  readonly number: string | null;
  readonly text: string;
  /** The wording of the stem the item hangs from, which is part of what the item asks. */
  readonly stemText: string | null;
  readonly ambition: number;
  readonly section: string;
};

/**
 * `percentByCount[c]` is the share `c` items make of a group, as published (one decimal, rounded
 * half up). A group has at most a few dozen items, so a table per group turns the six divisions
 * per share into one load.
 */
export type PercentTable = Float64Array;

export type PreparedSection = {
  readonly number: string;
  readonly title: string;
  readonly ambition: number;
  readonly itemCount: number;
  readonly percentByCount: PercentTable;
};

export type PreparedAmbition = {
  readonly number: number;
  readonly name: string;
  /** Sections `firstSection` up to (not including) `endSection` belong to this ambition. */
  readonly firstSection: number;
  readonly endSection: number;
  readonly itemCount: number;
  readonly percentByCount: PercentTable;
};

export type PreparedCatalogue = {
  readonly id: string;
  /** Rated items in catalogue order. */
  readonly items: readonly PreparedItem[];
  readonly indexById: ReadonlyMap<string, number>;
  /** Section position of each item, so a level can be tallied without touching objects. */
  readonly sectionOfItem: Uint16Array;
  readonly sections: readonly PreparedSection[];
  readonly ambitions: readonly PreparedAmbition[];
  /** Numbers of stems: known to the catalogue, but never rated. */
  readonly stemNumbers: ReadonlySet<string>;
  readonly percentByCount: PercentTable;
  /**
   * Scratch space for one scoring call, reused because scoring is synchronous and allocating it
   * per return would be most of the garbage a return makes. Never read across calls.
   */
  readonly scratchLevels: Int8Array;
  readonly scratchTally: Int32Array;
};

const prepared = new WeakMap<ScoringCatalogue, PreparedCatalogue>();

// Shared between groups of the same size, which most sections are (one or two items).
const percentTables = new Map<number, PercentTable>();

export function percentTable(items: number): PercentTable {
  let table = percentTables.get(items);
  if (!table) {
    table = new Float64Array(items + 1);
    for (let count = 0; count <= items; count++) table[count] = roundedShare(count, items);
    percentTables.set(items, table);
  }
  return table;
}

function isStem(node: ScoringNode): node is ScoringStem {
  return node.stem === true;
}

/** The flattened form of `catalogue`, built on first use and cached with the catalogue. */
export function prepareCatalogue(catalogue: ScoringCatalogue): PreparedCatalogue {
  const cached = prepared.get(catalogue);
  if (cached) return cached;

  const items: PreparedItem[] = [];
  const indexById = new Map<string, number>();
  const sectionOfItem: number[] = [];
  const sections: PreparedSection[] = [];
  const ambitions: PreparedAmbition[] = [];
  const stemNumbers = new Set<string>();

  for (const ambition of catalogue.ambitions) {
    const firstSection = sections.length;
    const firstItem = items.length;
    for (const section of ambition.sections) {
      const sectionIndex = sections.length;
      const sectionFirstItem = items.length;
      for (const node of section.items) {
        if (isStem(node) && node.number) stemNumbers.add(node.number);
        const children = isStem(node) ? node.children : [node];
        const stemText = isStem(node) ? node.text : null;
        for (const child of children) {
          const id = child.id ?? child.number ?? undefined;
          // A validated catalogue cannot get here; a hand-built one in a test or script can.
          if (!id) throw new Error(`Catalogue ${catalogue.id}: item "${child.text}" in ${section.number} has no id or number`);
          if (indexById.has(id)) throw new Error(`Catalogue ${catalogue.id}: duplicate item id ${id}`);
          indexById.set(id, items.length);
          sectionOfItem.push(sectionIndex);
          items.push({
            id,
            number: child.number ?? null,
            text: child.text,
            stemText,
            ambition: ambition.number,
            section: section.number,
          });
        }
      }
      const itemCount = items.length - sectionFirstItem;
      sections.push({
        number: section.number,
        title: section.title,
        ambition: ambition.number,
        itemCount,
        percentByCount: percentTable(itemCount),
      });
    }
    const itemCount = items.length - firstItem;
    ambitions.push({
      number: ambition.number,
      name: ambition.name,
      firstSection,
      endSection: sections.length,
      itemCount,
      percentByCount: percentTable(itemCount),
    });
  }
  for (const number of stemNumbers) {
    if (indexById.has(number)) throw new Error(`Catalogue ${catalogue.id}: ${number} is both a stem and a rated item`);
  }

  const result: PreparedCatalogue = {
    id: catalogue.id,
    items,
    indexById,
    sectionOfItem: Uint16Array.from(sectionOfItem),
    sections,
    ambitions,
    stemNumbers,
    percentByCount: percentTable(items.length),
    scratchLevels: new Int8Array(items.length),
    scratchTally: new Int32Array(sections.length * 6),
  };
  prepared.set(catalogue, result);
  return result;
}
