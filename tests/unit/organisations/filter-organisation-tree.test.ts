import { describe, expect, it } from "vitest";
import { filterOrganisationTree } from "../../../lib/organisations/filter-organisation-tree";
import type { RegionNode } from "../../../lib/organisations/list-organisations";

const place = (id: string, name: string) => ({ id, name, inScope: true, kind: "place" as const, providerType: null });
const regions: RegionNode[] = [
  {
    id: "sw",
    name: "South West",
    inScope: true,
    icbs: [
      { id: "bnssg", name: "Bristol, North Somerset and South Gloucestershire", inScope: true, children: [place("p1", "Bristol"), place("p2", "Weston")] },
      { id: "devon", name: "Devon", inScope: true, children: [place("p3", "Royal Devon")] },
    ],
  },
  { id: "ldn", name: "London", inScope: true, icbs: [{ id: "nwl", name: "North West London", inScope: true, children: [] }] },
];

describe("finding an organisation in the tree", () => {
  it("keeps a matching place with its ICB and region, and nothing else", () => {
    const found = filterOrganisationTree(regions, "WESTON");
    expect(found.matches).toBe(1);
    expect(found.regions).toEqual([{ ...regions[0], icbs: [{ ...regions[0]!.icbs[0], children: [place("p2", "Weston")] }] }]);
  });

  it("keeps everything under a matching ICB or region, and counts every match", () => {
    const found = filterOrganisationTree(regions, "devon");
    // Devon the ICB (with all its children) and, within it, nothing counted twice.
    expect(found.regions.map((region) => region.icbs.map((icb) => [icb.name, icb.children.length]))).toEqual([[["Devon", 1]]]);
    expect(found.matches).toBe(1);
    expect(filterOrganisationTree(regions, "london").regions.map((region) => region.name)).toEqual(["London"]);
    expect(filterOrganisationTree(regions, "north").matches).toBe(2);
  });

  it("finds nothing for a name nobody has", () => {
    expect(filterOrganisationTree(regions, "zzz")).toEqual({ regions: [], matches: 0 });
  });
});
