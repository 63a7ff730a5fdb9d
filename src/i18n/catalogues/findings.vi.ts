// Vietnamese catalogue, findings: what the pane and the CLI show about a workbook but a refresh never
// writes into it: the checks' messages (one per finding code) and their fixes, the template's validation
// prompts, the old-host notice. Apart from sheets.* so that the ribbon command's bundle carries none of it.
// NFC; en's file has the same keys, checked by type.
export const findings = {
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
  "fix.replace": "Thay bằng giá trị chuẩn",
  "fix.normalise": "Chuẩn hoá văn bản",
  "fix.toDate": "Chuyển thành ngày",
  "fix.dropTime": "Chỉ giữ ngày",
  "fix.convertLegacy": "Chuyển sang Unicode",
  "template.validation.title": "Giá trị không hợp lệ",
  "template.validation.list": "Hãy chọn một giá trị trong danh sách.",
  "template.validation.date": "Hãy nhập ngày (dd/mm/yyyy).",
  "template.validation.progress": "Tiến độ là số từ 0% đến 100%.",
  "finding.no-input-sheets":
    'Sổ làm việc chưa có trang "{areas}" và "{tasks}": hãy tạo mẫu (nút "Tạo mẫu" hoặc lệnh template) hoặc nhập từ danh mục nhiệm vụ (lệnh import).',
  "finding.empty-sheet": 'Trang tính "{sheet}" đang trống: chưa có tiêu đề cột và nhiệm vụ nào.',
  "finding.row-after-table":
    "Dòng {row} nằm dưới phần ghi chú/chữ ký cuối bảng nên không được đọc là nhiệm vụ, dù có mã và nội dung: nếu là nhiệm vụ, hãy chuyển lên trong bảng.",
  "finding.two-digit-year":
    'Ngày "{value}" ở cột {column} ghi năm bằng hai chữ số nên không rõ thế kỷ: hãy ghi đủ bốn chữ số (dd/mm/yyyy).',
  "finding.deadline-text":
    'Thời hạn "{value}" được hiểu là ngày {due}, nhưng công thức tổng hợp chỉ đếm ô có ngày thật: nên ghi ngày {due}.',
  "finding.deadline-recurring":
    'Thời hạn "{value}" là nhiệm vụ thường xuyên, không có hạn: nên ghi loại nhiệm vụ là "Thường xuyên".',
  "finding.unknown-deadline":
    'Thời hạn "{value}" không phải ngày hay kỳ hạn (quý, tháng, năm, giai đoạn) nên nhiệm vụ được tính là không hạn.',
  "finding.import-task-before-section":
    "Dòng {row} là nhiệm vụ nhưng nằm trước dòng lĩnh vực đầu tiên (I, II... hoặc A, B...) nên chưa thuộc lĩnh vực nào: hãy thêm dòng lĩnh vực phía trên.",
  "fix.setRecurring": "Ghi loại là Thường xuyên",
  "office.legacyHost":
    "Phiên bản Excel này quá cũ để chạy phần bổ trợ (Office 2016 và 2019 bản cấp phép số lượng lớn chạy phần bổ trợ trong Internet Explorer 11). Hãy dùng Microsoft 365, Office 2021 trở lên hoặc Excel trên web. Các công thức trong sổ tính vẫn chạy khi không có phần bổ trợ.",
  "finding.done-after-report-date":
    "Nhiệm vụ {id} có ngày hoàn thành {completed}, sau ngày báo cáo {reportDate}: tại ngày báo cáo được tính là đang thực hiện.",
} as const;

export type FindingKey = keyof typeof findings;
