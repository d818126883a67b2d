# aidkiosk staff desk messages: Persian/Farsi (فارسی).
# برای داوطلبان و هماهنگ‌کننده‌ها، به زبان کارکنان این مرکز.

## Unlock
desk-title = میز داوطلبان
desk-pin-wrong = این نام و رمز با هم مطابقت ندارند. { $left ->
    [one] { $left } بار دیگر فرصت دارید، بعد ورود قفل می‌شود.
   *[other] { $left } بار دیگر فرصت دارید، بعد ورود قفل می‌شود.
}
desk-locked = تلاش‌های اشتباه زیاد بود: ورود از این دستگاه تا { $time } قفل است. هماهنگ‌کننده می‌تواند قفل را در «اعضا» باز کند.
desk-checking = در حال بررسی…
desk-no-staff = هیچ عضو فعالی نیست. هماهنگ‌کننده با این دستور عضو اضافه می‌کند: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = داوطلب
role-coordinator = هماهنگ‌کننده
tab-queue = صف
tab-needs = نیازهای منتظر تطبیق
tab-matches = تطبیق‌های پیشنهادی
tab-inventory = انبار
desk-scan = برگه را اسکن کنید یا کدش را بنویسید:

## Keys
key-next-view = نمای بعدی
key-move = حرکت
key-open = باز کردن
key-close = بستن
key-lock = قفل
key-category = دسته
key-status = وضعیت
key-drop-off = دریافت جنس
key-hand-out = دادن یک عدد
key-confirm = تأیید
key-cancel = لغو
key-next-field = قسمت بعدی
key-save = ذخیره
key-add = افزودن
key-new-pin = رمز تازه
key-disable = غیرفعال کردن
key-role = نقش
key-post = انتشار
key-take-down = برداشتن
key-count-again = شمارش دوباره
key-reprint = چاپ دوباره
list-position = { $first }–{ $last } از { $total }
desk-unlock-failed = بررسی رمز ممکن نشد: پایگاه داده نوشتن را نپذیرفت. دوباره امتحان کنید؛ اگر باز هم نشد به هماهنگ‌کننده بگویید.
desk-staff-empty = هنوز حسابی برای همکاران نیست.

## Entries
desk-entry-title = برگهٔ { $code }
field-kind = نوع
field-category = دسته
field-quantity = تعداد
field-urgency = فوریت
field-mode = روش
field-language = زبان
field-age = ثبت شده
field-status = وضعیت
field-detail = توضیح
field-contact = تماس
field-item = جنس
age-minutes = { $minutes } دقیقه
age-hours = { $hours } ساعت
age-days = { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
status-open = باز
status-matched = تطبیق‌شده
status-picked = تحویل شد
status-closed = بسته
category-any = همهٔ دسته‌ها
desk-entry-pickup = Enter: تحویل دادن
desk-entry-dropoff = Enter: ثبت آنچه آورده‌اند
desk-entry-match = F9: پیدا کردن تطبیق

## Results
desk-picked-up = تحویل داده شد: { $code }. ممنون.
desk-already-picked = رد شد: { $code } قبلاً در { $time } به دست { $name } تحویل داده یا دریافت شده است.
desk-refused-signature = رد شد: امضای این برگه درست نیست. این مورد ثبت شد.
desk-refused-site = رد شد: این برگه مال مرکز دیگری است ({ $site }).
desk-refused-format = این کد برگه نیست. کد 8 حرف و عدد دارد.
desk-not-found = برگه‌ای با کد { $code } پیدا نشد.
desk-dropped-off = { $quantity } × { $item } به انبار اضافه شد.
desk-handed-out = یک عدد { $item } داده شد. { $left ->
    [one] { $left } عدد مانده است.
   *[other] { $left } عدد مانده است.
}
desk-none-left = از { $item } چیزی نمانده است.
desk-proposed = تطبیق پیشنهاد شد. آن را در «تطبیق‌های پیشنهادی» تأیید کنید.
desk-confirm-failed = این تطبیق دیگر تأییدشدنی نیست: یکی از دو طرف تغییر کرده است.
desk-cancelled = تطبیق لغو شد.
desk-error = مشکلی پیش آمد و در گزارش ثبت شد. چیزی تغییر نکرد.

desk-reprinted = { $code } دوباره به چاپگر فرستاده شد.

## Views
desk-queue-empty = کاری نمانده است: همهٔ موارد انجام شده‌اند.
desk-needs-empty = همهٔ نیازهای باز تطبیق دارند.
desk-needs-count = { $category }: { $count }
desk-candidates-title = تطبیق‌ها برای { $code } ({ $category })
desk-candidates-empty = هنوز در این دسته مورد بازی نیست.
desk-candidate-offer = پیشنهاد { $code }: { $quantity } · { $urgency } · { $age }
desk-candidate-stock = در انبار: { $item } ({ $quantity })
desk-matches-empty = هیچ تطبیق پیشنهادی نیست.
desk-match-line = نیاز { $need } ⇐ { $with }
desk-inventory-empty = انبار خالی است. با F6 دریافت جنس را ثبت کنید.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = ثبت دریافت جنس
desk-dropoff-for = برای برگهٔ پیشنهاد { $code }

## Staff accounts (coordinators)
tab-staff = اعضا
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · غیرفعال
desk-staff-add-title = افزودن عضو تازه
desk-staff-pin-title = رمز تازه برای { $name }
field-name = نام
field-role = نقش
field-pin = رمز (4 تا 8 رقم)
desk-staff-added = { $name } اضافه شد.
desk-staff-disabled = { $name } غیرفعال شد. زدن دوبارهٔ F7 او را فعال می‌کند.
desk-pin-set = رمز تازه برای { $name } ثبت شد.
desk-not-allowed = این کار اینجا ممکن نیست.

## Paper roster (aidkiosk roster)
roster-title = نیازهای منتظر تحویل در { $date }
roster-hint = هنگام هر تحویل، خانه‌اش را علامت بزنید و وقتی کیوسک دوباره کار کرد، آن را در میز داوطلبان ثبت کنید.
roster-empty = هیچ نیازی منتظر تحویل نیست.
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = …و { $count } مورد دیگر؛ به میز داوطلبان مراجعه کنید.

## Gatherings (posted at the desk, shown to visitors)
tab-events = دورهمی‌ها
desk-events-empty = هیچ دورهمی‌ای برنامه‌ریزی نشده است. با F6 یکی منتشر کنید.
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = انتشار یک دورهمی
desk-event-hint = عنوان به زبان { $language } لازم است؛ زبان‌های دیگر اختیاری‌اند.
field-starts = شروع (YYYY-MM-DD HH:MM)
field-ends = پایان (HH:MM)
field-place = مکان
field-title = عنوان به زبان { $language }
desk-event-bad-start = زمان شروع باید مثل 2026-12-05 10:00 باشد.
desk-event-bad-end = پایان باید ساعتی بعد از شروع باشد، مثل 12:00.
desk-event-bad-place = لطفاً مکان را بنویسید (حداکثر 80 حرف).
desk-event-bad-title = لطفاً عنوان را به زبان { $language } بنویسید (حداکثر 80 حرف).
desk-event-posted = منتشر شد: { $title }.
desk-event-removed = برداشته شد: { $title }.

## Gap report (the last weeks)
tab-report = کمبودها
report-loading = در حال شمارش…
report-title = { $weeks } هفتهٔ اخیر: از { $from } تا { $to }
report-weekly-needs = نیاز در هفته
report-weekly-handed = تحویل در هفته
report-median = میانهٔ انتظار از ثبت نیاز تا تحویل: { $wait }
report-median-none = در این هفته‌ها هیچ نیازی تحویل داده نشد.
report-gap = بیشترین کمبود: { $category }، { $count } نیاز بیشتر از پیشنهادها.
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = نیاز/پیشنهاد/تحویل‌شده/منتظر بیش از { $days } روز
report-languages = زبان‌ها: { $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days } روز و { $hours } ساعت
duration-hours = { $hours } ساعت
duration-minutes = { $minutes } دقیقه

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = آنچه شبکهٔ ما لازم دارد
poster-period = از { $from } تا { $to }
poster-figure-needs = نیاز ثبت‌شده
poster-figure-offers = کمک ثبت‌شده
poster-figure-handed = نیاز تحویل‌شده
poster-figure-wait = میانهٔ انتظار برای یک نیاز
poster-chart-categories = نیازها و کمک‌ها به تفکیک دسته
poster-chart-weeks = هر هفته: نیازهای ثبت‌شده و تحویل‌شده
poster-legend-needs = نیازها
poster-legend-offers = کمک‌ها
poster-legend-handed = تحویل‌شده
poster-gaps-title = بیشترین کمبودها
poster-gap-line = { $category }: نیاز { $needs }، کمک { $offers }
poster-gaps-none = در همهٔ دسته‌ها کمک‌ها به اندازهٔ نیازها بود. سپاس!
poster-help-title = آنچه بیش از همه کمک می‌کند
poster-help = کمک در: { $list }
poster-help-how = همه می‌توانند کمک کنند: در کیوسک «می‌توانم کمک کنم» را انتخاب کنید.
poster-footer = فقط شمارش: هیچ چیز در این صفحه کسی را شناسایی نمی‌کند. تهیه‌شده در { $date }.

## The desk on a pantry day
desk-sign-in = نام خود و بعد رمزتان را بنویسید.
desk-pepper-missing = رمزها قابل بررسی نیستند: pepper.key در پوشهٔ داده‌ها نیست. آن را از نسخه‌های پشتیبان کپی کنید، یا هماهنگ‌کننده با این دستور رمز تازه بگذارد: aidkiosk staff set-pin NAME
desk-pepper-mismatch = رمزها قابل بررسی نیستند: این pepper.key همانی نیست که این رمزها با آن گذاشته شده‌اند. فایل درست را از نسخه‌های پشتیبان کپی کنید، یا با این دستور رمز تازه بگذارید: aidkiosk staff set-pin NAME
desk-pepper-stale = این رمز پیش از تغییر pepper.key گذاشته شده است: هماهنگ‌کننده باید رمز تازه‌ای به شما بدهد.
desk-printer-none = چاپگر: هنوز چیزی چاپ نشده
desk-printer-ok = چاپگر: { $code } چاپ شد
desk-printer-failed = چاپگر: { $code } چاپ نشد ({ $reason })
tab-calls = تماس / رساندن
tab-printing = چاپ‌نشده
key-new-entry = ثبت تازه
key-count = شمارش
key-close-entry = بستن
key-clear-lock = باز کردن قفل
key-my-pin = رمز من
queue-todo = برای انجام
queue-open = باز
queue-matched = تطبیق‌شده
queue-ready = آماده
queue-connected = در ارتباط
queue-fulfilled = انجام‌شدهٔ امروز
queue-closed = بسته‌شدهٔ امروز
desk-queue-none = اینجا موردی نیست.
desk-kind-need = نیاز
desk-kind-offer = عرضه
desk-mode-call = تماس
desk-mode-delivery = رساندن
desk-quantity = { $count ->
    [one] { $count } عدد
   *[other] { $count } عدد
}
age-now = همین حالا
status-ready = آماده
status-received = دریافت شد
status-connected = در ارتباط
status-done = انجام شد
close-reason-expired = کسی به‌موقع نیامد
close-reason-not-needed = دیگر لازم نیست
close-reason-unreachable = دسترسی به آن‌ها نشد
close-reason-duplicate = دو بار ثبت شده
close-reason-other = دلیل دیگر
field-matched = تطبیق با
field-phone = تلفن
desk-partner-entry = { $kind } { $code } ({ $category }، { $status })
desk-partner-stock = از انبار: { $item }
desk-partner-proposed = منتظر تأیید: { $with }
desk-partner-received = آورده‌شده: { $quantity } × { $item }
desk-entry-pickup-early = پیشنهادِ تطبیق‌شده هنوز نرسیده است. Enter: به هر حال از آنچه اینجاست تحویل دهید
desk-entry-dropoff-for = Enter: ثبت آنچه آورده‌اند؛ برای نیازِ تطبیق‌شده کنار گذاشته می‌شود
desk-entry-connect = Enter: دو نفر را با هم در ارتباط بگذارید (هر دو تماس را نشان می‌دهد)
desk-entry-finish = Enter: انجام شد، علامت بزنید
desk-entry-cancel-match = F8: لغو تطبیق
desk-entry-undo = F3: واگرد (اشتباهِ امروز)
desk-typed-code = این کد تایپ شده، نه اسکن. پیش از تحویل، بپرسید او کیست.
desk-check-name = نامش را بپرسید: { $name }. برای تحویل، دوباره Enter را بزنید.
desk-check-phone = رقم‌های آخر تلفنش را بپرسید: …{ $digits }. برای تحویل، دوباره Enter را بزنید.
desk-check-nothing = نام یا تلفنی برای بررسی نمانده است. فقط اگر مطمئن هستید تحویل دهید: دوباره Enter.
desk-not-now = وضعیت { $code }: { $status }. این مرحله برای آن کاربرد ندارد.
desk-undo-not-yours = فقط داوطلبی که این کار را کرده، یا هماهنگ‌کننده، می‌تواند آن را واگرد کند.
desk-undo-too-late = این کار امروز نبوده است: از هماهنگ‌کننده بخواهید آن را اصلاح کند.
desk-undo-stock-gone = واگرد ممکن نیست: آنچه آورده شده بود از آن موقع داده شده است. به‌جای آن، شمارش را اصلاح کنید.
desk-undone = واگرد شد: { $code } به حالت قبل برگشت.
desk-closed = بسته شد: { $code }.
desk-connected = در ارتباط قرار گرفتند: { $code }. هر دو تماس در پایین است.
desk-finished = انجام شد: { $code }. ممنون.
desk-nothing-found = برای «{ $text }» چیزی پیدا نشد.
desk-found-title = یافته‌ها برای «{ $text }»: { $count }
desk-set-aside = { $quantity } × { $item } دریافت شد: برای { $code } کنار گذاشته شد که اکنون آماده است.
desk-counted = { $item }: اکنون { $quantity } عدد در قفسه است.
desk-propose-failed = تطبیق پیشنهاد نشد: یکی از آن دو از قبل تطبیق پیشنهادی دارد یا دیگر باز نیست.
desk-printed = چاپ شد: { $code }.
desk-print-failed = { $code } چاپ نشد: { $reason }. چاپگر را بررسی کنید، بعد برای تلاش دوباره F4 را بزنید.
desk-entered = با کد { $code } ذخیره شد؛ برگه‌اش در حال چاپ است. کد را برایش بخوانید.
desk-staff-enabled = { $name } دوباره می‌تواند وارد شود.
desk-lock-cleared = { $name } دوباره می‌تواند رمزش را امتحان کند.
desk-name-taken = حسابی به نام { $name } از قبل وجود دارد.
desk-last-coordinator = { $name } آخرین هماهنگ‌کننده است: اول هماهنگ‌کنندهٔ دیگری اضافه کنید.
desk-old-pin-wrong = رمز قبلی درست نیست. چیزی تغییر نکرد.
desk-staff-locked = تا { $time } قفل است
desk-calls-hint = کسانی که خواسته‌اند با آن‌ها تماس بگیریم یا چیزی برایشان ببریم، فوری‌ترها اول.
desk-calls-empty = کسی منتظر تماس یا رساندن نیست.
desk-unprinted-hint = برگه‌های 7 روز اخیر که هرگز چاپ نشده‌اند: شاید کسی کد را نداشته باشد. Enter دوباره چاپ می‌کند.
desk-unprinted-empty = همهٔ برگه‌ها چاپ شده‌اند.
desk-connected-title = این دو نفر را با هم در ارتباط بگذارید
desk-connected-need = نیاز دارد ({ $code })
desk-connected-offer = کمک می‌کند ({ $code })
desk-connected-hint = با آن‌ها تماس بگیرید یا راه تماس هر کدام را به دیگری بدهید، بعد Esc. وقتی کار انجام شد، برگه را باز کنید و Enter را بزنید تا انجام‌شده علامت بخورد.
desk-close-title = بستن { $code }: چرا؟
desk-count-title = چند { $item } در قفسه است؟
desk-my-pin-title = تغییر رمز شما
field-old-pin = رمز قبلی
field-new-pin = رمز تازه (4 تا 8 رقم)
field-new-pin-again = تکرار رمز تازه
desk-intake-title = نیاز یا پیشنهاد کمک، تلفنی یا از روی فرم کاغذی
desk-intake-phone = «با من تماس بگیرید» شمارهٔ تلفن لازم دارد.
desk-intake-number = تعداد: عددی از 1 تا 99.
language-in-en = انگلیسی
language-in-ar = عربی
language-in-es = اسپانیایی
language-in-fa = فارسی
language-in-fr = فرانسوی
language-in-ht = کریول هائیتی
language-in-ko = کره‌ای
language-in-pt = پرتغالی
language-in-ru = روسی
language-in-so = سومالیایی
language-in-uk = اوکراینی
language-in-vi = ویتنامی
language-in-zh-Hans = چینی
list-position-cut = { $first }–{ $last } از { $shown } مورد اول (در کل { $total })
desk-found-none = چیزی پیدا نشد.
desk-queue-none-fulfilled = امروز نه چیزی تحویل داده شد، نه چیزی آورده شد، نه کسی در ارتباط قرار گرفت.
desk-queue-none-closed = امروز چیزی بسته نشد.
report-week-figures = هفتهٔ گذشته { $last }، به‌طور میانگین { $mean }
desk-event-over = این دورهمی دیگر تمام شده است: زمان پایانش گذشته است.
roster-calls-title = برای تماس یا رساندن، { $date }
roster-calls-hint = با هر کدام تماس بگیرید یا چیزهایشان را برایشان ببرید و کنارش بنویسید چه شد؛ وقتی کیوسک دوباره کار کرد، آن را در میز داوطلبان ثبت کنید.
roster-calls-private = این صفحه نام و شمارهٔ تلفن افراد را دارد: آن را پیش خودتان نگه دارید و وقتی کارتان تمام شد، ریزریزش کنید.
roster-calls-empty = کسی برای تماس یا رساندن نیست.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = راه تماسی نگذاشته است: وقتی به میز داوطلبان آمد، راه تماس طرف دیگر را به او بدهید
desk-confirmed-stock = تطبیق تأیید شد: از انبار کنار گذاشته شد و نیاز آمادهٔ تحویل است.
desk-confirmed-offer = تطبیق تأیید شد: عرضه‌کننده باید آن را بیاورد؛ همین که برسد، نیاز آمادهٔ تحویل است.
desk-confirmed-service = تطبیق تأیید شد: حالا دو نفر را با هم در ارتباط بگذارید (یکی از دو برگه را باز کنید، بعد Enter).
desk-short-of-stock = از { $item } فقط { $have } عدد در انبار است و { $want } عدد لازم است: قفسه را در «انبار» بشمارید، یا این تطبیق را لغو کنید (F8).
desk-cancel-failed = این تطبیق دیگر لغوشدنی نیست: یا تحویل داده شده، یا دو طرف در ارتباط قرار گرفته‌اند، یا از قبل لغو شده است.
desk-staff-pin-in-name = این نام چهار رقم پشت سر هم دارد، مثل رمز: آیا رمز در خانهٔ نام تایپ شده است؟ Tab به خانهٔ رمز می‌رود.
desk-ticket-title = برگهٔ { $code }: { $count } مورد. Enter یکی را برای تحویل باز می‌کند.
tab-members = کارت‌داران
desk-members-hint = کارت عضو را اسکن کنید تا باز شود. Enter موردِ انتخاب‌شده را باز می‌کند.
desk-members-empty = هنوز عضوی نیست. مراجعه‌کننده می‌تواند در پایان مراجعه‌اش کارت بردارد، یا با F6 همین‌جا کارت بسازید.
desk-member-hours = داده { $given } ساعت · گرفته { $received } ساعت
desk-member-no-card = بدون کارت
desk-member-title = کارت عضویت { $card }
desk-member-seen = آخرین مراجعه: { $age }
desk-member-balance = داده { $given } ساعت · گرفته { $received } ساعت · مانده { $balance } ساعت
desk-member-debt = بیش از { $hours } ساعت بیشتر از آنچه داده، گرفته است: این سقفی نرم است و چیزی رد نمی‌شود. شاید یک گفت‌وگو با او کمک کند.
desk-member-statement-empty = هنوز ساعتی ثبت نشده است. با F7 یک تبادل ثبت کنید.
desk-member-correction = (اصلاحیه)
desk-member-reversed = (باطل‌شده)
desk-member-form-title = کارت عضویت تازه
desk-member-form-hint = هیچ‌کدام از این‌ها لازم نیست. روی کارت نامی نیست: فقط کد آن.
field-nickname = نام مستعار (اختیاری)
field-household = تعداد نفرات خانه (اختیاری)
desk-household-bad = یک عدد از 1 تا 99 بنویسید، یا خالی بگذارید.
desk-exchange-title = ثبت ساعت‌های داده‌شده و گرفته‌شده
desk-exchange-hint = هر کارت را اسکن کنید یا کدش را بنویسید. برای ساعت‌های خودِ این مرکز، یک طرف را خالی بگذارید.
field-provider = داده‌شده توسط
field-receiver = گرفته‌شده توسط
field-hours = ساعت (1، 1.5، 1:45، ¾)
field-for-need = برای نیاز (کد برگه)
field-from-offer = از پیشنهاد (کد برگه)
desk-exchange-card = این کارت اینجا معتبر نیست: یا جایگزین شده، یا جعلی یا ناشناخته است.
desk-exchange-same = دهنده و گیرنده یکی هستند.
desk-exchange-hours = ساعت را به ربع بنویسید، بیشتر از 0 و حداکثر 24: 1، 1.5، 1:45 یا ¾.
desk-exchange-need = هیچ نیازی این کد برگه را ندارد.
desk-exchange-offer = هیچ پیشنهادی این کد برگه را ندارد.
desk-card-printed = کارت { $code } چاپ شد.
desk-card-print-failed = کارت { $code } چاپ نشد: چاپگر را بررسی کنید، بعد F8 کارت تازه‌ای چاپ می‌کند.
desk-card-refused = این کارت اینجا معتبر نیست: یا جایگزین شده، یا جعلی است یا مال مرکز دیگری.
desk-exchanged = ثبت شد: { $hours } ساعت.
desk-exchanged-debt = ثبت شد: { $hours } ساعت. گیرنده اکنون خیلی بیشتر از آنچه داده، گرفته است: این سقفی نرم است و چیزی رد نمی‌شود.
desk-reversed = باطل شد: یک انتقال اصلاحی ثبت شد.
desk-cannot-reverse = اصلاحیه را نمی‌توان باطل کرد و هیچ چیز دو بار باطل نمی‌شود: به‌جای آن، تبادل را دوباره ثبت کنید.
desk-statement-printed = صورت‌حساب ساعت‌ها چاپ شد.
desk-statement-failed = صورت‌حساب ساعت‌ها چاپ نشد: چاپگر را بررسی کنید.
key-new-card = کارت تازه
key-exchange = ثبت ساعت
key-statement = چاپ صورت‌حساب
key-replace-card = کارت گم‌شده
key-reverse = باطل کردن
desk-member-to = به { $who }
desk-member-from = از { $who }
desk-member-removed = عضو حذف‌شده
report-members = اعضا، هر نفر یک بار شمرده می‌شود: { $served } نفر کمک گرفتند (هفتهٔ گذشته { $new } نفر تازه، { $returning } نفر قدیمی) · { $hours } ساعت تبادل کمک
tab-network = شبکه
desk-elsewhere-title = برگهٔ { $code } از { $site }، مرکز دیگری از شبکهٔ ما
desk-elsewhere-private = نام‌ها و شماره‌تلفن‌ها در { $site } می‌مانند: اگر لازم شد، بپرسید او کیست.
desk-elsewhere-hand = Enter: چیزِ انتخاب‌شده را اینجا تحویل دهید. { $site } بعد از تبادل بعدی فایل‌ها آن را می‌بیند.
desk-elsewhere-handed = تحویل‌شده در { $sites }
notice-handed-elsewhere = { $code } اینجا تحویل داده شد. { $site } بعد از تبادل بعدی فایل‌ها آن را می‌بیند.
notice-elsewhere-already = { $code } قبلاً در مرکز دیگری از شبکه تحویل داده شده است.
network-none = این مرکز در هیچ شبکه‌ای نیست. هماهنگ‌کننده با خط فرمان یک شبکه می‌سازد: aidkiosk network create
network-this-site = این مرکز
network-last = آخرین تغییر { $when }
network-never = هنوز تغییری نرسیده است
network-waiting = { $count ->
    [one] { $count } فایلِ بعدی منتظرِ فایلی است که نرسیده
   *[other] { $count } فایلِ بعدی منتظرِ فایلی هستند که نرسیده
}
network-removed = از شبکه حذف شد
network-problems = فایل‌های اعمال‌نشده
network-problem-refused = { $site } { $file }: رد شد ({ $reason })
network-problem-newer = { $site } { $file }: با نسخهٔ جدیدتری از aidkiosk نوشته شده. برای خواندنش، aidkiosk را اینجا به‌روز کنید.
network-problem-removed = { $site } { $file }: از مرکزی که از شبکه حذف شده
network-problem-unknown = { $site }: پوشهٔ مرکزی که در این شبکه نیست
network-conflicts = دو بار تحویل داده شده، وقتی مرکزها به هم وصل نبودند
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = تعارضی نیست.
network-resolve-hint = به مرکز دیگر زنگ بزنید، موضوع را با آن شخص حل کنید، بعد روی تعارض F3 را بزنید.
key-resolve = حل شد
notice-conflict-resolved = { $code } حل‌شده علامت خورد، در همهٔ مرکزها بعد از تبادل بعدی.
key-network-report = این مرکز / شبکه
report-network-columns = نیازهای ثبت‌شده / تحویل‌شده، در هر مرکز شبکه
desk-proposed-elsewhere = تطبیق به { $site } پیشنهاد شد. میز داوطلبانِ آنجا آن را تأیید می‌کند؛ بعد این نیاز اینجا هم تطبیق دارد.
