# aidkiosk 직원 창구 메시지: 한국어 (ko).
# 자원봉사자와 관리자에게 그 장소의 직원 언어로 보입니다.

## Unlock
desk-title = 직원 창구
desk-pin-wrong = 이름과 PIN이 맞지 않습니다. { $left ->
   *[other] { $left }번 더 틀리면 로그인이 잠깁니다.
}
desk-locked = 너무 많이 틀렸습니다. { $time }까지 여기서 로그인이 잠깁니다. 관리자가 "직원"에서 잠금을 풀 수 있습니다.
desk-checking = 확인하는 중…
desk-no-staff = 활성 직원이 없습니다. 관리자가 추가할 수 있습니다: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = 자원봉사자
role-coordinator = 관리자
tab-queue = 대기 목록
tab-needs = 연결 대기
tab-matches = 제안된 연결
tab-inventory = 재고
desk-scan = 번호표를 스캔하거나 번호를 입력하세요:

## Keys
key-next-view = 다음
key-move = 이동
key-open = 열기
key-close = 닫기
key-lock = 잠금
key-category = 종류
key-status = 상태
key-drop-off = 물품 받기
key-hand-out = 하나 내주기
key-confirm = 확정
key-cancel = 취소
key-next-field = 다음 칸
key-save = 저장
key-add = 추가
key-new-pin = 새 PIN
key-disable = 사용 중지
key-role = 역할
key-post = 올리기
key-take-down = 내리기
key-count-again = 다시 세기
key-reprint = 다시 인쇄
list-position = { $total }개 중 { $first }–{ $last }
desk-unlock-failed = PIN을 확인하지 못했습니다. 데이터베이스에 기록할 수 없습니다. 다시 시도하고, 계속 실패하면 코디네이터에게 알리세요.
desk-staff-empty = 아직 직원 계정이 없습니다.

## Entries
desk-entry-title = 번호표 { $code }
field-kind = 구분
field-category = 종류
field-quantity = 수량
field-urgency = 급한 정도
field-mode = 방법
field-language = 언어
field-age = 접수
field-status = 상태
field-detail = 메모
field-contact = 연락처
field-item = 물품
age-minutes = { $minutes }분
age-hours = { $hours }시간
age-days = { $days ->
   *[other] { $days }일
}
status-open = 진행 중
status-matched = 연결됨
status-picked = 전달 완료
status-closed = 종료
category-any = 모든 종류
desk-entry-pickup = Enter: 전달하기
desk-entry-dropoff = Enter: 가져온 물품 기록
desk-entry-match = F9: 연결 찾기

## Results
desk-picked-up = 전달 완료: { $code }. 고맙습니다.
desk-already-picked = 거부됨: { $code }, { $time }에 { $name }님이 이미 전달했거나 받은 것으로 처리했습니다.
desk-refused-signature = 거부됨: 이 번호표의 서명이 맞지 않습니다. 기록에 남겼습니다.
desk-refused-site = 거부됨: 다른 장소의 번호표입니다 ({ $site }).
desk-refused-format = 접수 번호가 아닙니다. 번호는 영문과 숫자 8자입니다.
desk-not-found = 번호가 { $code }인 번호표가 없습니다.
desk-dropped-off = 재고에 추가했습니다: { $quantity } × { $item }
desk-handed-out = { $item } 하나를 내주었습니다. { $left ->
   *[other] { $left }개 남았습니다.
}
desk-none-left = { $item }: 남은 것이 없습니다.
desk-proposed = 연결을 제안했습니다. "제안된 연결"에서 확정하세요.
desk-confirm-failed = 이 연결은 이제 확정할 수 없습니다. 한쪽이 바뀌었습니다.
desk-cancelled = 연결을 취소했습니다.
desk-error = 문제가 생겼습니다. 기록에 남겼고, 바뀐 것은 없습니다.

desk-reprinted = { $code }: 프린터로 다시 보냈습니다.

## Views
desk-queue-empty = 할 일이 없습니다. 모든 접수를 처리했습니다.
desk-needs-empty = 진행 중인 필요는 모두 연결됐습니다.
desk-needs-count = { $category }: { $count }
desk-candidates-title = { $code } ({ $category })에 맞는 연결
desk-candidates-empty = 이 종류에는 아직 진행 중인 것이 없습니다.
desk-candidate-offer = 나눔 { $code }: { $quantity } · { $urgency } · { $age }
desk-candidate-stock = 재고: { $item } ({ $quantity })
desk-matches-empty = 제안된 연결이 없습니다.
desk-match-line = 필요 { $need } ⇐ { $with }
desk-inventory-empty = 재고가 없습니다. F6으로 받은 물품을 기록하세요.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = 받은 물품 기록
desk-dropoff-for = 나눔 번호표 { $code }

## Staff accounts (coordinators)
tab-staff = 직원
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · 사용 중지됨
desk-staff-add-title = 직원 추가
desk-staff-pin-title = { $name }님의 새 PIN
field-name = 이름
field-role = 역할
field-pin = PIN (숫자 4~8자리)
desk-staff-added = { $name }님을 추가했습니다.
desk-staff-disabled = { $name }님을 사용 중지했습니다. F7을 한 번 더 누르면 다시 사용할 수 있습니다.
desk-pin-set = { $name }님의 새 PIN을 설정했습니다.
desk-not-allowed = 여기서는 할 수 없습니다.

## Paper roster (aidkiosk roster)
roster-title = { $date } 수령 대기 목록
roster-hint = 전달할 때마다 칸에 표시하고, 키오스크가 다시 켜지면 직원 창구에서 입력하세요.
roster-empty = 수령 대기 중인 것이 없습니다.
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = …그 밖에 { $count }건이 더 있습니다. 직원 창구에서 보세요.

## Gatherings (posted at the desk, shown to visitors)
tab-events = 모임
desk-events-empty = 정해진 모임이 없습니다. F6으로 올리세요.
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = 모임 올리기
desk-event-hint = { $language } 제목은 꼭 써야 합니다. 다른 언어는 안 써도 됩니다.
field-starts = 시작 (YYYY-MM-DD HH:MM)
field-ends = 끝 (HH:MM)
field-place = 장소
field-title = { $language } 제목
desk-event-bad-start = 시작은 2026-12-05 10:00 처럼 써야 합니다.
desk-event-bad-end = 끝은 시작보다 늦은 시간이어야 합니다. 예: 12:00
desk-event-bad-place = 장소를 써 주세요 (80자까지).
desk-event-bad-title = { $language } 제목을 써 주세요 (80자까지).
desk-event-posted = 올렸습니다: { $title }
desk-event-removed = 내렸습니다: { $title }

## Gap report (the last weeks)
tab-report = 부족
report-loading = 세는 중…
report-title = 최근 { $weeks }주: { $from } ~ { $to }
report-weekly-needs = 주별 필요
report-weekly-handed = 주별 전달 완료
report-median = 필요 접수부터 전달까지 기다린 시간 (중앙값): { $wait }
report-median-none = 이 기간에 전달 완료된 필요가 없습니다.
report-gap = 가장 부족한 것: { $category }, 필요가 나눔보다 { $count }건 많습니다.
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = 필요/나눔/전달 완료/{ $days }일 넘게 대기
report-languages = 언어: { $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days }일 { $hours }시간
duration-hours = { $hours }시간
duration-minutes = { $minutes }분

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = 우리 네트워크에 필요한 것
poster-period = { $from } ~ { $to }
poster-figure-needs = 접수된 필요
poster-figure-offers = 접수된 나눔
poster-figure-handed = 전달된 필요
poster-figure-wait = 필요 하나가 기다린 시간 (중앙값)
poster-chart-categories = 분야별 필요와 나눔
poster-chart-weeks = 주별: 접수된 필요와 전달된 필요
poster-legend-needs = 필요
poster-legend-offers = 나눔
poster-legend-handed = 전달 완료
poster-gaps-title = 가장 부족한 것
poster-gap-line = { $category }: 필요 { $needs }, 나눔 { $offers }
poster-gaps-none = 모든 분야에서 나눔이 필요를 따라잡았습니다. 감사합니다!
poster-help-title = 가장 도움이 될 것
poster-help = 이런 나눔: { $list }
poster-help-how = 누구나 나눌 수 있어요: 키오스크에서 “나눌 수 있는 것이 있어요”를 고르세요.
poster-footer = 숫자만 담았습니다: 이 페이지의 어떤 것도 누구인지 알려 주지 않습니다. { $date } 작성.

## The desk on a pantry day
desk-sign-in = 이름을 입력한 다음 PIN을 입력하세요.
desk-pepper-missing = PIN을 확인할 수 없습니다: 데이터 폴더에 pepper.key가 없습니다. 백업에서 복사하거나, 관리자가 다음 명령으로 새 PIN을 설정하세요: aidkiosk staff set-pin NAME
desk-pepper-mismatch = PIN을 확인할 수 없습니다: 이 pepper.key는 PIN을 설정할 때 쓴 파일이 아닙니다. 백업에서 맞는 파일을 복사하거나, 다음 명령으로 새 PIN을 설정하세요: aidkiosk staff set-pin NAME
desk-pepper-stale = 이 PIN은 pepper.key가 바뀌기 전에 설정되었습니다. 관리자에게 새 PIN을 받아야 합니다.
desk-printer-none = 프린터: 아직 인쇄한 것 없음
desk-printer-ok = 프린터: { $code } 인쇄됨
desk-printer-failed = 프린터: { $code } 인쇄 실패 ({ $reason })
tab-calls = 전화 / 배달
tab-printing = 인쇄 안 됨
key-new-entry = 새 접수
key-count = 세기
key-close-entry = 종료
key-clear-lock = 잠금 해제
key-my-pin = 내 PIN
queue-todo = 할 일
queue-open = 진행 중
queue-matched = 연결됨
queue-ready = 준비됨
queue-connected = 연락 전달
queue-fulfilled = 오늘 완료
queue-closed = 오늘 종료
desk-queue-none = 여기에는 접수가 없습니다.
desk-kind-need = 필요
desk-kind-offer = 나눔
desk-mode-call = 전화
desk-mode-delivery = 배달
desk-quantity = { $count ->
   *[other] { $count }개
}
age-now = 방금
status-ready = 준비됨
status-received = 받음
status-connected = 연락 전달
status-done = 완료
close-reason-expired = 제때 아무도 오지 않음
close-reason-not-needed = 더 이상 필요 없음
close-reason-unreachable = 연락이 닿지 않음
close-reason-duplicate = 두 번 입력됨
close-reason-other = 다른 이유
field-matched = 연결 상대
field-phone = 전화번호
desk-partner-entry = { $kind } { $code } ({ $category }, { $status })
desk-partner-stock = 재고: { $item }
desk-partner-proposed = 제안됨: { $with }
desk-partner-received = 들어온 물품: { $quantity } × { $item }
desk-entry-pickup-early = 연결된 나눔이 아직 들어오지 않았습니다. Enter: 그래도 여기 있는 것으로 전달하기
desk-entry-dropoff-for = Enter: 가져온 물품 기록. 연결된 필요를 위해 따로 둡니다
desk-entry-connect = Enter: 두 사람이 서로 연락하게 해 주기 (두 연락처를 보여 줌)
desk-entry-finish = Enter: 이루어졌으면 완료로 표시
desk-entry-cancel-match = F8: 연결 취소
desk-entry-undo = F3: 되돌리기 (오늘 한 실수)
desk-typed-code = 이 번호는 스캔하지 않고 직접 입력했습니다. 전달하기 전에 누구인지 물어보세요.
desk-check-name = 이름을 물어보세요: { $name }. 전달하려면 Enter를 한 번 더 누르세요.
desk-check-phone = 전화번호 끝자리를 물어보세요: …{ $digits }. 전달하려면 Enter를 한 번 더 누르세요.
desk-check-nothing = 확인할 이름이나 전화번호가 남아 있지 않습니다. 확실할 때만 전달하세요: Enter를 한 번 더.
desk-not-now = { $code }: { $status } 상태라 이 단계는 해당되지 않습니다.
desk-undo-not-yours = 그 일을 한 자원봉사자나 관리자만 되돌릴 수 있습니다.
desk-undo-too-late = 오늘 한 일이 아닙니다. 관리자에게 고쳐 달라고 하세요.
desk-undo-stock-gone = 되돌릴 수 없습니다: 들어온 물품이 그사이 이미 나갔습니다. 대신 수량을 고치세요.
desk-undone = 되돌렸습니다: { $code }, 이전 상태로 돌아갔습니다.
desk-closed = 종료했습니다: { $code }.
desk-connected = 연락을 이어 주었습니다: { $code }. 두 연락처는 아래에 있습니다.
desk-finished = 완료: { $code }. 고맙습니다.
desk-nothing-found = “{ $text }”에 대한 결과가 없습니다.
desk-found-title = “{ $text }” 검색 결과: { $count }
desk-set-aside = { $quantity } × { $item } 받음: { $code }에 따로 두었고, 이제 준비됐습니다.
desk-counted = { $item }: 지금 선반에 { $quantity }개 있습니다.
desk-propose-failed = 제안하지 못했습니다: 한쪽에 이미 제안된 연결이 있거나 더 이상 진행 중이 아닙니다.
desk-printed = 인쇄했습니다: { $code }.
desk-print-failed = { $code } 인쇄 실패: { $reason }. 프린터를 확인하고 F4로 다시 시도하세요.
desk-entered = { $code }로 저장했습니다. 번호표를 인쇄하고 있습니다. 번호를 읽어 주세요.
desk-staff-enabled = { $name }님이 다시 로그인할 수 있습니다.
desk-lock-cleared = { $name }님이 다시 PIN을 입력할 수 있습니다.
desk-name-taken = 이름이 { $name }인 계정이 이미 있습니다.
desk-last-coordinator = { $name }님은 마지막 관리자입니다. 먼저 다른 관리자를 추가하세요.
desk-old-pin-wrong = 이전 PIN이 틀렸습니다. 아무것도 바뀌지 않았습니다.
desk-staff-locked = { $time }까지 잠김
desk-calls-hint = 전화나 배달을 요청한 사람들입니다. 가장 급한 사람이 위에 있습니다.
desk-calls-empty = 전화나 배달을 기다리는 사람이 없습니다.
desk-unprinted-hint = 최근 7일 동안 인쇄되지 않은 번호표입니다. 번호를 받은 사람이 없을 수 있습니다. Enter로 다시 인쇄합니다.
desk-unprinted-empty = 모든 번호표가 인쇄되었습니다.
desk-connected-title = 이 두 사람이 서로 연락하게 해 주세요
desk-connected-need = 필요한 사람 ({ $code })
desk-connected-offer = 나누는 사람 ({ $code })
desk-connected-hint = 두 사람에게 전화하거나 서로의 연락처를 알려 준 다음 Esc를 누르세요. 일이 이루어지면 번호표를 열고 Enter를 눌러 완료로 표시하세요.
desk-close-title = { $code } 종료: 이유는?
desk-count-title = { $item }: 선반에 몇 개 있나요?
desk-my-pin-title = 내 PIN 바꾸기
field-old-pin = 이전 PIN
field-new-pin = 새 PIN (숫자 4~8자리)
field-new-pin-again = 새 PIN 다시 입력
desk-intake-title = 전화나 종이로 받은 필요 또는 나눔
desk-intake-phone = “전화해 주세요”를 고르면 전화번호가 필요합니다.
desk-intake-number = 몇 개: 1부터 99까지의 숫자.
language-in-en = 영어
language-in-ar = 아랍어
language-in-es = 스페인어
language-in-fa = 페르시아어
language-in-fr = 프랑스어
language-in-ht = 아이티 크리올어
language-in-ko = 한국어
language-in-pt = 포르투갈어
language-in-ru = 러시아어
language-in-so = 소말리어
language-in-uk = 우크라이나어
language-in-vi = 베트남어
language-in-zh-Hans = 중국어
list-position-cut = 처음 { $shown }개 중 { $first }–{ $last } (전체 { $total }개)
desk-found-none = 결과가 없습니다.
desk-queue-none-fulfilled = 오늘은 전달한 것도, 들어온 것도, 연락을 이어 준 것도 없습니다.
desk-queue-none-closed = 오늘 종료한 것이 없습니다.
report-week-figures = 지난주 { $last }, 평균 { $mean }
desk-event-over = 이미 끝난 모임입니다. 끝나는 시간이 지났습니다.
roster-calls-title = { $date } 전화 / 배달 목록
roster-calls-hint = 한 사람씩 전화하거나 물품을 가져다주고, 옆에 어떻게 됐는지 적으세요. 키오스크가 다시 켜지면 직원 창구에서 입력하세요.
roster-calls-private = 이 종이에는 이름과 전화번호가 있습니다. 몸에 지니고 있다가 다 쓰면 파쇄하세요.
roster-calls-empty = 전화하거나 배달할 사람이 없습니다.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = 남긴 연락처 없음: 창구에 오면 상대방 연락처를 알려 주세요
desk-confirmed-stock = 연결을 확정했습니다: 재고에서 따로 두었고, 이제 전달할 수 있습니다.
desk-confirmed-offer = 연결을 확정했습니다: 나누는 사람이 물품을 가져와야 하며, 들어오면 전달할 수 있습니다.
desk-confirmed-service = 연결을 확정했습니다: 이제 두 사람이 서로 연락하게 해 주세요 (두 번호표 중 하나를 열고 Enter).
desk-short-of-stock = { $item } 재고가 { $have }개뿐인데 { $want }개가 필요합니다: 재고 탭에서 선반을 세거나, 이 연결을 취소하세요 (F8).
desk-cancel-failed = 이 연결은 이제 취소할 수 없습니다: 이미 전달했거나, 연락을 이어 주었거나, 취소했습니다.
desk-staff-pin-in-name = 이름에 숫자 네 개가 연달아 있어 PIN처럼 보입니다. PIN을 이름 칸에 입력하지 않았나요? Tab을 누르면 PIN 칸으로 갑니다.
desk-ticket-title = 번호표 { $code }: { $count }건. Enter로 하나를 열어 전달하세요.
tab-members = 회원
desk-members-hint = 회원 카드를 스캔하면 열립니다. Enter를 누르면 선택한 회원을 엽니다.
desk-members-empty = 아직 회원이 없습니다. 방문자는 방문이 끝날 때 카드를 받을 수 있고, 여기서 F6으로 만들 수도 있습니다.
desk-member-hours = 나눔 { $given }시간 · 받음 { $received }시간
desk-member-no-card = 카드 없음
desk-member-title = 회원 카드 { $card }
desk-member-seen = 마지막 방문: { $age }
desk-member-balance = 나눔 { $given }시간 · 받음 { $received }시간 · 잔고 { $balance }시간
desk-member-debt = 나눈 시간보다 { $hours }시간 넘게 더 받았습니다. 참고용 한도일 뿐, 거절하는 것은 없습니다. 한마디 나눠 보면 도움이 될 수 있습니다.
desk-member-statement-empty = 아직 기록된 시간이 없습니다. F7로 주고받은 시간을 기록합니다.
desk-member-correction = (정정)
desk-member-reversed = (취소됨)
desk-member-form-title = 새 회원 카드
desk-member-form-hint = 꼭 써야 하는 것은 없습니다. 카드에는 이름이 없고 번호만 있습니다.
field-nickname = 별명 (선택)
field-household = 함께 사는 사람 수 (선택)
desk-household-bad = 1부터 99까지 숫자를 입력하거나 비워 두세요.
desk-exchange-title = 나눈 시간과 받은 시간 기록
desk-exchange-hint = 카드를 하나씩 스캔하거나 번호를 입력하세요. 이 장소 자체의 시간이면 한쪽을 비워 두세요.
field-provider = 나눈 사람
field-receiver = 받은 사람
field-hours = 시간 (1, 1.5, 1:45, ¾)
field-for-need = 해당 필요 (번호표 번호)
field-from-offer = 해당 나눔 (번호표 번호)
desk-exchange-card = 이 카드는 여기서 쓸 수 없습니다: 새 카드로 바뀌었거나, 위조되었거나, 알 수 없는 카드입니다.
desk-exchange-same = 나눈 사람과 받은 사람이 같습니다.
desk-exchange-hours = 시간은 15분 단위로, 0보다 크고 24 이하로 입력하세요: 1, 1.5, 1:45 또는 ¾.
desk-exchange-need = 그 번호의 필요 번호표가 없습니다.
desk-exchange-offer = 그 번호의 나눔 번호표가 없습니다.
desk-card-printed = 카드 { $code }: 인쇄했습니다.
desk-card-print-failed = 카드 { $code } 인쇄 실패: 프린터를 확인한 다음 F8로 새 카드를 인쇄하세요.
desk-card-refused = 이 카드는 여기서 쓸 수 없습니다: 새 카드로 바뀌었거나, 위조되었거나, 다른 장소의 카드입니다.
desk-exchanged = 기록했습니다: { $hours }시간.
desk-exchanged-debt = 기록했습니다: { $hours }시간. 받은 사람이 이제 나눈 것보다 훨씬 많이 받았습니다. 참고용 한도일 뿐, 거절하는 것은 없습니다.
desk-reversed = 취소했습니다: 바로잡는 기록을 남겼습니다.
desk-cannot-reverse = 정정 기록은 취소할 수 없고, 같은 기록을 두 번 취소할 수도 없습니다. 대신 주고받은 시간을 다시 기록하세요.
desk-statement-printed = 시간 내역서를 인쇄했습니다.
desk-statement-failed = 시간 내역서를 인쇄하지 못했습니다. 프린터를 확인하세요.
key-new-card = 새 카드
key-exchange = 시간 기록
key-statement = 내역서 인쇄
key-replace-card = 카드 분실
key-reverse = 기록 취소
desk-member-to = 받은 쪽: { $who }
desk-member-from = 나눈 쪽: { $who }
desk-member-removed = 삭제된 회원
report-members = 회원은 한 명당 한 번만 셈: { $served }명이 도움을 받음 (지난주 신규 { $new }명, 기존 { $returning }명) · 주고받은 도움 { $hours }시간
tab-network = 네트워크
desk-elsewhere-title = { $site }의 번호표 { $code } (우리 네트워크의 다른 장소)
desk-elsewhere-private = 이름과 전화번호는 { $site }에만 있습니다. 필요하면 누구인지 물어보세요.
desk-elsewhere-hand = Enter: 고른 것을 여기서 전달하기. 다음 파일 교환 뒤에 { $site }에서도 보입니다.
desk-elsewhere-handed = 전달한 곳: { $sites }
notice-handed-elsewhere = { $code } 여기서 전달 완료. 다음 파일 교환 뒤에 { $site }에서도 보입니다.
notice-elsewhere-already = { $code }: 네트워크의 다른 장소에서 이미 전달했습니다.
network-none = 이 장소는 네트워크에 속해 있지 않습니다. 관리자가 명령줄에서 만들 수 있습니다: aidkiosk network create
network-this-site = 이 장소
network-last = 마지막 변경 { $when }
network-never = 아직 받은 변경 없음
network-waiting = { $count ->
   *[other] 뒤의 파일 { $count }개가 빠진 파일을 기다리는 중
}
network-removed = 네트워크에서 제외됨
network-problems = 적용되지 않은 파일
network-problem-refused = { $site } { $file }: 거부됨 ({ $reason })
network-problem-newer = { $site } { $file }: 더 새 버전의 aidkiosk로 만든 파일입니다. 읽으려면 여기 aidkiosk를 업데이트하세요.
network-problem-removed = { $site } { $file }: 네트워크에서 제외된 장소의 파일
network-problem-unknown = { $site }: 이 네트워크에 없는 장소의 폴더
network-conflicts = 장소끼리 연결이 끊긴 동안 두 번 전달됨
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = 충돌 없음.
network-resolve-hint = 다른 장소에 전화해 당사자와 함께 정리한 뒤, 충돌 항목에서 F3을 누르세요.
key-resolve = 해결 완료
notice-conflict-resolved = { $code } 해결 완료로 표시했습니다. 다음 교환 뒤에 모든 장소에 반영됩니다.
key-network-report = 이 장소 / 네트워크
report-network-columns = 등록된 필요 / 전달 완료, 네트워크의 장소별
desk-proposed-elsewhere = { $site }에 연결을 제안했습니다. 그쪽 직원 창구에서 확정하면 이 필요도 여기서 연결됩니다.
