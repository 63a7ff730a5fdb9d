// The corpus of messy workbooks (issue 6, item 1): one small description per case. build.ts turns
// each into tests/corpus/files/<id>.xlsx; <id>.expected.json beside it holds, written by hand, the
// findings (code and sheet!cell) and rollups the case must give at its report date.
import { serialFromIso } from "../../src/core/dates";
import { unicodeToTcvn3 } from "../../src/core/legacy";
import { t } from "../../src/i18n";
import type { CaseSpec, CellSpec, SheetSpec } from "./build";

const D = (iso: string): number => serialFromIso(iso) as number;
const AS_OF = "2020-11-06";

const TT = "Công tác tư tưởng";
const DV = "Công tác dân vận";
const RT = "Theo lộ trình";
const TX = "Thường xuyên";
const DONE = "Hoàn thành";
const DOING = "Đang thực hiện";
const TODO = "Chưa thực hiện";
const PAUSED = "Tạm dừng";

/** Area names longer than Excel lets a formula carry as a text constant (255 characters). */
const LONG_300 = (
  "Công tác lãnh đạo, chỉ đạo thực hiện nghị quyết, ".repeat(8).slice(0, 299) + "."
).normalize("NFC");
const LONG_2000 = (
  "Lĩnh vực có tên rất dài * ? ~ gồm nhiều nội dung, ".repeat(45).slice(0, 1999) + "."
).normalize("NFC");

const AREA_HEAD = ["Mã", "Lĩnh vực", "Đơn vị chủ trì", "Thứ tự"];
const TASK_HEAD = [
  "Mã",
  "Lĩnh vực",
  "Nội dung nhiệm vụ",
  "Loại",
  "Thời hạn",
  "Trạng thái",
  "Tiến độ (%)",
  "Ngày hoàn thành",
];
const TASK_FORMATS = { E: "dd/mm/yyyy", G: "0%", H: "dd/mm/yyyy" };

const AREAS: CellSpec[][] = [
  ["TT", TT, "Ban Tuyên giáo Tỉnh ủy", 1],
  ["DV", DV, "Ban Dân vận Tỉnh ủy", 2],
];

// At 06/11/2020: TT has one recurring done task and one done on time; DV one in progress not yet
// due and one not started and overdue.
const TASKS: CellSpec[][] = [
  ["NV1", TT, "Sinh hoạt chính trị tại lễ chào cờ thứ Hai hằng tháng", TX, null, DONE, 1, null],
  [
    "NV2",
    TT,
    "Xuất bản sách “128 câu chuyện kể về Chủ tịch Hồ Chí Minh”",
    RT,
    D("2020-06-30"),
    DONE,
    1,
    D("2020-06-15"),
  ],
  ["NV3", DV, "Nhân rộng mô hình “Dân vận khéo”", RT, D("2020-12-31"), DOING, 0.5, null],
  ["NV4", DV, "Giám sát của Hội đồng nhân dân", RT, D("2020-10-31"), TODO, 0, null],
];

/** The baseline's tasks with two more: one suspended (TT), one in progress due in 4 days (DV). */
const TASKS_PLUS: CellSpec[][] = [
  ...TASKS,
  ["NV5", TT, "Hội nghị báo cáo viên quý IV", TX, null, PAUSED, 0, null],
  ["NV6", DV, "Tổng kết phong trào thi đua", RT, D("2020-11-10"), DOING, 0.6, null],
];

function areas(rows: CellSpec[][] = AREAS, extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: "Lĩnh vực", rows: [AREA_HEAD, ...rows], ...extra };
}

function tasks(rows: CellSpec[][] = TASKS, extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: "Nhiệm vụ", rows: [TASK_HEAD, ...rows], formats: TASK_FORMATS, ...extra };
}

/** Replaces column `col` (0-based) of each row by the matching entry of `values` (undefined keeps). */
function withColumn(
  rows: CellSpec[][],
  col: number,
  values: (CellSpec | undefined)[]
): CellSpec[][] {
  return rows.map((r, i) =>
    r.map((v, j) => (j === col && values[i] !== undefined ? values[i]! : v))
  );
}

const tcvn3 = (text: string): string => unicodeToTcvn3(text, { caps: false });

export const CASES: CaseSpec[] = [
  {
    id: "01-baseline",
    about: "a clean workbook: plain ranges, Vietnamese headers and values",
    asOf: AS_OF,
    sheets: [areas(), tasks()],
  },
  {
    id: "02-title-block",
    about: "header rows under a merged title block on both sheets",
    asOf: AS_OF,
    sheets: [
      areas(undefined, {
        rows: [
          ["BAN CHỈ ĐẠO CHƯƠNG TRÌNH"],
          ["Danh mục lĩnh vực công tác"],
          [],
          AREA_HEAD,
          ...AREAS,
        ],
        merges: ["A1:D1", "A2:D2"],
      }),
      tasks(undefined, {
        rows: [
          ["ĐẢNG BỘ TỈNH"],
          ["DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2015-2020"],
          ["(Kèm theo Kế hoạch số 12-KH/TU)"],
          [],
          TASK_HEAD,
          ...TASKS,
        ],
        merges: ["A1:H1", "A2:H2", "A3:H3"],
      }),
    ],
  },
  {
    id: "03-english-headers",
    about: "English sheet names and headers, Vietnamese values",
    asOf: AS_OF,
    sheets: [
      { name: "Areas", rows: [["ID", "Area", "Lead unit", "Order"], ...AREAS] },
      {
        name: "Tasks",
        rows: [
          ["ID", "Area", "Task", "Type", "Due date", "Status", "Progress", "Completed on"],
          ...TASKS,
        ],
        formats: TASK_FORMATS,
      },
    ],
  },
  {
    id: "04-shuffled-extra-columns",
    about: "columns in another order, extra columns kept, areas listed out of programme order",
    asOf: AS_OF,
    sheets: [
      {
        name: "Lĩnh vực",
        rows: [
          ["Thứ tự", "Lĩnh vực", "Ghi chú", "Mã", "Đơn vị chủ trì"],
          [2, DV, "chuyển từ năm 2019", "DV", "Ban Dân vận Tỉnh ủy"],
          [1, TT, "", "TT", "Ban Tuyên giáo Tỉnh ủy"],
        ],
      },
      {
        name: "Nhiệm vụ",
        rows: [
          [
            "Trạng thái",
            "Ghi chú nội bộ",
            "Nội dung nhiệm vụ",
            "Mã",
            "Thời hạn",
            "Người theo dõi",
            "Lĩnh vực",
            "Ngày hoàn thành",
            "Loại",
            "Tiến độ (%)",
          ],
          // Each baseline task, its cells moved to the shuffled columns.
          ...TASKS.map((r) => [r[5], "x", r[2], r[0], r[4], "đ/c Hà", r[1], r[7], r[3], r[6]]),
        ],
        formats: { E: "dd/mm/yyyy", H: "dd/mm/yyyy", J: "0%" },
      },
    ],
  },
  {
    id: "05-hidden-rows-autofilter",
    about: "a plain range with an autofilter and two hidden rows, which still count",
    asOf: AS_OF,
    sheets: [areas(), tasks(TASKS_PLUS, { autoFilter: "A1:H7", hiddenRows: [6, 7] })],
  },
  {
    id: "06-excel-tables",
    about: "both input tables as Excel Tables",
    asOf: AS_OF,
    sheets: [
      areas(undefined, { table: { name: "TblLinhVuc", ref: "A1:D3" } }),
      tasks(undefined, { table: { name: "TblNhiemVu", ref: "A1:H5" } }),
    ],
  },
  {
    id: "07-table-filtered",
    about: "an Excel Table filtered down: two hidden rows, which still count",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks(TASKS_PLUS, { table: { name: "TblNhiemVu", ref: "A1:H7" }, hiddenRows: [6, 7] }),
    ],
  },
  {
    id: "08-unicode-shapes",
    about: "decomposed Unicode, old tone placement, non-breaking and double spaces",
    asOf: AS_OF,
    sheets: [
      areas([
        ["TT", TT, "Ban Tuyên giáo Tỉnh ủy", 1],
        ["HG", "Công tác hòa giải ở cơ sở", "Sở Tư pháp", 2],
        ["UY", "Công tác  kiểm tra của Ủy ban", "Ủy ban Kiểm tra Tỉnh ủy", 3],
      ]),
      tasks([
        [
          "NV1",
          TT.normalize("NFD"),
          "Sinh hoạt chính trị",
          TX,
          null,
          DONE.normalize("NFD"),
          1,
          null,
        ],
        [
          "NV2",
          "Công tác hoà giải ở cơ sở",
          "Tập huấn hòa giải viên",
          RT,
          D("2020-06-30"),
          DONE,
          1,
          D("2020-06-15"),
        ],
        [
          "NV3",
          "Công tác  tư tưởng",
          "Nắm bắt dư luận xã hội",
          RT,
          D("2020-12-31"),
          "Đang  thực hiện",
          0.5,
          null,
        ],
        [
          "NV4",
          "Công tác\u00A0hòa giải ở cơ sở",
          "Sơ kết mô hình hòa giải",
          RT,
          D("2020-10-31"),
          TODO,
          0,
          null,
        ],
        ["NV5\u00A0", "UY", "Kiểm tra tổ chức đảng", TX, null, DOING, 0.3, null],
        ["NV6", "Công tác kiểm tra của Uỷ ban", "Giám sát chuyên đề", TX, null, TODO, 0, null],
      ]),
    ],
  },
  {
    id: "09-status-aliases",
    about: "statuses in English, lower case, capitals, with trailing dots, and one unknown",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks([
        ["NV1", TT, "Nhiệm vụ 1", TX, null, "Done", null, null],
        ["NV2", TT, "Nhiệm vụ 2", TX, null, "hoàn thành", null, null],
        ["NV3", TT, "Nhiệm vụ 3", TX, null, "Hoàn thành.", null, null],
        ["NV4", DV, "Nhiệm vụ 4", TX, null, "In progress", null, null],
        ["NV5", DV, "Nhiệm vụ 5", TX, null, "đang thực hiện", null, null],
        ["NV6", DV, "Nhiệm vụ 6", TX, null, "NOT STARTED", null, null],
        ["NV7", DV, "Nhiệm vụ 7", TX, null, "Tạm dừng.", null, null],
        ["NV8", DV, "Nhiệm vụ 8", TX, null, "Xong rồi", null, null],
        ["NV9", TT, "Nhiệm vụ 9", TX, null, "chưa thực hiện...", null, null],
      ]),
    ],
  },
  {
    id: "10-date-shapes",
    about:
      "dates as serials, dd/mm/yyyy and yyyy-mm-dd text, 31/02/2020, numbers without a date format",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks(
        [
          ["NV1", TT, "Ngày dạng số có định dạng", RT, D("2020-12-31"), DOING, 0.5, null],
          ["NV2", TT, "Ngày dạng chữ dd/mm/yyyy", RT, "15/10/2020", DOING, 0.5, null],
          ["NV3", TT, "Ngày dạng chữ yyyy-mm-dd", RT, "2020-11-10", DOING, 0.5, null],
          ["NV4", DV, "Ngày không có thật", RT, "31/02/2020", DOING, 0.5, null],
          ["NV5", DV, "Số ngày không định dạng", RT, D("2020-12-31"), DOING, 0.5, null],
          ["NV6", DV, "Chỉ gõ năm", RT, 2020, DOING, 0.5, null],
          ["NV7", DV, "Hoàn thành ngày dạng chữ", RT, D("2020-09-30"), DONE, 1, "05/10/2020"],
          [
            "NV8",
            TT,
            "Hoàn thành ngày không định dạng",
            RT,
            D("2020-09-30"),
            DONE,
            1,
            D("2020-09-20"),
          ],
        ],
        { cellFormats: { E6: "General", E7: "General", H9: "General" } }
      ),
    ],
  },
  {
    id: "11-progress-shapes",
    about: 'progress as 0.8, 80, "80%", "80,5%", 120 and -5',
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks(
        [
          ["NV1", TT, "Phần trăm định dạng", TX, null, DOING, 0.8, null],
          ["NV2", TT, "Số 80", TX, null, DOING, 80, null],
          ["NV3", TT, "Chữ 80%", TX, null, DOING, "80%", null],
          ["NV4", DV, "Chữ 80,5%", TX, null, DOING, "80,5%", null],
          ["NV5", DV, "Số 120", TX, null, DOING, 120, null],
          ["NV6", DV, "Số âm", TX, null, DOING, -5, null],
        ],
        { formats: { E: "dd/mm/yyyy", H: "dd/mm/yyyy" }, cellFormats: { G2: "0%" } }
      ),
    ],
  },
  {
    id: "12-formula-errors",
    about: "#N/A, #REF! and #DIV/0! in input cells, from formulas and as typed error values",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks([
        [
          "NV1",
          { formula: "VLOOKUP(\"X\",'Lĩnh vực'!A:B,2,FALSE)", result: { error: "#N/A" } },
          "Tra cứu lỗi",
          TX,
          null,
          DONE,
          1,
          null,
        ],
        [
          "NV2",
          TT,
          "Trạng thái tham chiếu hỏng",
          TX,
          null,
          { formula: "#REF!", result: { error: "#REF!" } },
          null,
          null,
        ],
        [
          "NV3",
          DV,
          "Tiến độ chia cho 0",
          TX,
          null,
          DOING,
          { formula: "1/0", result: { error: "#DIV/0!" } },
          null,
        ],
        ["NV4", DV, "Thời hạn lỗi", RT, { error: "#N/A" }, TODO, 0, null],
      ]),
    ],
  },
  {
    id: "13-duplicate-ids",
    about: "a duplicate area id, a duplicate area name, a duplicate task id",
    asOf: AS_OF,
    sheets: [
      areas([
        ...AREAS,
        ["TT", "Công tác tuyên giáo", "Ban Tuyên giáo", 3],
        ["KT", DV, "Ủy ban Kiểm tra", 4],
      ]),
      tasks([
        ...TASKS,
        ["NV2", DV, "Mã trùng với nhiệm vụ khác", TX, null, DOING, 0.2, null],
        ["NV6", "KT", "Lĩnh vực bị trùng tên nên không nhận", TX, null, TODO, 0, null],
      ]),
    ],
  },
  {
    id: "14-unknown-areas",
    about: "tasks pointing at areas that do not exist",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks([
        ...TASKS,
        ["NV5", "Công tác khác", "Lĩnh vực không có", TX, null, DONE, 1, null],
        ["NV6", "XX", "Mã lĩnh vực không có", TX, null, TODO, 0, null],
      ]),
    ],
  },
  {
    id: "15-area-without-tasks",
    about: "an area with no tasks",
    asOf: AS_OF,
    sheets: [
      areas([...AREAS, ["KT", "Công tác kiểm tra, giám sát", "Ủy ban Kiểm tra Tỉnh ủy", 3]]),
      tasks(),
    ],
  },
  {
    id: "16-empty-workbook",
    about: "an empty workbook (one blank sheet)",
    asOf: AS_OF,
    sheets: [{ name: "Sheet1", rows: [] }],
  },
  {
    id: "17-only-areas",
    about: "a workbook with only the areas sheet",
    asOf: AS_OF,
    sheets: [areas()],
  },
  {
    id: "18-one-row",
    about: "a task table of one row",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks([["NV1", TT, "Nhiệm vụ duy nhất", RT, D("2020-12-31"), DOING, 0.4, null]]),
    ],
  },
  {
    id: "19-formula-text-titles",
    about: "task titles that look like formulas",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks(
        withColumn(TASKS, 2, [
          '=HYPERLINK("http://tinhuy.vn","Nghị quyết")',
          "+84 912 345 678 đường dây nóng",
          "- Tổ chức hội nghị dân vận",
          "@SUM(A1:A2)",
        ])
      ),
    ],
  },
  {
    id: "20-formula-text-areas",
    about: "area names and a lead unit that look like formulas",
    asOf: AS_OF,
    sheets: [
      areas([
        ["TT", '=HYPERLINK("http://x.vn","Tư tưởng")', "+84 Ban Tuyên giáo", 1],
        ["DV", "- Tổ chức xây dựng đảng", "Ban Dân vận Tỉnh ủy", 2],
        ["S1", "@SUM(1)", "Văn phòng", 3],
        ["P8", "+84 Ban Dân vận", "Văn phòng", 4],
      ]),
      tasks([
        ...withColumn(TASKS, 1, [
          '=HYPERLINK("http://x.vn","Tư tưởng")',
          '=HYPERLINK("http://x.vn","Tư tưởng")',
          "- Tổ chức xây dựng đảng",
          "- Tổ chức xây dựng đảng",
        ]),
        ["NV5", "@SUM(1)", "Nhiệm vụ 5", TX, null, DONE, 1, null],
        ["NV6", "+84 Ban Dân vận", "Nhiệm vụ 6", TX, null, TODO, 0, null],
      ]),
    ],
  },
  {
    id: "21-user-sheet-named-like-summary",
    about: "a user's own sheet called Tổng hợp",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks(),
      {
        name: "Tổng hợp",
        rows: [
          ["Bảng tổng hợp của Văn phòng"],
          ["Số liệu", 42],
          ["Công thức", { formula: "B2*2", result: 84 }],
        ],
      },
    ],
  },
  {
    id: "22-summary-edited-by-hand",
    about: "the add-in's summary sheet, typed over by hand since the last refresh",
    asOf: AS_OF,
    sheets: [areas(), tasks()],
    summaryEdits: { A1: "Bảng sửa tay", D12: 99, E13: "=1+1", B40: "Ghi chú tay của văn phòng" },
  },
  {
    id: "23-sheet-names-apostrophes",
    about: "sheet names with apostrophes and diacritics, and a summary named so in the settings",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks(),
      {
        name: "Báo cáo của Sở's",
        rows: [["Số nhiệm vụ", { formula: "COUNTA('Nhiệm vụ'!A:A)-1", result: 4 }]],
      },
      {
        name: "Ghi chú 'nháp' – Đảng ủy",
        rows: [
          ["Xem", { formula: "'Báo cáo của Sở''s'!B1", result: 4 }],
          ["Tên đúng", "Đảng ủy khối"],
        ],
      },
      { name: "Cấu hình", rows: [[t("vi", "settings.summarySheet"), "Tổng hợp Sở's Q4"]] },
    ],
  },
  {
    id: "24-merged-cells-in-task-table",
    about: "cells merged across two task rows (area and title)",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks(
        [
          ...TASKS,
          ["NV5", DV, "Hội nghị chuyên đề", TX, null, DOING, 0.5, null],
          ["NV6", null, null, TX, null, TODO, 0, null],
        ],
        { merges: ["B6:B7", "C6:C7"] }
      ),
    ],
  },
  {
    id: "25-legacy-tcvn3",
    about: "TCVN3 text in .VnTime (and .VnTimeH capitals) in area names, lead units and titles",
    asOf: AS_OF,
    sheets: [
      areas(
        [
          ["TT", tcvn3(TT), tcvn3("Ban Tuyên giáo Tỉnh ủy"), 1],
          ["DV", tcvn3(DV), tcvn3("Ban Dân vận Tỉnh ủy"), 2],
        ],
        { fonts: { B2: ".VnTime", C2: ".VnTime", B3: ".VnTime", C3: ".VnTime" } }
      ),
      tasks(
        withColumn(withColumn(TASKS, 1, [tcvn3(TT), tcvn3(TT), tcvn3(DV), tcvn3(DV)]), 2, [
          unicodeToTcvn3("HỘI NGHỊ TỔNG KẾT", { caps: true }),
          tcvn3("Xuất bản sách kể chuyện Bác Hồ"),
          tcvn3("Nhân rộng mô hình Dân vận khéo"),
          tcvn3("Giám sát của Hội đồng nhân dân"),
        ]),
        {
          fonts: {
            B2: ".VnTime",
            B3: ".VnTime",
            B4: ".VnTime",
            B5: ".VnTime",
            C2: ".VnTimeH",
            C3: ".VnTime",
            C4: ".VnTime",
            C5: ".VnTime",
          },
        }
      ),
    ],
  },
  {
    id: "26-kind-aliases",
    about: "task kinds in English, lower case, and one unknown",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks([
        ["NV1", TT, "Loại tiếng Anh", "Roadmap", D("2020-12-31"), DOING, 0.5, null],
        ["NV2", TT, "Loại đồng nghĩa", "định kỳ", null, DONE, null, null],
        ["NV3", DV, "Loại không biết", "Đột xuất", D("2020-10-31"), TODO, 0, null],
        ["NV4", DV, "Loại chữ thường", "thường xuyên", null, DOING, 0.5, null],
      ]),
    ],
  },
  {
    id: "27-consistency-warnings",
    about: "done without a date, progress against status, roadmap task without a deadline",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks([
        ["NV1", TT, "Xong mà không ghi ngày", RT, D("2020-06-30"), DONE, 1, null],
        ["NV2", TT, "Đủ 100% mà chưa xong", RT, D("2020-12-31"), DOING, 1, null],
        ["NV3", DV, "Theo lộ trình mà không có hạn", RT, null, TODO, 0, null],
        ["NV4", DV, "Xong mà tiến độ 90%", RT, D("2020-09-30"), DONE, 0.9, D("2020-10-15")],
      ]),
    ],
  },
  {
    id: "28-groups",
    about: "areas grouped for subtotals",
    asOf: AS_OF,
    sheets: [
      {
        name: "Lĩnh vực",
        rows: [
          [...AREA_HEAD, "Nhóm"],
          ["TT", TT, "Ban Tuyên giáo Tỉnh ủy", 1, "Khối Đảng"],
          ["DV", DV, "Ban Dân vận Tỉnh ủy", 2, "Khối Đảng"],
          [
            "CQ",
            "Công tác xây dựng bộ máy chính quyền",
            "Ban cán sự đảng UBND tỉnh",
            3,
            "Khối chính quyền",
          ],
        ],
      },
      tasks([
        ...TASKS,
        ["NV5", "CQ", "Cải cách lề lối làm việc của UBND", RT, D("2020-11-10"), DOING, 0.7, null],
      ]),
    ],
  },
  {
    id: "29-offset-and-blank-rows",
    about: "tables that do not start at A1, with blank rows between tasks",
    asOf: AS_OF,
    sheets: [
      areas(undefined, { at: "B3" }),
      {
        name: "Nhiệm vụ",
        at: "C5",
        rows: [TASK_HEAD, TASKS[0], TASKS[1], [], TASKS[2], [], [], TASKS[3]],
        formats: { G: "dd/mm/yyyy", I: "0%", J: "dd/mm/yyyy" },
      },
    ],
  },
  {
    id: "30-missing-status-column",
    about: "a task table without its required status column",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks(undefined, {
        rows: [TASK_HEAD, ...TASKS].map((r) => r.filter((_, j) => j !== 5)),
        formats: { E: "dd/mm/yyyy", F: "0%", G: "dd/mm/yyyy" },
      }),
    ],
  },
  {
    id: "31-nfd-sheet-names",
    about: "sheet names typed in decomposed Unicode (macOS)",
    asOf: AS_OF,
    sheets: [
      { ...areas(), name: "Lĩnh vực".normalize("NFD") },
      { ...tasks(), name: "Nhiệm vụ".normalize("NFD") },
    ],
  },
  {
    id: "32-numeric-area-ids",
    about: "area ids typed as numbers, referenced as numbers",
    asOf: AS_OF,
    sheets: [
      areas([
        [1, TT, "Ban Tuyên giáo Tỉnh ủy", 1],
        [2, DV, "Ban Dân vận Tỉnh ủy", 2],
      ]),
      tasks(withColumn(TASKS, 1, [1, 1, 2, 2])),
    ],
  },
  {
    id: "33-time-boundaries",
    about:
      "due on the report date, in 7 and 8 days, a day late; done on the due date and a day after; " +
      "times of day: done hours after the due time, due in 7 days at 18:00",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks([
        ["NV1", TT, "Hạn đúng ngày báo cáo", RT, D("2020-11-06"), DOING, 0.5, null],
        ["NV2", TT, "Hạn sau 7 ngày", RT, D("2020-11-13"), TODO, 0, null],
        ["NV3", TT, "Hạn sau 8 ngày", RT, D("2020-11-14"), TODO, 0, null],
        ["NV4", TT, "Hạn hôm qua", RT, D("2020-11-05"), DOING, 0.5, null],
        ["NV5", DV, "Xong đúng hạn chót", RT, D("2020-10-01"), DONE, 1, D("2020-10-01")],
        ["NV6", DV, "Xong trễ một ngày", RT, D("2020-10-01"), DONE, 1, D("2020-10-02")],
        ["NV7", DV, "Tạm dừng đã quá hạn", RT, D("2020-10-01"), PAUSED, 0, null],
        [
          "NV8",
          DV,
          "Xong trong ngày hạn, sau giờ hạn",
          RT,
          D("2020-10-01"),
          DONE,
          1,
          D("2020-10-01") + 0.625,
        ],
        ["NV9", TT, "Hạn sau 7 ngày, lúc 18 giờ", RT, D("2020-11-13") + 0.75, TODO, 0, null],
      ]),
    ],
  },
  {
    id: "34-english-workbook",
    about: "an English workbook: sheet names, headers, kinds and statuses",
    asOf: AS_OF,
    sheets: [
      {
        name: "Areas",
        rows: [
          ["ID", "Area", "Lead unit", "Order"],
          ["TT", "Ideological work", "Propaganda Board", 1],
          ["DV", "Mass mobilisation", "Mass Mobilisation Board", 2],
        ],
      },
      {
        name: "Tasks",
        rows: [
          ["ID", "Area", "Task", "Type", "Due date", "Status", "Progress", "Completed on"],
          ["NV1", "TT", "Monthly flag-ceremony sessions", "Recurring", null, "Done", 1, null],
          [
            "NV2",
            "TT",
            "Publish the book of 128 stories",
            "Roadmap",
            D("2020-06-30"),
            "Done",
            1,
            D("2020-06-15"),
          ],
          [
            "NV3",
            "DV",
            "Spread the skilled mass-mobilisation model",
            "Roadmap",
            D("2020-12-31"),
            "In progress",
            0.5,
            null,
          ],
          [
            "NV4",
            "DV",
            "People's Council supervision",
            "Roadmap",
            D("2020-10-31"),
            "Not started",
            0,
            null,
          ],
        ],
        formats: TASK_FORMATS,
      },
    ],
  },
  {
    id: "35-filter-criterion-validations",
    about:
      "an AutoFilter with a criterion (rows hidden by it) and data validations on overlapping columns, kept byte for byte",
    asOf: AS_OF,
    sheets: [
      areas(),
      tasks(undefined, {
        autoFilter: "A1:H5",
        hiddenRows: [4, 5],
        xmlEdits: [
          {
            find: '<autoFilter ref="A1:H5"/>',
            replace:
              '<autoFilter ref="A1:H5"><filterColumn colId="5"><filters><filter val="Hoàn thành"/></filters></filterColumn></autoFilter>',
          },
          {
            find: "<pageMargins ",
            replace:
              '<dataValidations count="3"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="F2:F200"><formula1>"Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng"</formula1></dataValidation>' +
              '<dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="G2:G200 F201:H300"><formula1>0</formula1><formula2>1</formula2></dataValidation>' +
              '<dataValidation type="date" operator="greaterThan" allowBlank="1" sqref="H2:H200 E2:E200"><formula1>36526</formula1></dataValidation></dataValidations><pageMargins ',
          },
        ],
      }),
    ],
  },
  {
    id: "36-odd-area-names",
    about:
      "area names no formula criterion can carry as text: 300 and 2,000 characters, wildcards * ? ~, " +
      "quotes, names starting with =, < or >; and status cells holding error values (#N/A, #REF!)",
    asOf: AS_OF,
    sheets: [
      areas([
        ["L1", LONG_300, "Ban Tuyên giáo Tỉnh ủy", 1],
        ["L2", LONG_2000, "Ban Tổ chức Tỉnh ủy", 2],
        ["W1", "Công tác ~* đặc ? biệt", "Ban Dân vận Tỉnh ủy", 3],
        ["W2", "Công tác X đặc Y biệt", "Ban Dân vận Tỉnh ủy", 4],
        ["Q1", 'Tên có "ngoặc kép" và ~~', "Văn phòng Tỉnh ủy", 5],
        ["O1", "=Công tác bằng", "Ban Nội chính Tỉnh ủy", 6],
        ["O2", "<Công tác nhỏ hơn", "Ban Nội chính Tỉnh ủy", 7],
        ["O3", ">Công tác lớn hơn", "Ban Nội chính Tỉnh ủy", 8],
      ]),
      tasks([
        [
          "NV1",
          LONG_300,
          "Nhiệm vụ của lĩnh vực tên dài",
          RT,
          D("2020-10-31"),
          DONE,
          1,
          D("2020-10-20"),
        ],
        [
          "NV2",
          LONG_2000,
          "Nhiệm vụ của lĩnh vực tên rất dài",
          RT,
          D("2020-10-31"),
          DOING,
          0.5,
          null,
        ],
        ["NV3", "L2", "Ghi bằng mã", RT, D("2020-12-31"), TODO, 0, null],
        [
          "NV4",
          "Công tác ~* đặc ? biệt",
          "Dấu đại diện",
          RT,
          D("2020-10-31"),
          DONE,
          1,
          D("2020-11-02"),
        ],
        [
          "NV5",
          "Công tác X đặc Y biệt",
          "Tên giống khi đọc như mẫu",
          RT,
          D("2020-10-31"),
          TODO,
          0,
          null,
        ],
        ["NV6", 'Tên có "ngoặc kép" và ~~', "Dấu ngoặc kép", TX, null, DONE, 1, D("2020-09-01")],
        ["NV7", "=Công tác bằng", "Bắt đầu bằng dấu bằng", RT, D("2020-11-10"), DOING, 0.3, null],
        [
          "NV8",
          "<Công tác nhỏ hơn",
          "Bắt đầu bằng dấu nhỏ hơn",
          RT,
          D("2020-10-01"),
          PAUSED,
          0,
          null,
        ],
        [
          "NV9",
          ">Công tác lớn hơn",
          "Bắt đầu bằng dấu lớn hơn",
          RT,
          D("2020-10-01"),
          { error: "#N/A" },
          0,
          null,
        ],
        [
          "NV10",
          "O3",
          "Trạng thái lỗi tham chiếu",
          RT,
          D("2020-10-01"),
          { error: "#REF!" },
          0,
          null,
        ],
      ]),
    ],
  },
  {
    id: "37-clerk-shapes",
    about:
      "a tasks table as clerks build it: merged title, two-row header with group cells, plan header words, a column-number row, status wordings, typed dates, deadline text, a signature footer",
    asOf: AS_OF,
    sheets: [
      areas(),
      {
        name: "Nhiệm vụ",
        rows: [
          ["DANH MỤC NHIỆM VỤ NĂM 2020", null, null, null, null, null, null, null],
          [null, null, null, null, null, null, null, null],
          ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Loại", "Thời gian", null, "Kết quả", null],
          [
            null,
            null,
            null,
            null,
            "Thời gian hoàn thành",
            "Ngày hoàn thành",
            "Kết quả thực hiện",
            "Tỷ lệ (%)",
          ],
          ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
          ["NV1", TT, "Sinh hoạt chính trị", TX, "Thường xuyên", null, "Đã xong", 1],
          [
            "NV2",
            TT,
            "Xuất bản sách",
            RT,
            "ngày 30 tháng 6 năm 2020",
            "15/06/2020",
            "Hoàn thành đúng hạn",
            1,
          ],
          ["NV3", DV, "Nhân rộng mô hình", RT, "Quý IV/2020", null, "Đang thực hiện (80%)", null],
          ["NV4", DV, "Giám sát", RT, "Trước ngày 31/10/2020", null, "Chưa làm", 0],
          [null, null, null, null, null, null, null, null],
          [null, "Ghi chú: số liệu đến ngày 06/11/2020", null, null, null, null, null, null],
          [null, null, null, null, "NGƯỜI LẬP BIỂU", null, null, null],
          [null, null, null, null, "(Ký, ghi rõ họ tên)", null, null, null],
        ],
        merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3"],
      },
    ],
  },
];
