# aidkiosk staff desk messages: Simplified Chinese (zh-Hans).
# Shown to volunteers and coordinators in the site's staff language.

## Unlock
desk-title = 工作人员台
desk-who = 您是哪位？
desk-pin = { $name }，请输入 PIN 码，然后按 Enter
desk-pin-wrong = PIN 码不对。还能再试 { $left } 次，之后本机会锁定。
desk-locked = PIN 码错误次数太多。本机已锁定，到 { $time } 解锁。
desk-checking = 正在核对…
desk-no-staff = 没有可用的工作人员。协调员可用此命令添加：aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name }（{ $role }）
role-volunteer = 志愿者
role-coordinator = 协调员
tab-queue = 队列
tab-needs = 待配对的需求
tab-matches = 建议的配对
tab-inventory = 库存
desk-scan = 扫描小票或输入号码：

## Keys
key-next-view = 下一视图
key-move = 移动
key-open = 打开
key-close = 关闭
key-lock = 锁定
key-category = 类别
key-status = 状态
key-drop-off = 登记入库
key-hand-out = 发放一份
key-confirm = 确认
key-cancel = 取消
key-next-field = 下一项
key-save = 保存
key-add = 添加
key-new-pin = 新 PIN
key-disable = 停用
key-role = 角色
key-post = 发布
key-take-down = 撤下
key-count-again = 重新统计
key-reprint = 重新打印
list-position = 第 { $first }–{ $last } 条，共 { $total } 条
desk-unlock-failed = 无法核对 PIN：数据库无法写入。请再试一次；如果仍然失败，请告诉协调员。
desk-staff-empty = 还没有工作人员账号。

## Entries
desk-entry-title = 小票 { $code }
field-kind = 类型
field-category = 类别
field-quantity = 数量
field-urgency = 紧急程度
field-mode = 方式
field-language = 语言
field-age = 登记时间
field-status = 状态
field-detail = 备注
field-contact = 联系方式
field-item = 物品
age-minutes = { $minutes } 分钟前
age-hours = { $hours } 小时前
age-days = { $days } 天前
status-open = 进行中
status-matched = 待领取
status-picked = 已交接
status-closed = 已结束
status-any = 全部状态
category-any = 全部类别
desk-entry-pickup = Enter：确认领取
desk-entry-dropoff = Enter：登记入库
desk-entry-match = F9：找配对

## Results
desk-picked-up = 已领取：{ $code }。谢谢。
desk-already-picked = 已拒绝：{ $code } 已于 { $time } 由 { $name } 交付。
desk-refused-signature = 已拒绝：这张小票的签名不符。此事已记入日志。
desk-refused-site = 已拒绝：这张小票来自其他站点（{ $site }）。
desk-refused-format = 这不是小票号码。号码有 8 个字母和数字。
desk-not-found = 没有号码为 { $code } 的小票。
desk-dropped-off = 已将 { $quantity } × { $item } 加入库存。
desk-handed-out = 已发放一份 { $item }。还剩 { $left } 份。
desk-none-left = { $item } 已经没有了。
desk-proposed = 已建议配对。请在“建议的配对”里确认。
desk-confirmed = 配对已确认：两张小票都准备好了。
desk-confirm-failed = 这个配对已无法确认：其中一方有变动。
desk-cancelled = 配对已取消。
desk-error = 出错了，已记入日志。没有做任何更改。

desk-reprinted = 已把 { $code } 重新发送到打印机。
desk-entry-reprint = F4：重新打印小票

## Views
desk-queue-empty = 今天没有进行中的事项。
desk-needs-empty = 所有进行中的需求都已有配对。
desk-needs-count = { $category }：{ $count }
desk-candidates-title = { $code }（{ $category }）的可选配对
desk-candidates-empty = 这个类别暂时没有进行中的事项。
desk-candidate-offer = 提供 { $code }：{ $quantity } · { $urgency }
desk-candidate-stock = 库存：{ $item }（{ $quantity }）
desk-matches-empty = 没有建议的配对。
desk-match-line = 需要 { $need } ⇐ { $with }
desk-inventory-empty = 库存是空的。按 F6 登记入库。
desk-inventory-line = { $item }：{ $quantity }

## Drop-off form
desk-dropoff-title = 登记入库
desk-dropoff-for = 对应的提供小票：{ $code }

## Staff accounts (coordinators)
tab-staff = 工作人员
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · 已停用
desk-staff-add-title = 添加工作人员
desk-staff-pin-title = 给 { $name } 设新 PIN
field-name = 名字
field-role = 角色
field-pin = PIN（4 到 8 位数字）
desk-staff-added = 已添加 { $name }。
desk-staff-disabled = { $name } 不能再登录了。
desk-pin-set = 已为 { $name } 设好新 PIN。
desk-not-allowed = 这里不能这样做。

## Paper roster (aidkiosk roster)
roster-title = { $date } 待领取清单
roster-hint = 每交接一项，就在方框里打勾；自助机恢复后，再到工作人员台登记。
roster-empty = 没有待领取的。
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = …还有 { $count } 项，请看工作人员台。

## Gatherings (posted at the desk, shown to visitors)
tab-events = 活动
desk-events-empty = 还没有安排活动。按 F6 发布。
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = 发布活动
desk-event-hint = 必须填写{ $language }标题；其他语言可不填。
field-starts = 开始（YYYY-MM-DD HH:MM）
field-ends = 结束（HH:MM）
field-place = 地点
field-title = { $language }标题
desk-event-bad-start = 开始时间要写成 2026-12-05 10:00 这样。
desk-event-bad-end = 结束时间要晚于开始时间，比如 12:00。
desk-event-bad-place = 请填写地点（最多 80 个字）。
desk-event-bad-title = 请填写{ $language }标题（最多 80 个字）。
desk-event-posted = 已发布：{ $title }。
desk-event-removed = 已撤下：{ $title }。

## Gap report (the last weeks)
tab-report = 缺口
report-loading = 正在统计…
report-title = 最近 { $weeks } 周：{ $from } 至 { $to }
report-weekly-needs = 每周需求
report-weekly-handed = 每周已交接
report-median = 从需求到交接，等待时间中位数：{ $wait }
report-median-none = 这几周没有需求完成交接。
report-gap = 最大缺口：{ $category }，需求比提供多 { $count } 项。
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = 需要/提供/已交接/等待超过 { $days } 天
report-languages = 语言：{ $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days } 天 { $hours } 小时
duration-hours = { $hours } 小时
duration-minutes = { $minutes } 分钟

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = 我们的互助网络需要什么
poster-period = { $from } 至 { $to }
poster-figure-needs = 已登记的需要
poster-figure-offers = 已登记的提供
poster-figure-handed = 已交接的需要
poster-figure-wait = 需要的等待时间中位数
poster-chart-categories = 各类别的需要与提供
poster-chart-weeks = 每周：登记的需要与已交接的需要
poster-legend-needs = 需要
poster-legend-offers = 提供
poster-legend-handed = 已交接
poster-gaps-title = 最大的缺口
poster-gap-line = { $category }：需要 { $needs }，提供 { $offers }
poster-gaps-none = 每个类别的提供都跟上了需要。谢谢大家！
poster-help-title = 最能帮上忙的
poster-help = 提供：{ $list }
poster-help-how = 人人都可以提供：在自助机上选择“我可以提供东西”。
poster-footer = 只有数字：本页没有任何内容能识别出任何人。制作于 { $date }。
