import { AREA_HEADER, sheet, TASK_HEADER } from "../../tests/helpers/grid";
import { en } from "../i18n/en";
import { vi } from "../i18n/vi";
import type { Finding } from "./findings";
import type { CellValue, WorkbookGrid } from "./grid";
import {
  detectLegacyEncoding,
  isSyllable,
  tcvn3ToUnicode,
  unicodeToTcvn3,
  unicodeToVni,
  vniToUnicode,
} from "./legacy";
import { readWorkbook } from "./read";

// Every Vietnamese letter that needs more than ASCII: 12 vowels x 5 tones, plus ă â ê ô ơ ư đ.
const TONES = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
const LOWER = [
  ..."aăâeêioôơuưy".split("").flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))),
  ..."ăâêôơưđ".split(""),
];
const UPPER = LOWER.map((l) => l.toLocaleUpperCase("vi"));
const PLAIN_CAPITALS = "ĂÂÊÔƠƯĐ".split("");

// Real text the detector must leave alone: the seed article and the product brief's lines with diacritics.
const SEED_ARTICLE = `
Tổng kết việc triển khai thực hiện Chương trình xây dựng hệ thống chính trị của tỉnh giai đoạn 2015-2020

Chiều 6/11, Ban Chỉ đạo thực hiện Chương trình xây dựng hệ thống chính trị tỉnh họp tổng kết việc triển khai thực hiện Chương trình xây dựng hệ thống chính trị của tỉnh giai đoạn 2015-2020. Đồng chí Trần Hồng Quảng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng Ban chỉ đạo tỉnh chủ trì hội nghị. Cùng dự có các đồng chí: Mai Văn Tuất, TVTU, Trưởng Ban Tổ chức Tỉnh ủy; Tô Văn Từ, TVTU, Chủ nhiệm Ủy ban kiểm tra Tỉnh ủy; thành viên Ban chỉ đạo, thành viên Bộ phận thường trực giúp việc Ban chỉ đạo.

Tổng kết việc triển khai thực hiện Chương trình xây dựng hệ thống chính trị của tỉnh giai đoạn 2015-2020

Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu tại hội nghị.

Nhiệm kỳ 2015-2020, Ban Chỉ đạo của tỉnh và Bộ phận thường trực giúp việc Ban Chỉ đạo đã chủ động tham mưu, đề xuất và triển khai nhiệm vụ theo đúng kế hoạch, tiến độ đã đề ra. Đến thời điểm này các nhiệm vụ cơ bản đã hoàn thành, kể cả những nhiệm vụ theo lộ trình và những nhiệm vụ thường xuyên (trong đó, Công tác tư tưởng có 5 nhiệm vụ; Công tác tổ chức xây dựng đảng có 15 nhiệm vụ; Công tác kiểm tra, giám sát 4 nhiệm vụ; công tác dân vận 11 nhiệm vụ; Công tác nội chính 4 nhiệm vụ; Công tác xây dựng bộ máy chính quyền 16 nhiệm vụ; Công tác MTTQ và các đoàn thể 3 nhiệm vụ).

Trong nhiệm kỳ, Ban Chỉ đạo của tỉnh và các cơ quan tham mưu về công tác xây dựng hệ thống chính trị của tỉnh đã tham mưu nhiều giải pháp, cách làm sáng tạo, đem lại hiệu quả thiết thực như: Chỉ đạo các cơ quan, đơn vị trong toàn tỉnh tổ chức sinh hoạt chính trị dưới nghi thức chào cờ vào sáng thứ hai của tuần đầu tháng; phát hành cuốn sách "128 câu chuyện kể về Chủ tịch Hồ Chí Minh" để làm tư liệu phục vụ nội dung sinh hoạt.

Ban hành Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là Ủy viên Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh, cụ thể thành "10 xây", "10 chống". Chỉ đạo thực hiện nền nếp việc phân công cấp ủy viên từ tỉnh đến cơ sở định kỳ về dự sinh hoạt với chi bộ khu dân cư…

Việc đánh giá chất lượng tổ chức cơ sở đảng và đảng viên tiếp tục được chỉ đạo thực hiện nền nếp, chặt chẽ, nghiêm túc. Công tác tổ chức, cán bộ được chỉ đạo thực hiện bảo đảm kịp thời, khách quan, đúng quy trình, quy định. Đồng thời đã tăng cường kiểm tra, giám sát và thi hành kỷ luật trong Đảng; thực hiện tốt Quy chế công tác dân vận của hệ thống chính trị; chỉ đạo có hiệu quả các mô hình, điển hình "Dân vận khéo" trên các lĩnh vực.

Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và các Hội quần chúng đã tích cực tập hợp, xây dựng khối đại đoàn kết toàn dân, tích cực hưởng ứng các phong trào thi đua yêu nước, giảm nghèo, xây dựng nông thôn mới, thực hiện nếp sống văn minh. Thực hiện tốt chức năng giám sát phản biện xã hội, tham gia góp ý xây dựng Đảng, xây dựng chính quyền vững mạnh…

Hiệu quả hoạt động giám sát của HĐND các cấp trong thực hiện các quy định của pháp luật tiếp tục được nâng lên; trách nhiệm giải trình của các cơ quan Nhà nước được tăng cường. Chú trọng đổi mới, nâng cao năng lực quản lý, điều hành, tác phong, lề lối làm việc của UBND các cấp, trong đó tập trung vào đổi mới tổ chức và hoạt động của UBND các cấp theo quy định của pháp luật, bảo đảm tinh gọn, hợp lý, nâng cao hiệu lực, hiệu quả...

Các ý kiến phát biểu cơ bản nhất trí với dự thảo Báo cáo, đồng thời bổ sung và làm rõ thêm những đánh giá kết quả và đề xuất những nhiệm vụ, giải pháp cụ thể để thực hiện trong thời gian tới.

Phát biểu kết luận, đồng chí Phó Bí thư Thường trực Tỉnh ủy đã thống nhất các ý kiến và khẳng định: việc tổng kết công tác xây dựng hệ thống chính trị của tỉnh rất quan trọng, làm cơ sở để xây dựng Báo cáo chính trị trình đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025.

Để tiếp tục hoàn thiện dự thảo Báo cáo, đề nghị Bộ phận thường trực giúp việc Ban Chỉ đạo của tỉnh, trực tiếp là Ban Tổ chức Tỉnh ủy nghiên cứu, tiếp thu ý kiến của các đại biểu để hoàn thiện Báo cáo tổng kết, báo cáo Ban Thường vụ Tỉnh ủy theo đúng kế hoạch.

Đào Duy- Đức Lam
`;

const PRODUCT_LINES = [
  "A Vietnamese province runs a multi-year programme of tasks, grouped by work area (lĩnh vực công tác). The seed article",
  "reports the 2015-2020 review of the province's \"Chương trình xây dựng hệ thống chính trị\" (programme for building the",
  "political system). Its standing support unit (Bộ phận thường trực giúp việc Ban Chỉ đạo, in practice the staff of the",
  "Ban Tổ chức Tỉnh ủy) keeps the task list, and every office that leads an area updates the status of its tasks.",
  "| 1 | Công tác tư tưởng | 5 | Ban Tuyên giáo Tỉnh ủy |",
  "| 2 | Công tác tổ chức xây dựng đảng | 15 | Ban Tổ chức Tỉnh ủy |",
  "| 3 | Công tác kiểm tra, giám sát | 4 | Ủy ban Kiểm tra Tỉnh ủy |",
  "| 4 | Công tác dân vận | 11 | Ban Dân vận Tỉnh ủy |",
  "| 5 | Công tác nội chính | 4 | Ban Nội chính Tỉnh ủy |",
  "| 6 | Công tác xây dựng bộ máy chính quyền | 16 | Ban cán sự đảng UBND tỉnh |",
  "| 7 | Công tác MTTQ và các đoàn thể | 3 | Đảng đoàn Ủy ban MTTQ tỉnh |",
  "Tasks are of two kinds: \"nhiệm vụ theo lộ trình\" (on a roadmap, with a deadline) and \"nhiệm vụ thường xuyên\"",
  "sessions at the Monday flag ceremony; publishing the book \"128 câu chuyện kể về Chủ tịch Hồ Chí Minh\"; the regulation on",
  "leaders setting an example (\"10 xây\", \"10 chống\"); assigning committee members to attend residential party-cell meetings;",
  "yearly quality rating of grassroots party organisations and members; the \"Dân vận khéo\" model; People's Council",
  "supervision; reform of People's Committee working methods. The rollup feeds the summary report (báo cáo tổng kết) and",
  "Sheet \"Lĩnh vực\" (areas): Mã / ID (required, unique), Lĩnh vực / Area (required, unique name), optional Đơn vị chủ trì /",
  "Lead unit, Thứ tự / Order, Nhóm / Group (a parent area, for subtotals).",
  "Sheet \"Nhiệm vụ\" (tasks): Mã / ID (required, unique), Lĩnh vực / Area (required; the area's ID or its name),",
  "Nội dung nhiệm vụ / Task (required), Loại / Type (\"Theo lộ trình\" / Roadmap, \"Thường xuyên\" / Recurring),",
  "Đơn vị thực hiện / Responsible unit, Thời hạn / Due date (required for roadmap tasks), Trạng thái / Status (required),",
  "Tiến độ (%) / Progress, Ngày hoàn thành / Completed on, Ghi chú / Notes.",
  "Statuses (canonical Vietnamese, with English aliases): \"Chưa thực hiện\" (Not started), \"Đang thực hiện\" (In progress),",
  "\"Hoàn thành\" (Done), \"Tạm dừng\" (Suspended). Completion and time are two separate layers: the time layer is derived at",
  "the report date, never typed. Done tasks are \"đúng hạn\" (on time) or \"quá hạn\" (late) by completion date against due",
  "date; unfinished tasks are \"trong hạn\" (not yet due), \"sắp đến hạn\" (due within N days, default 7) or \"quá hạn\"",
  "(overdue); recurring tasks and tasks without a deadline are \"không hạn\". The Government Office (Văn phòng Chính phủ)",
  "Unikey settings or macOS), old and new tone placement (\"hoà\"/\"hòa\", \"uỷ\"/\"ủy\"), stray spaces and case. Older files",
  "- A summary sheet (default name \"Tổng hợp\"): title block and report date in Vietnamese official style (Party",
  "documents follow Hướng dẫn 36-HD/VPTW: Times New Roman, A4, issuing body at top left in capitals with \"*\" under it,",
  "\"ĐẢNG CỘNG SẢN VIỆT NAM\" at top right, an italic place-and-date line \"…, ngày 05 tháng 3 năm 2026\", a bold capital",
  "title; margins about 20/20/30/15 mm; an appendix is titled \"Phụ lục\" or \"Biểu số\"), one row per",
  "| lĩnh vực công tác | work area | a group of tasks; one row of the summary |",
  "| nhiệm vụ | task | one line of the task table |",
  "| theo lộ trình / thường xuyên | roadmap / recurring | task kind |",
  "| tổng hợp | summary / rollup | the generated sheet and its figures |",
  "| tỷ lệ hoàn thành | completion rate | done / (total - suspended) |",
  "| quá hạn | overdue | not done, due date passed |",
  "| đơn vị chủ trì / thực hiện | lead / responsible unit | the office in charge |",
  "| phụ lục, biểu | appendix, table | how a printed summary table is titled |",
];

// Samples typed by hand from the charts (not produced by the encoders under test).
const TCVN3_SAMPLES: [string, string][] = [
  ["C\u00abng t\u00b8c t\u00ad t\u00ad\u00ebng", "Công tác tư tưởng"],
  ["C\u00e9ng ho\u00b5 x\u00b7 h\u00e9i ch\u00f1 ngh\u00dca Vi\u00d6t Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"],
  ["\u00a7\u00e9c l\u00cbp - T\u00f9 do - H\u00b9nh ph\u00f3c", "Độc lập - Tự do - Hạnh phúc"],
  ["Ban Tuy\u00aan gi\u00b8o T\u00d8nh \u00f1y", "Ban Tuyên giáo Tỉnh ủy"],
  ["Ho\u00b5n th\u00b5nh", "Hoàn thành"],
];
const TCVN3_CAPS_SAMPLES: [string, string][] = [
  ["\u00a7\u00b6NG C\u00e9NG S\u00b6N VI\u00d6T NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"],
  ["\u00f1Y BAN KI\u00d3M TRA T\u00d8NH \u00f1Y", "ỦY BAN KIỂM TRA TỈNH ỦY"],
  ["ph\u00f4 l\u00f4c", "PHỤ LỤC"],
];
const VNI_SAMPLES: [string, string][] = [
  ["Co\u00e2ng ta\u00f9c t\u00f6 t\u00f6\u00f4\u00fbng", "Công tác tư tưởng"],
  ["U\u00dby ban Kie\u00e5m tra T\u00e6nh u\u00fby", "Ủy ban Kiểm tra Tỉnh ủy"],
  ["Co\u00e4ng ho\u00f8a xa\u00f5 ho\u00e4i chu\u00fb ngh\u00f3a Vie\u00e4t Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
  ["\u00d1o\u00e4c la\u00e4p - T\u00f6\u00ef do - Ha\u00efnh phu\u00f9c", "Độc lập - Tự do - Hạnh phúc"],
  ["\u00d1A\u00dbNG CO\u00c4NG SA\u00dbN VIE\u00c4T NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"],
  ["Ta\u00ef\u00ee \u00f1\u00f4\u00f9i th\u00f6\u00f4\u00f8ng tr\u00f6\u00efc", "Tạỵ đới thường trực"],
];

const LATIN1_HIGH = /[\u00a1-\u00ff]/;

describe("TCVN3 and VNI tables, letter by letter", () => {
  it("counts 67 lower-case and 67 capital letters beyond ASCII", () => {
    expect(new Set(LOWER).size).toBe(67);
    expect(new Set(UPPER).size).toBe(67);
    expect(UPPER.every((u, i) => u !== LOWER[i])).toBe(true);
  });

  it.each(LOWER)("TCVN3 gives %s one code of its own in 0xA1-0xFE and reads it back", (letter) => {
    const code = unicodeToTcvn3(letter, { caps: false });
    expect(code).toHaveLength(1);
    expect(code >= "\u00a1" && code <= "\u00fe").toBe(true);
    expect(tcvn3ToUnicode(code, { caps: false })).toBe(letter);
  });

  it("gives the 67 lower-case letters 67 different TCVN3 codes", () => {
    expect(new Set(LOWER.map((l) => unicodeToTcvn3(l, { caps: false }))).size).toBe(67);
  });

  it.each(UPPER)("TCVN3 caps fonts write %s with the lower-case code and read it as the capital", (letter) => {
    const code = unicodeToTcvn3(letter, { caps: true });
    expect(code).toBe(unicodeToTcvn3(letter.toLocaleLowerCase("vi"), { caps: false }));
    expect(tcvn3ToUnicode(code, { caps: true })).toBe(letter);
  });

  it("keeps Ă Â Ê Ô Ơ Ư Đ in the ordinary TCVN3 fonts and refuses other capitals there", () => {
    for (const capital of PLAIN_CAPITALS) {
      const code = unicodeToTcvn3(capital, { caps: false });
      expect(code >= "\u00a1" && code <= "\u00a7").toBe(true);
      expect(tcvn3ToUnicode(code, { caps: false })).toBe(capital);
    }
    for (const capital of UPPER.filter((u) => !PLAIN_CAPITALS.includes(u))) {
      expect(() => unicodeToTcvn3(capital, { caps: false })).toThrow(RangeError);
    }
  });

  it.each([...LOWER, ...UPPER])("VNI writes %s in Latin-1 and reads it back", (letter) => {
    const code = unicodeToVni(letter);
    // Only ì í Ì Í sit at their Latin-1 places in VNI; every other letter needs new bytes.
    if (!"ìíÌÍ".includes(letter)) expect(code).not.toBe(letter);
    expect(code.length).toBeLessThanOrEqual(2);
    expect([...code].every((ch) => ch <= "\u00ff")).toBe(true);
    expect(vniToUnicode(code)).toBe(letter);
  });

  it("gives the 134 letters 134 different VNI codes, capitals by upper-case bytes", () => {
    const codes = [...LOWER, ...UPPER].map(unicodeToVni);
    expect(new Set(codes).size).toBe(134);
    LOWER.forEach((l, i) => expect(unicodeToVni(UPPER[i])).toBe(unicodeToVni(l).toUpperCase()));
  });

  it("reads a VNI mark byte typed in the other case by the case of its base letter", () => {
    expect(vniToUnicode("A\u00f9 a\u00d9")).toBe("Á á");
  });

  it("leaves ASCII and characters outside the tables as they are", () => {
    const text = "NV-01: 80% (2015-2020) \u2013 “x”";
    expect(tcvn3ToUnicode(text, { caps: false })).toBe(text);
    expect(vniToUnicode(text)).toBe(text);
    expect(unicodeToTcvn3(text, { caps: false })).toBe(text);
    expect(unicodeToVni(text)).toBe(text);
  });
});

describe("whole phrases", () => {
  it.each(TCVN3_SAMPLES)("reads TCVN3 %j as %j", (legacy, unicode) => {
    expect(tcvn3ToUnicode(legacy, { caps: false })).toBe(unicode);
    expect(unicodeToTcvn3(unicode, { caps: false })).toBe(legacy);
  });

  it.each(TCVN3_CAPS_SAMPLES)("reads TCVN3 caps %j as %j", (legacy, unicode) => {
    expect(tcvn3ToUnicode(legacy, { caps: true })).toBe(unicode);
  });

  it.each(VNI_SAMPLES)("reads VNI %j as %j", (legacy, unicode) => {
    expect(vniToUnicode(legacy)).toBe(unicode);
    expect(unicodeToVni(unicode)).toBe(legacy);
  });

  it("returns NFC whatever form the Unicode was in before encoding", () => {
    const nfd = "Ủy ban Kiểm tra Tỉnh ủy".normalize("NFD");
    expect(vniToUnicode(unicodeToVni(nfd))).toBe(nfd.normalize("NFC"));
    const caps = "ĐẢNG CỘNG SẢN VIỆT NAM";
    expect(tcvn3ToUnicode(unicodeToTcvn3(caps.normalize("NFD"), { caps: true }), { caps: true })).toBe(caps);
  });

  it("round-trips every line of the seed article through both encodings", () => {
    const lines = SEED_ARTICLE.split("\n").filter((l) => l.trim() !== "");
    for (const line of lines) {
      const lower = line.toLocaleLowerCase("vi");
      const upper = line.toLocaleUpperCase("vi");
      expect(vniToUnicode(unicodeToVni(line))).toBe(line);
      expect(tcvn3ToUnicode(unicodeToTcvn3(lower, { caps: false }), { caps: false })).toBe(lower);
      expect(tcvn3ToUnicode(unicodeToTcvn3(upper, { caps: true }), { caps: true })).toBe(upper);
    }
  });
});
