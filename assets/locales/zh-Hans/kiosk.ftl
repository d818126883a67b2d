# aidkiosk visitor and set-up messages: Simplified Chinese (zh-Hans).
# Every other language has exactly these message ids with the same $placeholders.
# Keep lines short: the kiosk is 80 columns wide at the least.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = 中文

## Welcome
welcome-greeting = 欢迎
welcome-start = 按任意键开始

## Language
language-prompt = 请选择语言

## Home
home-prompt = 您想做什么？
home-need = 我需要一些东西
home-offer = 我可以提供东西
home-check = 查看我的小票
home-board = 现在缺什么
home-events = 社区活动

## Category
category-prompt-need = 您需要什么？
category-prompt-offer = 您可以提供什么？
category-food = 食物
category-hygiene = 肥皂和卫生用品
category-baby-child = 婴儿和儿童
category-clothing = 衣物
category-housing = 住房帮助
category-transport = 交通和搭车
category-childcare = 照看孩子
category-medical = 健康和药品
category-skills = 手艺和修理
category-language-tech = 语言和电脑手机
category-companionship = 陪伴聊天
category-other = 其他
menu-more = 更多选项
menu-page = 第 { $page } 页，共 { $pages } 页

## Details
details-prompt = 回答几个问题。按 Enter 保留这些答案。
details-quantity-need = 您需要多少
details-quantity-offer = 您可以提供多少
details-urgency = 什么时候
urgency-today = 今天
urgency-week = 这个星期
urgency-flexible = 什么时候都行
details-mode = 方式
mode-pickup = 我来这里拿
mode-delivery = 请给我送来
mode-call = 给我打电话
details-detail = 备注（可以不填）
details-name = 名字（可以不填）
details-phone = 电话（想让我们打给您就填）
details-privacy = 只有志愿者能看到您的名字和电话。我们会在 { $days } 天后删除它们。
details-change = 按数字键可以修改答案。
details-continue = 按 Enter 继续。
details-phone-needed = 请留个电话，方便我们打给您。
field-empty = （未填）
edit-type = 输入您的答案，然后按 Enter。
edit-number = 输入 1 到 99 的数字，然后按 Enter。
edit-choose = 按数字键选择。

## Review
review-prompt = 这样对吗？
review-category = 类别
review-quantity = 数量
review-urgency = 时间
review-mode = 方式
review-detail = 备注
review-name = 名字
review-phone = 电话
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
   *[other] { $count } 件
}
review-save = 按 Enter 保存并打印。按 Esc 修改。

## Slip
slip-title = 您的小票
slip-code = 您的号码：{ $code }
slip-keep = 请记好这个号码，拿给志愿者看。
slip-print-pending = 正在打印您的小票…
slip-print-done = 打印好了，请拿走您的小票。
slip-print-failed = 打印机暂时不能用。请把号码抄下来，或者把这个屏幕给志愿者看。
slip-done = 办完后请按 Enter。
slip-saving = 正在保存…
slip-save-failed = 对不起，没能保存。您填的内容都还在：按 Enter 再试一次，或者找志愿者帮忙。

## Check my slip
check-prompt = 输入或扫描小票上的号码
check-hint = 号码有 8 个字母和数字，比如 7K3M-Q9PX。
check-searching = 正在查找…
check-not-found = 没有找到这个号码。请核对后再试一次。
check-again = 按 Enter 查另一个号码。

## Footer keys
key-hint = { $key }：{ $action }
key-any = 任意键
key-start = 开始
key-choose = 选择
key-ok = 确定
key-back = 返回
key-speak = 朗读
key-stay = 保留我的回答
check-code = 号码

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }：{ $label }。
speech-unavailable = 这种语言暂时不能朗读。

## Idle
idle-title = 您还在吗？
idle-countdown = { $seconds } 秒后会清除您的回答。
idle-continue = 按任意键保留您的回答。

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }：{ $value }

## Small screen
screen-enlarge = 请把这个窗口拉大一些。

## Kinds, shown on slips and to volunteers
kind-need = 需要
kind-offer = 提供

## Printed slip
slip-print-date = 日期：{ $date }
slip-print-code = 号码：{ $code }

## First-run set-up (shown in the staff language)
setup-title = 设置这台自助机
setup-intro = 还没有协调员。请先设置这个站点。
setup-site = 站点名称
setup-admin = 协调员名字
setup-pin = 协调员 PIN 码（4 到 8 位数字）
setup-pin-again = 再输一次 PIN 码
setup-hint = 每项输入后按 Enter。按 Esc 回到上一项。
setup-pin-mismatch = 两次输入的 PIN 码不一样。请重新输入。
setup-pin-invalid = PIN 码是 4 到 8 位数字。
setup-name-missing = 请输入名字。
setup-working = 正在设置…
setup-failed = 设置失败：{ $reason }

## What is needed now (a board with no personal details)
board-title = 现在缺什么
board-needs = { $count ->
   *[other] 需要 { $count } 项
}
board-offers = { $count ->
   *[other] 提供 { $count } 项
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }，{ $offers }
board-invite = 最缺的是：{ $category }。您能帮忙吗？
board-hint = 按数字键，提供这一类的东西。
board-empty = 现在什么都不缺。谢谢您！
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ 需要   ░ 提供

## Gatherings (posted by staff)
events-title = 社区活动
events-empty = 还没有安排社区活动。
events-hint = 按数字键查看活动，也可以打印出来。
event-when = 时间
event-where = 地点
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $date } { $weekday }，{ $start }–{ $end }
event-print = 按 Enter 打印。
event-scan = 用手机扫描这个方形二维码，把活动加到您的日历里。
weekday-mon = 星期一
weekday-tue = 星期二
weekday-wed = 星期三
weekday-thu = 星期四
weekday-fri = 星期五
weekday-sat = 星期六
weekday-sun = 星期日

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = 纸质登记表：需要或提供
form-intro = 每一部分勾选一个方框，字要写清楚。志愿者会帮您登记，并给您一个号码。
form-staff = 志愿者填写：登记日期 ________，登记人 ________，号码 ____-____

## What happens next for a slip
next-need-waiting = 我们收到了您的请求。志愿者正在为您找您需要的东西。
next-offer-waiting = 谢谢您！志愿者正在找需要您所提供东西的人。
next-need-coming = 有人正在送来您需要的东西。请过一会儿再查看。
next-bring-it = 有人需要您提供的东西：请把它带到这里来。
next-we-collect = 有人需要您提供的东西：志愿者会上门来取。
next-pick-up = 准备好了：请来领取。请带上这张小票。
next-we-deliver = 准备好了：志愿者会给您送去。
next-we-call = 志愿者会给您打电话。
next-in-touch-soon = 志愿者会帮您和对方联系上。
next-in-touch = 已经帮您和对方联系上了。谢谢您！
next-handed-over = 已交给您。希望能帮上忙！
next-received = 已收到。谢谢您！
next-done = 已完成。谢谢您！
next-closed = 这张小票已结束。
details-quantity-people = 您家里有几口人
details-quantity-hours = 您可以提供几个小时
offer-mode-pickup = 我带到这里来
offer-mode-delivery = 请来我这里取
service-mode-pickup = 在这里见面
service-mode-delivery = 在我家
details-phone-required = 电话（必填，方便联系您）
details-phone-needed-delivery = 请留个电话：志愿者会打给您，问清楚去哪里。
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
   *[other] { $count } 人
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
   *[other] { $count } 小时
}
review-also = 这张小票上还有：
review-add = 再加一项
slip-print-items = { $count ->
   *[other] 这张小票上有 { $count } 项
}
kiosk-resting = 这台自助机暂时不能用。请找志愿者帮忙。
card-title = 会员卡
card-next-time = 下次来时，在自助机上扫描这张卡：您的语言和家里人数会自动填好。
card-private = 这张卡上没有您的名字。如果丢了，请找志愿者换一张新的。
card-hours = 已提供时间：{ $given } · 已获得时间：{ $received }
card-take = 领一张会员卡，下次用
card-printing = 正在打印您的会员卡…
card-printed = 您的会员卡打印好了，请一起拿走。
card-failed = 会员卡没能打印出来。志愿者可以在工作人员台为您办一张。
card-welcome = 欢迎回来！您的语言和家里人数已经填好了。
card-shown = 这是您的会员卡。
card-start = 按 Enter 用这张卡开始。
card-refused = 这张卡已经不能用了。请找志愿者换一张新的。
statement-title = 您的时间记录
statement-line = { $date } · { $category } · { $hours }
statement-correction = 更正
statement-balance = 结余：{ $hours }
check-elsewhere = 这张小票来自 { $site }，是我们互助网络里的另一个站点。
board-network = { $count ->
   *[other] 我们互助网络的其他站点需要 { $count } 项
}
