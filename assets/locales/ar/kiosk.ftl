# aidkiosk visitor and set-up messages: Arabic.
# Every other language has exactly these message ids with the same $placeholders.
# Keep lines short: the kiosk is 80 columns wide at the least.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = العربية

## Welcome
welcome-greeting = أهلًا وسهلًا
welcome-start = اضغط أي مفتاح للبدء

## Language
language-prompt = اختر لغتك

## Home
home-prompt = ماذا تريد أن تفعل؟
home-need = أحتاج إلى شيء
home-offer = أستطيع أن أقدّم شيئًا
home-check = مراجعة تذكرتي
home-board = ما المطلوب الآن
home-events = فعاليات المجتمع

## Category
category-prompt-need = ماذا تحتاج؟
category-prompt-offer = ماذا تستطيع أن تقدّم؟
category-food = طعام
category-hygiene = صابون ونظافة
category-baby-child = الرضّع والأطفال
category-clothing = ملابس
category-housing = مساعدة في السكن
category-transport = مواصلات ومشاوير
category-childcare = رعاية الأطفال
category-medical = صحة وأدوية
category-skills = مهارات وإصلاحات
category-language-tech = مساعدة في اللغة والتقنية
category-companionship = شخص للتحدث معه
category-other = شيء آخر
menu-more = خيارات أخرى
menu-page = صفحة { $page } من { $pages }

## Details
details-prompt = بعض الأسئلة. اضغط Enter لتُبقي هذه الإجابات.
details-quantity-need = كم قطعة تحتاج
details-quantity-offer = كم قطعة تستطيع أن تقدّم
details-urgency = متى
urgency-today = اليوم
urgency-week = هذا الأسبوع
urgency-flexible = أي وقت
details-mode = كيف
mode-pickup = أستلمه من هنا
mode-delivery = أحضروه إليّ
mode-call = اتصلوا بي
details-detail = ملاحظة (يمكنك تركها فارغة)
details-name = الاسم الأول (يمكنك تركه فارغًا)
details-phone = الهاتف (إن أردت أن نتصل بك)
details-privacy = لا يرى اسمك وهاتفك إلا المتطوعون. ونحذفهما بعد { $days ->
    [zero] { $days } يوم.
    [one] يوم واحد.
    [two] يومين.
    [few] { $days } أيام.
    [many] { $days } يومًا.
   *[other] { $days } يوم.
}
details-change = اضغط رقمًا لتغيير إجابة.
details-continue = اضغط Enter للمتابعة.
details-phone-needed = من فضلك أضف رقم هاتف لنتصل بك.
field-empty = (لا شيء)
edit-type = اكتب إجابتك، ثم اضغط Enter.
edit-number = اكتب رقمًا من 1 إلى 99، ثم اضغط Enter.
edit-choose = اضغط رقمًا للاختيار.

## Review
review-prompt = هل هذا صحيح؟
review-category = ماذا
review-quantity = كم العدد
review-urgency = متى
review-mode = كيف
review-detail = ملاحظة
review-name = الاسم
review-phone = الهاتف
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
    [zero] { $count } قطعة
    [one] قطعة واحدة
    [two] قطعتان
    [few] { $count } قطع
    [many] { $count } قطعة
   *[other] { $count } قطعة
}
review-save = اضغط Enter للحفظ والطباعة. اضغط Esc للتغيير.

## Slip
slip-title = تذكرتك
slip-code = رمزك: { $code }
slip-keep = احتفظ بهذا الرمز. اعرضه على أحد المتطوعين.
slip-print-pending = جارٍ طباعة تذكرتك…
slip-print-done = تمت الطباعة. من فضلك خذ تذكرتك.
slip-print-failed = الطابعة لا تعمل. من فضلك اكتب رمزك أو اعرض هذه الشاشة على أحد المتطوعين.
slip-done = اضغط Enter عندما تنتهي.
slip-saving = جارٍ الحفظ…
slip-save-failed = عذرًا، لم نتمكن من الحفظ. إجاباتك ما زالت هنا: اضغط Enter لتحاول مرة أخرى، أو اسأل أحد المتطوعين.

## Check my slip
check-prompt = اكتب الرمز الذي على تذكرتك أو امسحه ضوئيًا
check-hint = الرمز فيه 8 حروف وأرقام، مثل 7K3M-Q9PX.
check-searching = جارٍ البحث…
check-not-found = لم نجد هذا الرمز. من فضلك تأكد منه وحاول مرة أخرى.
check-again = اضغط Enter لمراجعة رمز آخر.

## Footer keys
key-hint = { $key }: { $action }
key-any = أي مفتاح
key-start = ابدأ
key-choose = اختر
key-ok = موافق
key-back = رجوع
key-speak = قراءة بصوت عالٍ
key-stay = احتفظ بإجاباتي
check-code = الرمز

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }: { $label }.
speech-unavailable = القراءة بصوت عالٍ غير متاحة بهذه اللغة.

## Idle
idle-title = هل ما زلت هنا؟
idle-countdown = ستُحذف إجاباتك بعد { $seconds ->
    [zero] { $seconds } ثانية.
    [one] ثانية واحدة.
    [two] ثانيتين.
    [few] { $seconds } ثوانٍ.
    [many] { $seconds } ثانية.
   *[other] { $seconds } ثانية.
}
idle-continue = اضغط أي مفتاح للاحتفاظ بها.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## Small screen
screen-enlarge = من فضلك كبّر هذه النافذة.

## Kinds, shown on slips and to volunteers
kind-need = حاجة
kind-offer = عرض

## Printed slip
slip-print-date = التاريخ: { $date }
slip-print-code = الرمز: { $code }

## First-run set-up (shown in the staff language)
setup-title = إعداد هذا الجهاز
setup-intro = لا يوجد منسّق بعد. من فضلك قم بإعداد الموقع.
setup-site = اسم الموقع
setup-admin = اسم المنسّق
setup-pin = الرقم السري للمنسّق (من 4 إلى 8 أرقام)
setup-pin-again = الرقم السري مرة أخرى
setup-hint = اكتب كل إجابة واضغط Enter. زر Esc يعود إلى الحقل السابق.
setup-pin-mismatch = الرقمان السريان غير متطابقين. من فضلك اكتبهما مرة أخرى.
setup-pin-invalid = الرقم السري من 4 إلى 8 أرقام.
setup-name-missing = من فضلك اكتب اسمًا.
setup-working = جارٍ الإعداد…
setup-failed = فشل الإعداد: { $reason }

## What is needed now (a board with no personal details)
board-title = ما المطلوب الآن
# [zero] is exactly 0 in Arabic, so an empty row of the board reads "لا حاجات، لا عروض".
board-needs = { $count ->
    [zero] لا حاجات
    [one] حاجة واحدة
    [two] حاجتان
    [few] { $count } حاجات
    [many] { $count } حاجة
   *[other] { $count } حاجة
}
board-offers = { $count ->
    [zero] لا عروض
    [one] عرض واحد
    [two] عرضان
    [few] { $count } عروض
    [many] { $count } عرضًا
   *[other] { $count } عرض
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }، { $offers }
board-invite = أكثر ما نحتاج إليه: { $category }. هل تستطيع أن تساعد في هذا؟
board-hint = اضغط رقمًا لتقدّم شيئًا من هذه الفئة.
board-empty = لا نحتاج إلى شيء الآن. شكرًا لك!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ حاجات   ░ عروض

## Gatherings (posted by staff)
events-title = فعاليات المجتمع
events-empty = لا توجد فعاليات مخطط لها بعد.
events-hint = اضغط رقمًا لترى الفعالية وتطبعها.
event-when = متى
event-where = أين
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday } { $date }، { $start }–{ $end }
event-print = اضغط Enter لطباعته.
event-scan = امسح الرمز المربّع بهاتفك لتضيف هذه الفعالية إلى تقويمك.
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = استمارة ورقية: حاجة أو عرض
form-intro = ضع علامة في مربع واحد في كل جزء، واكتب بخط واضح. سيسجّلها أحد المتطوعين نيابةً عنك ويعطيك رمزًا.
form-staff = للمتطوعين: سُجّلت بتاريخ ________ بواسطة ________، الرمز ____-____

## What happens next for a slip
next-need-waiting = وصلنا طلبك. يبحث أحد المتطوعين عمّا تحتاج إليه.
next-offer-waiting = شكرًا لك! يبحث أحد المتطوعين عن شخص يحتاج إلى ما تقدّمه.
next-need-coming = هناك من يُحضر ما تحتاج إليه. راجع تذكرتك مرة أخرى قريبًا.
next-bring-it = هناك من يحتاج إلى ما قدّمته: من فضلك أحضره إلى هنا.
next-we-collect = هناك من يحتاج إلى ما قدّمته: سيأتي أحد المتطوعين لأخذه.
next-pick-up = جاهز: من فضلك تعال لاستلامه. أحضر معك هذه التذكرة.
next-we-deliver = جاهز: سيوصله إليك أحد المتطوعين.
next-we-call = سيتصل بك أحد المتطوعين.
next-in-touch-soon = سيضعك أحد المتطوعين على تواصل مع الشخص الآخر.
next-in-touch = أصبحت على تواصل مع الشخص الآخر. شكرًا لك!
next-handed-over = تم التسليم. نرجو أن يفيدك!
next-received = تم الاستلام. شكرًا لك!
next-done = تم. شكرًا لك!
next-closed = هذه التذكرة مغلقة.
details-quantity-people = كم شخصًا يعيش في بيتك
details-quantity-hours = كم ساعة تستطيع أن تقدّم
offer-mode-pickup = أنا أحضره إلى هنا
offer-mode-delivery = تعالوا وخذوه مني
service-mode-pickup = نلتقي هنا
service-mode-delivery = في بيتي
details-phone-required = الهاتف (نحتاجه لنتصل بك)
details-phone-needed-delivery = من فضلك أضف رقم هاتف: سيتصل بك أحد المتطوعين ليسألك إلى أين يأتي.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
    [zero] { $count } شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
review-also = وعلى هذه التذكرة أيضًا:
review-add = إضافة شيء آخر
slip-print-items = { $count ->
    [zero] لا شيء على هذه التذكرة
    [one] شيء واحد على هذه التذكرة
    [two] شيئان على هذه التذكرة
    [few] { $count } أشياء على هذه التذكرة
    [many] { $count } شيئًا على هذه التذكرة
   *[other] { $count } شيء على هذه التذكرة
}
kiosk-resting = هذا الجهاز لا يعمل الآن. من فضلك اسأل أحد المتطوعين.
card-title = بطاقة العضوية
card-next-time = في المرة القادمة، امسح هذه البطاقة ضوئيًا على الجهاز، فنملأ لك لغتك وعدد أفراد بيتك.
card-private = اسمك غير مكتوب على هذه البطاقة. إن أضعتها، فاطلب بطاقة جديدة من أحد المتطوعين.
card-hours = ساعات قدّمتها: { $given } · ساعات تلقّيتها: { $received }
card-take = خذ بطاقة عضوية للمرة القادمة
card-printing = جارٍ طباعة بطاقة عضويتك…
card-printed = طُبعت بطاقة عضويتك. من فضلك خذها أيضًا.
card-failed = تعذّرت طباعة البطاقة. يستطيع أحد المتطوعين أن يصنع لك واحدة في المكتب.
card-welcome = أهلًا بعودتك! ملأنا لك لغتك وعدد أفراد بيتك.
card-shown = هذه بطاقة عضويتك.
card-start = اضغط Enter لتبدأ بهذه البطاقة.
card-refused = هذه البطاقة لم تعد تعمل. من فضلك اطلب بطاقة جديدة من أحد المتطوعين.
statement-title = ساعاتك
statement-line = { $date } · { $category } · { $hours }
statement-correction = تصحيح
statement-balance = الرصيد: { $hours }
check-elsewhere = هذه التذكرة من { $site }، وهو مكان آخر في شبكتنا.
board-network = { $count ->
    [zero] لا حاجات في أماكن أخرى من شبكتنا
    [one] حاجة واحدة في أماكن أخرى من شبكتنا
    [two] حاجتان في أماكن أخرى من شبكتنا
    [few] { $count } حاجات في أماكن أخرى من شبكتنا
    [many] { $count } حاجة في أماكن أخرى من شبكتنا
   *[other] { $count } حاجة في أماكن أخرى من شبكتنا
}
