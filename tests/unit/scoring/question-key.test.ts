import { describe, expect, it } from "vitest";
import { questionKey } from "@/lib/scoring";

const item = { id: "1.1.1", number: "1.1.1", text: "Children and Young People", stemText: "The locality has a shared approach for:" };

describe("questionKey", () => {
  it("is the same for the same number and wording, however the white space runs", () => {
    expect(questionKey({ ...item, text: "  Children  and\nYoung People " })).toBe(questionKey(item));
  });

  it("differs when the number, the item's wording or its stem's wording differs", () => {
    expect(questionKey({ ...item, number: "1.1.2" })).not.toBe(questionKey(item));
    expect(questionKey({ ...item, text: "Adults" })).not.toBe(questionKey(item));
    expect(questionKey({ ...item, stemText: "The locality records:" })).not.toBe(questionKey(item));
    expect(questionKey({ ...item, stemText: null })).not.toBe(questionKey(item));
  });

  it("names an unnumbered item by its id", () => {
    const service = { id: "4.1.2/ambulance", number: null, text: "Ambulance Service", stemText: "EPaCCS information is being shared with the following services" };
    expect(questionKey(service)).not.toBe(questionKey({ ...service, id: "4.1.2/hospice" }));
  });
});
