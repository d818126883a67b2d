# aidkiosk staff desk messages: Simplified Chinese (zh-Hans).
# Shown to volunteers and coordinators in the site's staff language.

## Unlock
desk-title = 工作人员台
desk-pin-wrong = 名字和 PIN 不匹配。还能再试 { $left } 次，之后登录会被锁定。
desk-locked = 错误次数太多：此处登录已锁定，到 { $time } 解锁。协调员可以在“工作人员”里解除锁定。
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
age-minutes = { $minutes } 分钟
age-hours = { $hours } 小时
age-days = { $days } 天
status-open = 进行中
status-matched = 已配对
status-picked = 已交接
status-closed = 已结束
category-any = 全部类别
desk-entry-pickup = Enter：交给对方
desk-entry-dropoff = Enter：登记送来的东西
desk-entry-match = F9：找配对

## Results
desk-picked-up = 已交接：{ $code }。谢谢。
desk-already-picked = 已拒绝：{ $code } 已于 { $time } 由 { $name } 交出或登记送到。
desk-refused-signature = 已拒绝：这张小票的签名不符。此事已记入日志。
desk-refused-site = 已拒绝：这张小票来自其他站点（{ $site }）。
desk-refused-format = 这不是小票号码。号码有 8 个字母和数字。
desk-not-found = 没有号码为 { $code } 的小票。
desk-dropped-off = 已将 { $quantity } × { $item } 加入库存。
desk-handed-out = 已发放一份 { $item }。还剩 { $left } 份。
desk-none-left = { $item } 已经没有了。
desk-proposed = 已建议配对。请在“建议的配对”里确认。
desk-confirm-failed = 这个配对已无法确认：其中一方有变动。
desk-cancelled = 配对已取消。
desk-error = 出错了，已记入日志。没有做任何更改。

desk-reprinted = 已把 { $code } 重新发送到打印机。

## Views
desk-queue-empty = 没有待办：所有登记都已处理完。
desk-needs-empty = 所有进行中的需求都已有配对。
desk-needs-count = { $category }：{ $count }
desk-candidates-title = { $code }（{ $category }）的可选配对
desk-candidates-empty = 这个类别暂时没有进行中的事项。
desk-candidate-offer = 提供 { $code }：{ $quantity } · { $urgency } · { $age }
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
desk-staff-disabled = { $name } 已停用。再按一次 F7 可重新启用。
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

## The desk on a pantry day
desk-sign-in = 请输入名字，再输入 PIN。
desk-pepper-missing = 无法核对 PIN：数据目录里缺少 pepper.key。请从备份中复制，或由协调员用此命令设置新 PIN：aidkiosk staff set-pin NAME
desk-pepper-mismatch = 无法核对 PIN：这个 pepper.key 不是设置这些 PIN 时用的那个。请从备份中复制正确的文件，或用此命令设置新 PIN：aidkiosk staff set-pin NAME
desk-pepper-stale = 这个 PIN 是在 pepper.key 更换之前设置的：需要协调员给你设一个新 PIN。
desk-printer-none = 打印机：还没有打印
desk-printer-ok = 打印机：{ $code } 已打印
desk-printer-failed = 打印机：{ $code } 未能打印（{ $reason }）
tab-calls = 待致电 / 送货
tab-printing = 未打印
key-new-entry = 新登记
key-count = 盘点
key-close-entry = 结束
key-clear-lock = 解锁
key-my-pin = 我的 PIN
queue-todo = 待办
queue-open = 进行中
queue-matched = 已配对
queue-ready = 已备好
queue-connected = 已牵线
queue-fulfilled = 今日完成
queue-closed = 今日结束
desk-queue-none = 这里没有登记。
desk-kind-need = 需要
desk-kind-offer = 提供
desk-mode-call = 电话
desk-mode-delivery = 送货
desk-quantity = { $count } 件
age-now = 刚才
status-ready = 已备好
status-received = 已收到
status-connected = 已牵线
status-done = 已完成
close-reason-expired = 没人按时来
close-reason-not-needed = 已不需要
close-reason-unreachable = 联系不上
close-reason-duplicate = 重复登记
close-reason-other = 其他原因
field-matched = 配对对象
field-phone = 电话
desk-partner-entry = { $kind } { $code }（{ $category }，{ $status }）
desk-partner-stock = 库存：{ $item }
desk-partner-proposed = 建议配对：{ $with }
desk-partner-received = 已送来：{ $quantity } × { $item }
desk-entry-pickup-early = 对应的提供还没送到。Enter：仍然从现有的东西里交给对方
desk-entry-dropoff-for = Enter：登记送来的东西；会留给与之配对的需求
desk-entry-connect = Enter：让两人互相联系（显示双方联系方式）
desk-entry-finish = Enter：事情已办成，标记完成
desk-entry-cancel-match = F8：取消配对
desk-entry-undo = F3：撤销（今天的失误）
desk-typed-code = 这个号码是手动输入的，不是扫描的。交出之前，请问清对方是谁。
desk-check-name = 请问对方的名字：{ $name }。再按一次 Enter 交给对方。
desk-check-phone = 请问对方电话的最后几位：…{ $digits }。再按一次 Enter 交给对方。
desk-check-nothing = 没有留下名字或电话可以核对。确定无误才交出：再按一次 Enter。
desk-not-now = { $code } 的状态是“{ $status }”：这一步不适用。
desk-undo-not-yours = 只有做这项操作的志愿者本人或协调员才能撤销。
desk-undo-too-late = 那不是今天的操作：请协调员来更正。
desk-undo-stock-gone = 无法撤销：送来的东西已经发出去了。请改为更正数量。
desk-undone = 已撤销：{ $code } 已恢复原状。
desk-closed = 已结束：{ $code }。
desk-connected = 已牵线：{ $code }。双方联系方式在下面。
desk-finished = 已完成：{ $code }。谢谢。
desk-nothing-found = 没有找到“{ $text }”。
desk-found-title = “{ $text }”的结果：{ $count }
desk-set-aside = 已收到 { $quantity } × { $item }：已为 { $code } 留好，现在可以交接了。
desk-counted = { $item }：架上现在有 { $quantity }。
desk-propose-failed = 未能建议配对：其中一方已有建议的配对，或已不在进行中。
desk-printed = 已打印：{ $code }。
desk-print-failed = { $code } 没有打印出来：{ $reason }。请检查打印机，然后按 F4 重试。
desk-entered = 已保存为 { $code }，小票正在打印。请把号码念给对方听。
desk-staff-enabled = { $name } 可以重新登录了。
desk-lock-cleared = { $name } 可以再次输入 PIN 了。
desk-name-taken = 已经有名为 { $name } 的账号。
desk-last-coordinator = { $name } 是最后一位协调员：请先添加另一位协调员。
desk-old-pin-wrong = 旧 PIN 不对。没有做任何更改。
desk-staff-locked = 锁定至 { $time }
desk-calls-hint = 要求打电话或送货上门的人，最紧急的排在前面。
desk-calls-empty = 没有人在等电话或送货。
desk-unprinted-hint = 最近 7 天一直没打印出来的小票：可能没人拿到号码。按 Enter 重新打印。
desk-unprinted-empty = 所有小票都已打印。
desk-connected-title = 让这两个人互相联系
desk-connected-need = 需要的人（{ $code }）
desk-connected-offer = 提供的人（{ $code }）
desk-connected-hint = 给他们打电话，或把对方的联系方式告诉每个人，然后按 Esc。事情办成后，打开小票，按 Enter 标记完成。
desk-close-title = 结束 { $code }：原因是？
desk-count-title = 架上有多少 { $item }？
desk-my-pin-title = 修改你的 PIN
field-old-pin = 旧 PIN
field-new-pin = 新 PIN（4 到 8 位数字）
field-new-pin-again = 再输一次新 PIN
desk-intake-title = 替打电话来或填纸质表的人登记需要或提供
desk-intake-phone = 选“给我打电话”需要填写电话号码。
desk-intake-number = 数量：1 到 99 的数字。
language-in-en = 英语
language-in-ar = 阿拉伯语
language-in-es = 西班牙语
language-in-fa = 波斯语
language-in-fr = 法语
language-in-ht = 海地克里奥尔语
language-in-ko = 韩语
language-in-pt = 葡萄牙语
language-in-ru = 俄语
language-in-so = 索马里语
language-in-uk = 乌克兰语
language-in-vi = 越南语
language-in-zh-Hans = 中文
list-position-cut = 前 { $shown } 条中的第 { $first }–{ $last } 条（共 { $total } 条）
desk-found-none = 什么也没找到。
desk-queue-none-fulfilled = 今天没有交接、送来或牵线的记录。
desk-queue-none-closed = 今天没有已结束的登记。
report-week-figures = 上周 { $last }，平均 { $mean }
desk-event-over = 这个活动已经结束了：结束时间已过。
roster-calls-title = { $date } 待致电 / 送货清单
roster-calls-hint = 逐一打电话，或把东西送过去，并在旁边记下结果；自助机恢复后，再到工作人员台登记。
roster-calls-private = 这页有姓名和电话号码：请随身带好，用完后用碎纸机销毁。
roster-calls-empty = 没有需要致电或送货的人。
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = 没有留下联系方式：等对方来工作人员台时，把另一方的联系方式告诉他
desk-confirmed-stock = 配对已确认：已从库存中留出，这项需求可以交接了。
desk-confirmed-offer = 配对已确认：提供的人要把东西送来；送到后这项需求就可以交接了。
desk-confirmed-service = 配对已确认：现在让两人互相联系（打开任一张小票，再按 Enter）。
desk-short-of-stock = { $item } 库存只有 { $have }，需要 { $want }：请在“库存”里盘点货架，或取消这个配对（F8）。
desk-cancel-failed = 这个配对已无法取消：已经交接、已经牵线，或已经取消了。
desk-staff-pin-in-name = 这个名字里有连续四位数字，像是 PIN：是不是把 PIN 输进了名字里？按 Tab 跳到 PIN。
desk-ticket-title = 小票 { $code }：共 { $count } 项。按 Enter 打开一项，交给对方。
