# Tin nhắn aidkiosk cho bàn nhân viên: tiếng Việt (vi).
# Hiện cho tình nguyện viên và người điều phối, bằng ngôn ngữ nhân viên của địa điểm.

## Unlock
desk-title = Bàn nhân viên
desk-pin-wrong = Tên và mã PIN không khớp. { $left ->
   *[other] Còn { $left } lần thử, sau đó đăng nhập sẽ bị khóa.
}
desk-locked = Sai quá nhiều lần: đăng nhập ở đây bị khóa đến { $time }. Người điều phối có thể mở khóa trong mục Nhân viên.
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
age-minutes = { $minutes } phút
age-hours = { $hours } giờ
age-days = { $days ->
   *[other] { $days } ngày
}
status-open = đang mở
status-matched = đã ghép
status-picked = đã giao
status-closed = đã đóng
category-any = mọi loại
desk-entry-pickup = Enter: giao đồ
desk-entry-dropoff = Enter: ghi nhận đồ họ mang đến
desk-entry-match = F9: tìm chỗ ghép

## Results
desk-picked-up = Đã giao: { $code }. Cảm ơn.
desk-already-picked = Từ chối: { $code } đã được { $name } giao hoặc nhận lúc { $time }.
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
desk-confirm-failed = Không thể xác nhận ghép này nữa: một bên đã thay đổi.
desk-cancelled = Đã hủy ghép.
desk-error = Có lỗi xảy ra; đã ghi vào nhật ký. Không có gì bị thay đổi.

desk-reprinted = Đã gửi { $code } đến máy in lần nữa.

## Views
desk-queue-empty = Không còn việc gì: mọi phiếu đều đã xử lý xong.
desk-needs-empty = Mọi nhu cầu đang mở đều đã được ghép.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Có thể ghép với { $code } ({ $category })
desk-candidates-empty = Loại này chưa có gì đang mở.
desk-candidate-offer = Phiếu góp { $code }: { $quantity } · { $urgency } · { $age }
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
desk-staff-disabled = Đã tắt { $name }. Bấm F7 lần nữa để bật lại.
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
poster-help-how = Ai cũng có thể góp: tại ki-ốt, chọn “Tôi có thể đóng góp”.
poster-footer = Chỉ có con số: không gì trên trang này cho biết danh tính của ai. Lập ngày { $date }.

## The desk on a pantry day
desk-sign-in = Gõ tên của bạn, rồi gõ mã PIN.
desk-pepper-missing = Không kiểm tra được mã PIN: thư mục dữ liệu thiếu pepper.key. Hãy chép tệp này từ bản sao lưu, hoặc người điều phối đặt PIN mới bằng: aidkiosk staff set-pin NAME
desk-pepper-mismatch = Không kiểm tra được mã PIN: pepper.key không phải tệp đã dùng khi đặt các PIN này. Hãy chép đúng tệp từ bản sao lưu, hoặc đặt PIN mới bằng: aidkiosk staff set-pin NAME
desk-pepper-stale = PIN này được đặt trước khi pepper.key thay đổi: người điều phối phải cấp cho bạn PIN mới.
desk-printer-none = máy in: chưa in gì
desk-printer-ok = máy in: đã in { $code }
desk-printer-failed = máy in: KHÔNG in được { $code } ({ $reason })
tab-calls = Cần gọi / giao
tab-printing = Chưa in
key-new-entry = phiếu mới
key-count = đếm
key-close-entry = đóng
key-clear-lock = mở khóa
key-my-pin = đổi PIN
queue-todo = Cần làm
queue-open = Đang mở
queue-matched = Đã ghép
queue-ready = Sẵn sàng
queue-connected = Đã nối
queue-fulfilled = Xong hôm nay
queue-closed = Đóng hôm nay
desk-queue-none = Không có phiếu nào ở đây.
desk-kind-need = cần
desk-kind-offer = góp
desk-mode-call = gọi
desk-mode-delivery = giao
desk-quantity = { $count ->
   *[other] { $count } món
}
age-now = vừa xong
status-ready = sẵn sàng
status-received = đã nhận
status-connected = đã nối
status-done = xong
close-reason-expired = không ai đến kịp
close-reason-not-needed = không cần nữa
close-reason-unreachable = không liên lạc được
close-reason-duplicate = nhập hai lần
close-reason-other = lý do khác
field-matched = Ghép với
field-phone = Điện thoại
desk-partner-entry = { $kind } { $code } ({ $category }, { $status })
desk-partner-stock = kho: { $item }
desk-partner-proposed = đề nghị ghép: { $with }
desk-partner-received = đã mang đến: { $quantity } × { $item }
desk-entry-pickup-early = Đồ góp cho phiếu này chưa đến. Enter: vẫn giao, lấy từ đồ đang có ở đây
desk-entry-dropoff-for = Enter: ghi nhận đồ họ mang đến; đồ được để riêng cho nhu cầu đã ghép
desk-entry-connect = Enter: giúp hai người liên lạc với nhau (hiện số liên lạc của cả hai)
desk-entry-finish = Enter: việc đã xong, đánh dấu hoàn tất
desk-entry-cancel-match = F8: hủy ghép
desk-entry-undo = F3: hoàn tác (làm nhầm, trong hôm nay)
desk-typed-code = Mã này được gõ tay, không phải quét. Trước khi giao, hãy hỏi họ là ai.
desk-check-name = Hỏi tên họ: { $name }. Bấm Enter lần nữa để giao.
desk-check-phone = Hỏi mấy số cuối điện thoại của họ: …{ $digits }. Bấm Enter lần nữa để giao.
desk-check-nothing = Không có tên hay số điện thoại để kiểm tra. Chỉ giao nếu bạn chắc chắn: bấm Enter lần nữa.
desk-not-now = { $code } đang ở trạng thái “{ $status }”: bước này không áp dụng.
desk-undo-not-yours = Chỉ tình nguyện viên đã làm việc đó, hoặc người điều phối, mới hoàn tác được.
desk-undo-too-late = Việc đó không phải hôm nay: hãy nhờ người điều phối sửa.
desk-undo-stock-gone = Không hoàn tác được: đồ mang đến đã được phát đi rồi. Hãy sửa lại số đếm.
desk-undone = Đã hoàn tác: { $code } trở lại như trước.
desk-closed = Đã đóng: { $code }.
desk-connected = Đã giúp liên lạc: { $code }. Số liên lạc của hai bên ở bên dưới.
desk-finished = Xong: { $code }. Cảm ơn.
desk-nothing-found = Không tìm thấy gì cho “{ $text }”.
desk-found-title = Tìm thấy cho “{ $text }”: { $count }
desk-set-aside = Đã nhận { $quantity } × { $item }: để riêng cho { $code }, giờ đã sẵn sàng.
desk-counted = { $item }: giờ có { $quantity } trên kệ.
desk-propose-failed = Chưa đề nghị được: một bên đã có đề nghị ghép, hoặc không còn mở.
desk-printed = Đã in: { $code }.
desk-print-failed = Không in được { $code }: { $reason }. Kiểm tra máy in, rồi bấm F4 để thử lại.
desk-entered = Đã lưu với mã { $code }; phiếu đang được in. Đọc mã số cho họ nghe.
desk-staff-enabled = { $name } đăng nhập lại được rồi.
desk-lock-cleared = { $name } có thể thử lại mã PIN.
desk-name-taken = Đã có tài khoản tên { $name }.
desk-last-coordinator = { $name } là người điều phối cuối cùng: hãy thêm một người điều phối khác trước.
desk-old-pin-wrong = PIN cũ không đúng. Chưa thay đổi gì.
desk-staff-locked = bị khóa đến { $time }
desk-calls-hint = Những người muốn được gọi điện hoặc giao đồ tận nơi, ai gấp nhất ở trên.
desk-calls-empty = Không ai đang chờ gọi điện hay giao đồ.
desk-unprinted-hint = Phiếu trong 7 ngày qua chưa hề in được: có thể không ai có mã số. Enter để in lại.
desk-unprinted-empty = Phiếu nào cũng đã in.
desk-connected-title = Giúp hai người này liên lạc với nhau
desk-connected-need = Người cần ({ $code })
desk-connected-offer = Người góp ({ $code })
desk-connected-hint = Gọi cho họ, hoặc cho mỗi người biết cách liên lạc với người kia, rồi bấm Esc. Khi việc đã xong, mở phiếu và bấm Enter để đánh dấu hoàn tất.
desk-close-title = Đóng { $code }: vì sao?
desk-count-title = Trên kệ có bao nhiêu { $item }?
desk-my-pin-title = Đổi mã PIN của bạn
field-old-pin = PIN cũ
field-new-pin = PIN mới (4 đến 8 số)
field-new-pin-again = Gõ lại PIN mới
desk-intake-title = Cần giúp hoặc muốn góp, cho người gọi điện hoặc điền mẫu đơn giấy
desk-intake-phone = Chọn “Gọi cho tôi” thì cần số điện thoại.
desk-intake-number = Bao nhiêu: một số từ 1 đến 99.
language-in-en = tiếng Anh
language-in-ar = tiếng Ả Rập
language-in-es = tiếng Tây Ban Nha
language-in-fa = tiếng Ba Tư
language-in-fr = tiếng Pháp
language-in-ht = tiếng Creole Haiti
language-in-ko = tiếng Hàn
language-in-pt = tiếng Bồ Đào Nha
language-in-ru = tiếng Nga
language-in-so = tiếng Somali
language-in-uk = tiếng Ukraina
language-in-vi = tiếng Việt
language-in-zh-Hans = tiếng Trung
list-position-cut = { $first }–{ $last } trên { $shown } dòng đầu (tổng cộng { $total })
desk-found-none = Không tìm thấy gì.
desk-queue-none-fulfilled = Hôm nay chưa có gì được giao hay mang đến, cũng chưa giúp ai liên lạc.
desk-queue-none-closed = Hôm nay chưa đóng phiếu nào.
report-week-figures = tuần trước { $last }, trung bình { $mean }
desk-event-over = Buổi họp mặt đó đã kết thúc rồi: giờ kết thúc đã qua.
roster-calls-title = Danh sách cần gọi hoặc giao tận nơi, ngày { $date }
roster-calls-hint = Gọi cho từng người, hoặc mang đồ đến cho họ, rồi ghi kết quả bên cạnh. Khi máy chạy lại, nhập vào ở bàn nhân viên.
roster-calls-private = Trang này có tên và số điện thoại: hãy giữ bên mình, xong việc thì cắt vụn.
roster-calls-empty = Không có ai cần gọi hay giao đồ.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = không để lại liên lạc: khi họ đến bàn nhân viên, cho họ biết cách liên lạc với người kia
desk-confirmed-stock = Đã xác nhận ghép: đã để riêng từ kho, nhu cầu này sẵn sàng để giao.
desk-confirmed-offer = Đã xác nhận ghép: người góp sẽ mang đồ đến; khi đồ đến thì nhu cầu sẵn sàng để giao.
desk-confirmed-service = Đã xác nhận ghép: giờ hãy giúp hai người liên lạc với nhau (mở một trong hai phiếu, rồi bấm Enter).
desk-short-of-stock = Trong kho chỉ có { $have } { $item }, cần { $want }: đếm lại kệ ở mục Kho, hoặc hủy ghép này (F8).
desk-cancel-failed = Không thể hủy ghép này nữa: đã giao, đã giúp liên lạc, hoặc đã hủy rồi.
desk-staff-pin-in-name = Tên này có bốn chữ số liền nhau, giống mã PIN: có phải đã gõ PIN vào ô tên? Tab để chuyển sang ô PIN.
desk-ticket-title = Phiếu { $code }: { $count } mục. Bấm Enter để mở một mục và giao.
tab-members = Thành viên
desk-members-hint = Quét thẻ của thành viên để mở. Enter để mở thành viên đang chọn.
desk-members-empty = Chưa có thành viên nào. Khách có thể lấy thẻ vào cuối lần ghé, hoặc bấm F6 để làm thẻ ở đây.
desk-member-hours = đã góp { $given } giờ · đã nhận { $received } giờ
desk-member-no-card = không có thẻ
desk-member-title = Thẻ thành viên { $card }
desk-member-seen = ghé lần cuối: { $age }
desk-member-balance = Đã góp { $given } giờ · đã nhận { $received } giờ · số dư { $balance } giờ
desk-member-debt = Số giờ đã nhận vượt số giờ đã góp hơn { $hours } giờ: chỉ là giới hạn mềm, không từ chối gì cả. Trò chuyện với họ một chút có thể giúp ích.
desk-member-statement-empty = Chưa ghi giờ nào. F7 để ghi một lần trao đổi.
desk-member-correction = (sửa lại)
desk-member-reversed = (đã đảo ngược)
desk-member-form-title = Thẻ thành viên mới
desk-member-form-hint = Không có ô nào bắt buộc. Thẻ không ghi tên: chỉ có mã số của thẻ.
field-nickname = Biệt danh (không bắt buộc)
field-household = Số người trong nhà (không bắt buộc)
desk-household-bad = Gõ một số từ 1 đến 99, hoặc để trống.
desk-exchange-title = Ghi số giờ đã góp và đã nhận
desk-exchange-hint = Quét từng thẻ, hoặc gõ mã số của thẻ. Để trống một bên nếu đó là giờ của chính địa điểm này.
field-provider = Người góp
field-receiver = Người nhận
field-hours = Số giờ (1, 1.5, 1:45, ¾)
field-for-need = Cho nhu cầu (mã phiếu)
field-from-offer = Từ lượt góp (mã phiếu)
desk-exchange-card = Thẻ đó không hợp lệ ở đây: thẻ đã được thay, hoặc là thẻ giả hay thẻ không rõ.
desk-exchange-same = Người góp và người nhận là cùng một người.
desk-exchange-hours = Gõ số giờ theo từng 15 phút, lớn hơn 0 và tối đa 24: 1, 1.5, 1:45 hoặc ¾.
desk-exchange-need = Không có nhu cầu nào mang mã phiếu đó.
desk-exchange-offer = Không có lượt góp nào mang mã phiếu đó.
desk-card-printed = Đã in thẻ { $code }.
desk-card-print-failed = Không in được thẻ { $code }: kiểm tra máy in, rồi bấm F8 để in thẻ mới.
desk-card-refused = Thẻ này không hợp lệ ở đây: thẻ đã được thay, hoặc là thẻ giả hay thẻ của địa điểm khác.
desk-exchanged = Đã ghi: { $hours } giờ.
desk-exchanged-debt = Đã ghi: { $hours } giờ. Người nhận nay đã nhận nhiều hơn hẳn số giờ đã góp: chỉ là giới hạn mềm, không từ chối gì cả.
desk-reversed = Đã đảo ngược: đã ghi một lần chuyển giờ để sửa lại.
desk-cannot-reverse = Không đảo ngược được một lần sửa lại, và không gì bị đảo ngược hai lần: hãy ghi lại lần trao đổi đó.
desk-statement-printed = Đã in bảng kê giờ.
desk-statement-failed = Không in được bảng kê giờ: kiểm tra máy in.
key-new-card = thẻ mới
key-exchange = ghi giờ
key-statement = in bảng kê
key-replace-card = mất thẻ
key-reverse = đảo ngược
desk-member-to = cho { $who }
desk-member-from = từ { $who }
desk-member-removed = thành viên đã bị xóa
report-members = Thành viên, mỗi người chỉ tính một lần: { $served } người được giúp (tuần trước: { $new } người mới, { $returning } người đã có thẻ từ trước) · đã trao đổi { $hours } giờ giúp đỡ
tab-network = Mạng lưới
desk-elsewhere-title = Phiếu { $code } của { $site }, một địa điểm khác trong mạng lưới của chúng ta
desk-elsewhere-private = Tên và số điện thoại chỉ lưu ở { $site }: nếu cần, hãy hỏi họ là ai.
desk-elsewhere-hand = Enter: giao món đã chọn tại đây. { $site } sẽ thấy sau lần trao đổi tệp kế tiếp.
desk-elsewhere-handed = đã giao tại { $sites }
notice-handed-elsewhere = Đã giao { $code } tại đây. { $site } sẽ thấy sau lần trao đổi tệp kế tiếp.
notice-elsewhere-already = { $code } đã được giao rồi, tại một địa điểm khác trong mạng lưới.
network-none = Địa điểm này chưa thuộc mạng lưới nào. Người điều phối tạo mạng lưới bằng dòng lệnh: aidkiosk network create
network-this-site = địa điểm này
network-last = thay đổi gần nhất { $when }
network-never = chưa nhận được thay đổi nào
network-waiting = { $count ->
   *[other] { $count } tệp sau đang chờ một tệp còn thiếu
}
network-removed = đã bị đưa ra khỏi mạng lưới
network-problems = Tệp chưa được áp dụng
network-problem-refused = { $site } { $file }: bị từ chối ({ $reason })
network-problem-newer = { $site } { $file }: do bản aidkiosk mới hơn ghi. Hãy cập nhật aidkiosk ở đây để đọc được.
network-problem-removed = { $site } { $file }: từ một địa điểm đã bị đưa ra khỏi mạng lưới
network-problem-unknown = { $site }: thư mục của một địa điểm không thuộc mạng lưới này
network-conflicts = Bị giao hai lần trong lúc các địa điểm không kết nối với nhau
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = Không có xung đột.
network-resolve-hint = Gọi cho địa điểm kia, giải quyết với người đó, rồi bấm F3 trên mục xung đột.
key-resolve = đã giải quyết
notice-conflict-resolved = Đã đánh dấu { $code } là đã giải quyết, ở mọi địa điểm sau lần trao đổi kế tiếp.
key-network-report = địa điểm này / mạng lưới
report-network-columns = Lượt cần đã ghi / đã giao, tại từng địa điểm trong mạng lưới
desk-proposed-elsewhere = Đã đề nghị ghép với { $site }. Bàn nhân viên bên đó xác nhận; khi ấy nhu cầu này cũng được ghép tại đây.
