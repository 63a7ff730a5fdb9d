// Vietnamese catalogue, cli. The command line's own strings (usage, errors, report lines) and the demo script's.
// NFC; en's file has the same keys, checked by type.
export const cli = {
  // --- demo (npm run demo) ---
  "demo.noLibreOffice":
    "(Chưa cài LibreOffice nên không có ảnh PNG các trang in; cài gói libreoffice-calc-nogui và poppler-utils để có.)",
  "demo.pages": "Các trang in (LibreOffice): {pdf}",
  "demo.mid": "Mẫu giữa kỳ (30/06/2018, có nhiệm vụ quá hạn và sắp đến hạn): {command}",
  // --- severities ---
  "severity.error": "Lỗi",
  "severity.warning": "Cảnh báo",
  // --- command line (src/cli) ---
  "cli.usage":
    "Cách dùng: npm run --silent cli -- refresh <tệp.xlsx> [--as-of dd/mm/yyyy] [--lang vi|en] [--json] [--report] [-o tệp-ra.xlsx]\n           npm run --silent cli -- template [--with-sample] [--lang vi|en] -o tệp-mới.xlsx\n\nrefresh kiểm tra sổ làm việc (trang Lĩnh vực, Nhiệm vụ), tổng hợp tiến độ theo lĩnh vực và in kết quả.\ntemplate tạo sổ làm việc nhập liệu mới: hai trang dữ liệu dạng Excel Table có danh sách chọn và kiểm tra, cùng trang Cấu hình.\n  --as-of NGÀY        ngày báo cáo, dd/mm/yyyy hoặc YYYY-MM-DD (mặc định: ngày trong trang Cấu hình, nếu không có thì hôm nay)\n  --lang vi|en        ngôn ngữ thông báo và của mẫu mới (mặc định: vi)\n  --json              in đúng một đối tượng JSON (tỷ lệ là phân số 0..1)\n  -o, --output TỆP    ghi sổ làm việc đã làm mới (trang tổng hợp, biểu đồ), hoặc mẫu mới, vào TỆP\n  --with-sample       điền sẵn dữ liệu mẫu (58 nhiệm vụ) vào mẫu mới\n  --report            in đoạn báo cáo; với -o, ghi cả Biểu số 02, 03 và trang Lịch sử\n  -h, --help          in hướng dẫn này\n\nMã thoát: 0 không có lỗi; 1 có ít nhất một lỗi; 2 không đọc được tệp hoặc sai tham số.",
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
    "HT: hoàn thành; TH: thực hiện. Tỷ lệ HT = Hoàn thành / (Tổng số − Tạm dừng); tỷ lệ HT đến hạn = (Đúng hạn + Trễ hạn) / (Đúng hạn + Trễ hạn + Quá hạn), không tính nhiệm vụ thường xuyên.",
  "cli.written": 'Đã ghi sổ làm việc đã làm mới (trang "{sheet}"): {file}',
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
  // --- task pane: words, forms, first run, drill-down (issue 17 §5-8, pane helper) ---
  "cli.reportParagraph": "Đoạn báo cáo:",
  "cli.import.usage":
    "Cách dùng: npm run --silent cli -- import <danh-muc.xlsx> [--sheet TÊN] [--lang vi|en] [--json] [-o out.xlsx]",
  "cli.import.noList":
    'Không tìm thấy danh mục nhiệm vụ trong "{file}" (cần dòng tiêu đề có cột "Nội dung nhiệm vụ" và cột STT hoặc thời gian hoàn thành).',
  "cli.import.summary": 'Danh mục ở trang "{sheet}": {areas} lĩnh vực, {tasks} nhiệm vụ.',
  // --- house (errors on one base: a sheet the .xlsx writer will not overwrite) ---
  "cli.error.sheetTaken":
    'trang "{sheet}" đã có và không phải của add-in: không ghi đè, trang giữ nguyên',
  // --- house (issue 11: import -o) ---
  "cli.import.written":
    'Đã ghi "{file}": trang nguồn giữ nguyên, thêm {sheets}. Chạy refresh trên tệp này để tổng hợp.',
} as const;

export type CliKey = keyof typeof cli;
