// Vietnamese catalogue: every user-facing string, NFC. Keys are shared with en.ts (checked by type).
// Placeholders are {name}; the parameters come from the finding or the caller.
export const vi = {
  // --- findings (one per code) ---
  "finding.missing-sheet": 'Không tìm thấy trang tính "{expected}" (hoặc bảng có tiêu đề phù hợp).',
  "finding.missing-column": 'Bảng {table} thiếu cột bắt buộc "{column}".',
  "finding.empty-required": 'Ô bắt buộc "{column}" đang để trống.',
  "finding.duplicate-id": 'Mã "{id}" bị trùng (đã có ở ô {firstCell}).',
  "finding.unknown-area": 'Lĩnh vực "{area}" không có trong trang Lĩnh vực.',
  "finding.unknown-status":
    'Trạng thái "{value}" không hợp lệ (dùng: Chưa thực hiện, Đang thực hiện, Hoàn thành, Tạm dừng).',
  "finding.unknown-kind":
    'Loại nhiệm vụ "{value}" không hợp lệ (dùng: Theo lộ trình, Thường xuyên).',
  "finding.invalid-date":
    'Ngày "{value}" ở cột {column} không hợp lệ (nhập dd/mm/yyyy hoặc định dạng ngày).',
  "finding.invalid-progress": 'Tiến độ "{value}" không hợp lệ (phải là số từ 0 đến 100%).',
  "finding.cell-error": "Ô ở cột {column} đang báo lỗi {value}.",
  "finding.done-without-date": "Nhiệm vụ {id} đã hoàn thành nhưng chưa có ngày hoàn thành.",
  "finding.progress-status-mismatch":
    'Nhiệm vụ {id}: tiến độ {progress}% không khớp trạng thái "{status}".',
  "finding.roadmap-without-due-date": "Nhiệm vụ {id} theo lộ trình nhưng chưa có thời hạn.",
  "finding.empty-area": 'Lĩnh vực "{area}" chưa có nhiệm vụ nào.',
  "finding.text-normalised":
    'Văn bản "{value}" được đọc là "{normalised}" (dấu, khoảng trắng hoặc kiểu gõ khác).',
  "finding.alias-not-counted":
    'Giá trị "{value}" được hiểu là "{canonical}", nhưng công thức tổng hợp chỉ đếm "{canonical}": hãy sửa để bảng tự cập nhật đúng.',
  "finding.text-date":
    'Ngày "{value}" ở cột {column} đang là văn bản: công thức tổng hợp không so sánh được, nên chuyển thành ngày.',
  "finding.late-by-time-of-day":
    "Nhiệm vụ {id} hoàn thành đúng ngày hạn nhưng sau giờ ghi ở thời hạn ({completed} so với {due}), nên bị tính là trễ hạn. Nếu chỉ tính theo ngày, hãy bỏ phần giờ.",
  "finding.legacy-encoding":
    'Văn bản mã {encoding} "{value}" nên chuyển sang Unicode: "{converted}".',
  "finding.summary-name-taken":
    'Trang tính "{wanted}" là của người dùng nên được giữ nguyên; bảng tổng hợp được ghi vào "{used}".',
  "finding.host-error": "Excel báo lỗi: {reason}. {detail}",
  "finding.invalid-setting":
    'Thiết lập "{setting}" có giá trị "{value}" không hợp lệ; dùng giá trị mặc định.',
  // --- settings sheet ---
  "settings.title": "CẤU HÌNH BẢNG TỔNG HỢP",
  "settings.hint":
    "Sửa cột Giá trị. Add-in và bảng tổng hợp đọc các thiết lập này; các đơn vị dùng chung một tệp.",
  "settings.header.key": "Thiết lập",
  "settings.header.value": "Giá trị",
  "settings.parentBody": "Cơ quan cấp trên",
  "settings.issuingBody": "Cơ quan ban hành",
  "settings.place": "Địa danh",
  "settings.programme": "Tên chương trình",
  "settings.period": "Giai đoạn",
  "settings.reportDate": "Ngày báo cáo",
  "settings.summarySheet": "Tên trang tổng hợp",
  "settings.dueSoonDays": "Số ngày sắp đến hạn",
  "settings.language": "Ngôn ngữ bảng tổng hợp",
  "settings.sheetName": "Cấu hình",
  // --- host errors (use-cases) ---
  "host.protected": "trang tính đang được bảo vệ, không ghi được",
  "host.cell-edit": "Excel đang ở chế độ sửa ô; hãy nhấn Enter hoặc Esc rồi thử lại",
  "host.read-only": "sổ làm việc đang mở ở chế độ chỉ đọc",
  "host.too-large": "yêu cầu quá lớn so với giới hạn của Excel",
  "host.not-supported": "phiên bản Excel này chưa hỗ trợ chức năng cần dùng",
  "host.unreadable": "không đọc được tệp",
  "host.unknown": "lỗi không xác định",
  // --- demo (npm run demo) ---
  "demo.noLibreOffice":
    "(Chưa cài LibreOffice nên không có ảnh PNG các trang in; cài gói libreoffice-calc-nogui và poppler-utils để có.)",
  "demo.pages": "Các trang in (LibreOffice): {pdf}",
  "demo.mid": "Mẫu giữa kỳ (30/06/2018, có nhiệm vụ quá hạn và sắp đến hạn): {command}",
  // --- fixes ---
  "fix.replace": "Thay bằng giá trị chuẩn",
  "fix.normalise": "Chuẩn hoá văn bản",
  "fix.toDate": "Chuyển thành ngày",
  "fix.dropTime": "Chỉ giữ ngày",
  "fix.convertLegacy": "Chuyển sang Unicode",
  // --- severities ---
  "severity.error": "Lỗi",
  "severity.warning": "Cảnh báo",
  // --- summary sheet (issue 3) ---
  "summary.partyName": "ĐẢNG CỘNG SẢN VIỆT NAM",
  "summary.dateLine": "{place}, ngày {day} tháng {month} năm {year}",
  "summary.noPlace": "…",
  "summary.appendix": "Biểu số 01",
  "summary.title": "Biểu tổng hợp kết quả thực hiện nhiệm vụ",
  "summary.subtitleYears": "{programme} giai đoạn {period}",
  "summary.subtitleText": "{programme} {period}",
  "summary.asOf": "Số liệu tính đến ngày:",
  "summary.col.no": "STT",
  "summary.col.area": "Lĩnh vực",
  "summary.col.leadUnit": "Đơn vị chủ trì",
  "summary.col.total": "Tổng số nhiệm vụ",
  "summary.col.done": "Hoàn thành",
  "summary.col.doneTotal": "Tổng số",
  "summary.col.doneOnTime": "Đúng hạn",
  "summary.col.doneLate": "Quá hạn",
  "summary.col.inProgress": "Đang thực hiện",
  "summary.col.notStarted": "Chưa thực hiện",
  "summary.col.suspended": "Tạm dừng",
  "summary.col.overdue": "Quá hạn (chưa hoàn thành)",
  "summary.col.dueSoon": "Sắp đến hạn (trong {days} ngày)",
  "summary.col.completionRate": "Tỷ lệ hoàn thành",
  "summary.col.dueCompletionRate": "Tỷ lệ hoàn thành (nhiệm vụ đến hạn)",
  "summary.totalRow": "Tổng cộng",
  "summary.note":
    'Ghi chú: Quá hạn và sắp đến hạn tính theo ngày ở ô {cell}. Tỷ lệ hoàn thành = Hoàn thành / (Tổng số − Tạm dừng); tỷ lệ hoàn thành nhiệm vụ đến hạn = Hoàn thành / (Hoàn thành + Quá hạn chưa hoàn thành). Các số liệu là công thức tính từ trang "{sheet}", tự cập nhật khi dữ liệu thay đổi.',
  "summary.footer": "Trang &P/&N",
  "summary.chartData": "Số liệu biểu đồ (không in)",
  "summary.chart.status": "Tình hình thực hiện nhiệm vụ theo lĩnh vực",
  "summary.chart.rate": "Tỷ lệ hoàn thành theo lĩnh vực",
  "summary.series.done": "Hoàn thành",
  "summary.series.inProgress": "Đang thực hiện (chưa quá hạn)",
  "summary.series.notStarted": "Chưa thực hiện (chưa quá hạn)",
  "summary.series.overdue": "Quá hạn",
  "summary.series.rate": "Tỷ lệ hoàn thành",
  // --- task pane (issue 5) ---
  "pane.notInExcel": "Hãy mở add-in này trong Excel (hoặc chạy bản xem thử: npm run preview).",
  "pane.preview.banner": "Bản xem thử — không phải Excel",
  "pane.preview.intro": "Ngăn tác vụ thật, chạy trên một bảng tính giả lập trong trình duyệt.",
  "pane.preview.workbook": "Bảng tính thử",
  "pane.preview.seed": "Dữ liệu mẫu 2015–2020 (58 nhiệm vụ)",
  "pane.preview.mid": "Dữ liệu mẫu giữa kỳ 2018",
  "pane.preview.errors": "Dữ liệu mẫu có lỗi",
  "pane.preview.empty": "Bảng tính trống",
  "pane.preview.open": "Mở",
  "pane.preview.pane": "Ngăn tác vụ",
  "pane.preview.sheets": "Các trang tính",
  "pane.preview.selected": "Ô đang chọn: {cell}",
  "pane.preview.noSelection": "Chưa chọn ô nào.",
  "pane.preview.noSheets": "Bảng tính chưa có trang nào.",
  "pane.preview.emptySheet": "Trang này trống.",
  "pane.preview.charts": "Biểu đồ trên trang: {names}",
  "pane.preview.formula": "Công thức (bản xem thử không tính): {formula}",
  "pane.appName": "Tiến độ nhiệm vụ",
  "pane.noProgramme": "Chưa đặt tên chương trình",
  "pane.reportDate": "Ngày báo cáo",
  "pane.lang.label": "Ngôn ngữ giao diện",
  "pane.lang.vi": "Tiếng Việt",
  "pane.lang.en": "English",
  "pane.refresh": "Làm mới tổng hợp",
  "pane.progress": "Tiến trình làm mới",
  "pane.step.reading": "Đang đọc bảng tính…",
  "pane.step.checking": "Đang kiểm tra dữ liệu…",
  "pane.step.computing": "Đang tính tổng hợp…",
  "pane.step.writing": "Đang ghi trang tổng hợp…",
  "pane.step.done": "Đã xong.",
  "count.task.one": "{n} nhiệm vụ",
  "count.task.other": "{n} nhiệm vụ",
  "count.area.one": "{n} lĩnh vực",
  "count.area.other": "{n} lĩnh vực",
  "count.error.one": "{n} lỗi",
  "count.error.other": "{n} lỗi",
  "count.warning.one": "{n} cảnh báo",
  "count.warning.other": "{n} cảnh báo",
  "pane.count.seconds": "{n} giây",
  "pane.result.written": "Đã ghi trang “{sheet}”.",
  "pane.result.failed": "Không làm mới được: {message}",
  "pane.findings.heading": "Kết quả kiểm tra",
  "pane.findings.none": "Không có lỗi hay cảnh báo.",
  "pane.findings.group": "{severity} ({count})",
  "pane.findings.sheet": "Trang {sheet}",
  "pane.findings.workbook": "Toàn bảng tính",
  "pane.findings.goTo": "Chọn ô {cell}",
  "pane.fix.title": "Sửa dữ liệu",
  "pane.fix.intro": "Các ô sau sẽ được thay đổi. Tiếp tục?",
  "pane.fix.cell": "Ô",
  "pane.fix.from": "Hiện tại",
  "pane.fix.to": "Sau khi sửa",
  "pane.fix.confirm": "Đồng ý sửa",
  "pane.fix.cancel": "Hủy",
  "pane.fix.applied": "Đã sửa {count} ô, đang kiểm tra lại.",
  "pane.fix.stale":
    "{count} ô đã bị sửa từ lần kiểm tra trước nên được giữ nguyên; hãy làm mới để kiểm tra lại.",
  "pane.fix.failed": "Không sửa được: {message}",
  "pane.select.failed": "Không chọn được ô: {message}",
  "pane.rollup.heading": "Tổng hợp theo lĩnh vực",
  "pane.rollup.area": "Lĩnh vực",
  "pane.rollup.total": "Tổng",
  "pane.rollup.done": "Xong",
  "pane.rollup.overdue": "Quá hạn",
  "pane.rollup.rate": "Tỷ lệ hoàn thành",
  "pane.rollup.totalRow": "Tổng cộng",
  "pane.rollup.noRate": "Chưa có",
  "pane.template.heading": "Chưa có bảng dữ liệu",
  "pane.template.intro": "Bảng tính chưa có trang Lĩnh vực và Nhiệm vụ. Hãy tạo mẫu để bắt đầu.",
  "pane.template.withSample": "Kèm dữ liệu mẫu (58 nhiệm vụ)",
  "pane.template.create": "Tạo mẫu",
  "pane.template.created": "Đã tạo mẫu, đang làm mới.",
  "pane.template.failed": "Không tạo được mẫu: {message}",
  "pane.settings.heading": "Cài đặt",
  "pane.settings.parentBody": "Cơ quan cấp trên",
  "pane.settings.issuingBody": "Cơ quan ban hành",
  "pane.settings.place": "Địa danh",
  "pane.settings.programme": "Chương trình",
  "pane.settings.period": "Giai đoạn",
  "pane.settings.summarySheet": "Tên trang tổng hợp",
  "pane.settings.dueSoonDays": "Số ngày tính là sắp đến hạn",
  "pane.settings.language": "Ngôn ngữ của trang tổng hợp",
  "pane.settings.save": "Lưu cài đặt",
  "pane.settings.saved": "Đã lưu cài đặt vào bảng tính.",
  "pane.settings.failed": "Không lưu được cài đặt: {message}",
  "pane.settings.invalidDays": "Nhập số ngày từ 0 đến 365.",
  "pane.settings.invalidSheet":
    "Tên trang không được để trống, dài quá 31 ký tự hoặc chứa : \\ / ? * [ ]",
  // --- task pane: parts loaded on demand (issue 7) ---
  "pane.loading": "Đang tải…",
  "pane.loadFailed": "Không hiển thị được phần này của ngăn tác vụ: {message}",
  // --- command line (src/cli) ---
  "cli.usage":
    "Cách dùng: npm run --silent cli -- refresh <tệp.xlsx> [--as-of dd/mm/yyyy] [--lang vi|en] [--json] [-o tệp-ra.xlsx]\n           npm run --silent cli -- template [--with-sample] [--lang vi|en] -o tệp-mới.xlsx\n\nrefresh kiểm tra sổ làm việc (trang Lĩnh vực, Nhiệm vụ), tổng hợp tiến độ theo lĩnh vực và in kết quả.\ntemplate tạo sổ làm việc nhập liệu mới: hai trang dữ liệu dạng Excel Table có danh sách chọn và kiểm tra, cùng trang Cấu hình.\n  --as-of NGÀY        ngày báo cáo, dd/mm/yyyy hoặc YYYY-MM-DD (mặc định: ngày trong trang Cấu hình, nếu không có thì hôm nay)\n  --lang vi|en        ngôn ngữ thông báo và của mẫu mới (mặc định: vi)\n  --json              in đúng một đối tượng JSON (tỷ lệ là phân số 0..1)\n  -o, --output TỆP    ghi sổ làm việc đã làm mới (trang tổng hợp, biểu đồ), hoặc mẫu mới, vào TỆP\n  --with-sample       điền sẵn dữ liệu mẫu (58 nhiệm vụ) vào mẫu mới\n  -h, --help          in hướng dẫn này\n\nMã thoát: 0 không có lỗi; 1 có ít nhất một lỗi; 2 không đọc được tệp hoặc sai tham số.",
  "cli.error.wouldLose":
    'không ghi "{file}": tệp có {what} mà CLI không giữ nguyên được khi ghi lại (tệp gốc không đổi); hãy làm mới trong Excel bằng add-in',
  "cli.lose.vba": "macro (VBA)",
  "cli.lose.pivot": "bảng PivotTable",
  "cli.lose.slicer": "slicer",
  "cli.lose.timeline": "timeline",
  "cli.lose.chartsheet": "trang biểu đồ",
  "cli.lose.drawing": 'biểu đồ hoặc hình vẽ trên trang "{sheet}"',
  "cli.error.prefix": "Lỗi",
  "cli.error.noCommand":
    'thiếu lệnh; dùng "refresh <tệp.xlsx>" hoặc "template -o tệp-mới.xlsx" (xem --help)',
  "cli.error.unknownCommand":
    'lệnh "{command}" không có; dùng "refresh" hoặc "template" (xem --help)',
  "cli.error.noFile": "thiếu tệp .xlsx cần làm mới",
  "cli.error.extraArgument": 'tham số thừa "{arg}"',
  "cli.error.unknownOption": 'tùy chọn "{option}" không có (xem --help)',
  "cli.error.missingValue": "tùy chọn {option} cần một giá trị",
  "cli.error.badDate":
    'ngày "{value}" không hợp lệ, cần dạng dd/mm/yyyy hoặc YYYY-MM-DD (ví dụ 06/11/2020)',
  "cli.error.badLang": 'ngôn ngữ "{value}" không có; dùng vi hoặc en',
  "cli.error.read.not-found": 'không tìm thấy tệp "{file}"',
  "cli.error.read.is-directory": '"{file}" là thư mục, không phải tệp .xlsx',
  "cli.error.read.unreadable": 'không đọc được tệp "{file}" ({detail})',
  "cli.error.read.not-xlsx": '"{file}" không phải sổ làm việc .xlsx đọc được ({detail})',
  "cli.error.write": 'không ghi được "{file}": {detail}',
  "cli.file": "Tệp: {file}",
  "cli.reportDate": "Ngày báo cáo: {date}",
  "cli.counts": "{tasks}, {areas}; {errors}, {warnings}",
  "cli.findings": "Lỗi và cảnh báo:",
  "cli.noFindings": "Không có lỗi hay cảnh báo.",
  "cli.moreFindings": "… và {count} mục nữa (dùng --json để xem tất cả)",
  "cli.rollup": "Tổng hợp theo lĩnh vực:",
  "cli.col.no": "STT",
  "cli.col.area": "Lĩnh vực",
  "cli.col.total": "Tổng\nsố",
  "cli.col.done": "Hoàn\nthành",
  "cli.col.doneOnTime": "Đúng\nhạn",
  "cli.col.doneLate": "Trễ\nhạn",
  "cli.col.inProgress": "Đang\nTH",
  "cli.col.notStarted": "Chưa\nTH",
  "cli.col.suspended": "Tạm\ndừng",
  "cli.col.overdue": "Quá\nhạn",
  "cli.col.dueSoon": "Sắp\nđến hạn",
  "cli.col.completionRate": "Tỷ lệ\nHT",
  "cli.col.dueCompletionRate": "Tỷ lệ HT\nđến hạn",
  "cli.totalRow": "Tổng cộng",
  "cli.legend":
    "HT: hoàn thành; TH: thực hiện. Tỷ lệ HT = Hoàn thành / (Tổng số − Tạm dừng); tỷ lệ HT đến hạn = Hoàn thành / (Hoàn thành + Quá hạn).",
  "cli.written": 'Đã ghi sổ làm việc đã làm mới (trang "{sheet}"): {file}',
  // --- ribbon command and Office adapter (src/commands, src/office) ---
  "command.done": 'Đã làm mới "{sheet}": {tasks}, {areas}, {errors}, {warnings}.',
  "command.errors":
    'Đã làm mới "{sheet}", nhưng có {errors}: bấm "Mở bảng điều khiển" trên thẻ Trang đầu để xem và sửa.',
  "command.failed": "Không làm mới được tổng hợp: {reason}.",
  "command.close": "Đóng",
  "feature.suspendCalculation": "tạm dừng tính toán khi ghi",
  "feature.conditionalFormats": "định dạng có điều kiện",
  "feature.freezePanes": "cố định dòng tiêu đề",
  "feature.tabColor": "màu thẻ trang tính",
  "feature.dataValidation": "danh sách chọn và kiểm tra dữ liệu nhập",
  "feature.dataLabelFormat": "định dạng nhãn số liệu trên biểu đồ",
  "feature.pageLayout": "thiết lập trang in A4",
  "feature.missing":
    "Phiên bản Excel này chưa hỗ trợ: {features}. Bảng tổng hợp vẫn đúng, chỉ thiếu phần trình bày này.",
  "template.validation.title": "Giá trị không hợp lệ",
  "template.validation.list": "Hãy chọn một giá trị trong danh sách.",
  "template.validation.date": "Hãy nhập ngày (dd/mm/yyyy).",
  "template.validation.progress": "Tiến độ là số từ 0% đến 100%.",
  // --- CLI words: refusals, --as-of, the template command (issue 17 §3-4, fresh) ---
  "cli.error.takesNoValue": "tùy chọn {option} không nhận giá trị",
  "cli.error.templateNoOutput": "lệnh template cần -o tệp-mới.xlsx (tệp sẽ tạo)",
  "cli.error.notForTemplate":
    "tùy chọn {option} dùng cho refresh, không dùng cho template (xem --help)",
  "cli.error.onlyForTemplate":
    "tùy chọn {option} dùng cho template, không dùng cho refresh (xem --help)",
  "cli.refuse.notFound": 'không tìm thấy tệp "{file}"; hãy kiểm tra tên tệp và thư mục',
  "cli.refuse.isDirectory":
    '"{file}" là thư mục, không phải tệp .xlsx; hãy chỉ tới sổ làm việc trong thư mục đó',
  "cli.refuse.readDenied":
    'không đọc được "{file}": không có quyền đọc; hãy xin quyền đọc hoặc chép tệp vào thư mục của bạn',
  "cli.refuse.readFailed":
    'không đọc được "{file}"; hãy đóng tệp ở chương trình khác, kiểm tra ổ đĩa rồi chạy lại',
  "cli.refuse.xls":
    '"{file}" là sổ làm việc Excel 97-2003 (.xls); hãy mở bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi chạy lại',
  "cli.refuse.encrypted":
    '"{file}" được đặt mật khẩu; hãy gỡ mật khẩu trước (Excel: Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu) rồi chạy lại',
  "cli.refuse.ods":
    '"{file}" là bảng tính OpenDocument (.ods); trong LibreOffice chọn Tệp > Lưu thành, kiểu Excel 2007-365 (.xlsx), rồi chạy lại',
  "cli.refuse.xlsb":
    '"{file}" là sổ làm việc nhị phân Excel (.xlsb); trong Excel chọn Tệp > Lưu thành, kiểu Sổ làm việc Excel (.xlsx), rồi chạy lại',
  "cli.refuse.html":
    '"{file}" là trang web (HTML) mang đuôi .xlsx, không phải sổ làm việc; hãy mở bằng Excel, lưu thành Sổ làm việc Excel (.xlsx) rồi chạy lại',
  "cli.refuse.xml":
    '"{file}" là tệp XML (ví dụ bảng tính XML của Excel 2003), không phải sổ làm việc .xlsx; hãy mở bằng Excel, lưu thành Sổ làm việc Excel (.xlsx) rồi chạy lại',
  "cli.refuse.text":
    '"{file}" là tệp văn bản (ví dụ CSV) mang đuôi .xlsx, không phải sổ làm việc; hãy mở bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi chạy lại',
  "cli.refuse.empty":
    '"{file}" là tệp rỗng (0 byte); hãy chọn đúng sổ làm việc, hoặc tạo mới bằng: npm run --silent cli -- template -o tệp-mới.xlsx',
  "cli.refuse.zip":
    '"{file}" là tệp nén zip nhưng không phải sổ làm việc Excel; hãy chọn chính tệp .xlsx',
  "cli.refuse.ole":
    '"{file}" là tài liệu Office đời cũ, không phải sổ làm việc Excel; hãy chọn chính tệp .xlsx',
  "cli.refuse.unknown":
    '"{file}" không phải sổ làm việc .xlsx; hãy chọn tệp .xlsx do Excel hoặc LibreOffice lưu',
  "cli.refuse.damaged":
    '"{file}" có dạng sổ làm việc .xlsx nhưng không mở được (tệp hỏng); hãy mở bằng Excel để sửa, hoặc dùng bản sao trước đó',
  "cli.refuse.noFolder":
    'không ghi được "{file}": thư mục "{dir}" không tồn tại; hãy tạo thư mục đó trước hoặc chọn thư mục khác',
  "cli.refuse.writeDenied":
    'không ghi được "{file}": không có quyền ghi; hãy chọn thư mục bạn được ghi',
  "cli.refuse.outputIsFolder":
    'không ghi được "{file}": đó là thư mục; hãy cho tên tệp có đuôi .xlsx',
  "cli.refuse.outputBusy":
    'không ghi được "{file}": tệp đang mở ở chương trình khác; hãy đóng tệp rồi chạy lại',
  "cli.refuse.diskFull":
    'không ghi được "{file}": ổ đĩa đã đầy; hãy giải phóng chỗ trống hoặc chọn ổ đĩa khác',
  "cli.refuse.writeFailed": 'không ghi được "{file}"; hãy kiểm tra đường dẫn và ổ đĩa rồi chạy lại',
  "cli.refuse.outputExists": '"{file}" đã có; lệnh template không ghi đè tệp nào, hãy chọn tên mới',
  "cli.refuse.noInputSheets":
    'sổ làm việc "{file}" chưa có trang dữ liệu ("{areas}", "{tasks}") nên không ghi gì; hãy bắt đầu từ mẫu: npm run --silent cli -- template -o tệp-mới.xlsx',
  "cli.template.written":
    'Đã tạo mẫu "{file}" (trang {sheets}); nhập lĩnh vực và nhiệm vụ rồi chạy: npm run --silent cli -- refresh "{file}"',
} as const;

export type MessageKey = keyof typeof vi;
