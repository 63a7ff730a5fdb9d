// The seed programme: the province's "Chương trình xây dựng hệ thống chính trị" 2015-2020 as reported at
// the review meeting of 06/11/2020 (shared/seed). Shipped data: the template (pane and CLI) fills it in as
// the sample, and samples/source builds the sample workbooks from it. Areas, their order and task counts (5/15/4/11/4/16/3 = 58)
// are the article's; titles draw on its examples, the rest are tasks of the same kind. Dates are ISO here and
// become Excel serials in the workbooks.

export type Kind = "roadmap" | "recurring";
export type StatusName = "Chưa thực hiện" | "Đang thực hiện" | "Hoàn thành" | "Tạm dừng";

export interface SampleArea {
  id: string;
  name: string;
  leadUnit: string;
  /** Part of the political system the area belongs to (used as the group in the mid-programme sample). */
  group: string;
}

/** A task's state where the completion date alone does not say it. */
export interface StateOverride {
  status: StatusName;
  /** 0..1 */
  progress: number;
  note?: string;
}

export interface SampleTask {
  id: string;
  /** Area id. */
  area: string;
  title: string;
  kind: Kind;
  unit: string;
  /** Deadline (roadmap tasks). */
  due?: string;
  /** When it was (or will be) completed; absent when not completed by the end of the term. */
  done?: string;
  /** State at the seed's report date when the task is not done by then. */
  final?: StateOverride;
  /** State at the mid-programme report date, when the rule in mid-2018.ts does not fit. */
  mid?: StateOverride;
  note?: string;
}

const PARTY = "Xây dựng Đảng";
const GOVERNMENT = "Xây dựng chính quyền";
const FRONT = "Mặt trận Tổ quốc và các đoàn thể";

export const AREAS: SampleArea[] = [
  { id: "TT", name: "Công tác tư tưởng", leadUnit: "Ban Tuyên giáo Tỉnh ủy", group: PARTY },
  {
    id: "TC",
    name: "Công tác tổ chức xây dựng đảng",
    leadUnit: "Ban Tổ chức Tỉnh ủy",
    group: PARTY,
  },
  {
    id: "KT",
    name: "Công tác kiểm tra, giám sát",
    leadUnit: "Ủy ban Kiểm tra Tỉnh ủy",
    group: PARTY,
  },
  { id: "DV", name: "Công tác dân vận", leadUnit: "Ban Dân vận Tỉnh ủy", group: PARTY },
  { id: "NC", name: "Công tác nội chính", leadUnit: "Ban Nội chính Tỉnh ủy", group: PARTY },
  {
    id: "CQ",
    name: "Công tác xây dựng bộ máy chính quyền",
    leadUnit: "Ban cán sự đảng UBND tỉnh",
    group: GOVERNMENT,
  },
  {
    id: "MT",
    name: "Công tác MTTQ và các đoàn thể",
    leadUnit: "Đảng đoàn Ủy ban MTTQ tỉnh",
    group: FRONT,
  },
];

const R: Kind = "roadmap";
const X: Kind = "recurring";

export const TASKS: SampleTask[] = [
  // 1. Công tác tư tưởng (5)
  {
    id: "TT-01",
    area: "TT",
    title: "Tổ chức sinh hoạt chính trị dưới nghi thức chào cờ vào sáng thứ hai của tuần đầu tháng",
    kind: X,
    unit: "Các cơ quan, đơn vị trong toàn tỉnh",
    done: "2020-09-30",
  },
  {
    id: "TT-02",
    area: "TT",
    title:
      'Biên soạn, phát hành cuốn sách "128 câu chuyện kể về Chủ tịch Hồ Chí Minh" làm tư liệu sinh hoạt',
    kind: R,
    unit: "Ban Tuyên giáo Tỉnh ủy",
    due: "2017-06-30",
    done: "2017-05-19",
  },
  {
    id: "TT-03",
    area: "TT",
    title:
      "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW",
    kind: X,
    unit: "Ban Tuyên giáo Tỉnh ủy",
    done: "2020-09-30",
  },
  {
    id: "TT-04",
    area: "TT",
    title:
      "Ban hành quy chế cung cấp thông tin, định hướng tuyên truyền cho các cơ quan báo chí của tỉnh",
    kind: R,
    unit: "Ban Tuyên giáo Tỉnh ủy",
    due: "2016-12-31",
    done: "2016-11-24",
  },
  {
    id: "TT-05",
    area: "TT",
    title:
      "Kiện toàn Ban Chỉ đạo 35 của tỉnh về bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác quan điểm sai trái",
    kind: R,
    unit: "Ban Tuyên giáo Tỉnh ủy",
    due: "2019-06-30",
    done: "2019-04-12",
  },
  // 2. Công tác tổ chức xây dựng đảng (15)
  {
    id: "TC-01",
    area: "TC",
    title:
      'Ban hành Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là Ủy viên Ban Thường vụ, Ủy viên Ban Chấp hành Đảng bộ tỉnh ("10 xây", "10 chống")',
    kind: R,
    unit: "Ban Tổ chức Tỉnh ủy",
    due: "2017-03-31",
    done: "2017-03-15",
  },
  {
    id: "TC-02",
    area: "TC",
    title: "Phân công cấp ủy viên từ tỉnh đến cơ sở định kỳ về dự sinh hoạt với chi bộ khu dân cư",
    kind: X,
    unit: "Các huyện ủy, thành ủy, đảng ủy trực thuộc",
    done: "2020-09-30",
  },
  {
    id: "TC-03",
    area: "TC",
    title: "Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức cơ sở đảng và đảng viên hằng năm",
    kind: X,
    unit: "Ban Tổ chức Tỉnh ủy",
    done: "2020-01-20",
  },
  {
    id: "TC-04",
    area: "TC",
    title: "Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ 2020-2025",
    kind: R,
    unit: "Ban Tổ chức Tỉnh ủy",
    due: "2018-06-30",
    done: "2018-06-22",
  },
  {
    id: "TC-05",
    area: "TC",
    title: "Sắp xếp, kiện toàn tổ chức bộ máy các cơ quan đảng theo Nghị quyết số 18-NQ/TW",
    kind: R,
    unit: "Ban Tổ chức Tỉnh ủy",
    due: "2018-12-31",
    done: "2018-12-20",
  },
  {
    id: "TC-06",
    area: "TC",
    title: "Thực hiện thí điểm bí thư chi bộ đồng thời là trưởng thôn, tổ dân phố",
    kind: R,
    unit: "Các huyện ủy, thành ủy",
    due: "2019-12-31",
    done: "2019-11-28",
    mid: {
      status: "Tạm dừng",
      progress: 0.2,
      note: "Tạm dừng chờ hướng dẫn của Ban Tổ chức Trung ương",
    },
  },
  {
    id: "TC-07",
    area: "TC",
    title: "Xây dựng Đề án nâng cao chất lượng sinh hoạt chi bộ",
    kind: R,
    unit: "Ban Tổ chức Tỉnh ủy",
    due: "2016-09-30",
    done: "2016-09-12",
  },
  {
    id: "TC-08",
    area: "TC",
    title: "Sửa đổi, bổ sung Quy chế làm việc của Ban Chấp hành, Ban Thường vụ Tỉnh ủy",
    kind: R,
    unit: "Văn phòng Tỉnh ủy",
    due: "2016-03-31",
    done: "2016-03-25",
  },
  {
    id: "TC-09",
    area: "TC",
    title:
      "Phát triển đảng viên, chú trọng thôn, bản chưa có đảng viên và doanh nghiệp ngoài nhà nước",
    kind: X,
    unit: "Các huyện ủy, thành ủy, đảng ủy trực thuộc",
    done: "2020-09-30",
  },
  {
    id: "TC-10",
    area: "TC",
    title: "Luân chuyển, điều động cán bộ lãnh đạo, quản lý giữa các cấp, các ngành",
    kind: X,
    unit: "Ban Tổ chức Tỉnh ủy",
    done: "2020-06-30",
  },
  {
    id: "TC-11",
    area: "TC",
    title: "Ban hành quy định tiêu chuẩn chức danh cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý",
    kind: R,
    unit: "Ban Tổ chức Tỉnh ủy",
    due: "2019-06-30",
    done: "2019-08-15",
  },
  {
    id: "TC-12",
    area: "TC",
    title: "Xây dựng kế hoạch thực hiện Nghị quyết số 26-NQ/TW về xây dựng đội ngũ cán bộ các cấp",
    kind: R,
    unit: "Ban Tổ chức Tỉnh ủy",
    due: "2018-12-31",
    done: "2018-10-30",
  },
  {
    id: "TC-13",
    area: "TC",
    title: "Hướng dẫn, chỉ đạo đại hội đảng bộ cơ sở nhiệm kỳ 2020-2025",
    kind: R,
    unit: "Ban Tổ chức Tỉnh ủy",
    due: "2020-06-30",
    done: "2020-06-25",
  },
  {
    id: "TC-14",
    area: "TC",
    title: "Kiện toàn tổ chức đảng trong các doanh nghiệp, đơn vị sự nghiệp công lập",
    kind: R,
    unit: "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",
    due: "2017-12-31",
    done: "2018-09-28",
    note: "Chậm do chờ sắp xếp lại doanh nghiệp nhà nước",
  },
  {
    id: "TC-15",
    area: "TC",
    title: "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI",
    kind: R,
    unit: "Văn phòng Tỉnh ủy",
    due: "2018-07-05",
    done: "2018-07-04",
  },
  // 3. Công tác kiểm tra, giám sát (4)
  {
    id: "KT-01",
    area: "KT",
    title:
      "Xây dựng và thực hiện chương trình kiểm tra, giám sát hằng năm của Ban Chấp hành Đảng bộ tỉnh",
    kind: X,
    unit: "Ủy ban Kiểm tra Tỉnh ủy",
    done: "2020-09-30",
  },
  {
    id: "KT-02",
    area: "KT",
    title:
      "Kiểm tra, giám sát việc thực hiện Quy định về trách nhiệm nêu gương của cán bộ, đảng viên",
    kind: R,
    unit: "Ủy ban Kiểm tra Tỉnh ủy",
    due: "2018-12-31",
    done: "2018-12-14",
  },
  {
    id: "KT-03",
    area: "KT",
    title:
      "Giám sát việc kê khai tài sản, thu nhập của cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý",
    kind: X,
    unit: "Ủy ban Kiểm tra Tỉnh ủy",
    done: "2020-03-31",
  },
  {
    id: "KT-04",
    area: "KT",
    title: "Tăng cường thi hành kỷ luật trong Đảng; giải quyết tố cáo, khiếu nại kỷ luật đảng",
    kind: X,
    unit: "Ủy ban Kiểm tra các cấp",
    done: "2020-09-30",
  },
  // 4. Công tác dân vận (11)
  {
    id: "DV-01",
    area: "DV",
    title: "Thực hiện Quy chế công tác dân vận của hệ thống chính trị",
    kind: X,
    unit: "Ban Dân vận Tỉnh ủy",
    done: "2020-09-30",
  },
  {
    id: "DV-02",
    area: "DV",
    title: 'Chỉ đạo xây dựng, nhân rộng các mô hình, điển hình "Dân vận khéo" trên các lĩnh vực',
    kind: X,
    unit: "Ban Dân vận Tỉnh ủy",
    done: "2020-09-30",
  },
  {
    id: "DV-03",
    area: "DV",
    title: "Sơ kết thực hiện Quy chế dân chủ ở cơ sở giai đoạn 2013-2017",
    kind: R,
    unit: "Ban Dân vận Tỉnh ủy",
    due: "2017-12-31",
    done: "2018-08-15",
    note: "Chậm do lồng ghép với sơ kết Nghị quyết số 25-NQ/TW",
  },
  {
    id: "DV-04",
    area: "DV",
    title: 'Ban hành kế hoạch thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2016-2020',
    kind: R,
    unit: "Ban Dân vận Tỉnh ủy",
    due: "2016-06-30",
    done: "2016-05-27",
  },
  {
    id: "DV-05",
    area: "DV",
    title: "Tăng cường công tác dân vận của cơ quan nhà nước, chính quyền các cấp",
    kind: X,
    unit: "Ban cán sự đảng UBND tỉnh",
    done: "2020-09-30",
  },
  {
    id: "DV-06",
    area: "DV",
    title: "Vận động đồng bào dân tộc thiểu số, đồng bào có đạo thực hiện chủ trương, chính sách",
    kind: X,
    unit: "Ban Dân vận Tỉnh ủy",
    done: "2020-09-30",
  },
  {
    id: "DV-07",
    area: "DV",
    title: "Tổ chức đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân",
    kind: X,
    unit: "Các huyện ủy, thành ủy",
    done: "2020-08-31",
  },
  {
    id: "DV-08",
    area: "DV",
    title: "Sơ kết 5 năm thực hiện Nghị quyết số 25-NQ/TW về công tác dân vận trong tình hình mới",
    kind: R,
    unit: "Ban Dân vận Tỉnh ủy",
    due: "2018-07-06",
    done: "2018-07-03",
  },
  {
    id: "DV-09",
    area: "DV",
    title:
      "Vận động Nhân dân tham gia xây dựng nông thôn mới, hiến đất làm đường giao thông nông thôn",
    kind: X,
    unit: "Ban Dân vận Tỉnh ủy",
    done: "2020-09-30",
  },
  {
    id: "DV-10",
    area: "DV",
    title: "Xây dựng Đề án nâng cao chất lượng hoạt động của khối dân vận các cấp",
    kind: R,
    unit: "Ban Dân vận Tỉnh ủy",
    due: "2019-12-31",
    done: "2019-12-26",
  },
  {
    id: "DV-11",
    area: "DV",
    title: "Kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở các cấp",
    kind: R,
    unit: "Ban Dân vận Tỉnh ủy",
    due: "2017-03-31",
    done: "2017-02-28",
  },
  // 5. Công tác nội chính (4)
  {
    id: "NC-01",
    area: "NC",
    title: "Chỉ đạo công tác phòng, chống tham nhũng, lãng phí",
    kind: X,
    unit: "Ban Nội chính Tỉnh ủy",
    done: "2020-09-30",
  },
  {
    id: "NC-02",
    area: "NC",
    title:
      "Theo dõi, đôn đốc xử lý các vụ việc, vụ án tham nhũng nghiêm trọng, dư luận xã hội quan tâm",
    kind: X,
    unit: "Ban Nội chính Tỉnh ủy",
    done: "2020-09-30",
  },
  {
    id: "NC-03",
    area: "NC",
    title:
      "Ban hành quy chế phối hợp giữa Ban Nội chính Tỉnh ủy với các cơ quan nội chính của tỉnh",
    kind: R,
    unit: "Ban Nội chính Tỉnh ủy",
    due: "2016-09-30",
    done: "2016-08-18",
  },
  {
    id: "NC-04",
    area: "NC",
    title: "Sơ kết thực hiện Chỉ thị số 35-CT/TW về tiếp công dân, giải quyết khiếu nại, tố cáo",
    kind: R,
    unit: "Ban Nội chính Tỉnh ủy",
    due: "2019-12-31",
    done: "2019-11-20",
  },
  // 6. Công tác xây dựng bộ máy chính quyền (16)
  {
    id: "CQ-01",
    area: "CQ",
    title:
      "Đổi mới tổ chức và hoạt động của UBND các cấp, bảo đảm tinh gọn, hợp lý, hiệu lực, hiệu quả",
    kind: R,
    unit: "Sở Nội vụ",
    due: "2019-12-31",
    done: "2019-12-30",
  },
  {
    id: "CQ-02",
    area: "CQ",
    title:
      "Đổi mới, nâng cao năng lực quản lý, điều hành, tác phong, lề lối làm việc của UBND các cấp",
    kind: X,
    unit: "Văn phòng UBND tỉnh",
    done: "2020-09-30",
  },
  {
    id: "CQ-03",
    area: "CQ",
    title: "Nâng cao hiệu quả hoạt động giám sát của HĐND các cấp",
    kind: X,
    unit: "Thường trực HĐND tỉnh",
    done: "2020-09-30",
  },
  {
    id: "CQ-04",
    area: "CQ",
    title: "Tăng cường trách nhiệm giải trình của các cơ quan nhà nước",
    kind: X,
    unit: "Văn phòng UBND tỉnh",
    done: "2020-09-30",
  },
  {
    id: "CQ-05",
    area: "CQ",
    title: "Sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập theo Nghị quyết số 19-NQ/TW",
    kind: R,
    unit: "Sở Nội vụ",
    due: "2019-12-31",
    done: "2020-03-31",
    note: "Chậm do chờ hướng dẫn về tự chủ tài chính",
  },
  {
    id: "CQ-06",
    area: "CQ",
    title: "Sắp xếp đơn vị hành chính cấp xã chưa đạt tiêu chuẩn",
    kind: R,
    unit: "Sở Nội vụ",
    due: "2020-12-31",
    final: { status: "Đang thực hiện", progress: 0.9, note: "Đã trình Ủy ban Thường vụ Quốc hội" },
  },
  {
    id: "CQ-07",
    area: "CQ",
    title: "Xây dựng đề án vị trí việc làm trong các cơ quan hành chính nhà nước",
    kind: R,
    unit: "Sở Nội vụ",
    due: "2016-12-31",
    done: "2018-10-19",
    note: "Chậm do chờ hướng dẫn của Bộ Nội vụ",
  },
  {
    id: "CQ-08",
    area: "CQ",
    title: "Tinh giản biên chế theo Nghị quyết số 39-NQ/TW giai đoạn 2015-2021",
    kind: R,
    unit: "Sở Nội vụ",
    due: "2021-06-30",
    final: { status: "Đang thực hiện", progress: 0.85 },
  },
  {
    id: "CQ-09",
    area: "CQ",
    title: "Thành lập Trung tâm Phục vụ hành chính công tỉnh",
    kind: R,
    unit: "Văn phòng UBND tỉnh",
    due: "2019-03-31",
    done: "2019-02-26",
  },
  {
    id: "CQ-10",
    area: "CQ",
    title: "Triển khai hệ thống quản lý văn bản và điều hành liên thông bốn cấp chính quyền",
    kind: R,
    unit: "Sở Thông tin và Truyền thông",
    due: "2018-12-31",
    done: "2018-12-25",
  },
  {
    id: "CQ-11",
    area: "CQ",
    title: "Kiện toàn tổ chức bộ máy các sở, ban, ngành theo hướng dẫn của Trung ương",
    kind: R,
    unit: "Sở Nội vụ",
    due: "2016-06-30",
    done: "2016-06-28",
  },
  {
    id: "CQ-12",
    area: "CQ",
    title: "Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    kind: X,
    unit: "Văn phòng UBND tỉnh",
    done: "2020-09-30",
  },
  {
    id: "CQ-13",
    area: "CQ",
    title:
      "Nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và chỉ số cải cách hành chính (PAR Index)",
    kind: X,
    unit: "Sở Kế hoạch và Đầu tư",
    done: "2020-06-30",
  },
  {
    id: "CQ-14",
    area: "CQ",
    title: "Thanh tra công vụ, kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính",
    kind: X,
    unit: "Sở Nội vụ",
    done: "2020-09-30",
  },
  {
    id: "CQ-15",
    area: "CQ",
    title: "Bồi dưỡng kỹ năng hoạt động cho đại biểu HĐND các cấp nhiệm kỳ 2016-2021",
    kind: R,
    unit: "Thường trực HĐND tỉnh",
    due: "2017-12-31",
    done: "2017-11-30",
  },
  {
    id: "CQ-16",
    area: "CQ",
    title:
      "Thí điểm hợp nhất Văn phòng Đoàn đại biểu Quốc hội, Văn phòng HĐND và Văn phòng UBND tỉnh",
    kind: R,
    unit: "Ban cán sự đảng UBND tỉnh",
    due: "2019-06-30",
    done: "2019-01-02",
    mid: {
      status: "Tạm dừng",
      progress: 0.3,
      note: "Tạm dừng chờ Trung ương quyết định tỉnh thực hiện thí điểm",
    },
  },
  // 7. Công tác MTTQ và các đoàn thể (3)
  {
    id: "MT-01",
    area: "MT",
    title:
      "Thực hiện chức năng giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội",
    kind: X,
    unit: "Ủy ban MTTQ tỉnh",
    done: "2020-09-30",
  },
  {
    id: "MT-02",
    area: "MT",
    title: 'Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"',
    kind: X,
    unit: "Ủy ban MTTQ tỉnh",
    done: "2020-09-30",
  },
  {
    id: "MT-03",
    area: "MT",
    title: "Sắp xếp, tinh gọn bộ máy cơ quan MTTQ và các đoàn thể chính trị - xã hội cấp tỉnh",
    kind: R,
    unit: "Ban Tổ chức Tỉnh ủy",
    due: "2019-12-31",
    done: "2019-09-30",
  },
];
