# aidkiosk 방문자 화면과 설정 메시지: 한국어 (ko).
# 모든 언어는 영어판과 똑같은 메시지 id와 $placeholders를 가집니다.
# 줄을 짧게 쓰세요: 키오스크 화면은 최소 80칸이고, 한글은 한 글자가 두 칸입니다.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = 한국어

## Welcome
welcome-greeting = 어서 오세요
welcome-start = 아무 키나 눌러 시작하세요

## Language
language-prompt = 언어를 고르세요

## Home
home-prompt = 무엇을 하시겠어요?
home-need = 필요한 것이 있어요
home-offer = 나눌 수 있는 것이 있어요
home-check = 내 번호표 확인
home-board = 지금 필요한 것
home-events = 동네 행사

## Category
category-prompt-need = 무엇이 필요하세요?
category-prompt-offer = 무엇을 나눠 주실 수 있어요?
category-food = 음식
category-hygiene = 비누와 위생용품
category-baby-child = 아기와 어린이
category-clothing = 옷
category-housing = 집 문제 도움
category-transport = 교통과 차편
category-childcare = 아이 돌봄
category-medical = 건강과 약
category-skills = 기술과 수리
category-language-tech = 언어와 휴대폰·컴퓨터 도움
category-companionship = 이야기 나눌 사람
category-other = 그 밖의 것
menu-more = 더 보기
menu-page = { $pages }쪽 중 { $page }쪽

## Details
details-prompt = 몇 가지 질문이에요. 이 답을 그대로 두려면 Enter를 누르세요.
details-quantity-need = 몇 개 필요하세요
details-quantity-offer = 몇 개 나눠 주실 수 있어요
details-urgency = 언제
urgency-today = 오늘
urgency-week = 이번 주
urgency-flexible = 언제든지
details-mode = 방법
mode-pickup = 제가 여기 와서 받을게요
mode-delivery = 저에게 가져다주세요
mode-call = 전화해 주세요
details-detail = 메모 (안 써도 돼요)
details-name = 이름 (안 써도 돼요)
details-phone = 전화번호 (전화를 원하시면)
details-privacy = 이름과 전화번호는 자원봉사자만 봐요. { $days ->
   *[other] { $days }일
} 뒤에 지워져요.
details-change = 답을 바꾸려면 번호를 누르세요.
details-continue = 계속하려면 Enter를 누르세요.
details-phone-needed = 전화드릴 수 있게 전화번호를 적어 주세요.
field-empty = (없음)
edit-type = 답을 입력하고 Enter를 누르세요.
edit-number = 1부터 99까지 숫자를 입력하고 Enter를 누르세요.
edit-choose = 번호를 눌러 고르세요.

## Review
review-prompt = 이대로 맞나요?
review-category = 무엇
review-quantity = 몇 개
review-urgency = 언제
review-mode = 방법
review-detail = 메모
review-name = 이름
review-phone = 전화번호
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
   *[other] { $count }개
}
review-save = 저장하고 인쇄하려면 Enter, 고치려면 Esc를 누르세요.

## Slip
slip-title = 번호표
slip-code = 접수 번호: { $code }
slip-keep = 이 번호를 잘 간직하세요. 자원봉사자에게 보여 주세요.
slip-print-pending = 번호표를 인쇄하고 있어요…
slip-print-done = 인쇄했어요. 번호표를 가져가세요.
slip-print-failed = 프린터가 안 돼요. 번호를 적어 두시거나 이 화면을 자원봉사자에게 보여 주세요.
slip-done = 다 끝나면 Enter를 누르세요.
slip-saving = 저장하고 있어요…
slip-save-failed = 죄송해요, 저장하지 못했어요. 적으신 답은 그대로 있어요. Enter를 눌러 다시 해 보시거나 자원봉사자에게 물어보세요.

## Check my slip
check-prompt = 번호표에 있는 번호를 입력하거나 스캔하세요
check-hint = 번호는 영문과 숫자 8자예요. 예: 7K3M-Q9PX
check-searching = 찾고 있어요…
check-not-found = 이 번호를 찾지 못했어요. 번호를 확인하고 다시 해 보세요.
check-again = 다른 번호를 확인하려면 Enter를 누르세요.

## Footer keys
key-hint = { $key }: { $action }
key-any = 아무 키
key-start = 시작
key-choose = 고르기
key-ok = 확인
key-back = 뒤로
key-speak = 소리로 읽기
key-stay = 답 유지
check-code = 번호

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }번, { $label }.
speech-unavailable = 한국어는 아직 소리로 읽어 드릴 수 없어요.

## Idle
idle-title = 아직 계세요?
idle-countdown = { $seconds ->
   *[other] { $seconds }초
} 뒤에 답이 모두 지워져요.
idle-continue = 답을 그대로 두려면 아무 키나 누르세요.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## Small screen
screen-enlarge = 이 창을 더 크게 해 주세요.

## Kinds, shown on slips and to volunteers
kind-need = 필요
kind-offer = 나눔

## Printed slip
slip-print-date = 날짜: { $date }
slip-print-code = 번호: { $code }

## First-run set-up (shown in the staff language)
setup-title = 이 키오스크 설정
setup-intro = 아직 관리자가 없습니다. 이 장소를 설정해 주세요.
setup-site = 장소 이름
setup-admin = 관리자 이름
setup-pin = 관리자 PIN (숫자 4~8자리)
setup-pin-again = PIN 다시 입력
setup-hint = 답을 하나씩 입력하고 Enter를 누르세요. Esc를 누르면 앞 칸으로 갑니다.
setup-pin-mismatch = 두 PIN이 서로 다릅니다. 다시 입력해 주세요.
setup-pin-invalid = PIN은 숫자 4~8자리입니다.
setup-name-missing = 이름을 입력해 주세요.
setup-working = 설정하는 중…
setup-failed = 설정하지 못했습니다: { $reason }

## What is needed now (a board with no personal details)
board-title = 지금 필요한 것
board-needs = { $count ->
   *[other] 필요 { $count }건
}
board-offers = { $count ->
   *[other] 나눔 { $count }건
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }, { $offers }
board-invite = 가장 필요한 것: { $category }. 도와주실 수 있나요?
board-hint = 번호를 누르면 그 종류로 나눔을 신청해요.
board-empty = 지금은 더 필요한 것이 없어요. 고맙습니다!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ 필요   ░ 나눔

## Gatherings (posted by staff)
events-title = 동네 행사
events-empty = 아직 정해진 행사가 없어요.
events-hint = 번호를 누르면 행사를 보고 인쇄할 수 있어요.
event-when = 언제
event-where = 어디서
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $date } { $weekday }, { $start }–{ $end }
event-print = 인쇄하려면 Enter를 누르세요.
event-scan = 휴대폰으로 네모난 QR 코드를 스캔하면 내 달력에 넣을 수 있어요.
weekday-mon = 월요일
weekday-tue = 화요일
weekday-wed = 수요일
weekday-thu = 목요일
weekday-fri = 금요일
weekday-sat = 토요일
weekday-sun = 일요일

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = 종이 신청서: 필요 또는 나눔
form-intro = 부분마다 칸 하나에 표시하고 또박또박 써 주세요. 자원봉사자가 대신 입력하고 번호를 드려요.
form-staff = 자원봉사자용: 입력 날짜 ________, 입력한 사람 ________, 번호 ____-____

## What happens next for a slip
next-need-waiting = 신청을 받았어요. 자원봉사자가 필요한 것을 찾고 있어요.
next-offer-waiting = 고맙습니다! 자원봉사자가 나눠 주실 것이 필요한 사람을 찾고 있어요.
next-need-coming = 누군가 필요한 것을 가져오고 있어요. 조금 뒤에 다시 확인해 주세요.
next-bring-it = 나눠 주실 것이 필요한 분이 있어요. 여기로 가져와 주세요.
next-we-collect = 나눠 주실 것이 필요한 분이 있어요. 자원봉사자가 가지러 갈게요.
next-pick-up = 준비됐어요. 오셔서 받아 가세요. 이 번호표를 가져오세요.
next-we-deliver = 준비됐어요. 자원봉사자가 가져다드릴게요.
next-we-call = 자원봉사자가 전화드릴게요.
next-in-touch-soon = 자원봉사자가 상대방과 연락할 수 있게 이어 드릴게요.
next-in-touch = 상대방과 연락이 이어졌어요. 고맙습니다!
next-handed-over = 전달했어요. 도움이 되면 좋겠어요!
next-received = 잘 받았어요. 고맙습니다!
next-done = 다 끝났어요. 고맙습니다!
next-closed = 이 번호표는 종료되었어요.
details-quantity-people = 집에 함께 사는 사람은 몇 명인가요
details-quantity-hours = 몇 시간 도와주실 수 있어요
offer-mode-pickup = 제가 여기로 가져올게요
offer-mode-delivery = 저에게 와서 가져가 주세요
service-mode-pickup = 여기서 만나요
service-mode-delivery = 저희 집에서
details-phone-required = 전화번호 (연락하려면 꼭 필요해요)
details-phone-needed-delivery = 전화번호를 적어 주세요. 자원봉사자가 전화해서 어디로 갈지 여쭤볼게요.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
   *[other] { $count }명
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
   *[other] { $count }시간
}
review-also = 이 번호표에 함께 있는 것:
review-add = 다른 것 추가하기
slip-print-items = { $count ->
   *[other] 번호표 한 장에 { $count }가지
}
kiosk-resting = 이 키오스크는 지금 쓸 수 없어요. 자원봉사자에게 물어보세요.
card-title = 회원 카드
card-next-time = 다음에는 키오스크에서 이 카드를 스캔하세요. 언어와 함께 사는 사람 수가 미리 채워져요.
card-private = 이 카드에는 이름이 없어요. 잃어버리면 자원봉사자에게 새 카드를 달라고 하세요.
card-hours = 나눈 시간: { $given } · 받은 시간: { $received }
card-take = 다음에 쓸 회원 카드 받기
card-printing = 회원 카드를 인쇄하고 있어요…
card-printed = 회원 카드를 인쇄했어요. 카드도 꼭 가져가세요.
card-failed = 카드를 인쇄하지 못했어요. 창구에서 자원봉사자가 만들어 드릴 수 있어요.
card-welcome = 다시 오셨네요, 반가워요! 언어와 함께 사는 사람 수를 채워 두었어요.
card-shown = 이것이 회원 카드예요.
card-start = 이 카드로 시작하려면 Enter를 누르세요.
card-refused = 이 카드는 이제 쓸 수 없어요. 자원봉사자에게 새 카드를 달라고 하세요.
statement-title = 내 시간 내역
statement-line = { $date } · { $category } · { $hours }
statement-correction = 정정
statement-balance = 잔고: { $hours }
check-elsewhere = 이 번호표는 { $site }에서 받은 번호표예요. 우리 네트워크의 다른 곳이에요.
board-network = { $count ->
   *[other] 우리 네트워크의 다른 곳에 필요 { $count }건
}
