// The settings form's draft and the settings it saves: the clerk's fields of the printed summary.
import { DEFAULT_SETTINGS } from "../core/settings";
import { fromDraft, toDraft } from "./useSettingsForm";

describe("the settings form's clerk fields", () => {
  it("saves the report number and the names trimmed in NFC, and keeps a two-line signer title", () => {
    const draft = {
      ...toDraft(DEFAULT_SETTINGS),
      reportNumber: " 125-BC/BCĐ ",
      signerTitle: "  T/M Ban Chỉ đạo \n\n Trưởng ban ",
      signerName: " Nguyễn Văn A".normalize("NFD"),
      preparerName: " Trần Thị B",
    };
    expect(draft.signerName).not.toBe(" Nguyễn Văn A".normalize("NFC"));
    expect(fromDraft(DEFAULT_SETTINGS, draft)).toMatchObject({
      reportNumber: "125-BC/BCĐ",
      signerTitle: "T/M Ban Chỉ đạo\nTrưởng ban",
      signerName: "Nguyễn Văn A".normalize("NFC"),
      preparerName: "Trần Thị B",
    });
  });

  it("starts from the workbook's values and leaves them empty when the workbook has none", () => {
    expect(toDraft(DEFAULT_SETTINGS)).toMatchObject({
      reportNumber: "",
      signerTitle: "",
      signerName: "",
      preparerName: "",
    });
    const two = { ...DEFAULT_SETTINGS, signerTitle: "T/M BAN CHỈ ĐẠO\nTRƯỞNG BAN" };
    expect(fromDraft(two, toDraft(two)).signerTitle).toBe(two.signerTitle);
  });
});
