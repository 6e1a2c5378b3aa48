// Finding an organisation in the tree by part of its name: what matches, with its region and
// ICB kept around it so it reads in place. A matching region or ICB keeps everything under it.
import type { RegionNode } from "./list-organisations";

export function filterOrganisationTree(regions: readonly RegionNode[], query: string): { regions: RegionNode[]; matches: number } {
  const needle = query.toLocaleLowerCase("en-GB");
  const hit = (name: string) => name.toLocaleLowerCase("en-GB").includes(needle);
  let matches = 0;
  const kept: RegionNode[] = [];
  for (const region of regions) {
    if (hit(region.name)) {
      matches += 1;
      kept.push(region);
      continue;
    }
    const icbs = region.icbs.flatMap((icb) => {
      if (hit(icb.name)) {
        matches += 1;
        return [icb];
      }
      const children = icb.children.filter((child) => hit(child.name));
      matches += children.length;
      return children.length > 0 ? [{ ...icb, children }] : [];
    });
    if (icbs.length > 0) kept.push({ ...region, icbs });
  }
  return { regions: kept, matches };
}
