# aidkiosk 직원 창구 메시지: 한국어 (ko).
# 자원봉사자와 관리자에게 그 장소의 직원 언어로 보입니다.

## Unlock
desk-title = 직원 창구
desk-who = 누구세요?
desk-pin = { $name }님, PIN을 입력하고 Enter를 누르세요
desk-pin-wrong = PIN이 틀렸습니다. { $left ->
   *[other] { $left }번 더 틀리면 이 기기가 잠깁니다.
}
desk-locked = PIN을 너무 많이 틀렸습니다. { $time }까지 이 기기가 잠깁니다.
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
desk-scan = 접수증을 스캔하거나 번호를 입력하세요:

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
desk-entry-title = 접수증 { $code }
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
age-minutes = { $minutes ->
   *[other] { $minutes }분 전
}
age-hours = { $hours ->
   *[other] { $hours }시간 전
}
age-days = { $days ->
   *[other] { $days }일 전
}
status-open = 진행 중
status-matched = 수령 준비됨
status-picked = 전달 완료
status-closed = 종료
status-any = 모든 상태
category-any = 모든 종류
desk-entry-pickup = Enter: 수령 확인
desk-entry-dropoff = Enter: 받은 물품 기록
desk-entry-match = F9: 연결 찾기

## Results
desk-picked-up = 수령 완료: { $code }. 고맙습니다.
desk-already-picked = 거부됨: { $code }, { $time }에 { $name }님이 이미 전달했습니다.
desk-refused-signature = 거부됨: 이 접수증의 서명이 맞지 않습니다. 기록에 남겼습니다.
desk-refused-site = 거부됨: 다른 장소의 접수증입니다 ({ $site }).
desk-refused-format = 접수 번호가 아닙니다. 번호는 영문과 숫자 8자입니다.
desk-not-found = 번호가 { $code }인 접수증이 없습니다.
desk-dropped-off = 재고에 추가했습니다: { $quantity } × { $item }
desk-handed-out = { $item } 하나를 내주었습니다. { $left ->
   *[other] { $left }개 남았습니다.
}
desk-none-left = { $item }: 남은 것이 없습니다.
desk-proposed = 연결을 제안했습니다. "제안된 연결"에서 확정하세요.
desk-confirmed = 연결을 확정했습니다. 두 접수증 모두 준비됐습니다.
desk-confirm-failed = 이 연결은 이제 확정할 수 없습니다. 한쪽이 바뀌었습니다.
desk-cancelled = 연결을 취소했습니다.
desk-error = 문제가 생겼습니다. 기록에 남겼고, 바뀐 것은 없습니다.

desk-reprinted = { $code }: 프린터로 다시 보냈습니다.
desk-entry-reprint = F4: 접수증 다시 인쇄

## Views
desk-queue-empty = 오늘은 진행 중인 것이 없습니다.
desk-needs-empty = 진행 중인 필요는 모두 연결됐습니다.
desk-needs-count = { $category }: { $count }
desk-candidates-title = { $code } ({ $category })에 맞는 연결
desk-candidates-empty = 이 종류에는 아직 진행 중인 것이 없습니다.
desk-candidate-offer = 나눔 { $code }: { $quantity } · { $urgency }
desk-candidate-stock = 재고: { $item } ({ $quantity })
desk-matches-empty = 제안된 연결이 없습니다.
desk-match-line = 필요 { $need } ⇐ { $with }
desk-inventory-empty = 재고가 없습니다. F6으로 받은 물품을 기록하세요.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = 받은 물품 기록
desk-dropoff-for = 나눔 접수증 { $code }

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
desk-staff-disabled = { $name }님은 이제 로그인할 수 없습니다.
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
