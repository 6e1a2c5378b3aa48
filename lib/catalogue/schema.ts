// The catalogue file format (docs/catalogue-format.md). A catalogue arrives from the repo or
// from `ambitions catalogue import FILE`, so it is validated here, once, and every problem is
// reported by its path in the file so the author can find it.
import { z } from "zod";

const text = z.string().trim().min(1, "must not be empty");

/** A rated measurement item. `id` defaults to `number`; unnumbered items need an `id`. */
const itemSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[0-9]+(\.[0-9]+)*(\/[a-z0-9-]+)?$/, "must look like 4.1.2 or 4.1.2/service-name")
    .optional(),
  number: z.string().regex(/^[0-9]+(\.[0-9]+)+$/, "must look like 1.2.3").nullable().optional(),
  text,
});

export type CatalogueItemInput = z.infer<typeof itemSchema>;

/** Shared wording for its children; never rated itself. */
const stemSchema = z.strictObject({
  stem: z.literal(true),
  number: z.string().regex(/^[0-9]+(\.[0-9]+)+$/, "must look like 1.6.1").nullable().optional(),
  text,
  children: z.array(itemSchema).min(1, "a stem needs at least one child item"),
});
export type CatalogueStemInput = z.infer<typeof stemSchema>;

// Problems that leave a node's shape intact (every field of the right type): the cross-field checks
// below can still run on it, as zod lets them for any other object with such problems.
const SHAPE_PRESERVING = new Set(["unrecognized_keys", "invalid_format", "too_small", "too_big"]);

/**
 * A node is a stem if it has `stem` or `children`, otherwise a rated item, and is checked against
 * that one schema only, so its problems are reported inside it (`...items[0].children`). A plain
 * `z.union` reports a node that fails both branches as just "Invalid input" at the node's path, or
 * picks the item branch for a broken stem and complains about its keys.
 */
const nodeSchema = z.unknown().transform((value, ctx): CatalogueStemInput | CatalogueItemInput => {
  const looksLikeStem = typeof value === "object" && value !== null && ("stem" in value || "children" in value);
  const result = (looksLikeStem ? stemSchema : itemSchema).safeParse(value);
  if (result.success) return result.data;
  const shapeIntact = result.error.issues.every((issue) => SHAPE_PRESERVING.has(issue.code));
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, continue: shapeIntact });
  // The parse has failed either way; the raw node only feeds the cross-field checks' messages.
  return shapeIntact ? (value as CatalogueStemInput | CatalogueItemInput) : z.NEVER;
});

const sectionSchema = z.strictObject({
  number: z.string().regex(/^[0-9]+\.[0-9]+$/, "must look like 1.2"),
  title: text,
  comment: z.string().optional(),
  items: z.array(nodeSchema).min(1, "a section needs at least one item"),
});

const ambitionSchema = z.strictObject({
  number: z.number().int().min(1).max(6),
  name: text,
  statement: text,
  sections: z.array(sectionSchema),
});

const levelSchema = z.strictObject({
  level: z.number().int().min(0).max(5),
  descriptor: text,
});

const foundationSchema = z.strictObject({
  number: z.number().int().min(1),
  name: text,
});

const catalogueObjectSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens"),
  title: text,
  source: z.string().optional(),
  comment: z.union([z.string(), z.array(z.string())]).optional(),
  levels: z.array(levelSchema).length(6, "must list the six levels 0 to 5"),
  foundations: z.array(foundationSchema),
  ambitions: z.array(ambitionSchema).length(6, "must list the six ambitions"),
});

export type CatalogueNodeInput = z.infer<typeof nodeSchema>;

export function isStem(node: CatalogueNodeInput): node is CatalogueStemInput {
  return "stem" in node && node.stem === true;
}

/** The id a rated item is known by in returns and the `score` format. */
export function itemId(item: CatalogueItemInput): string | undefined {
  return item.id ?? item.number ?? undefined;
}

// Cross-field rules zod cannot express per field: ordering, uniqueness and numbering.
export const catalogueSchema = catalogueObjectSchema.superRefine((catalogue, ctx) => {
  const problem = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });

  catalogue.levels.forEach((level, index) => {
    if (level.level !== index) problem(["levels", index, "level"], `expected level ${index}`);
  });
  catalogue.ambitions.forEach((ambition, index) => {
    if (ambition.number !== index + 1) problem(["ambitions", index, "number"], `expected ambition ${index + 1}`);
  });

  const seenIds = new Map<string, string>();
  const seenNumbers = new Set<string>();
  const claimNumber = (path: (string | number)[], number: string | null | undefined, prefix: string) => {
    if (!number) return;
    if (number === prefix) problem(path, `${number} is the section's own number; number its items ${prefix}.1, ${prefix}.2, ...`);
    else if (!number.startsWith(`${prefix}.`)) problem(path, `${number} does not belong to ${prefix}`);
    if (seenNumbers.has(number)) problem(path, `duplicate ${number}`);
    seenNumbers.add(number);
  };
  const claimItem = (path: (string | number)[], item: CatalogueItemInput, prefix: string) => {
    claimNumber([...path, "number"], item.number, prefix);
    const id = itemId(item);
    if (!id) {
      problem([...path, "id"], "an unnumbered item needs an id");
      return;
    }
    if (item.id && item.number && item.id !== item.number) {
      problem([...path, "id"], `id ${item.id} differs from number ${item.number}`);
    }
    // An id taken from the number was checked with the number; only an explicit id is checked here.
    if (item.id && !id.startsWith(`${prefix}.`) && !id.startsWith(`${prefix}/`)) {
      problem([...path, "id"], `${id} does not belong to ${prefix}`);
    }
    // A numbered item whose number repeats was already reported as a duplicate number.
    if (seenIds.has(id) && !(item.number && seenIds.get(id) === item.number)) {
      problem([...path, "id"], `duplicate id ${id}`);
    }
    seenIds.set(id, item.number ?? "");
  };

  const seenSections = new Set<string>();
  catalogue.ambitions.forEach((ambition, a) => {
    ambition.sections.forEach((section, s) => {
      const sectionPath = ["ambitions", a, "sections", s];
      if (!section.number.startsWith(`${ambition.number}.`)) {
        problem([...sectionPath, "number"], `${section.number} does not belong to ambition ${ambition.number}`);
      }
      if (seenSections.has(section.number)) problem([...sectionPath, "number"], `duplicate ${section.number}`);
      seenSections.add(section.number);
      section.items.forEach((node, i) => {
        const nodePath = [...sectionPath, "items", i];
        if (isStem(node)) {
          claimNumber([...nodePath, "number"], node.number, section.number);
          const childPrefix = node.number ?? section.number;
          node.children.forEach((child, c) => {
            // Children of a numbered stem may be numbered as siblings (1.6.1 → 1.6.2) or
            // unnumbered with an id under the stem (4.1.2 → 4.1.2/ambulance).
            const prefix = child.number ? section.number : childPrefix;
            claimItem([...nodePath, "children", c], child, prefix);
          });
        } else {
          claimItem(nodePath, node, section.number);
        }
      });
    });
  });
});

export type Catalogue = z.infer<typeof catalogueSchema>;

/** One problem found in a catalogue file, located by its path in the file. */
export type CatalogueProblem = { path: string; message: string };

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(file)";
}

export type ParseCatalogueResult =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; problems: CatalogueProblem[] };

export function parseCatalogue(input: unknown): ParseCatalogueResult {
  const result = catalogueSchema.safeParse(input);
  if (result.success) return { ok: true, catalogue: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })),
  };
}

/** Every rated item in catalogue order, with where it sits. */
export type FlatItem = {
  id: string;
  number: string | null;
  text: string;
  ambition: number;
  section: string;
  stem: { number: string | null; text: string } | null;
};

export function flattenRatedItems(catalogue: Catalogue): FlatItem[] {
  const out: FlatItem[] = [];
  for (const ambition of catalogue.ambitions) {
    for (const section of ambition.sections) {
      for (const node of section.items) {
        const children = isStem(node) ? node.children : [node];
        const stem = isStem(node) ? { number: node.number ?? null, text: node.text } : null;
        for (const child of children) {
          out.push({
            id: itemId(child) as string,
            number: child.number ?? null,
            text: child.text,
            ambition: ambition.number,
            section: section.number,
            stem,
          });
        }
      }
    }
  }
  return out;
}
