/** Help texts of the command line (Vietnamese; the users are Vietnamese school staff). */

export const HELP_MAIN = `dvht: tự đánh giá, xếp loại "Đơn vị học tập" (Thông tư 22/2020, 24/2023) từ sổ Excel

Cách dùng:
  dvht template TỆP.xlsx            Tạo sổ mẫu (các trang Thông tin, Thành viên, Tiêu chí đơn vị, Minh chứng)
  dvht evaluate TỆP.xlsx [tùy chọn] Đọc sổ, chấm điểm, ghi Biểu điểm và trang Kiểm tra vào một tệp mới
  dvht tong-hop TỆP.xlsx … -o KQ.xlsx  (Phòng/UBND) Tổng hợp kết quả của nhiều đơn vị vào một bảng

Tùy chọn chung:
  -h, --help        Xem hướng dẫn (dvht evaluate --help để xem chi tiết từng lệnh)
  -v, --version     Xem phiên bản

Mã thoát: 0 = đã đánh giá (có thể còn cảnh báo); 1 = có lỗi nghiêm trọng, không đánh giá được;
          2 = gõ sai lệnh, sai tùy chọn hoặc không mở được tệp.
`;

export const HELP_EVALUATE = `dvht evaluate: chấm điểm, xếp loại từ sổ Excel của đơn vị

Cách dùng:
  dvht evaluate TỆP.xlsx [-o TỆP-KẾT-QUẢ.xlsx] [tùy chọn]

Tệp gốc KHÔNG bị sửa: kết quả được ghi vào tệp mới (mặc định: TỆP-ket-qua.xlsx cạnh tệp gốc),
gồm trang Biểu điểm, trang Kiểm tra (mọi lỗi kèm liên kết tới ô), cột kết quả bên phải danh sách
thành viên và khối "Kết quả" (tên DVHT_KETQUA) để cấp trên tổng hợp.

Tùy chọn:
  -o, --output TỆP      Tệp kết quả
      --in-place        Ghi thẳng vào tệp gốc (nên sao lưu trước)
      --preset TÊN      Phương án địa phương, ví dụ ha-noi (70% thành viên đạt LĐTT); mặc định theo trang Thông tin
      --framework MÃ    Bộ tiêu chí, ví dụ TT22/2020 hoặc TT24/2023; mặc định theo năm đánh giá
      --dossier         Lập thêm hồ sơ: báo cáo, biên bản, danh mục minh chứng, tổng hợp theo tổ
      --json            In kết quả dạng JSON (máy đọc) ra stdout, không in bảng điểm
      --today dd/mm/yyyy  Ngày lập văn bản (mặc định: hôm nay, giờ Việt Nam)
  -h, --help            Xem hướng dẫn này

Ví dụ:
  dvht evaluate samples/truong-tieu-hoc-binh-an-2023.xlsx --dossier
  dvht evaluate so-dvht-2023.xlsx -o ket-qua.xlsx --preset ha-noi --json
`;

export const HELP_TEMPLATE = `dvht template: tạo sổ Excel mẫu để nhập liệu

Cách dùng:
  dvht template TỆP.xlsx [--force]

Sổ mẫu có các trang Thông tin, Thành viên, Tiêu chí đơn vị, Minh chứng với dòng tiêu đề, danh sách
chọn và hướng dẫn ngắn. Nhập dữ liệu rồi chạy: dvht evaluate TỆP.xlsx

Tùy chọn:
      --force      Ghi đè nếu tệp đã có
  -h, --help       Xem hướng dẫn này
`;

export const HELP_TONG_HOP = `dvht tong-hop: tổng hợp kết quả tự đánh giá của nhiều đơn vị (dành cho Phòng GD&ĐT, UBND xã/phường)

Cách dùng:
  dvht tong-hop TỆP1.xlsx TỆP2.xlsx … -o BANG-TONG-HOP.xlsx [tùy chọn]
  dvht tong-hop THƯ-MỤC -o BANG-TONG-HOP.xlsx      (mọi tệp .xlsx trong thư mục)

Mỗi tệp là sổ kết quả mà đơn vị gửi lên (đã bấm Đánh giá, hoặc đã chạy dvht evaluate). Phần mềm đọc khối
"Kết quả" (DVHT_KETQUA) của từng tệp, kiểm tra mã kiểm tra nội dung (phát hiện khối bị sửa tay), đơn vị
trùng, năm và bộ tiêu chí khác nhau, rồi lập "Bảng tổng hợp" (A4 ngang) và trang Kiểm tra. Không tệp nào
của đơn vị bị sửa.

Tùy chọn:
  -o, --output TỆP        Tệp bảng tổng hợp (bắt buộc)
      --co-quan-chu-quan TÊN  Dòng trên của tiêu đề, ví dụ "UBND HUYỆN THỦ THỪA"
      --co-quan TÊN       Cơ quan lập bảng, ví dụ "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
      --dia-danh TÊN      Địa danh trên dòng ngày tháng, ví dụ "Thủ Thừa"
      --json              In bảng tổng hợp dạng JSON ra stdout
      --today dd/mm/yyyy  Ngày lập bảng (mặc định: hôm nay, giờ Việt Nam)

Mã thoát: 0 = đã tổng hợp (có thể còn cảnh báo); 1 = không đọc được khối kết quả nào; 2 = sai lệnh hoặc tệp.
`;
