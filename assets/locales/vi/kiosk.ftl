# Tin nhắn aidkiosk cho khách và phần cài đặt: tiếng Việt (vi).
# Mọi ngôn ngữ có đúng các id tin nhắn và các $placeholders như bản tiếng Anh.
# Giữ dòng ngắn: màn hình máy có ít nhất 80 cột.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = Tiếng Việt

## Welcome
welcome-greeting = Xin chào
welcome-start = Bấm phím bất kỳ để bắt đầu

## Language
language-prompt = Chọn ngôn ngữ của bạn

## Home
home-prompt = Bạn muốn làm gì?
home-need = Tôi cần giúp đỡ
home-offer = Tôi có thể đóng góp
home-check = Xem lại phiếu của tôi
home-board = Hiện đang cần gì
home-events = Sự kiện cộng đồng

## Category
category-prompt-need = Bạn cần gì?
category-prompt-offer = Bạn có thể góp gì?
category-food = Đồ ăn
category-hygiene = Xà bông và đồ vệ sinh
category-baby-child = Em bé và trẻ em
category-clothing = Quần áo
category-housing = Giúp về nhà ở
category-transport = Đi lại và đưa đón
category-childcare = Giữ trẻ
category-medical = Sức khỏe và thuốc men
category-skills = Tay nghề và sửa chữa
category-language-tech = Ngôn ngữ và máy tính
category-companionship = Người để trò chuyện
category-other = Thứ khác
menu-more = Thêm lựa chọn
menu-page = Trang { $page } trên { $pages }

## Details
details-prompt = Vài câu hỏi. Bấm Enter để giữ các câu trả lời này.
details-quantity-need = Bạn cần bao nhiêu
details-quantity-offer = Bạn có thể góp bao nhiêu
details-urgency = Khi nào
urgency-today = Hôm nay
urgency-week = Tuần này
urgency-flexible = Lúc nào cũng được
details-mode = Cách nào
mode-pickup = Tôi đến đây lấy
mode-delivery = Mang đến cho tôi
mode-call = Gọi cho tôi
details-detail = Ghi chú (có thể bỏ qua)
details-name = Tên (có thể bỏ qua)
details-phone = Số điện thoại (nếu muốn được gọi)
details-privacy = Chỉ tình nguyện viên thấy tên và số điện thoại của bạn. Chúng tôi sẽ xóa các thông tin này sau { $days ->
   *[other] { $days } ngày.
}
details-change = Bấm một số để sửa câu trả lời.
details-continue = Bấm Enter để đi tiếp.
details-phone-needed = Xin ghi số điện thoại để chúng tôi gọi cho bạn.
field-empty = (trống)
edit-type = Gõ câu trả lời, rồi bấm Enter.
edit-number = Gõ một số từ 1 đến 99, rồi bấm Enter.
edit-choose = Bấm một số để chọn.

## Review
review-prompt = Như vậy đúng chưa?
review-category = Loại
review-quantity = Bao nhiêu
review-urgency = Khi nào
review-mode = Cách nào
review-detail = Ghi chú
review-name = Tên
review-phone = Điện thoại
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
   *[other] { $count } món
}
review-save = Bấm Enter để lưu và in. Bấm Esc để sửa.

## Slip
slip-title = Phiếu của bạn
slip-code = Mã số của bạn: { $code }
slip-keep = Giữ mã số này. Đưa cho tình nguyện viên xem.
slip-print-pending = Đang in phiếu của bạn…
slip-print-done = In xong. Xin lấy phiếu của bạn.
slip-print-failed = Máy in không chạy. Xin chép lại mã số, hoặc cho tình nguyện viên xem màn hình này.
slip-done = Xong rồi thì bấm Enter.
slip-saving = Đang lưu…
slip-save-failed = Xin lỗi, chưa lưu được. Câu trả lời của bạn vẫn còn đây: bấm Enter để thử lại, hoặc hỏi tình nguyện viên.

## Check my slip
check-prompt = Gõ hoặc quét mã số trên phiếu của bạn
check-hint = Mã số có 8 chữ và số, ví dụ 7K3M-Q9PX.
check-searching = Đang tìm…
check-not-found = Không tìm thấy mã số này. Xin xem lại rồi thử lần nữa.
check-again = Bấm Enter để xem mã số khác.

## Footer keys
key-hint = { $key }: { $action }
key-any = Phím bất kỳ
key-start = bắt đầu
key-choose = chọn
key-ok = đồng ý
key-back = quay lại
key-speak = đọc to
key-stay = giữ câu trả lời
check-code = Mã

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }: { $label }.
speech-unavailable = Máy chưa đọc to được tiếng Việt.

## Idle
idle-title = Bạn còn ở đây không?
idle-countdown = Câu trả lời của bạn sẽ bị xóa sau { $seconds ->
   *[other] { $seconds } giây.
}
idle-continue = Bấm phím bất kỳ để giữ lại câu trả lời.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## Small screen
screen-enlarge = Xin mở cửa sổ này lớn hơn.

## Kinds, shown on slips and to volunteers
kind-need = Cần
kind-offer = Góp

## Printed slip
slip-print-date = Ngày: { $date }
slip-print-code = Mã số: { $code }

## First-run set-up (shown in the staff language)
setup-title = Cài đặt máy này
setup-intro = Chưa có người điều phối. Xin cài đặt cho địa điểm này.
setup-site = Tên địa điểm
setup-admin = Tên người điều phối
setup-pin = Mã PIN của người điều phối (4 đến 8 số)
setup-pin-again = Gõ lại mã PIN
setup-hint = Gõ từng câu trả lời rồi bấm Enter. Esc để quay lại ô trước.
setup-pin-mismatch = Hai mã PIN không giống nhau. Xin gõ lại.
setup-pin-invalid = Mã PIN có từ 4 đến 8 số.
setup-name-missing = Xin gõ một cái tên.
setup-working = Đang cài đặt…
setup-failed = Cài đặt không được: { $reason }

## What is needed now (a board with no personal details)
board-title = Hiện đang cần gì
board-needs = { $count ->
   *[other] { $count } lượt cần
}
board-offers = { $count ->
   *[other] { $count } lượt góp
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }, { $offers }
board-invite = Đang cần nhất: { $category }. Bạn có thể góp một tay không?
board-hint = Bấm một số để góp vào loại đó.
board-empty = Hiện chưa cần gì thêm. Cảm ơn bạn!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ cần   ░ góp

## Gatherings (posted by staff)
events-title = Sự kiện cộng đồng
events-empty = Chưa có sự kiện cộng đồng nào.
events-hint = Bấm một số để xem một sự kiện và in ra.
event-when = Khi nào
event-where = Ở đâu
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday } { $date }, { $start }–{ $end }
event-print = Bấm Enter để in ra.
event-scan = Dùng điện thoại quét mã vuông này để thêm vào lịch của bạn.
weekday-mon = Thứ Hai
weekday-tue = Thứ Ba
weekday-wed = Thứ Tư
weekday-thu = Thứ Năm
weekday-fri = Thứ Sáu
weekday-sat = Thứ Bảy
weekday-sun = Chủ Nhật

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = Mẫu đơn giấy: cần giúp hoặc muốn góp
form-intro = Mỗi phần đánh dấu một ô, và viết cho rõ. Tình nguyện viên sẽ nhập giúp bạn và đưa bạn một mã số.
form-staff = Phần của tình nguyện viên: nhập ngày ________ bởi ________, mã số ____-____

## What happens next for a slip
next-need-waiting = Chúng tôi đã nhận yêu cầu của bạn. Tình nguyện viên đang tìm thứ bạn cần.
next-offer-waiting = Cảm ơn bạn! Tình nguyện viên đang tìm người cần thứ bạn góp.
next-need-coming = Có người đang mang thứ bạn cần đến. Bạn xem lại sau ít lâu nhé.
next-bring-it = Có người cần thứ bạn góp: xin mang đến đây.
next-we-collect = Có người cần thứ bạn góp: tình nguyện viên sẽ đến lấy.
next-pick-up = Đã sẵn sàng: xin đến đây nhận. Nhớ mang theo phiếu này.
next-we-deliver = Đã sẵn sàng: tình nguyện viên sẽ mang đến cho bạn.
next-we-call = Tình nguyện viên sẽ gọi cho bạn.
next-in-touch-soon = Tình nguyện viên sẽ giúp bạn liên lạc với người kia.
next-in-touch = Bạn đã được giúp liên lạc với người kia. Cảm ơn bạn!
next-handed-over = Đã giao. Mong là giúp được bạn!
next-received = Đã nhận. Cảm ơn bạn!
next-done = Xong rồi. Cảm ơn bạn!
next-closed = Phiếu này đã đóng.
details-quantity-people = Nhà bạn có bao nhiêu người
details-quantity-hours = Bạn có thể góp bao nhiêu giờ
offer-mode-pickup = Tôi mang đến đây
offer-mode-delivery = Đến lấy ở chỗ tôi
service-mode-pickup = Gặp nhau ở đây
service-mode-delivery = Tại nhà tôi
details-phone-required = Số điện thoại (cần để liên lạc với bạn)
details-phone-needed-delivery = Xin ghi số điện thoại: tình nguyện viên sẽ gọi để hỏi nên đến đâu.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
   *[other] { $count } người
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
   *[other] { $count } giờ
}
review-also = Phiếu này còn có:
review-add = Thêm một thứ nữa
slip-print-items = { $count ->
   *[other] Phiếu này có { $count } mục
}
kiosk-resting = Máy này tạm thời không chạy. Xin hỏi tình nguyện viên.
card-title = Thẻ thành viên
card-next-time = Lần sau, hãy quét thẻ này ở máy: ngôn ngữ và số người trong nhà bạn sẽ được điền sẵn.
card-private = Thẻ này không có tên của bạn. Nếu mất thẻ, xin hỏi tình nguyện viên để lấy thẻ mới.
card-hours = Giờ đã góp: { $given } · đã nhận: { $received }
card-take = Lấy thẻ thành viên để dùng lần sau
card-printing = Đang in thẻ thành viên của bạn…
card-printed = Đã in xong thẻ thành viên của bạn. Xin lấy cả thẻ này nữa.
card-failed = Không in được thẻ. Tình nguyện viên ở bàn nhân viên có thể làm thẻ cho bạn.
card-welcome = Chào mừng bạn trở lại! Ngôn ngữ và số người trong nhà đã được điền sẵn.
card-shown = Đây là thẻ thành viên của bạn.
card-start = Bấm Enter để bắt đầu với thẻ này.
card-refused = Thẻ này không dùng được nữa. Xin hỏi tình nguyện viên để lấy thẻ mới.
statement-title = Số giờ của bạn
statement-line = { $date } · { $category } · { $hours }
statement-correction = sửa lại
statement-balance = Số dư: { $hours }
check-elsewhere = Phiếu này là của { $site }, một nơi khác trong mạng lưới của chúng ta.
board-network = { $count ->
   *[other] { $count } lượt cần ở những nơi khác trong mạng lưới của chúng ta
}
