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
import { readModel } from "./read";

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
  'reports the 2015-2020 review of the province\'s "Chương trình xây dựng hệ thống chính trị" (programme for building the',
  "political system). Its standing support unit (Bộ phận thường trực giúp việc Ban Chỉ đạo, in practice the staff of the",
  "Ban Tổ chức Tỉnh ủy) keeps the task list, and every office that leads an area updates the status of its tasks.",
  "| 1 | Công tác tư tưởng | 5 | Ban Tuyên giáo Tỉnh ủy |",
  "| 2 | Công tác tổ chức xây dựng đảng | 15 | Ban Tổ chức Tỉnh ủy |",
  "| 3 | Công tác kiểm tra, giám sát | 4 | Ủy ban Kiểm tra Tỉnh ủy |",
  "| 4 | Công tác dân vận | 11 | Ban Dân vận Tỉnh ủy |",
  "| 5 | Công tác nội chính | 4 | Ban Nội chính Tỉnh ủy |",
  "| 6 | Công tác xây dựng bộ máy chính quyền | 16 | Ban cán sự đảng UBND tỉnh |",
  "| 7 | Công tác MTTQ và các đoàn thể | 3 | Đảng đoàn Ủy ban MTTQ tỉnh |",
  'Tasks are of two kinds: "nhiệm vụ theo lộ trình" (on a roadmap, with a deadline) and "nhiệm vụ thường xuyên"',
  'sessions at the Monday flag ceremony; publishing the book "128 câu chuyện kể về Chủ tịch Hồ Chí Minh"; the regulation on',
  'leaders setting an example ("10 xây", "10 chống"); assigning committee members to attend residential party-cell meetings;',
  'yearly quality rating of grassroots party organisations and members; the "Dân vận khéo" model; People\'s Council',
  "supervision; reform of People's Committee working methods. The rollup feeds the summary report (báo cáo tổng kết) and",
  'Sheet "Lĩnh vực" (areas): Mã / ID (required, unique), Lĩnh vực / Area (required, unique name), optional Đơn vị chủ trì /',
  "Lead unit, Thứ tự / Order, Nhóm / Group (a parent area, for subtotals).",
  'Sheet "Nhiệm vụ" (tasks): Mã / ID (required, unique), Lĩnh vực / Area (required; the area\'s ID or its name),',
  'Nội dung nhiệm vụ / Task (required), Loại / Type ("Theo lộ trình" / Roadmap, "Thường xuyên" / Recurring),',
  "Đơn vị thực hiện / Responsible unit, Thời hạn / Due date (required for roadmap tasks), Trạng thái / Status (required),",
  "Tiến độ (%) / Progress, Ngày hoàn thành / Completed on, Ghi chú / Notes.",
  'Statuses (canonical Vietnamese, with English aliases): "Chưa thực hiện" (Not started), "Đang thực hiện" (In progress),',
  '"Hoàn thành" (Done), "Tạm dừng" (Suspended). Completion and time are two separate layers: the time layer is derived at',
  'the report date, never typed. Done tasks are "đúng hạn" (on time) or "quá hạn" (late) by completion date against due',
  'date; unfinished tasks are "trong hạn" (not yet due), "sắp đến hạn" (due within N days, default 7) or "quá hạn"',
  '(overdue); recurring tasks and tasks without a deadline are "không hạn". The Government Office (Văn phòng Chính phủ)',
  'Unikey settings or macOS), old and new tone placement ("hoà"/"hòa", "uỷ"/"ủy"), stray spaces and case. Older files',
  '- A summary sheet (default name "Tổng hợp"): title block and report date in Vietnamese official style (Party',
  'documents follow Hướng dẫn 36-HD/VPTW: Times New Roman, A4, issuing body at top left in capitals with "*" under it,',
  '"ĐẢNG CỘNG SẢN VIỆT NAM" at top right, an italic place-and-date line "…, ngày 05 tháng 3 năm 2026", a bold capital',
  'title; margins about 20/20/30/15 mm; an appendix is titled "Phụ lục" or "Biểu số"), one row per',
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
  [
    "C\u00e9ng ho\u00b5 x\u00b7 h\u00e9i ch\u00f1 ngh\u00dca Vi\u00d6t Nam",
    "Cộng hoà xã hội chủ nghĩa Việt Nam",
  ],
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
  [
    "Co\u00e4ng ho\u00f8a xa\u00f5 ho\u00e4i chu\u00fb ngh\u00f3a Vie\u00e4t Nam",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
  ],
  [
    "\u00d1o\u00e4c la\u00e4p - T\u00f6\u00ef do - Ha\u00efnh phu\u00f9c",
    "Độc lập - Tự do - Hạnh phúc",
  ],
  ["\u00d1A\u00dbNG CO\u00c4NG SA\u00dbN VIE\u00c4T NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"],
  [
    "Ta\u00ef\u00ee \u00f1\u00f4\u00f9i th\u00f6\u00f4\u00f8ng tr\u00f6\u00efc",
    "Tạỵ đới thường trực",
  ],
];

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

  it.each(UPPER)(
    "TCVN3 caps fonts write %s with the lower-case code and read it as the capital",
    (letter) => {
      const code = unicodeToTcvn3(letter, { caps: true });
      expect(code).toBe(unicodeToTcvn3(letter.toLocaleLowerCase("vi"), { caps: false }));
      expect(tcvn3ToUnicode(code, { caps: true })).toBe(letter);
    }
  );

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

  // The charts again, typed a second way (runs of consecutive codes; VNI spelled out per letter),
  // so a slip in either transcription shows up.
  const TCVN3_CHART: [number, string][] = [
    [0xa1, "ĂÂÊÔƠƯĐăâêôơưđ"],
    [0xb5, "àảãáạ"],
    [0xbb, "ằẳẵắ"],
    [0xc6, "ặầẩẫấậè"],
    [0xce, "ẻẽéẹềểễếệìỉ"],
    [0xdc, "ĩíịò"],
    [0xe1, "ỏõóọồổỗốộờởỡớợù"],
    [0xf1, "ủũúụừửữứựỳỷỹýỵ"],
  ];

  it("reads every code of the TCVN3 chart, and leaves the codes it does not use alone", () => {
    const chart = new Map<number, string>();
    for (const [start, letters] of TCVN3_CHART)
      [...letters].forEach((l, i) => chart.set(start + i, l));
    expect(chart.size).toBe(67 + 7);
    for (let code = 0xa1; code <= 0xff; code++) {
      const ch = String.fromCharCode(code);
      expect([code.toString(16), tcvn3ToUnicode(ch, { caps: false })]).toEqual([
        code.toString(16),
        chart.get(code) ?? ch,
      ]);
    }
  });

  const VNI_CHART: [string, string][] = [
    ["aù aø aû aõ aï", "á à ả ã ạ"],
    ["aâ aá aà aå aã aä", "â ấ ầ ẩ ẫ ậ"],
    ["aê aé aè aú aü aë", "ă ắ ằ ẳ ẵ ặ"],
    ["eù eø eû eõ eï", "é è ẻ ẽ ẹ"],
    ["eâ eá eà eå eã eä", "ê ế ề ể ễ ệ"],
    ["í ì æ ó ò", "í ì ỉ ĩ ị"],
    ["où oø oû oõ oï", "ó ò ỏ õ ọ"],
    ["oâ oá oà oå oã oä", "ô ố ồ ổ ỗ ộ"],
    ["ô ôù ôø ôû ôõ ôï", "ơ ớ ờ ở ỡ ợ"],
    ["uù uø uû uõ uï", "ú ù ủ ũ ụ"],
    ["ö öù öø öû öõ öï", "ư ứ ừ ử ữ ự"],
    ["yù yø yû yõ î", "ý ỳ ỷ ỹ ỵ"],
    ["ñ", "đ"],
  ];

  it.each(VNI_CHART)("reads the VNI chart row %j as %j, in both cases", (vni, letters) => {
    expect(vniToUnicode(vni)).toBe(letters);
    expect(vniToUnicode(vni.toUpperCase())).toBe(letters.toUpperCase());
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
    expect(
      tcvn3ToUnicode(unicodeToTcvn3(caps.normalize("NFD"), { caps: true }), { caps: true })
    ).toBe(caps);
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

const seedLines = () => SEED_ARTICLE.split("\n").filter((l) => l.trim() !== "");
const seedWords = () => [...new Set(SEED_ARTICLE.split(/[^\p{L}]+/u).filter(Boolean))];

/** Text with Latin-1 letters and signs that is not Vietnamese at all. */
const WESTERN = [
  "Café au lait",
  "naïve résumé",
  "Zürich, Genève, São Paulo",
  "Señor Muñoz",
  "Joyeux Noël",
  "Gödel, Escher, Bach",
  "1ª edición",
  "§ 3 ¶ 2",
  "5 µm ± 0,1",
  "±5 °C",
  "© 2020 ACME® Ltd.",
  "Price: £5 — ½ off",
  "3×4 ÷ 2",
  "Straße",
  "Ærø",
  "crème brûlée",
];

describe("detecting legacy text", () => {
  it.each([
    ["C\u00abng t\u00b8c", ".VnTime", "tcvn3"],
    ["C\u00abng t\u00b8c", ".VnArial", "tcvn3"],
    ["\u00a7\u00b6NG", ".VnTimeH", "tcvn3-caps"],
    ["\u00a7\u00b6NG", ".VnArialH", "tcvn3-caps"],
    ["Co\u00e2ng ta\u00f9c", "VNI-Times", "vni"],
    ["Co\u00e2ng ta\u00f9c", "VNI-Helve", "vni"],
    // The font decides short phrases the pattern alone cannot ("thống chính trị").
    ["tho\u00e1ng ch\u00ednh tr\u00f2", "VNI-Times", "vni"],
  ])("reads %j in font %s as %s", (text, font, encoding) => {
    expect(detectLegacyEncoding(text, font)).toBe(encoding);
  });

  it.each([
    ["NV-01", ".VnTime"],
    ["Hoan thanh", ".VnTimeH"],
    ["Công tác tư tưởng", ".VnTime"],
    ["Ủy ban Kiểm tra", "VNI-Times"],
    ["Cafe", "VNI-Times"],
    ["", ".VnTime"],
  ])("finds nothing to convert in %j in font %s", (text, font) => {
    expect(detectLegacyEncoding(text, font)).toBeNull();
  });

  it("ignores a few decodable words among many that are not Vietnamese", () => {
    expect(
      detectLegacyEncoding("C\u00abng t\u00b8c data\u00b8 file\u00ab name\u00b8", null)
    ).toBeNull();
  });

  it("needs the font for short phrases whose words are syllables either way", () => {
    expect(detectLegacyEncoding("tho\u00e1ng ch\u00ednh tr\u00f2", null)).toBeNull();
  });

  it.each(TCVN3_SAMPLES)("finds TCVN3 %j without a font", (legacy) => {
    expect(detectLegacyEncoding(legacy, null)).toBe("tcvn3");
    expect(detectLegacyEncoding(legacy, "Times New Roman")).toBe("tcvn3");
  });

  it.each(TCVN3_CAPS_SAMPLES.slice(0, 2))("finds TCVN3 capitals %j without a font", (legacy) => {
    expect(detectLegacyEncoding(legacy, null)).toBe("tcvn3-caps");
  });

  it.each(VNI_SAMPLES.slice(0, 5))("finds VNI %j without a font", (legacy) => {
    expect(detectLegacyEncoding(legacy, null)).toBe("vni");
  });

  it("finds every line of the seed article in TCVN3, TCVN3 capitals and VNI without a font", () => {
    for (const line of seedLines()) {
      const tcvn3 = unicodeToTcvn3(line.toLocaleLowerCase("vi"), { caps: false });
      const caps = unicodeToTcvn3(line.toLocaleUpperCase("vi"), { caps: true });
      expect([line, detectLegacyEncoding(tcvn3, null)]).toEqual([line, "tcvn3"]);
      expect([line, detectLegacyEncoding(caps, null)]).toEqual([line, "tcvn3-caps"]);
      expect([line, detectLegacyEncoding(unicodeToVni(line), null)]).toEqual([line, "vni"]);
    }
  });

  it("never flags real Vietnamese, English or Western text in a Unicode font", () => {
    const words = seedWords();
    const texts = [
      ...seedLines(),
      ...words,
      ...words.slice(1).map((w, i) => `${words[i]} ${w}`),
      ...PRODUCT_LINES,
      ...Object.values(vi),
      ...Object.values(en),
      ...WESTERN,
      ...WESTERN.flatMap((w) => w.split(/\s+/)),
    ];
    expect(texts.length).toBeGreaterThan(900);
    const flagged = texts.filter(
      (t) => detectLegacyEncoding(t, null) ?? detectLegacyEncoding(t, "Times New Roman")
    );
    expect(flagged).toEqual([]);
  });

  it("treats the seed article's words as Vietnamese syllables, acronyms aside", () => {
    const words = seedWords().filter((w) => w !== w.toLocaleUpperCase("vi") || w.length === 1);
    expect(words.length).toBeGreaterThan(250);
    expect(words.filter((w) => !isSyllable(w.toLocaleLowerCase("vi")))).toEqual([]);
  });

  it.each(["oâng", "taùc", "cafộ", "hđnd", "tèt", "ă", "sóo", "uâ", "xyz"])(
    "rejects %j as a syllable",
    (word) => expect(isSyllable(word)).toBe(false)
  );

  it.each(["nghiêng", "khuỷu", "người", "rượu", "giữa", "quyết", "xoong", "hoạch", "ý", "yêu"])(
    "accepts %j as a syllable",
    (word) => expect(isSyllable(word)).toBe(true)
  );
});

// ---- through the reader ------------------------------------------------------------------------

const D = 44141; // 06/11/2020
const TNR = "Times New Roman";
const TITLE = "Sinh hoạt chính trị dưới cờ";
const taskRow = (id: string, area: string, title = TITLE): CellValue[] => [
  id,
  area,
  title,
  "Theo lộ trình",
  "Ban Tuyên giáo",
  D,
  "Hoàn thành",
  1,
  D - 3,
  "",
];

/** A workbook whose cells carry fonts: `fonts[sheet][row][col]`, Times New Roman elsewhere. */
function fontedWorkbook(
  areaRows: CellValue[][],
  taskRows: CellValue[][],
  fonts: { areas?: Record<string, string>; tasks?: Record<string, string> } = {}
): WorkbookGrid {
  const fontGrid = (rows: CellValue[][], byCell: Record<string, string> = {}) =>
    rows.map((r, i) => r.map((_, c) => byCell[`${String.fromCharCode(65 + c)}${i + 1}`] ?? TNR));
  const areas = [AREA_HEADER, ...areaRows];
  const tasks = [TASK_HEADER, ...taskRows];
  const dateFormats = tasks.map((r, i) =>
    r.map((_, c) => (i > 0 && (c === 5 || c === 8) ? "dd/mm/yyyy" : "General"))
  );
  return {
    sheets: [
      sheet("Lĩnh vực", areas, { fontNames: fontGrid(areas, fonts.areas) }),
      sheet("Nhiệm vụ", tasks, {
        numberFormats: dateFormats,
        fontNames: fontGrid(tasks, fonts.tasks),
      }),
    ],
  };
}

const legacyFindings = (fs: Finding[]) => fs.filter((f) => f.code === "legacy-encoding");

/** Applies every fix's changes to a copy of the grid, as the host would (values and fonts). */
function applyFixes(grid: WorkbookGrid, findings: Finding[]): WorkbookGrid {
  const copy: WorkbookGrid = structuredClone(grid);
  for (const change of findings.flatMap((f) => f.fix?.changes ?? [])) {
    const s = copy.sheets.find((x) => x.name === change.sheet)!;
    const col = change.cell.charCodeAt(0) - 65;
    const row = Number(change.cell.slice(1)) - 1;
    expect(s.values[row][col]).toBe(change.from);
    s.values[row][col] = change.to;
    if (change.font) s.fontNames![row][col] = change.font;
  }
  return copy;
}

describe("reading workbooks with legacy text", () => {
  const areaTcvn3 = "C\u00abng t\u00b8c t\u00ad t\u00ad\u00ebng";
  const leadTcvn3 = "Ban Tuy\u00aan gi\u00b8o T\u00d8nh \u00f1y";
  const titleTcvn3 = unicodeToTcvn3(TITLE.toLocaleLowerCase("vi"), { caps: false });

  it("matches an area typed in TCVN3 on both sheets and warns on every converted cell", () => {
    const grid = fontedWorkbook(
      [["TT", areaTcvn3, leadTcvn3, 1, ""]],
      [taskRow("NV1", areaTcvn3, titleTcvn3)],
      {
        areas: { B2: ".VnTime", C2: ".VnTime" },
        tasks: { A2: ".VnTime", B2: ".VnTime", C2: ".VnTime" },
      }
    );
    const { model, findings } = readModel(grid);
    expect(findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual([
      "legacy-encoding@Lĩnh vực!B2",
      "legacy-encoding@Lĩnh vực!C2",
      "legacy-encoding@Nhiệm vụ!B2",
      "legacy-encoding@Nhiệm vụ!C2",
    ]);
    expect(model.areas[0]).toMatchObject({
      id: "TT",
      name: "Công tác tư tưởng",
      leadUnit: "Ban Tuyên giáo Tỉnh ủy",
    });
    expect(model.tasks[0]).toMatchObject({ areaId: "TT", title: TITLE.toLocaleLowerCase("vi") });
    expect(findings[0]).toEqual({
      code: "legacy-encoding",
      severity: "warning",
      sheet: "Lĩnh vực",
      cell: "B2",
      params: { value: areaTcvn3, converted: "Công tác tư tưởng", encoding: "TCVN3 (ABC)" },
      fix: {
        label: "fix.convertLegacy",
        changes: [
          { sheet: "Lĩnh vực", cell: "B2", from: areaTcvn3, to: "Công tác tư tưởng", font: TNR },
        ],
      },
    });
  });

  it("matches Unicode tasks to an area typed in TCVN3 and warns only on the area", () => {
    const grid = fontedWorkbook(
      [["TT", areaTcvn3, "", 1, ""]],
      [taskRow("NV1", "Công tác tư tưởng"), taskRow("NV2", "TT")],
      { areas: { B2: ".VnTime" } }
    );
    const { model, findings } = readModel(grid);
    expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["legacy-encoding@B2"]);
    expect(model.tasks.map((t) => t.areaId)).toEqual(["TT", "TT"]);
  });

  it("converts VNI and capitals-font text and leaves ASCII and numbers in those fonts alone", () => {
    const grid = fontedWorkbook(
      [["TT", "Công tác tư tưởng", "Ban Tuye\u00e2n gia\u00f9o", 1, ""]],
      [taskRow("NV1", "TT"), [...taskRow("NV2", "TT").slice(0, 9), "\u00a7\u00b6NG \u00f1Y"]],
      {
        areas: { A2: "VNI-Times", C2: "VNI-Times", D2: "VNI-Times" },
        tasks: { A2: ".VnTimeH", B2: ".VnTime", F2: ".VnTime", J3: ".VnTimeH" },
      }
    );
    const { model, findings } = readModel(grid);
    expect(legacyFindings(findings).map((f) => [f.cell, f.params])).toEqual([
      ["C2", { value: "Ban Tuye\u00e2n gia\u00f9o", converted: "Ban Tuyên giáo", encoding: "VNI" }],
      ["J3", { value: "\u00a7\u00b6NG \u00f1Y", converted: "ĐẢNG ỦY", encoding: "TCVN3 (ABC)" }],
    ]);
    expect(findings).toHaveLength(2);
    expect(model.areas[0].leadUnit).toBe("Ban Tuyên giáo");
    expect(model.tasks[1].notes).toBe("ĐẢNG ỦY");
  });

  it("finds TCVN3 by its pattern when the host gives no fonts", () => {
    const grid = fontedWorkbook(
      [["TT", "Công tác tư tưởng", "", 1, ""]],
      [taskRow("NV1", "TT", titleTcvn3)]
    );
    for (const s of grid.sheets) delete s.fontNames;
    const { model, findings } = readModel(grid);
    expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["legacy-encoding@C2"]);
    expect(model.tasks[0].title).toBe(TITLE.toLocaleLowerCase("vi"));
  });

  it("reports nothing on a Unicode workbook in Unicode fonts", () => {
    const grid = fontedWorkbook(
      [["TT", "Công tác tư tưởng", "Ban Tuyên giáo Tỉnh ủy", 1, ""]],
      [taskRow("NV1", "TT")]
    );
    expect(readModel(grid).findings).toEqual([]);
  });

  it("changes only the listed cells when the fixes are applied, and the result reads clean", () => {
    const grid = fontedWorkbook(
      [["TT", areaTcvn3, leadTcvn3, 1, ""]],
      [taskRow("NV1", areaTcvn3, titleTcvn3), taskRow("NV2", "TT")],
      { areas: { B2: ".VnTime", C2: ".VnTime" }, tasks: { B2: ".VnTime", C2: ".VnTime" } }
    );
    const before = readModel(grid);
    const fixed = applyFixes(grid, before.findings);
    const changed: string[] = [];
    fixed.sheets.forEach((s, i) =>
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const old = grid.sheets[i];
          if (v !== old.values[r][c] || s.fontNames![r][c] !== old.fontNames![r][c])
            changed.push(`${s.name}!${String.fromCharCode(65 + c)}${r + 1}`);
        })
      )
    );
    expect(changed).toEqual(["Lĩnh vực!B2", "Lĩnh vực!C2", "Nhiệm vụ!B2", "Nhiệm vụ!C2"]);
    const after = readModel(fixed);
    expect(after.findings).toEqual([]);
    expect(after.model).toEqual(before.model);
  });
});
