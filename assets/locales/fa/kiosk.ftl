# aidkiosk visitor and set-up messages: Persian/Farsi (فارسی).
# پیام‌های مراجعه‌کنندگان و راه‌اندازی. همان id‌ها و همان $placeholders نسخهٔ انگلیسی.
# خط‌ها کوتاه بمانند: عرض کیوسک دست‌کم 80 ستون است.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = فارسی

## Welcome
welcome-greeting = خوش آمدید
welcome-start = برای شروع، هر کلیدی را بزنید

## Language
language-prompt = زبان خود را انتخاب کنید

## Home
home-prompt = چه کاری می‌خواهید انجام دهید؟
home-need = چیزی لازم دارم
home-offer = می‌توانم کمک کنم
home-check = بررسی برگهٔ من
home-board = الان چه چیزهایی لازم است
home-events = برنامه‌های محله

## Category
category-prompt-need = چه چیزی لازم دارید؟
category-prompt-offer = با چه چیزی می‌توانید کمک کنید؟
category-food = غذا
category-hygiene = صابون و بهداشت
category-baby-child = نوزاد و کودک
category-clothing = لباس
category-housing = کمک برای مسکن
category-transport = رفت‌وآمد و جابه‌جایی
category-childcare = نگهداری از بچه‌ها
category-medical = سلامت و دارو
category-skills = مهارت و تعمیرات
category-language-tech = کمک در زبان و کامپیوتر
category-companionship = کسی برای حرف زدن
category-other = چیز دیگر
menu-more = گزینه‌های بیشتر
menu-page = صفحهٔ { $page } از { $pages }

## Details
details-prompt = چند سؤال. برای نگه داشتن همین جواب‌ها، Enter را بزنید.
details-quantity-need = چند عدد لازم دارید
details-quantity-offer = چند عدد می‌توانید بدهید
details-urgency = چه زمانی
urgency-today = امروز
urgency-week = همین هفته
urgency-flexible = هر وقت
details-mode = چطور
mode-pickup = همین‌جا تحویل می‌گیرم
mode-delivery = برایم بیاورید
mode-call = با من تماس بگیرید
details-detail = توضیح (می‌توانید خالی بگذارید)
details-name = نام کوچک (می‌توانید خالی بگذارید)
details-phone = تلفن (اگر می‌خواهید تماس بگیریم)
details-privacy = فقط داوطلبان نام و تلفن شما را می‌بینند. نام و تلفن شما بعد از { $days ->
    [one] { $days } روز
   *[other] { $days } روز
} پاک می‌شوند.
details-change = برای تغییر یک جواب، شماره‌اش را بزنید.
details-continue = برای ادامه، Enter را بزنید.
details-phone-needed = لطفاً شمارهٔ تلفن بگذارید تا بتوانیم با شما تماس بگیریم.
field-empty = (خالی)
edit-type = جوابتان را بنویسید و بعد Enter را بزنید.
edit-number = یک عدد از 1 تا 99 بنویسید و بعد Enter را بزنید.
edit-choose = برای انتخاب، یک شماره را بزنید.

## Review
review-prompt = درست است؟
review-category = چه چیزی
review-quantity = چند عدد
review-urgency = چه زمانی
review-mode = چطور
review-detail = توضیح
review-name = نام
review-phone = تلفن
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
    [one] { $count } عدد
   *[other] { $count } عدد
}
review-save = برای ذخیره و چاپ Enter را بزنید. برای تغییر Esc را بزنید.

## Slip
slip-title = برگهٔ شما
slip-code = کد شما: { $code }
slip-keep = این کد را نگه دارید. آن را به یک داوطلب نشان دهید.
slip-print-pending = برگهٔ شما در حال چاپ است…
slip-print-done = چاپ شد. لطفاً برگه‌تان را بردارید.
slip-print-failed = چاپگر کار نمی‌کند. لطفاً کدتان را یادداشت کنید یا این صفحه را به یک داوطلب نشان دهید.
slip-done = وقتی کارتان تمام شد، Enter را بزنید.
slip-saving = در حال ذخیره…
slip-save-failed = متأسفیم، ذخیره نشد. جواب‌هایتان هنوز اینجا هستند: برای امتحان دوباره Enter را بزنید، یا از یک داوطلب کمک بخواهید.

## Check my slip
check-prompt = کد روی برگه‌تان را بنویسید یا اسکن کنید
check-hint = کد 8 حرف و عدد دارد، مثل 7K3M-Q9PX.
check-searching = در حال جست‌وجو…
check-not-found = این کد را پیدا نکردیم. لطفاً آن را بررسی کنید و دوباره امتحان کنید.
check-again = برای بررسی کد دیگر، Enter را بزنید.

## Footer keys
key-hint = { $key }: { $action }
key-any = هر کلید
key-start = شروع
key-choose = انتخاب
key-ok = تأیید
key-back = برگشت
key-speak = بلند خواندن
key-stay = پاسخ‌هایم بماند
check-code = کد

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }: { $label }.
speech-unavailable = بلند خواندن برای این زبان در دسترس نیست.

## Idle
idle-title = هنوز اینجا هستید؟
idle-countdown = جواب‌های شما تا { $seconds ->
    [one] { $seconds } ثانیه
   *[other] { $seconds } ثانیه
} دیگر پاک می‌شوند.
idle-continue = برای نگه داشتن آن‌ها، هر کلیدی را بزنید.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## Small screen
screen-enlarge = لطفاً این پنجره را بزرگ‌تر کنید.

## Kinds, shown on slips and to volunteers
kind-need = نیاز
kind-offer = پیشنهاد کمک

## Printed slip
slip-print-date = تاریخ: { $date }
slip-print-code = کد: { $code }

## First-run set-up (shown in the staff language)
setup-title = راه‌اندازی این کیوسک
setup-intro = هنوز هماهنگ‌کننده‌ای نیست. لطفاً این مرکز را راه‌اندازی کنید.
setup-site = نام مرکز
setup-admin = نام هماهنگ‌کننده
setup-pin = رمز هماهنگ‌کننده (4 تا 8 رقم)
setup-pin-again = تکرار رمز
setup-hint = هر جواب را بنویسید و Enter را بزنید. با Esc یک قسمت به عقب برمی‌گردید.
setup-pin-mismatch = دو رمز یکی نیستند. لطفاً دوباره بنویسید.
setup-pin-invalid = رمز باید 4 تا 8 رقم باشد.
setup-name-missing = لطفاً یک نام بنویسید.
setup-working = در حال راه‌اندازی…
setup-failed = راه‌اندازی انجام نشد: { $reason }

## What is needed now (a board with no personal details)
board-title = الان چه چیزهایی لازم است
board-needs = { $count ->
    [one] { $count } نیاز
   *[other] { $count } نیاز
}
board-offers = { $count ->
    [one] { $count } پیشنهاد
   *[other] { $count } پیشنهاد
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }، { $offers }
board-invite = بیشترین نیاز: { $category }. می‌توانید در این مورد کمک کنید؟
board-hint = برای کمک در یک دسته، شماره‌اش را بزنید.
board-empty = الان چیزی لازم نیست. ممنونیم!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ نیاز   ░ پیشنهاد

## Gatherings (posted by staff)
events-title = برنامه‌های محله
events-empty = هنوز برنامه‌ای برای محله گذاشته نشده است.
events-hint = برای دیدن و چاپ یک برنامه، شماره‌اش را بزنید.
event-when = زمان
event-where = مکان
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday } { $date }، { $start }–{ $end }
event-print = برای چاپ، Enter را بزنید.
event-scan = کد مربعی را با گوشی‌تان اسکن کنید تا این برنامه به تقویمتان اضافه شود.
weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = فرم کاغذی: نیاز یا پیشنهاد کمک
form-intro = در هر قسمت یک خانه را علامت بزنید و خوانا بنویسید. یک داوطلب آن را برایتان ثبت می‌کند و یک کد به شما می‌دهد.
form-staff = برای داوطلبان: ثبت در تاریخ ________ توسط ________، کد ____-____

## What happens next for a slip
next-need-waiting = درخواست شما به دست ما رسید. یک داوطلب دنبال چیزی است که لازم دارید.
next-offer-waiting = ممنونیم! یک داوطلب دنبال کسی است که به کمک شما نیاز دارد.
next-need-coming = کسی دارد چیزی را که لازم دارید می‌آورد. به‌زودی دوباره سر بزنید.
next-bring-it = کسی به چیزی که پیشنهاد دادید نیاز دارد: لطفاً آن را اینجا بیاورید.
next-we-collect = کسی به چیزی که پیشنهاد دادید نیاز دارد: یک داوطلب برای گرفتنش می‌آید.
next-pick-up = آماده است: لطفاً بیایید و آن را بگیرید. این برگه را همراه بیاورید.
next-we-deliver = آماده است: یک داوطلب آن را برایتان می‌آورد.
next-we-call = یک داوطلب با شما تماس می‌گیرد.
next-in-touch-soon = یک داوطلب شما را با فرد دیگر در ارتباط می‌گذارد.
next-in-touch = شما با فرد دیگر در ارتباط قرار گرفتید. ممنونیم!
next-handed-over = تحویل داده شد. امیدواریم به کارتان بیاید!
next-received = دریافت شد. ممنونیم!
next-done = انجام شد. ممنونیم!
next-closed = این برگه بسته شده است.
details-quantity-people = چند نفر در خانهٔ شما زندگی می‌کنند
details-quantity-hours = چند ساعت می‌توانید کمک کنید
offer-mode-pickup = خودم اینجا می‌آورم
offer-mode-delivery = بیایید از من بگیرید
service-mode-pickup = همین‌جا همدیگر را می‌بینیم
service-mode-delivery = در خانهٔ من
details-phone-required = تلفن (برای تماس با شما لازم است)
details-phone-needed-delivery = لطفاً شمارهٔ تلفن بگذارید: یک داوطلب تماس می‌گیرد تا بپرسد کجا بیاید.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
    [one] { $count } نفر
   *[other] { $count } نفر
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
    [one] { $count } ساعت
   *[other] { $count } ساعت
}
review-also = روی این برگه این‌ها هم هست:
review-add = اضافه کردن چیز دیگر
slip-print-items = { $count ->
    [one] { $count } چیز روی این برگه
   *[other] { $count } چیز روی این برگه
}
kiosk-resting = این کیوسک الان کار نمی‌کند. لطفاً از یک داوطلب کمک بخواهید.
card-title = کارت عضویت
card-next-time = دفعهٔ بعد، این کارت را در کیوسک اسکن کنید تا زبانتان و تعداد نفرات خانه‌تان خودکار پر شود.
card-private = نام شما روی این کارت نیست. اگر گمش کردید، از یک داوطلب کارت تازه بخواهید.
card-hours = ساعت کمک کردن: { $given } · ساعت کمک گرفتن: { $received }
card-take = یک کارت عضویت برای دفعهٔ بعد بردارید
card-printing = کارت عضویت شما در حال چاپ است…
card-printed = کارت عضویت شما چاپ شد. لطفاً آن را هم بردارید.
card-failed = کارت چاپ نشد. یک داوطلب می‌تواند در میز داوطلبان برایتان کارت درست کند.
card-welcome = خوش برگشتید! زبان و تعداد نفرات خانه‌تان پر شده است.
card-shown = این کارت عضویت شماست.
card-start = برای شروع با این کارت، Enter را بزنید.
card-refused = این کارت دیگر کار نمی‌کند. لطفاً از یک داوطلب کارت تازه بخواهید.
statement-title = ساعت‌های شما
statement-line = { $date } · { $category } · { $hours }
statement-correction = اصلاح
statement-balance = مانده: { $hours }
check-elsewhere = این برگه از { $site } است، جای دیگری از شبکهٔ ما.
board-network = { $count ->
    [one] { $count } نیاز در جاهای دیگر شبکهٔ ما
   *[other] { $count } نیاز در جاهای دیگر شبکهٔ ما
}
