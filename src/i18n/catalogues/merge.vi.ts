// Vietnamese catalogue, merge. Exchanging copies between offices: merging copies back (changes, log sheet, snapshot) and
// sharing copies out. The pane and the CLI use them; the ribbon command does not.
// NFC; en's file has the same keys, checked by type.
export const merge = {
  // --- merge and share (src/core/merge, src/core/share, CLI merge/share) ---
  "merge.finding.merge-unreadable":
    'Không đọc được "{file}" như một sổ làm việc ({why}): tệp này không được gộp.',
  "merge.finding.merge-no-tasks":
    '"{file}" không có bảng nhiệm vụ đọc được (trang "Nhiệm vụ" với các cột Mã, Lĩnh vực, Nội dung nhiệm vụ, Trạng thái): tệp này không được gộp.',
  "merge.finding.merge-other-programme":
    '"{file}" không có mã nhiệm vụ nào trùng với sổ gốc, có lẽ là bản của chương trình khác ("{programme}"): tệp này không được gộp.',
  "merge.finding.merge-programme-differs":
    '"{file}" được chia sẻ từ chương trình "{programme}", còn sổ gốc là "{master}": hãy xem kỹ trước khi dùng.',
  "merge.finding.merge-two-way":
    '"{file}" không có bản chụp lúc chia sẻ (chia sẻ trước khi có tính năng này, hoặc sao chép bằng tay): so hai chiều với sổ gốc, nên một giá trị bộ phận thường trực đã sửa sau khi chia sẻ có thể bị coi là cập nhật của đơn vị; hãy xem kỹ các thay đổi của tệp này.',
  "merge.finding.merge-column-missing":
    '"{file}" thiếu cột "{column}": cột này không được đọc từ tệp.',
  "merge.refused.not-found": "không tìm thấy tệp",
  "merge.refused.is-directory": "đây là thư mục",
  "merge.refused.unreadable": "không mở được tệp",
  "merge.refused.not-xlsx": "không phải tệp .xlsx",
  "merge.reason.structural": "sửa cột do bộ phận thường trực quản lý, không áp dụng",
  "merge.reason.unknown-task": "mã nhiệm vụ không có trong sổ gốc (dòng thêm mới), không áp dụng",
  "merge.reason.deleted-row": "nhiệm vụ bị xóa khỏi bản trả về, sổ gốc giữ nguyên",
  "merge.reason.duplicate-id": "mã nhiệm vụ lặp lại, chỉ đọc dòng đầu tiên",
  "merge.reason.invalid-value": "giá trị không đọc được, không áp dụng",
  "merge.reason.other-office": "nhiệm vụ của đơn vị khác, không áp dụng",
  "merge.reason.no-column": "sổ gốc không có cột này",
  "merge.field.id": "Mã",
  "merge.field.area": "Lĩnh vực",
  "merge.field.title": "Nội dung nhiệm vụ",
  "merge.field.kind": "Loại",
  "merge.field.unit": "Đơn vị thực hiện",
  "merge.field.due": "Thời hạn",
  "merge.field.status": "Trạng thái",
  "merge.field.progress": "Tiến độ",
  "merge.field.completedOn": "Ngày hoàn thành",
  "merge.field.notes": "Ghi chú",
  "merge.field.row": "cả dòng",
  "merge.mode.three-way": "so ba chiều với bản chụp lúc chia sẻ",
  "merge.mode.two-way": "so hai chiều với sổ gốc (không có bản chụp)",
  "merge.mode.refused": "không gộp",
  "merge.cli.master": "Sổ gốc: {file}",
  "merge.cli.copy": "  {source} — {office}{mode}",
  "merge.cli.applied": "Cập nhật áp dụng ({count}):",
  "merge.cli.conflicts": "Xung đột, chưa áp dụng ({count}):",
  "merge.cli.ignored": "Không áp dụng ({count}):",
  "merge.cli.findings": "Tệp có vấn đề:",
  "merge.cli.none": "  (không có)",
  "merge.cli.appliedLine": "  {task} {field}: {from} → {to}  ({sources})",
  "merge.cli.conflictLine": "  {task} {field}: sổ gốc {master}; {values}",
  "merge.cli.ignoredLine": "  {task} {field} ({source} {sheet}!{cell}): {reason}",
  "merge.cli.empty": "(trống)",
  "merge.cli.written": 'Đã ghi sổ gốc đã gộp ({count} ô thay đổi, nhật ký trang "{log}"): {file}',
  "merge.cli.noMaster": 'không đọc được bảng nhiệm vụ của sổ gốc "{file}"',
  "merge.cli.noCopies": "thiếu tệp trả về cần gộp",
  "log.sheetName": "Nhật ký cập nhật",
  "log.title": "NHẬT KÝ CẬP NHẬT TỪ CÁC ĐƠN VỊ",
  "log.hint": "Mỗi lần gộp bản trả về thêm các dòng dưới đây (do phần bổ trợ ghi).",
  "log.date": "Ngày gộp",
  "log.source": "Tệp trả về",
  "log.office": "Đơn vị",
  "log.task": "Mã nhiệm vụ",
  "log.field": "Cột",
  "log.from": "Giá trị cũ",
  "log.to": "Giá trị mới",
  "snapshot.hint":
    "Trang do phần bổ trợ tạo khi chia sẻ, để gộp cập nhật so với lúc chia sẻ. Xin đừng sửa hay xóa.",
  "share.cli.written": "Đã ghi {count} bản chia sẻ vào {dir}:",
  "share.cli.line": "  {file} — {office}: {tasks}",
  "share.cli.none": "sổ gốc không có đơn vị nào để chia sẻ (cột {column} trống)",
  "share.cli.noOutput": "thiếu -o <thư mục> cho các bản chia sẻ",
  "share.cli.badBy": 'cách chia "{value}" không có; dùng lead hoặc unit',
  // --- merge in the task pane (issue 13, merge helper) ---
  "merge.pane.heading": "Gộp cập nhật từ đơn vị",
  "merge.pane.intro":
    "Chọn các bản .xlsx các đơn vị gửi lại. Chưa ghi gì vào sổ cho đến khi bạn xác nhận.",
  "merge.pane.choose": "Chọn tệp trả về",
  "merge.pane.reading": "Đang đọc các tệp trả về…",
  "merge.pane.file": "Tệp {source}",
  "merge.pane.office": "Đơn vị: {office}",
  "merge.pane.twoWay":
    "Tệp này không có bản chụp lúc chia sẻ: so với sổ gốc, nên một thay đổi của bộ phận thường trực từ lúc chia sẻ cũng hiện như đơn vị đã sửa.",
  "merge.pane.refused": "Không gộp tệp này",
  "merge.pane.changes": "Thay đổi sẽ ghi ({count})",
  "merge.pane.ignored": "Không áp dụng ({count})",
  "merge.pane.change": "{task} · {field}: {from} → {to}",
  "merge.pane.ignoredLine": "{task} · {field} (ô {sheet}!{cell}): {reason}",
  "merge.pane.conflicts": "Xung đột cần chọn ({count})",
  "merge.pane.conflict": "{task} · {field}",
  "merge.pane.keepMaster": "Giữ sổ gốc: {value}",
  "merge.pane.takeSource": "{source}{office}: {value}",
  "merge.pane.nothing": "Các tệp không có thay đổi nào để ghi.",
  "merge.pane.apply": "Ghi {count} thay đổi",
  "merge.pane.cancel": "Hủy",
  "merge.pane.writing": "Đang ghi các thay đổi…",
  "merge.pane.done": 'Đã ghi {count} thay đổi, nhật ký ở trang "{log}".',
  "merge.pane.stale":
    "{count} ô đã bị sửa sau khi xem lại nên được giữ nguyên; gộp lại để xem giá trị mới.",
  "merge.pane.failed": "Không gộp được: {message}",
  "merge.pane.again": "Gộp tệp khác",
  // --- share (issue 13: copies by package surgery) ---
  "share.cli.noFilter":
    "  {file}: bảng nhiệm vụ nằm cạnh một bảng Excel khác trên cùng trang, nên bản này không lọc theo đơn vị (các dòng của đơn vị vẫn được tô màu)",
  // --- share in the task pane (issue 13: "Chia sẻ cho đơn vị") ---
  "share.pane.heading": "Chia sẻ cho đơn vị",
  "share.pane.intro":
    "Tạo cho mỗi đơn vị một bản của sổ này: các nhiệm vụ của đơn vị được tô màu và lọc sẵn, chỉ các ô cập nhật của đơn vị được sửa, và bản nhớ những gì nó có khi gửi đi để gộp lại sau.",
  "share.pane.by": "Chia theo",
  "share.pane.by.lead": "Đơn vị chủ trì (của lĩnh vực)",
  "share.pane.by.unit": "Đơn vị thực hiện (của nhiệm vụ)",
  "share.pane.build": "Tạo các bản chia sẻ",
  "share.pane.reading": "Đang đọc sổ từ Excel: phần {done}/{total}…",
  "share.pane.building": "Đang tạo bản cho từng đơn vị: {done}/{total}…",
  "share.pane.done": "Đã tạo {count} bản. Tải từng bản về rồi gửi cho đơn vị:",
  "share.pane.download": "Tải {file} ({office}: {tasks})",
  "share.pane.noFilter":
    "{file}: bảng nhiệm vụ nằm cạnh một bảng Excel khác trên cùng trang, nên bản này không lọc theo đơn vị (các dòng vẫn được tô màu).",
  "share.pane.again": "Tạo lại",
  "share.pane.none": "Sổ chưa có đơn vị nào để chia sẻ: cột “{column}” còn trống.",
  "share.pane.failed": "Không tạo được các bản chia sẻ: {message}",
  "share.pane.noRead":
    "Excel này không cho phần bổ trợ đọc tệp đang mở (thiếu getFileAsync dạng nén), nên không tạo được bản chia sẻ ở đây.",
  "share.pane.noDownload":
    "Excel trên máy Mac và iPad không cho phần bổ trợ tải tệp về, nên không tạo được bản chia sẻ ở đây.",
  "share.pane.useCli": "Hãy lưu sổ rồi dùng dòng lệnh:",
  "share.pane.cliCommand": "npm run --silent cli -- share <sổ.xlsx> --by {by} -o <thư-mục>",
} as const;

export type MergeKey = keyof typeof merge;
