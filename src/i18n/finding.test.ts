import { finding } from "../core/findings";
import { findingMessage } from "./finding";

describe("a finding's message", () => {
  it("fills the code's message with the finding's parameters in either language", () => {
    const f = finding("unknown-area", "Nhiệm vụ", "B7", { area: "Công tác X" });
    expect(findingMessage("vi", f)).toContain("Công tác X");
    expect(findingMessage("en", f)).toContain("Công tác X");
    expect(findingMessage("vi", f)).not.toBe(findingMessage("en", f));
    expect(findingMessage("en", f)).not.toMatch(/\{\w+\}/);
  });
});
