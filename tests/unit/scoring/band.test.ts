import { describe, expect, it } from "vitest";
import { bandOfLevel, headlineBand } from "@/lib/scoring";

describe("headlineBand", () => {
  it("is null when nothing is rated", () => {
    expect(headlineBand([0, 0, 0, 0, 0, 0])).toBeNull();
  });

  it("is the band holding the most rated items", () => {
    expect(headlineBand([3, 5, 19, 29, 12, 3])).toBe("mostly level 3"); // BNSSG: 27 / 29 / 15
    expect(headlineBand([5, 0, 0, 1, 1, 1])).toBe("between levels 0 and 2");
    expect(headlineBand([0, 0, 1, 2, 2, 1])).toBe("between levels 4 and 5");
    expect(headlineBand([0, 0, 0, 0, 0, 1])).toBe("between levels 4 and 5");
  });

  it("counts bands, not single levels: three levels of 0-2 outvote a larger level 3", () => {
    expect(headlineBand([2, 2, 2, 5, 0, 0])).toBe("between levels 0 and 2");
  });

  it("settles a tie by the band of the lower median rated level", () => {
    // 0-2 and 3 tie at 3: levels 1,1,1,3,3,3 → lower median 1.
    expect(headlineBand([0, 3, 0, 3, 0, 0])).toBe("between levels 0 and 2");
    // 3 and 4-5 tie at 2 with one at 0-2: 2,3,3,4,4 → median 3.
    expect(headlineBand([0, 0, 1, 2, 2, 0])).toBe("mostly level 3");
    // 3 and 4-5 tie at 2: 3,3,4,5 → lower median 3.
    expect(headlineBand([0, 0, 0, 2, 1, 1])).toBe("mostly level 3");
    // 0-2 and 4-5 tie at 2 with level 3 empty: 0,2,4,5 → lower median 2.
    expect(headlineBand([1, 0, 1, 0, 1, 1])).toBe("between levels 0 and 2");
    // All three tie: 2,3,4 → median 3.
    expect(headlineBand([0, 0, 1, 1, 1, 0])).toBe("mostly level 3");
  });

  it("takes the lower tied band when the median lies in a band that is not tied", () => {
    // 0-2 and 4-5 tie at 3, level 3 holds 1: 0,0,0,3,5,5,5 → median 3, not a tied band.
    expect(headlineBand([3, 0, 0, 1, 0, 3])).toBe("between levels 0 and 2");
  });

  it("maps single levels to their band", () => {
    expect([0, 1, 2, 3, 4, 5].map(bandOfLevel)).toEqual([
      "between levels 0 and 2",
      "between levels 0 and 2",
      "between levels 0 and 2",
      "mostly level 3",
      "between levels 4 and 5",
      "between levels 4 and 5",
    ]);
  });
});
