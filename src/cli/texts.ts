/** Help texts of the command line (Vietnamese; the users are Vietnamese school staff). */

export const HELP_MAIN = `dvht: tự đánh giá, xếp loại "Đơn vị học tập" (Thông tư 22/2020, 24/2023) từ sổ Excel

Cách dùng:
  dvht template TỆP.xlsx            Tạo sổ mẫu của năm (Thông tin, Thành viên, Tiêu chí đơn vị, Minh chứng)
  dvht evaluate TỆP.xlsx [tùy chọn] Đọc sổ, đánh giá, ghi Biểu điểm (TT 22) hoặc Bản tổng hợp (TT 24) và trang Kiểm tra vào một tệp mới
  dvht tong-hop TỆP.xlsx … -o KQ.xlsx  (Phòng/UBND) Tổng hợp kết quả của nhiều đơn vị vào một bảng
  dvht phieu-to TỆP.xlsx -o THƯ-MỤC  Phiếu theo tổ: mỗi tổ một tệp để tổ trưởng điền, ký
  dvht gop-to TỆP.xlsx PHIẾU… -o KQ.xlsx  Gộp phiếu tổ gửi lại vào trang Thành viên (chỉ ô còn trống)
  dvht finalize TỆP.xlsx            Hoàn tất: kiểm tra trước khi nộp, đóng dấu và khóa các trang kết quả, hồ sơ
  dvht unfinalize TỆP.xlsx --reason "…"  Mở khóa sổ đã hoàn tất (lý do được ghi vào nhật ký của sổ)
  dvht next-year TỆP.xlsx -o SỔ-NĂM-SAU.xlsx  Tạo sổ năm sau (đơn vị, thành viên, chỉ tiêu; minh chứng năm nay để tham khảo)

Tùy chọn chung:
  -h, --help        Xem hướng dẫn (dvht evaluate --help để xem chi tiết từng lệnh)
  -v, --version     Xem phiên bản

Mã thoát: 0 = đã đánh giá (có thể còn cảnh báo); 1 = có lỗi nghiêm trọng, không đánh giá được;
          2 = gõ sai lệnh, sai tùy chọn hoặc không mở được tệp.
`;

export const HELP_EVALUATE = `dvht evaluate: tự đánh giá "Đơn vị học tập" từ sổ Excel của đơn vị

Cách dùng:
  dvht evaluate TỆP.xlsx [-o TỆP-KẾT-QUẢ.xlsx] [tùy chọn]

TỆP là sổ Excel (.xlsx, .xlsm, .xls) hoặc LibreOffice (.ods). Tệp gốc KHÔNG bị sửa: kết quả được ghi
vào tệp mới (mặc định: TỆP-ket-qua.xlsx cạnh tệp gốc), gồm trang Biểu điểm (Thông tư 22: điểm, xếp
loại) hoặc Bản tổng hợp (Thông tư 24: từng chỉ tiêu đạt hay chưa đạt ở Mức độ 1 và Mức độ 2, mức độ có thể
đề nghị công nhận và lý do), trang Kiểm tra (mọi lỗi
kèm liên kết tới ô), cột kết quả bên phải danh sách thành viên và khối "Kết quả" (tên DVHT_KETQUA) để
cấp trên tổng hợp. Mọi thứ khác trong sổ (biểu đồ, hình ảnh, ghi chú, macro…) được giữ nguyên; sổ .xls
và .ods được chép sang .xlsx (giữ giá trị, công thức, ô gộp; không giữ định dạng, biểu đồ, hình ảnh).

Tùy chọn:
  -o, --output TỆP      Tệp kết quả
      --in-place        Ghi thẳng vào tệp gốc .xlsx/.xlsm; không ghi gì khi chưa đánh giá được;
                        sổ .xls/.ods thì ghi tệp .xlsx mới bên cạnh
      --preset TÊN      Phương án địa phương của Thông tư 22, ví dụ ha-noi (70% thành viên đạt LĐTT);
                        mặc định theo trang Thông tin; Thông tư 24 không có phương án địa phương
      --framework MÃ    Bộ tiêu chí TT22/2020 hoặc TT24/2023; mặc định theo năm đánh giá (đến 2023: TT 22,
                        từ 2024: TT 24); với TT 24, cấp huyện / cấp tỉnh theo loại hình đơn vị
      --cot "CỘT=TIÊU ĐỀ"  Đọc cột có tiêu đề riêng của trường làm một cột cần thiết, ví dụ
                        --cot "Danh hiệu thi đua=Thi đua cuối năm" (ghi nhiều lần cho nhiều cột). Cách ghép
                        được lưu vào trang Thông tin (dòng "Cột: Danh hiệu thi đua") của tệp được ghi và dùng
                        cho các lần sau, cả trong Excel; cũng có thể tự gõ dòng đó vào trang Thông tin
      --dossier         Lập thêm hồ sơ: báo cáo, biên bản, danh mục minh chứng, tổng hợp theo tổ, tiến độ;
                        Thông tư 24: cả quyết định thành lập Tổ đánh giá và tờ trình (khi có mức độ để đề nghị)
      --json            In kết quả dạng JSON (máy đọc) ra stdout, không in bảng kết quả
      --today dd/mm/yyyy  Ngày lập văn bản (mặc định: hôm nay, giờ Việt Nam)
  -h, --help            Xem hướng dẫn này

Ví dụ:
  dvht evaluate samples/truong-tieu-hoc-tan-phu-2026.xlsx --dossier
  dvht evaluate samples/truong-tieu-hoc-binh-an-2023.xlsx --dossier
  dvht evaluate so-dvht-2023.xlsx -o ket-qua.xlsx --preset ha-noi --json
  dvht evaluate so-dvht-2026.xlsx --in-place --cot "Danh hiệu thi đua=Thi đua cuối năm"
`;

export const HELP_TEMPLATE = `dvht template: tạo sổ Excel mẫu để nhập liệu

Cách dùng:
  dvht template TỆP.xlsx [--year NĂM] [--framework MÃ] [--force]

Sổ mẫu của bộ tiêu chí năm đánh giá (mặc định: năm nay, Thông tư 24/2023): các trang Thông tin, Thành
viên, Tiêu chí đơn vị, Minh chứng, Nội dung báo cáo, Hội đồng điều chỉnh với dòng tiêu đề, danh sách chọn
và hướng dẫn ngắn.
Thông tư 24: các cột 2.1–2.5, 3.1 của thành viên; chỉ tiêu 1.1–1.5, 3.2–3.5 (cấp tỉnh: 3.2–3.6) với
Đạt / Không đạt / Không áp dụng. Nhập dữ liệu rồi chạy: dvht evaluate TỆP.xlsx

Tùy chọn:
      --year NĂM         Năm đánh giá (năm dương lịch), ví dụ 2026; đến 2023 là sổ Thông tư 22/2020
      --framework MÃ     TT22/2020, TT24/2023 (cấp huyện) hoặc TT24/2023-cap-tinh
      --force            Ghi đè nếu tệp đã có
  -h, --help             Xem hướng dẫn này

Ví dụ:
  dvht template so-dvht-2026.xlsx
  dvht template so-thpt-2026.xlsx --framework TT24/2023-cap-tinh
  dvht template so-dvht-2023.xlsx --year 2023
`;

export const HELP_TONG_HOP = `dvht tong-hop: tổng hợp kết quả tự đánh giá của nhiều đơn vị (dành cho Phòng GD&ĐT, UBND xã/phường)

Cách dùng:
  dvht tong-hop TỆP1.xlsx TỆP2.xlsx … -o SO-TONG-HOP.xlsx [tùy chọn]
  dvht tong-hop THƯ-MỤC -o SO-TONG-HOP.xlsx      (mọi tệp .xlsx trong thư mục, theo thứ tự tự nhiên: t2 trước t10)

Mỗi tệp là sổ kết quả mà đơn vị gửi lên (đã bấm Đánh giá, hoặc đã chạy dvht evaluate). Phần mềm chỉ đọc
khối "Kết quả" (DVHT_KETQUA) của từng tệp, nên nhanh cả với hàng nghìn tệp; không tệp nào của đơn vị bị sửa.

Sổ tổng hợp (-o) gồm: Tổng hợp đơn vị (mỗi đơn vị trong danh sách một dòng, "Chưa gửi" nếu chưa có kết quả;
số đơn vị theo mức độ và loại hình; chỉ tiêu nhiều đơn vị chưa đạt; công nhận hết hạn bảo lưu trong năm),
Kết quả chỉ tiêu, Báo cáo kết quả (gửi cấp trên, trước ngày 15/03 theo Thông tư 24/2023/TT-BGDĐT),
Dự thảo quyết định công nhận và trang Kiểm tra. Nếu sổ tổng hợp đã có, các trang của Phòng trong đó
(Danh sách đơn vị, Thông tin tổng hợp …) được giữ nguyên; chỉ các trang do phần mềm lập được ghi lại.

Kết quả không được tính (ghi đỏ) khi khối kết quả hoặc kết quả in trên trang Biểu điểm bị sửa tay sau khi đánh
giá. Đơn vị gửi nhiều tệp: tính tệp đánh giá mới nhất, ghi rõ các tệp không tính. Tệp của năm khác: ghi riêng.

Danh sách đơn vị (để biết đơn vị nào chưa gửi): trang "Danh sách đơn vị" trong sổ tổng hợp, hoặc --roster.
Cột "Tên đơn vị" (bắt buộc), "Mã đơn vị", "Loại hình" (nếu có). Tên được so khớp không phân biệt hoa thường,
khoảng trắng, cách gõ dấu; có mã thì so theo mã.

Thông tin cho báo cáo: trang "Thông tin tổng hợp" (cột A: Cơ quan chủ quản, Cơ quan lập báo cáo, Địa danh,
Nơi nhận báo cáo, Chức vụ người ký, Người ký, Người có thẩm quyền công nhận, Năm tổng hợp; cột B: giá trị),
hoặc các tùy chọn dưới đây (tùy chọn được ưu tiên).

Tùy chọn:
  -o, --output TỆP            Sổ tổng hợp (bắt buộc)
      --roster TỆP            Danh sách đơn vị trong một tệp khác
      --nam NĂM               Năm tổng hợp (mặc định: năm của đa số tệp)
      --co-quan-chu-quan TÊN  Dòng trên của tiêu đề, ví dụ "UBND HUYỆN THỦ THỪA"
      --co-quan TÊN           Cơ quan lập bảng, ví dụ "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
      --dia-danh TÊN          Địa danh trên dòng ngày tháng, ví dụ "Thủ Thừa"
      --noi-nhan TÊN          Nơi nhận báo cáo (mặc định: Sở Giáo dục và Đào tạo)
      --chuc-vu-nguoi-ky TÊN  Chức vụ người ký báo cáo, ví dụ "TRƯỞNG PHÒNG"
      --nguoi-ky TÊN          Họ tên người ký báo cáo
      --nguoi-cong-nhan TÊN   Người có thẩm quyền công nhận (dự thảo quyết định)
      --json                  In kết quả tổng hợp dạng JSON ra stdout
      --today dd/mm/yyyy      Ngày lập bảng (mặc định: hôm nay, giờ Việt Nam)

Mã thoát: 0 = đã tổng hợp (có thể còn cảnh báo); 1 = không có kết quả nào dùng được; 2 = sai lệnh hoặc tệp.
`;

// ---------------------------------------------------------------------------------------------
// Files that cannot be used, and outputs that cannot keep the original exactly. Each message names
// the file and says what to do; none carries a library's words.

/** Problems with an input file (the codes of src/xlsx/open.ts), as sentences about that file. */
export const FILE_PROBLEMS: Record<string, (file: string, detail: string) => string> = {
  empty: (f) => `Tệp '${f}' rỗng (0 byte), không có dữ liệu. Hãy chọn đúng tệp sổ Excel của đơn vị.`,
  "lock-file": (f) =>
    `'${f}' là tệp khóa tạm mà Excel tạo ra khi một sổ đang mở (tên thường bắt đầu bằng ~$), không phải sổ tính. ` +
    `Hãy chọn tệp sổ thật; khi Excel đã đóng, có thể xóa tệp khóa này.`,
  password: (f) =>
    `Tệp '${f}' có mật khẩu (được mã hóa) nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu ` +
    `(Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa mật khẩu), lưu một bản rồi chạy lại với bản đó.`,
  damaged: (f) =>
    `Tệp '${f}' bị hỏng: dữ liệu bên trong không đọc được đến cuối (thường do tải về hoặc chép chưa xong). ` +
    `Hãy mở thử bằng Excel (Excel có thể đề nghị sửa) rồi lưu lại thành .xlsx, hoặc lấy lại bản gốc.`,
  "zip-without-workbook": (f) =>
    `Tệp '${f}' là một tệp nén zip nhưng không chứa sổ tính Excel nào. Hãy chọn đúng tệp .xlsx của đơn vị ` +
    `(nếu sổ nằm trong một tệp nén, hãy giải nén trước).`,
  "word-or-powerpoint": (f) =>
    `Tệp '${f}' là văn bản hoặc bản trình chiếu (Word, PowerPoint, LibreOffice), không phải sổ tính. Hãy chọn tệp sổ Excel của đơn vị.`,
  "xml-dtd": (f) =>
    `Tệp '${f}' chứa khai báo XML (DOCTYPE/ENTITY) mà tệp Excel thật không bao giờ có, nên không được đọc (để an toàn: ` +
    `tệp có thể đã bị sửa hoặc độc hại). Hãy lấy lại bản gốc từ người gửi, hoặc mở bằng Excel rồi lưu thành bản mới.`,
  "too-large": (f) =>
    `Tệp '${f}' khi giải nén lớn hơn 1 GB, quá lớn với một sổ của đơn vị, nên không được đọc (để máy không bị treo). ` +
    `Hãy lưu một bản chỉ gồm các trang dữ liệu rồi chạy lại.`,
  "not-a-workbook": (f) =>
    `Tệp '${f}' không phải sổ tính Excel (.xlsx, .xlsm, .xls) hay LibreOffice (.ods). Nếu đó là dữ liệu xuất từ phần mềm khác, ` +
    `hãy mở bằng Excel rồi lưu thành .xlsx.`,
  "sheet-unreadable": (f, d) =>
    `Không đọc được trang '${d}' của tệp '${f}', nên dừng lại thay vì bỏ qua trang đó. Hãy mở tệp bằng Excel, lưu lại thành .xlsx rồi chạy lại.`,
  "no-read-permission": (f) => `Không đọc được tệp '${f}': không có quyền đọc, hoặc tệp đang bị khóa. Đóng tệp trong Excel hoặc xin quyền đọc rồi chạy lại.`,
};

/** Why the original cannot be kept exactly (a format, or what the writer cannot edit safely). */
export const NOT_KEPT_BECAUSE: Record<string, string> = {
  xls: "là tệp Excel 97–2003 (.xls)",
  ods: "là tệp LibreOffice (.ods)",
  xlsb: "là tệp Excel nhị phân (.xlsb)",
  html: "thực chất là một trang web (HTML) mang tên tệp Excel",
  xml2003: "là tệp XML Spreadsheet 2003",
  "strict-ooxml": "là tệp .xlsx dạng Strict Open XML",
  "unknown-namespace": "là tệp .xlsx theo một dạng cũ (bản thử nghiệm Excel 2007)",
  "no-workbook": "có cấu trúc .xlsx không đầy đủ",
  malformed: "có cấu trúc .xlsx không chuẩn",
  "name-taken-by-chart": "có một trang biểu đồ trùng tên với trang kết quả cần ghi",
};

export const NOT_KEPT_LABEL: Record<string, string> = {
  formatting: "định dạng ô (phông chữ, màu, viền)",
  charts: "biểu đồ",
  "chart-sheets": "trang biểu đồ",
  images: "hình ảnh",
  comments: "ghi chú",
  "pivot-tables": "bảng tổng hợp (PivotTable)",
  tables: "kiểu bảng (Table)",
  macros: "macro",
  validations: "danh sách chọn và định dạng có điều kiện",
  "other-objects": "các đối tượng khác (slicer, nút điều khiển, đối tượng nhúng)",
};

/** The notice for a result written into a converted copy instead of the original. */
export function convertedNotice(input: string, output: string, why: string, notKept: string[], certain: boolean): string {
  const because = NOT_KEPT_BECAUSE[why] ?? "không ghi lại được nguyên vẹn";
  const lost = notKept.map((k) => NOT_KEPT_LABEL[k] ?? k).join(", ");
  return (
    `Tệp gốc '${input}' ${because}, nên kết quả được ghi vào tệp mới '${output}' (.xlsx) và tệp gốc không bị sửa. ` +
    `Tệp mới giữ mọi trang tính với giá trị, công thức, ô gộp, định dạng số, độ rộng cột và trang ẩn; ` +
    `không giữ được${certain ? "" : " (nếu tệp gốc có)"}: ${lost}.\n`
  );
}

export const HELP_FINALIZE = `dvht finalize: Hoàn tất sổ (bản nộp)

Cách dùng:
  dvht finalize TỆP.xlsx [-o TỆP-KHÁC.xlsx] [--today dd/mm/yyyy]

Kiểm tra trước khi nộp: không còn lỗi; mọi tiêu chí, chỉ tiêu đã được đánh giá; mọi tiêu chí, chỉ tiêu
chấm theo đơn vị đã có minh chứng; kết quả và hồ sơ trong sổ được tạo từ dữ liệu hiện tại (chạy
dvht evaluate TỆP.xlsx --dossier --in-place trước). Đạt hết: ghi ngày, lần hoàn tất và mã kiểm tra vào
khối Kết quả và chân trang mỗi văn bản, khóa (bảo vệ) các trang do phần mềm tạo, ghi vào trang Nhật ký
hoàn tất. Chưa đạt: liệt kê mọi điểm chưa đạt, không sửa sổ. Sổ đã hoàn tất không được đánh giá lại cho
đến khi mở khóa (dvht unfinalize).

Mặc định ghi thẳng vào TỆP (sổ .xls/.ods: tệp .xlsx mới bên cạnh); -o để ghi ra tệp khác.
Mã thoát: 0 = đã hoàn tất; 1 = chưa đạt điểm kiểm tra nào đó, không ghi gì; 2 = sai lệnh hoặc không mở được tệp.
`;

export const HELP_UNFINALIZE = `dvht unfinalize: Mở khóa sổ đã hoàn tất

Cách dùng:
  dvht unfinalize TỆP.xlsx --reason "LÝ DO" [-o TỆP-KHÁC.xlsx] [--today dd/mm/yyyy]

Bỏ khóa các trang do phần mềm tạo, ghi ngày và lý do vào trang Nhật ký hoàn tất; khối Kết quả ghi là sổ
đã sửa sau khi hoàn tất (Phòng/UBND thấy khi tổng hợp). Sau đó sửa sổ, đánh giá lại, rồi hoàn tất lại.
Mã thoát: 0 = đã mở khóa; 1 = sổ chưa hoàn tất hoặc thiếu lý do; 2 = sai lệnh hoặc không mở được tệp.
`;

export const HELP_NEXT_YEAR = `dvht next-year: Tạo sổ năm sau

Cách dùng:
  dvht next-year TỆP.xlsx -o SỔ-NĂM-SAU.xlsx [--year NĂM] [--force]

Tạo sổ mới cho năm sau (mặc định: năm đánh giá của TỆP + 1), theo bộ tiêu chí của năm đó: trang Thông tin
chép sang (trừ những gì của riêng một năm: năm, danh hiệu tập thể, cuộc họp, số liệu người học, số và ngày
văn bản); "Công nhận hiện có" lấy theo quyết định công nhận năm nay nếu đã ghi (các dòng "Quyết định công
nhận năm nay: mức độ / số quyết định / ngày quyết định" trong Thông tin); danh sách thành viên (họ tên,
chức vụ, tổ; chưa có câu trả lời, bỏ cột không tính); các chỉ tiêu kế hoạch; minh chứng năm nay trong một
trang riêng để tham khảo (chép sang trang Minh chứng, để trống mã: phần mềm cấp mã mới). Không có kết quả,
không có hồ sơ. TỆP không bị sửa.
`;

export const HELP_PHIEU_TO = `dvht phieu-to: Phiếu theo tổ

Cách dùng:
  dvht phieu-to TỆP.xlsx -o THƯ-MỤC [--force]     mỗi tổ một tệp
  dvht phieu-to TỆP.xlsx --in-place                mỗi tổ một trang trong sổ

Từ trang Thành viên, tạo cho mỗi tổ một phiếu: danh sách thành viên của tổ, đúng các cột câu trả lời bộ tiêu
chí của năm cần (chọn Có / Không, danh hiệu thi đua trong danh sách), tên tổ trưởng, dòng đếm số đạt, và "Bản
tổng hợp tự đánh giá của tổ" để in, ký.
  -o THƯ-MỤC   mỗi tổ một tệp nhỏ (phieu-to-1.xlsx …); TỆP không bị sửa. Gửi mỗi tổ tệp của tổ.
  --in-place   mỗi tổ một trang ngay trong TỆP (như nút Phiếu theo tổ trên khung phần mềm); trang phiếu của
               tổ đã có được giữ nguyên, không trang nào khác bị sửa.
Tổ trưởng điền, gửi lại; gộp bằng dvht gop-to.
`;

export const HELP_GOP_TO = `dvht gop-to: Gộp phiếu tổ

Cách dùng:
  dvht gop-to TỆP.xlsx PHIẾU.xlsx … (hoặc THƯ-MỤC) -o TỆP-ĐÃ-GỘP.xlsx
  dvht gop-to TỆP.xlsx THƯ-MỤC --in-place
  dvht gop-to TỆP.xlsx --in-place        các trang phiếu ngay trong TỆP (dvht phieu-to --in-place)

Ghi câu trả lời trong các phiếu tổ gửi lại vào trang Thành viên, theo từng người (họ tên và tổ; không
phân biệt cách gõ dấu, khoảng trắng). Chỉ ghi vào ô còn trống: ô đã có câu trả lời khác được giữ nguyên và
liệt kê; người không có trong danh sách, câu trả lời không đọc được đều được chỉ ra ở ô của phiếu. Gộp lại
lần nữa cùng các phiếu: không thay đổi gì.
Mã thoát: 0 = đã gộp (có thể còn cảnh báo); 1 = không gộp được (không có phiếu, không có trang Thành viên).
`;
