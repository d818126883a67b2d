# Tin nhắn aidkiosk cho bàn nhân viên: tiếng Việt (vi).
# Hiện cho tình nguyện viên và người điều phối, bằng ngôn ngữ nhân viên của địa điểm.

## Unlock
desk-title = Bàn nhân viên
desk-who = Bạn là ai?
desk-pin = { $name }, gõ mã PIN rồi bấm Enter
desk-pin-wrong = Sai mã PIN. { $left ->
   *[other] Còn { $left } lần thử, sau đó máy này sẽ bị khóa.
}
desk-locked = Sai mã PIN quá nhiều lần. Máy này bị khóa đến { $time }.
desk-checking = Đang kiểm tra…
desk-no-staff = Chưa có nhân viên. Người điều phối thêm bằng: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = tình nguyện viên
role-coordinator = người điều phối
tab-queue = Hàng chờ
tab-needs = Chờ ghép
tab-matches = Đề nghị ghép
tab-inventory = Kho
desk-scan = Quét phiếu hoặc gõ mã số:

## Keys
key-next-view = trang kế
key-move = chọn
key-open = mở
key-close = đóng
key-lock = khóa
key-category = loại
key-status = trạng thái
key-drop-off = nhận đồ
key-hand-out = phát một món
key-confirm = xác nhận
key-cancel = hủy
key-next-field = ô kế
key-save = lưu
key-add = thêm
key-new-pin = PIN mới
key-disable = tắt
key-role = vai trò
key-post = đăng
key-take-down = gỡ xuống
key-count-again = đếm lại
key-reprint = in lại
list-position = { $first }–{ $last } trên { $total }
desk-unlock-failed = Không kiểm tra được mã PIN: cơ sở dữ liệu không nhận ghi. Hãy thử lại; nếu vẫn lỗi, báo cho điều phối viên.
desk-staff-empty = Chưa có tài khoản nhân viên.

## Entries
desk-entry-title = Phiếu { $code }
field-kind = Kiểu
field-category = Loại
field-quantity = Số lượng
field-urgency = Mức gấp
field-mode = Cách nào
field-language = Ngôn ngữ
field-age = Ghi lúc
field-status = Trạng thái
field-detail = Ghi chú
field-contact = Liên lạc
field-item = Món đồ
age-minutes = { $minutes ->
   *[other] { $minutes } phút trước
}
age-hours = { $hours ->
   *[other] { $hours } giờ trước
}
age-days = { $days ->
   *[other] { $days } ngày trước
}
status-open = đang mở
status-matched = sẵn sàng để nhận
status-picked = đã giao
status-closed = đã đóng
status-any = mọi trạng thái
category-any = mọi loại
desk-entry-pickup = Enter: xác nhận đã nhận
desk-entry-dropoff = Enter: ghi nhận đồ mang đến
desk-entry-match = F9: tìm chỗ ghép

## Results
desk-picked-up = Đã nhận: { $code }. Cảm ơn.
desk-already-picked = Từ chối: { $code } đã được { $name } giao lúc { $time }.
desk-refused-signature = Từ chối: chữ ký của phiếu này không khớp. Đã ghi vào nhật ký.
desk-refused-site = Từ chối: phiếu này của địa điểm khác ({ $site }).
desk-refused-format = Không phải mã phiếu. Mã có 8 chữ và số.
desk-not-found = Không có phiếu nào mang mã { $code }.
desk-dropped-off = Đã thêm { $quantity } × { $item } vào kho.
desk-handed-out = Đã phát một { $item }. { $left ->
   *[other] Còn lại { $left }.
}
desk-none-left = Hết { $item } rồi.
desk-proposed = Đã đề nghị ghép. Xác nhận trong "Đề nghị ghép".
desk-confirmed = Đã xác nhận ghép: cả hai phiếu đều sẵn sàng.
desk-confirm-failed = Không thể xác nhận ghép này nữa: một bên đã thay đổi.
desk-cancelled = Đã hủy ghép.
desk-error = Có lỗi xảy ra; đã ghi vào nhật ký. Không có gì bị thay đổi.

desk-reprinted = Đã gửi { $code } đến máy in lần nữa.
desk-entry-reprint = F4: in lại phiếu

## Views
desk-queue-empty = Hôm nay không có gì đang mở.
desk-needs-empty = Mọi nhu cầu đang mở đều đã được ghép.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Có thể ghép với { $code } ({ $category })
desk-candidates-empty = Loại này chưa có gì đang mở.
desk-candidate-offer = Phiếu góp { $code }: { $quantity } · { $urgency }
desk-candidate-stock = Trong kho: { $item } ({ $quantity })
desk-matches-empty = Chưa có đề nghị ghép nào.
desk-match-line = Cần { $need } ⇐ { $with }
desk-inventory-empty = Kho trống. F6 để ghi nhận đồ mang đến.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = Ghi nhận đồ mang đến
desk-dropoff-for = Theo phiếu góp { $code }

## Staff accounts (coordinators)
tab-staff = Nhân viên
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · đã tắt
desk-staff-add-title = Thêm nhân viên
desk-staff-pin-title = PIN mới cho { $name }
field-name = Tên
field-role = Vai trò
field-pin = PIN (4 đến 8 số)
desk-staff-added = Đã thêm { $name }.
desk-staff-disabled = { $name } không đăng nhập được nữa.
desk-pin-set = Đã đặt PIN mới cho { $name }.
desk-not-allowed = Không làm việc này ở đây được.

## Paper roster (aidkiosk roster)
roster-title = Danh sách chờ nhận, ngày { $date }
roster-hint = Giao xong món nào thì đánh dấu vào ô đó. Khi máy chạy lại, nhập vào ở bàn nhân viên.
roster-empty = Không có gì đang chờ nhận.
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = …và còn { $count } phiếu nữa; xem ở bàn nhân viên.

## Gatherings (posted at the desk, shown to visitors)
tab-events = Họp mặt
desk-events-empty = Chưa có buổi họp mặt nào. F6 để đăng.
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = Đăng buổi họp mặt
desk-event-hint = Cần có tiêu đề bằng { $language }; các ngôn ngữ khác không bắt buộc.
field-starts = Bắt đầu (YYYY-MM-DD HH:MM)
field-ends = Kết thúc (HH:MM)
field-place = Địa điểm
field-title = Tiêu đề bằng { $language }
desk-event-bad-start = Giờ bắt đầu phải viết giống 2026-12-05 10:00.
desk-event-bad-end = Giờ kết thúc phải sau giờ bắt đầu, ví dụ 12:00.
desk-event-bad-place = Xin ghi địa điểm (tối đa 80 ký tự).
desk-event-bad-title = Xin ghi tiêu đề bằng { $language } (tối đa 80 ký tự).
desk-event-posted = Đã đăng: { $title }.
desk-event-removed = Đã gỡ xuống: { $title }.

## Gap report (the last weeks)
tab-report = Thiếu hụt
report-loading = Đang đếm…
report-title = { $weeks } tuần qua: từ { $from } đến { $to }
report-weekly-needs = Lượt cần mỗi tuần
report-weekly-handed = Đã giao mỗi tuần
report-median = Thời gian chờ trung vị, từ lúc cần đến lúc giao: { $wait }
report-median-none = Mấy tuần này chưa giao được nhu cầu nào.
report-gap = Thiếu nhiều nhất: { $category }, { $count } lượt cần nhiều hơn lượt góp.
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = cần/góp/đã giao/chờ quá { $days } ngày
report-languages = Ngôn ngữ: { $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days } ngày { $hours } giờ
duration-hours = { $hours } giờ
duration-minutes = { $minutes } phút

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = Mạng lưới của chúng ta đang cần gì
poster-period = Từ { $from } đến { $to }
poster-figure-needs = lượt cần đã ghi
poster-figure-offers = lượt góp đã ghi
poster-figure-handed = lượt cần đã giao
poster-figure-wait = thời gian chờ trung vị của một lượt cần
poster-chart-categories = Lượt cần và lượt góp theo loại
poster-chart-weeks = Mỗi tuần: lượt cần đã ghi và đã giao
poster-legend-needs = cần
poster-legend-offers = góp
poster-legend-handed = đã giao
poster-gaps-title = Thiếu nhiều nhất
poster-gap-line = { $category }: cần { $needs }, góp { $offers }
poster-gaps-none = Lượt góp đã theo kịp lượt cần ở mọi loại. Xin cảm ơn!
poster-help-title = Điều giúp ích nhất
poster-help = Góp về: { $list }
poster-help-how = Ai cũng có thể góp: tại ki-ốt, chọn “Tôi có thể giúp đỡ”.
poster-footer = Chỉ có con số: không gì trên trang này cho biết danh tính của ai. Lập ngày { $date }.
