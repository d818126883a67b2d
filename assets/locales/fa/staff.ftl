# aidkiosk staff desk messages: Persian/Farsi (فارسی).
# برای داوطلبان و هماهنگ‌کننده‌ها، به زبان کارکنان این مرکز.

## Unlock
desk-title = میز داوطلبان
desk-who = شما چه کسی هستید؟
desk-pin = { $name }، رمزتان را بنویسید و Enter را بزنید
desk-pin-wrong = رمز اشتباه است. { $left ->
    [one] { $left } بار دیگر فرصت دارید، بعد دستگاه قفل می‌شود.
   *[other] { $left } بار دیگر فرصت دارید، بعد دستگاه قفل می‌شود.
}
desk-locked = رمز اشتباه چند بار زده شد. این دستگاه تا { $time } قفل است.
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
age-minutes = { $minutes ->
    [one] { $minutes } دقیقه پیش
   *[other] { $minutes } دقیقه پیش
}
age-hours = { $hours ->
    [one] { $hours } ساعت پیش
   *[other] { $hours } ساعت پیش
}
age-days = { $days ->
    [one] { $days } روز پیش
   *[other] { $days } روز پیش
}
status-open = باز
status-matched = آمادهٔ تحویل
status-picked = تحویل داده شد
status-closed = بسته
status-any = همهٔ وضعیت‌ها
category-any = همهٔ دسته‌ها
desk-entry-pickup = Enter: تأیید تحویل
desk-entry-dropoff = Enter: ثبت دریافت جنس
desk-entry-match = F9: پیدا کردن تطبیق

## Results
desk-picked-up = تحویل داده شد: { $code }. ممنون.
desk-already-picked = رد شد: { $code } قبلاً در { $time } به دست { $name } تحویل داده شده است.
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
desk-confirmed = تطبیق تأیید شد: هر دو برگه آماده‌اند.
desk-confirm-failed = این تطبیق دیگر تأییدشدنی نیست: یکی از دو طرف تغییر کرده است.
desk-cancelled = تطبیق لغو شد.
desk-error = مشکلی پیش آمد و در گزارش ثبت شد. چیزی تغییر نکرد.

desk-reprinted = { $code } دوباره به چاپگر فرستاده شد.
desk-entry-reprint = F4: چاپ دوبارهٔ برگه

## Views
desk-queue-empty = امروز هیچ مورد بازی نیست.
desk-needs-empty = همهٔ نیازهای باز تطبیق دارند.
desk-needs-count = { $category }: { $count }
desk-candidates-title = تطبیق‌ها برای { $code } ({ $category })
desk-candidates-empty = هنوز در این دسته مورد بازی نیست.
desk-candidate-offer = پیشنهاد { $code }: { $quantity } · { $urgency }
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
desk-staff-disabled = { $name } دیگر نمی‌تواند وارد شود.
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
