// The catalogue file format (docs/catalogue-format.md). A catalogue arrives from the repo or
// from `ambitions catalogue import FILE`, so it is validated here, once, and every problem is
// reported by its path in the file so the author can find it.
import { z } from "zod";
import { hasControlCharacter } from "../forms/plain-text";

// Every string of the file: PostgreSQL refuses a NUL in text (and in jsonb), and no wording of
// the regional tool holds any other control character but tab and line breaks.
const CONTROL_MESSAGE = "must not contain control characters (such as \\u0000) other than tab and line breaks";
const string = () => z.string().refine((value) => !hasControlCharacter(value), CONTROL_MESSAGE);
const text = string().trim().min(1, "must not be empty");

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
const SHAPE_PRESERVING = new Set(["unrecognized_keys", "invalid_format", "too_small", "too_big", "custom"]);

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
  comment: string().optional(),
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
  source: string().optional(),
  comment: z.union([string(), z.array(string())]).optional(),
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

// Cross-field rules zod cannot express per field: ordering, uniqueness and numbering. They walk
// the raw input defensively, so they also run on a file with field errors elsewhere: an author
// fixing a file sees every problem at once, not one layer per attempt.
type Path = (string | number)[];
type Problem = { path: Path; message: string };

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asString = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

function crossFieldProblems(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const problem = (path: Path, message: string) => problems.push({ path, message });
  const catalogue = asRecord(input);

  asArray(catalogue.levels).forEach((level, index) => {
    const value = asRecord(level).level;
    if (typeof value === "number" && value !== index) problem(["levels", index, "level"], `expected level ${index}`);
  });

  const seenIds = new Map<string, string>();
  const seenNumbers = new Set<string>();
  const claimNumber = (path: Path, number: string | undefined, prefix: string) => {
    if (!number) return;
    if (number === prefix) problem(path, `${number} is the section's own number; number its items ${prefix}.1, ${prefix}.2, ...`);
    else if (!number.startsWith(`${prefix}.`)) problem(path, `${number} does not belong to ${prefix}`);
    if (seenNumbers.has(number)) problem(path, `duplicate ${number}`);
    seenNumbers.add(number);
  };
  const claimItem = (path: Path, raw: unknown, prefix: string) => {
    const item = asRecord(raw);
    const number = asString(item.number);
    const explicitId = asString(item.id);
    claimNumber([...path, "number"], number, prefix);
    const id = explicitId ?? number;
    if (!id) {
      problem([...path, "id"], "an unnumbered item needs an id");
      return;
    }
    if (explicitId && number && explicitId !== number) problem([...path, "id"], `id ${explicitId} differs from number ${number}`);
    // An id taken from the number was checked with the number; only an explicit id is checked here.
    if (explicitId && !id.startsWith(`${prefix}.`) && !id.startsWith(`${prefix}/`)) {
      problem([...path, "id"], `${id} does not belong to ${prefix}`);
    }
    // A numbered item whose number repeats was already reported as a duplicate number.
    if (seenIds.has(id) && !(number && seenIds.get(id) === number)) problem([...path, "id"], `duplicate id ${id}`);
    seenIds.set(id, number ?? "");
  };

  const seenSections = new Set<string>();
  asArray(catalogue.ambitions).forEach((rawAmbition, a) => {
    const ambition = asRecord(rawAmbition);
    const ambitionNumber = typeof ambition.number === "number" ? ambition.number : undefined;
    if (ambitionNumber !== undefined && ambitionNumber !== a + 1) problem(["ambitions", a, "number"], `expected ambition ${a + 1}`);
    asArray(ambition.sections).forEach((rawSection, s) => {
      const section = asRecord(rawSection);
      const sectionPath: Path = ["ambitions", a, "sections", s];
      const sectionNumber = asString(section.number);
      if (!sectionNumber) return;
      if (ambitionNumber !== undefined && !sectionNumber.startsWith(`${ambitionNumber}.`)) {
        problem([...sectionPath, "number"], `${sectionNumber} does not belong to ambition ${ambitionNumber}`);
      }
      if (seenSections.has(sectionNumber)) problem([...sectionPath, "number"], `duplicate ${sectionNumber}`);
      seenSections.add(sectionNumber);
      asArray(section.items).forEach((rawNode, i) => {
        // A node that is not an object at all was reported by zod; there is nothing to number.
        if (typeof rawNode !== "object" || rawNode === null || Array.isArray(rawNode)) return;
        const node = asRecord(rawNode);
        const nodePath: Path = [...sectionPath, "items", i];
        if ("stem" in node || "children" in node) {
          const stemNumber = asString(node.number);
          claimNumber([...nodePath, "number"], stemNumber, sectionNumber);
          const childPrefix = stemNumber ?? sectionNumber;
          asArray(node.children).forEach((child, c) => {
            if (typeof child !== "object" || child === null || Array.isArray(child)) return;
            // Children of a numbered stem may be numbered as siblings (1.6.1 → 1.6.2) or
            // unnumbered with an id under the stem (4.1.2 → 4.1.2/ambulance).
            const prefix = asString(asRecord(child).number) ? sectionNumber : childPrefix;
            claimItem([...nodePath, "children", c], child, prefix);
          });
        } else {
          claimItem(nodePath, node, sectionNumber);
        }
      });
    });
  });
  return problems;
}

export const catalogueSchema = catalogueObjectSchema.superRefine((catalogue, ctx) => {
  for (const { path, message } of crossFieldProblems(catalogue)) ctx.addIssue({ code: "custom", path, message });
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
  // zod skips the cross-field refinement once a field has failed; run it on the raw input so
  // the list is complete, without repeating a problem zod already reported.
  const problems = [...result.error.issues, ...crossFieldProblems(input)].map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
  const seen = new Set<string>();
  return {
    ok: false,
    problems: problems.filter((problem) => {
      const key = `${problem.path}\u0000${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
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
