// Vietnamese catalogue, sheets. What every consumer needs: the strings the core writes into
// sheets (settings, summary, report tables, history), the findings and their fixes, host errors,
// counts, the ribbon command's notices. The commands bundle carries only these.
// NFC; en's file has the same keys, checked by type.
export const sheets = {
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
  // --- fixes ---
  "fix.replace": "Thay bằng giá trị chuẩn",
  "fix.normalise": "Chuẩn hoá văn bản",
  "fix.toDate": "Chuyển thành ngày",
  "fix.dropTime": "Chỉ giữ ngày",
  "fix.convertLegacy": "Chuyển sang Unicode",
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
  "count.task.one": "{n} nhiệm vụ",
  "count.task.other": "{n} nhiệm vụ",
  "count.area.one": "{n} lĩnh vực",
  "count.area.other": "{n} lĩnh vực",
  "count.error.one": "{n} lỗi",
  "count.error.other": "{n} lỗi",
  "count.warning.one": "{n} cảnh báo",
  "count.warning.other": "{n} cảnh báo",
  // --- ribbon command and Office adapter (src/commands, src/office) ---
  "command.done": 'Đã làm mới "{sheet}": {tasks}, {areas}, {errors}, {warnings}.',
  "command.errors":
    'Đã làm mới "{sheet}", nhưng có {errors}: bấm "Mở bảng điều khiển" trên thẻ Trang đầu để xem và sửa.',
  "command.failed": "Không làm mới được tổng hợp: {reason}.",
  "command.close": "Đóng",
  "template.validation.title": "Giá trị không hợp lệ",
  "template.validation.list": "Hãy chọn một giá trị trong danh sách.",
  "template.validation.date": "Hãy nhập ngày (dd/mm/yyyy).",
  "template.validation.progress": "Tiến độ là số từ 0% đến 100%.",
  // --- tables as clerks build them (issue 11, read) ---
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
  // --- report: paragraph, follow-up list, unit rollup, history (src/core/report) ---
  "report.opening.one": "Tính đến ngày {date}, {subject} có tổng số {n} nhiệm vụ.",
  "report.opening.other": "Tính đến ngày {date}, {subject} có tổng số {n} nhiệm vụ.",
  "report.openingNoSubject.one": "Tính đến ngày {date}, có tổng số {n} nhiệm vụ.",
  "report.openingNoSubject.other": "Tính đến ngày {date}, có tổng số {n} nhiệm vụ.",
  "report.breakdown": "Trong đó, {clauses}.",
  "report.doneDueRate.one":
    "có {n} nhiệm vụ đến hạn đã hoàn thành, đạt {rate} (đúng hạn: {onTime}, trễ hạn: {late})",
  "report.doneDueRate.other":
    "có {n} nhiệm vụ đến hạn đã hoàn thành, đạt {rate} (đúng hạn: {onTime}, trễ hạn: {late})",
  "report.doneDue.one":
    "có {n} nhiệm vụ đến hạn đã hoàn thành (đúng hạn: {onTime}, trễ hạn: {late})",
  "report.doneDue.other":
    "có {n} nhiệm vụ đến hạn đã hoàn thành (đúng hạn: {onTime}, trễ hạn: {late})",
  "report.doneNoDeadline.one": "{n} nhiệm vụ thường xuyên, không có thời hạn đã hoàn thành",
  "report.doneNoDeadline.other": "{n} nhiệm vụ thường xuyên, không có thời hạn đã hoàn thành",
  "report.unfinished": "chưa hoàn thành: {n} (trong hạn: {inTime}, quá hạn: {overdue})",
  "report.suspended": "tạm dừng: {n}",
  "report.overallRate":
    "Tỷ lệ hoàn thành trên tổng số nhiệm vụ (không kể nhiệm vụ tạm dừng) đạt {rate}.",
  "report.byArea": "Theo lĩnh vực: {clauses}.",
  "report.area.one": "{name} có {n} nhiệm vụ ({details})",
  "report.area.other": "{name} có {n} nhiệm vụ ({details})",
  "report.area.done": "hoàn thành {n}",
  "report.area.unfinished": "chưa hoàn thành {n}",
  "report.area.unfinishedOverdue": "chưa hoàn thành {n}, trong đó quá hạn {overdue}",
  "report.area.suspended": "tạm dừng {n}",
  "report.change": "So với ngày {date}: {parts}.",
  "report.change.up": "{what} tăng {by} (từ {from} lên {to})",
  "report.change.down": "{what} giảm {by} (từ {from} xuống {to})",
  "report.change.same": "{what} không đổi ({to})",
  "report.change.points.one": "{n} điểm phần trăm",
  "report.change.points.other": "{n} điểm phần trăm",
  "report.change.done": "số nhiệm vụ hoàn thành",
  "report.change.overdue": "số nhiệm vụ quá hạn",
  "report.change.dueRate": "tỷ lệ hoàn thành nhiệm vụ đến hạn",
  "report.change.rate": "tỷ lệ hoàn thành trên tổng số",
  "followUp.sheetName": "Danh mục chưa hoàn thành",
  "followUp.appendix": "Biểu số 02",
  "followUp.title": "Danh mục nhiệm vụ chưa hoàn thành",
  "followUp.subtitle": "(Nhiệm vụ quá hạn và sắp đến hạn trong {days} ngày, theo đơn vị thực hiện)",
  "followUp.asOf": "Danh mục tính đến ngày {date}",
  "followUp.col.no": "STT",
  "followUp.col.id": "Mã",
  "followUp.col.title": "Nội dung nhiệm vụ",
  "followUp.col.area": "Lĩnh vực",
  "followUp.col.due": "Thời hạn",
  "followUp.col.status": "Trạng thái",
  "followUp.col.days": "Số ngày quá hạn",
  "followUp.col.note": "Ghi chú",
  "followUp.group": "{unit} (quá hạn: {overdue}, sắp đến hạn: {dueSoon})",
  "followUp.noUnit": "(Chưa xác định đơn vị)",
  "followUp.none": "Không có nhiệm vụ quá hạn hoặc sắp đến hạn.",
  "followUp.note.overdue": "Quá hạn",
  "followUp.note.dueToday": "Đến hạn hôm nay",
  "followUp.note.dueSoon.one": "Sắp đến hạn (còn {n} ngày)",
  "followUp.note.dueSoon.other": "Sắp đến hạn (còn {n} ngày)",
  "followUp.status.not-started": "Chưa thực hiện",
  "followUp.status.in-progress": "Đang thực hiện",
  "followUp.status.done": "Hoàn thành",
  "followUp.status.suspended": "Tạm dừng",
  "followUp.footnote":
    "Ghi chú: Danh mục lập theo số liệu ngày {date}, được lập lại mỗi lần làm mới tổng hợp; danh mục không tự thay đổi khi trạng thái nhiệm vụ được sửa sau ngày đó. Nhiệm vụ không ghi đơn vị thực hiện được xếp theo đơn vị chủ trì lĩnh vực.",
  "history.sheetName": "Lịch sử",
  "history.title": "LỊCH SỬ SỐ LIỆU THEO NGÀY BÁO CÁO",
  "history.hint":
    "Trang do phần bổ trợ ghi: mỗi ngày báo cáo một nhóm dòng (các lĩnh vực và dòng tổng cộng); làm mới lại ở cùng ngày sẽ thay các dòng của ngày đó.",
  "history.totalRow": "Tổng cộng",
  "history.col.date": "Ngày báo cáo",
  "history.col.id": "Mã lĩnh vực",
  "history.col.name": "Lĩnh vực",
  "history.col.total": "Tổng số",
  "history.col.done": "Hoàn thành",
  "history.col.doneOnTime": "Đúng hạn",
  "history.col.doneLate": "Trễ hạn",
  "history.col.doneNoDeadline": "Hoàn thành không có thời hạn",
  "history.col.unfinished": "Chưa hoàn thành",
  "history.col.unfinishedInTime": "Chưa hoàn thành trong hạn",
  "history.col.overdue": "Quá hạn",
  "history.col.dueSoon": "Sắp đến hạn",
  "history.col.suspended": "Tạm dừng",
  "history.col.completionRate": "Tỷ lệ hoàn thành",
  "history.col.dueCompletionRate": "Tỷ lệ hoàn thành nhiệm vụ đến hạn",
  "units.sheetName": "Theo đơn vị",
  "units.appendix": "Biểu số 03",
  "units.title": "Tổng hợp kết quả thực hiện nhiệm vụ theo đơn vị",
  "units.subtitle":
    "(Theo đơn vị thực hiện; nhiệm vụ không ghi đơn vị tính cho đơn vị chủ trì lĩnh vực)",
  "units.asOf": "Số liệu tính đến ngày {date}",
  "units.dateLabel": "Ngày báo cáo:",
  "units.col.no": "STT",
  "units.col.unit": "Đơn vị thực hiện",
  "units.col.total": "Tổng số",
  "units.col.done": "Hoàn thành",
  "units.col.doneOnTime": "Đúng hạn",
  "units.col.doneLate": "Trễ hạn",
  "units.col.inProgress": "Đang thực hiện",
  "units.col.notStarted": "Chưa thực hiện",
  "units.col.suspended": "Tạm dừng",
  "units.col.overdue": "Quá hạn (chưa hoàn thành)",
  "units.col.dueSoon": "Sắp đến hạn (trong {days} ngày)",
  "units.col.completionRate": "Tỷ lệ hoàn thành",
  "units.col.dueCompletionRate": "Tỷ lệ hoàn thành (nhiệm vụ đến hạn)",
  "units.totalRow": "Tổng cộng",
  "units.note":
    "Ghi chú: Số liệu tính đến ngày {date} và tự cập nhật khi trạng thái nhiệm vụ thay đổi. Tỷ lệ hoàn thành = hoàn thành / (tổng số − tạm dừng); tỷ lệ hoàn thành nhiệm vụ đến hạn = (đúng hạn + trễ hạn) / (đúng hạn + trễ hạn + quá hạn).",
  // --- office: old hosts (the inline check in taskpane.html and commands.html shows this text) ---
  "office.legacyHost":
    "Phiên bản Excel này quá cũ để chạy phần bổ trợ (Office 2016 và 2019 bản cấp phép số lượng lớn chạy phần bổ trợ trong Internet Explorer 11). Hãy dùng Microsoft 365, Office 2021 trở lên hoặc Excel trên web. Các công thức trong sổ tính vẫn chạy khi không có phần bổ trợ.",
  // --- report remaining (issue 15: tables setting, paragraph block, pane report) ---
  "settings.reportTables": "Bảng báo cáo",
  "reportTables.followUp": "Biểu số 02",
  "reportTables.units": "Biểu số 03",
  "reportTables.history": "Lịch sử",
  "reportTables.paragraph": "Đoạn báo cáo",
  "reportBlock.heading":
    "Báo cáo tóm tắt: số liệu tính đến ngày {date} (văn bản ghi khi làm mới, không tự cập nhật)",
  "reportTables.none": "Không",
  // --- summary: figures that agree (columns as the convention counts, reconciliation, date of record) ---
  "summary.col.unfinished": "Chưa hoàn thành",
  "summary.col.doneLateWord": "Trễ hạn",
  "summary.col.doneNoDeadline": "Không xét hạn",
  "summary.col.inTime": "Trong hạn",
  "summary.col.overdueWord": "Quá hạn",
  "summary.data.noStatus": "Chưa ghi trạng thái",
  "summary.data.reconciliation": "Đối chiếu (không in)",
  "summary.reconciliation":
    "Đối chiếu: bảng nhiệm vụ có {taskRows} nhiệm vụ, biểu này tính {counted}; không tính {unknownArea} nhiệm vụ có lĩnh vực không có trong bảng lĩnh vực. Trong số đã tính, {nonStandard} nhiệm vụ ghi trạng thái không đúng từ chuẩn và {noStatus} nhiệm vụ chưa ghi trạng thái không thuộc cột trạng thái nào.",
  "summary.rulesNote":
    "Ghi chú: Số liệu tính đến ngày {day}/{month}/{year}; nhiệm vụ hoàn thành sau ngày này được tính là đang thực hiện. Hoàn thành đúng hạn hay trễ hạn so ngày hoàn thành với thời hạn; không xét hạn là nhiệm vụ thường xuyên, không có thời hạn hoặc chưa ghi ngày hoàn thành. Chưa hoàn thành quá hạn là nhiệm vụ đã qua thời hạn; trong hạn là các nhiệm vụ chưa hoàn thành còn lại. Tỷ lệ hoàn thành = Hoàn thành / (Tổng số − Tạm dừng); tỷ lệ hoàn thành nhiệm vụ đến hạn = (Đúng hạn + Trễ hạn) / (Đúng hạn + Trễ hạn + Quá hạn), không tính nhiệm vụ thường xuyên.",
  "finding.done-after-report-date":
    "Nhiệm vụ {id} có ngày hoàn thành {completed}, sau ngày báo cáo {reportDate}: tại ngày báo cáo được tính là đang thực hiện.",
  // --- summary: criteria safe for any text, error values, bounded ranges (issue 14 §4, issue 12 §2) ---
  "summary.data.keys": "Khóa lĩnh vực ghi trong ô (không in)",
  "summary.reconciliation.beyond":
    " Có ít nhất {rows} dòng ghi dưới dòng {last}, ngoài phạm vi các số liệu này tính: cần làm mới biểu tổng hợp để tính các dòng đó.",
  "summary.chartSubset":
    "Số liệu vẽ: {shown} lĩnh vực có nhiều nhiệm vụ chưa hoàn thành nhất (không in)",
  "summary.chart.top": "{title}: {shown}/{total} lĩnh vực có nhiều nhiệm vụ chưa hoàn thành nhất",
  "summary.unitLine": "Đơn vị tính: nhiệm vụ",
  // --- trend (issue 15 §4: the line chart on the history sheet) ---
  "history.chart.trend": "Tỷ lệ hoàn thành qua các ngày báo cáo",
  // Issue 14 §6: the clerk's fields of the printed summary (attachment line, signature block).
  "settings.reportNumber": "Kèm theo báo cáo số",
  "settings.signerTitle": "Chức danh người ký",
  "settings.signerName": "Họ tên người ký",
  "settings.preparerName": "Người lập biểu",
  "summary.attachedTo": "(Kèm theo Báo cáo số {number})",
  "summary.sign.onBehalf": "T/M {body}",
  "summary.sign.preparer": "NGƯỜI LẬP BIỂU",
  "summary.sign.hint": "(Ký, ghi rõ họ tên)",
} as const;

export type SheetKey = keyof typeof sheets;
