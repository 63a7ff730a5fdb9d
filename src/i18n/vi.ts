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
  "finding.legacy-encoding":
    'Văn bản mã {encoding} "{value}" nên chuyển sang Unicode: "{converted}".',
  "finding.summary-name-taken":
    'Trang tính "{wanted}" là của người dùng nên được giữ nguyên; bảng tổng hợp được ghi vào "{used}".',
  "finding.host-error": "Excel báo lỗi: {reason}. {detail}",
  // --- fixes ---
  "fix.replace": "Thay bằng giá trị chuẩn",
  "fix.normalise": "Chuẩn hoá văn bản",
  "fix.toDate": "Chuyển thành ngày",
  "fix.convertLegacy": "Chuyển sang Unicode",
  // --- severities ---
  "severity.error": "Lỗi",
  "severity.warning": "Cảnh báo",
} as const;

export type MessageKey = keyof typeof vi;
