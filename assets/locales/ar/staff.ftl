# aidkiosk staff desk messages: Arabic.
# Shown to volunteers and coordinators in the site's staff language.

## Unlock
desk-title = مكتب الفريق
desk-pin-wrong = الاسم والرقم السري غير متطابقين. { $left ->
    [zero] بقيت { $left } محاولة قبل قفل الدخول.
    [one] بقيت محاولة واحدة قبل قفل الدخول.
    [two] بقيت محاولتان قبل قفل الدخول.
    [few] بقيت { $left } محاولات قبل قفل الدخول.
    [many] بقيت { $left } محاولة قبل قفل الدخول.
   *[other] بقيت { $left } محاولة قبل قفل الدخول.
}
desk-locked = محاولات خاطئة كثيرة: الدخول من هذا الجهاز مقفل حتى { $time }. يستطيع المنسّق رفع القفل من «الفريق».
desk-checking = جارٍ التحقق…
desk-no-staff = لا يوجد أعضاء نشطون في الفريق. يضيفهم المنسّق بالأمر: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = متطوع
role-coordinator = منسّق
tab-queue = قائمة الانتظار
tab-needs = حاجات تنتظر مطابقة
tab-matches = مطابقات مقترحة
tab-inventory = المخزون
desk-scan = امسح إيصالًا ضوئيًا أو اكتب رمزه:

## Keys
key-next-view = العرض التالي
key-move = تنقّل
key-open = فتح
key-close = إغلاق
key-lock = قفل
key-category = الفئة
key-status = الحالة
key-drop-off = أغراض واردة
key-hand-out = صرف قطعة
key-confirm = تأكيد
key-cancel = إلغاء
key-next-field = الحقل التالي
key-save = حفظ
key-add = إضافة
key-new-pin = رقم سري جديد
key-disable = إيقاف
key-role = الدور
key-post = نشر
key-take-down = إزالة
key-count-again = إعادة العد
key-reprint = اطبع مجددًا
list-position = { $first }–{ $last } من { $total }
desk-unlock-failed = تعذّر التحقق من الرقم السري: لم تقبل قاعدة البيانات الكتابة. حاول مرة أخرى، وإن تكرر ذلك فأخبر منسقًا.
desk-staff-empty = لا توجد حسابات للفريق بعد.

## Entries
desk-entry-title = إيصال { $code }
field-kind = النوع
field-category = الفئة
field-quantity = الكمية
field-urgency = الاستعجال
field-mode = الطريقة
field-language = اللغة
field-age = سُجّل
field-status = الحالة
field-detail = ملاحظة
field-contact = جهة الاتصال
field-item = الصنف
age-minutes = { $minutes } د
age-hours = { $hours } س
age-days = { $days ->
    [zero] { $days } يوم
    [one] يوم
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
status-open = مفتوح
status-matched = مطابَق
status-picked = تم التسليم
status-closed = مغلق
category-any = كل الفئات
desk-entry-pickup = Enter: التسليم
desk-entry-dropoff = Enter: تسجيل ما أحضروه
desk-entry-match = F9: البحث عن مطابقة

## Results
desk-picked-up = تم التسليم: { $code }. شكرًا.
desk-already-picked = مرفوض: سبق تسليم { $code } أو استلامه في { $time }، على يد { $name }.
desk-refused-signature = مرفوض: توقيع هذا الإيصال غير مطابق. تم تسجيل ذلك.
desk-refused-site = مرفوض: هذا الإيصال من موقع آخر ({ $site }).
desk-refused-format = هذا ليس رمز إيصال. الرمز فيه 8 حروف وأرقام.
desk-not-found = لا يوجد إيصال بالرمز { $code }.
desk-dropped-off = أُضيف { $quantity } × { $item } إلى المخزون.
desk-handed-out = صُرفت قطعة واحدة من { $item }. المتبقي: { $left }.
desk-none-left = لم يبقَ شيء من { $item }.
desk-proposed = تم اقتراح المطابقة. أكّدها في «مطابقات مقترحة».
desk-confirm-failed = لم يعد ممكنًا تأكيد هذه المطابقة: تغيّر أحد الطرفين.
desk-cancelled = تم إلغاء المطابقة.
desk-error = حدث خطأ، وهو مدوّن في السجل. لم يتغيّر شيء.

desk-reprinted = أُرسل { $code } إلى الطابعة مرة أخرى.

## Views
desk-queue-empty = لا شيء للتنفيذ: أُنجز كل شيء.
desk-needs-empty = كل الحاجات المفتوحة لها مطابقة.
desk-needs-count = { $category }: { $count }
desk-candidates-title = مطابقات للإيصال { $code } ({ $category })
desk-candidates-empty = لا شيء مفتوح في هذه الفئة بعد.
desk-candidate-offer = عرض { $code }: { $quantity } · { $urgency } · { $age }
desk-candidate-stock = في المخزون: { $item } ({ $quantity })
desk-matches-empty = لا توجد مطابقات مقترحة.
desk-match-line = حاجة { $need } ⇐ { $with }
desk-inventory-empty = المخزون فارغ. زر F6 يسجّل أغراضًا واردة.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = تسجيل أغراض واردة
desk-dropoff-for = لإيصال العرض { $code }

## Staff accounts (coordinators)
tab-staff = الفريق
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · موقوف
desk-staff-add-title = إضافة عضو إلى الفريق
desk-staff-pin-title = رقم سري جديد لـ { $name }
field-name = الاسم
field-role = الدور
field-pin = الرقم السري (من 4 إلى 8 أرقام)
desk-staff-added = تمت إضافة { $name }.
desk-staff-disabled = تم إيقاف { $name }. اضغط F7 مرة أخرى لإعادة تفعيله.
desk-pin-set = تم حفظ رقم سري جديد لـ { $name }.
desk-not-allowed = هذا غير ممكن هنا.

## Paper roster (aidkiosk roster)
roster-title = حاجات تنتظر الاستلام بتاريخ { $date }
roster-hint = ضع علامة في المربع عند كل تسليم، ثم سجّله في المكتب عندما يعود الجهاز إلى العمل.
roster-empty = لا توجد حاجات تنتظر الاستلام.
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = { $count ->
    [zero] …وهناك { $count } حاجة أخرى؛ راجع المكتب.
    [one] …وهناك حاجة أخرى؛ راجع المكتب.
    [two] …وهناك حاجتان أخريان؛ راجع المكتب.
    [few] …وهناك { $count } حاجات أخرى؛ راجع المكتب.
    [many] …وهناك { $count } حاجة أخرى؛ راجع المكتب.
   *[other] …وهناك { $count } حاجة أخرى؛ راجع المكتب.
}

## Gatherings (posted at the desk, shown to visitors)
tab-events = اللقاءات
desk-events-empty = لا توجد لقاءات مخطط لها. زر F6 ينشر لقاءً.
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = نشر لقاء
desk-event-hint = العنوان باللغة { $language } مطلوب؛ أما اللغات الأخرى فاختيارية.
field-starts = البداية (YYYY-MM-DD HH:MM)
field-ends = النهاية (HH:MM)
field-place = المكان
field-title = العنوان باللغة { $language }
desk-event-bad-start = يجب أن تُكتب البداية هكذا: 2026-12-05 10:00.
desk-event-bad-end = يجب أن تكون النهاية وقتًا بعد البداية، مثل 12:00.
desk-event-bad-place = من فضلك اكتب المكان (حتى 80 حرفًا).
desk-event-bad-title = من فضلك اكتب العنوان باللغة { $language } (حتى 80 حرفًا).
desk-event-posted = تم النشر: { $title }.
desk-event-removed = تمت الإزالة: { $title }.

## Gap report (the last weeks)
tab-report = النواقص
report-loading = جارٍ العد…
report-title = { $weeks ->
    [zero] آخر { $weeks } أسبوع: من { $from } إلى { $to }
    [one] آخر أسبوع: من { $from } إلى { $to }
    [two] آخر أسبوعين: من { $from } إلى { $to }
    [few] آخر { $weeks } أسابيع: من { $from } إلى { $to }
    [many] آخر { $weeks } أسبوعًا: من { $from } إلى { $to }
   *[other] آخر { $weeks } أسبوع: من { $from } إلى { $to }
}
report-weekly-needs = الحاجات أسبوعيًا
report-weekly-handed = ما سُلّم أسبوعيًا
report-median = وسيط الانتظار من تسجيل الحاجة حتى تسليمها: { $wait }
report-median-none = لم تُسلَّم أي حاجة في هذه الأسابيع.
report-gap = أكبر نقص: { $category }، تزيد فيها الحاجات على العروض بمقدار { $count ->
    [zero] { $count } حاجة.
    [one] حاجة واحدة.
    [two] حاجتين.
    [few] { $count } حاجات.
    [many] { $count } حاجة.
   *[other] { $count } حاجة.
}
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = حاجات/عروض/سُلّمت/تنتظر أكثر من { $days ->
    [zero] { $days } يوم
    [one] يوم
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
report-languages = اللغات: { $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days ->
    [zero] { $days } يوم
    [one] يوم
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} و{ $hours ->
    [zero] { $hours } ساعة
    [one] ساعة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}
duration-hours = { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}
duration-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = ما تحتاجه شبكتنا
poster-period = من { $from } إلى { $to }
poster-figure-needs = حاجات مسجّلة
poster-figure-offers = عروض مسجّلة
poster-figure-handed = حاجات سُلّمت
poster-figure-wait = وسيط انتظار الحاجة
poster-chart-categories = الحاجات والعروض حسب الفئة
poster-chart-weeks = كل أسبوع: الحاجات المسجّلة والحاجات المسلّمة
poster-legend-needs = حاجات
poster-legend-offers = عروض
poster-legend-handed = سُلّمت
poster-gaps-title = أكبر النواقص
poster-gap-line = { $category }: الحاجات { $needs }، العروض { $offers }
poster-gaps-none = واكبت العروض الحاجات في كل الفئات. شكرًا لكم!
poster-help-title = ما يساعد أكثر
poster-help = عروض في: { $list }
poster-help-how = يستطيع الجميع أن يقدّم: اختر في الكشك «أستطيع أن أقدّم شيئًا».
poster-footer = أعداد فقط: لا شيء في هذه الصفحة يكشف هوية أحد. أُعدّت في { $date }.

## The desk on a pantry day
desk-sign-in = اكتب اسمك، ثم رقمك السري.
desk-pepper-missing = لا يمكن التحقق من الأرقام السرية: الملف pepper.key غير موجود في مجلد البيانات. انسخه من النسخ الاحتياطية، أو يضع المنسّق أرقامًا سرية جديدة بالأمر: aidkiosk staff set-pin NAME
desk-pepper-mismatch = لا يمكن التحقق من الأرقام السرية: الملف pepper.key ليس الملف الذي وُضعت به هذه الأرقام. انسخ الملف الصحيح من النسخ الاحتياطية، أو ضع أرقامًا سرية جديدة بالأمر: aidkiosk staff set-pin NAME
desk-pepper-stale = وُضع هذا الرقم السري قبل تغيير الملف pepper.key: يجب أن يعطيك المنسّق رقمًا سريًا جديدًا.
desk-printer-none = الطابعة: لم يُطبع شيء بعد
desk-printer-ok = الطابعة: طُبع { $code }
desk-printer-failed = الطابعة: لم يُطبع { $code } ({ $reason })
tab-calls = اتصال / توصيل
tab-printing = لم يُطبع
key-new-entry = إدخال جديد
key-count = عدّ
key-close-entry = إغلاق
key-clear-lock = رفع القفل
key-my-pin = رقمي السري
queue-todo = للتنفيذ
queue-open = مفتوحة
queue-matched = مطابَقة
queue-ready = جاهزة
queue-connected = على تواصل
queue-fulfilled = أُنجزت اليوم
queue-closed = أُغلقت اليوم
desk-queue-none = لا توجد إدخالات هنا.
desk-kind-need = حاجة
desk-kind-offer = عرض
desk-mode-call = اتصال
desk-mode-delivery = توصيل
desk-quantity = { $count ->
    [zero] { $count } قطعة
    [one] قطعة
    [two] قطعتان
    [few] { $count } قطع
    [many] { $count } قطعة
   *[other] { $count } قطعة
}
age-now = الآن
status-ready = جاهز
status-received = استُلم
status-connected = على تواصل
status-done = أُنجز
close-reason-expired = لم يحضر أحد في الوقت
close-reason-not-needed = لم تعد هناك حاجة
close-reason-unreachable = تعذّر الوصول إليهم
close-reason-duplicate = أُدخل مرتين
close-reason-other = سبب آخر
field-matched = مطابَق مع
field-phone = الهاتف
desk-partner-entry = { $kind } { $code } ({ $category }، { $status })
desk-partner-stock = من المخزون: { $item }
desk-partner-proposed = مقترح: { $with }
desk-partner-received = ورد: { $quantity } × { $item }
desk-entry-pickup-early = لم يصل العرض المطابق بعد. Enter: التسليم على أي حال مما هو موجود هنا
desk-entry-dropoff-for = Enter: تسجيل ما أحضروه؛ ويُحجز للحاجة المطابقة له
desk-entry-connect = Enter: وضع الشخصين على تواصل (يعرض جهتي الاتصال)
desk-entry-finish = Enter: تم الأمر، سجّله منجزًا
desk-entry-cancel-match = F8: إلغاء المطابقة
desk-entry-undo = F3: تراجع (عن خطأ، اليوم)
desk-typed-code = كُتب هذا الرمز ولم يُمسح ضوئيًا. قبل التسليم، اسأل الشخص عن هويته.
desk-check-name = اسأله عن اسمه: { $name }. اضغط Enter مرة أخرى للتسليم.
desk-check-phone = اسأله عن آخر أرقام هاتفه: …{ $digits }. اضغط Enter مرة أخرى للتسليم.
desk-check-nothing = لم يُترك اسم ولا هاتف للتحقق. لا تسلّم إلا إذا كنت متأكدًا: اضغط Enter مرة أخرى.
desk-not-now = حالة { $code }: { $status }. هذه الخطوة لا تنطبق عليه.
desk-undo-not-yours = لا يستطيع التراجع عن هذا إلا المتطوع الذي قام به، أو منسّق.
desk-undo-too-late = لم يكن ذلك اليوم: اطلب من منسّق أن يصحّحه.
desk-undo-stock-gone = لا يمكن التراجع: ما ورد صُرف منذ ذلك الحين. صحّح العدّ بدلًا من ذلك.
desk-undone = تم التراجع: عاد { $code } كما كان من قبل.
desk-closed = أُغلق: { $code }.
desk-connected = على تواصل: { $code }. جهتا الاتصال في الأسفل.
desk-finished = أُنجز: { $code }. شكرًا.
desk-nothing-found = لم يُعثر على شيء لـ«{ $text }».
desk-found-title = نتائج «{ $text }»: { $count }
desk-set-aside = ورد { $quantity } × { $item }: حُجز للإيصال { $code }، وهو جاهز الآن.
desk-counted = { $item }: يوجد الآن { $quantity } على الرف.
desk-propose-failed = لم تُقترح المطابقة: لأحد الطرفين اقتراح سابق، أو لم يعد مفتوحًا.
desk-printed = طُبع: { $code }.
desk-print-failed = لم يُطبع { $code }: { $reason }. افحص الطابعة، ثم اضغط F4 للمحاولة مرة أخرى.
desk-entered = حُفظ برمز { $code }، وإيصاله قيد الطباعة. اقرأ الرمز للشخص.
desk-staff-enabled = يستطيع { $name } الدخول من جديد.
desk-lock-cleared = يستطيع { $name } تجربة رقمه السري من جديد.
desk-name-taken = يوجد حساب باسم { $name } بالفعل.
desk-last-coordinator = { $name } هو آخر منسّق: أضف منسّقًا آخر أولًا.
desk-old-pin-wrong = الرقم السري القديم غير صحيح. لم يتغيّر شيء.
desk-staff-locked = مقفل حتى { $time }
desk-calls-hint = أشخاص طلبوا اتصالًا أو توصيل الأغراض إليهم، الأكثر استعجالًا أولًا.
desk-calls-empty = لا أحد ينتظر اتصالًا أو توصيلًا.
desk-unprinted-hint = إيصالات آخر 7 أيام لم تُطبع قط: قد لا يكون الرمز مع أحد. زر Enter يطبعه مجددًا.
desk-unprinted-empty = طُبعت كل الإيصالات.
desk-connected-title = ضع هذين الشخصين على تواصل
desk-connected-need = يحتاج إليه ({ $code })
desk-connected-offer = يقدّمه ({ $code })
desk-connected-hint = اتصل بهما أو أعطِ كلًّا منهما جهة اتصال الآخر، ثم Esc. وعندما يتم الأمر، افتح الإيصال واضغط Enter لتسجيله منجزًا.
desk-close-title = إغلاق { $code }: لماذا؟
desk-count-title = كم من { $item } على الرف؟
desk-my-pin-title = تغيير رقمك السري
field-old-pin = الرقم السري القديم
field-new-pin = الرقم السري الجديد (من 4 إلى 8 أرقام)
field-new-pin-again = الرقم السري الجديد مرة أخرى
desk-intake-title = حاجة أو عرض لشخص على الهاتف أو على الورق
desk-intake-phone = خيار «اتصلوا بي» يحتاج إلى رقم هاتف.
desk-intake-number = العدد: رقم من 1 إلى 99.
language-in-en = الإنجليزية
language-in-ar = العربية
language-in-es = الإسبانية
language-in-fa = الفارسية
language-in-fr = الفرنسية
language-in-ht = الكريولية الهايتية
language-in-ko = الكورية
language-in-pt = البرتغالية
language-in-ru = الروسية
language-in-so = الصومالية
language-in-uk = الأوكرانية
language-in-vi = الفيتنامية
language-in-zh-Hans = الصينية
list-position-cut = { $first }–{ $last } من أول { $shown } (المجموع { $total })
desk-found-none = لم يُعثر على شيء.
desk-queue-none-fulfilled = لم يُسلَّم شيء ولم يرد شيء ولم يوضع أحد على تواصل اليوم.
desk-queue-none-closed = لم يُغلق شيء اليوم.
report-week-figures = الأسبوع الماضي { $last }، وفي المتوسط { $mean }
desk-event-over = انتهى هذا اللقاء بالفعل: موعد نهايته قد مضى.
roster-calls-title = للاتصال أو التوصيل بتاريخ { $date }
roster-calls-hint = اتصل بكل شخص، أو أوصل إليه أغراضه، ودوّن بجانبه ما حدث؛ ثم سجّله في المكتب عندما يعود الجهاز إلى العمل.
roster-calls-private = في هذه الصفحة أسماء وأرقام هواتف: أبقِها معك، ومزّقها تمامًا عندما تنتهي.
roster-calls-empty = لا أحد للاتصال به أو التوصيل إليه.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = لم يترك جهة اتصال: أعطه جهة اتصال الطرف الآخر عندما يأتي إلى المكتب
desk-confirmed-stock = تم تأكيد المطابقة: حُجز من المخزون، والحاجة جاهزة للتسليم.
desk-confirmed-offer = تم تأكيد المطابقة: على صاحب العرض أن يحضره؛ وتصبح الحاجة جاهزة عند وصوله.
desk-confirmed-service = تم تأكيد المطابقة: ضع الآن الشخصين على تواصل (افتح أيًّا من الإيصالين، ثم Enter).
desk-short-of-stock = في المخزون { $have } فقط من { $item }، والمطلوب { $want }: عُدّ ما على الرف في «المخزون»، أو ألغِ هذه المطابقة (F8).
desk-cancel-failed = لم يعد ممكنًا إلغاء هذه المطابقة: فقد سُلّمت، أو وُضع الطرفان على تواصل، أو أُلغيت من قبل.
desk-staff-pin-in-name = في هذا الاسم أربعة أرقام متتالية، مثل الرقم السري: هل كُتب الرقم السري في خانة الاسم؟ زر Tab ينقلك إلى الرقم السري.
desk-ticket-title = تذكرة { $code }: عدد الأشياء { $count }. زر Enter يفتح واحدًا منها لتسليمه.
tab-members = الأعضاء
desk-members-hint = امسح بطاقة العضو ضوئيًا لتفتحها. زر Enter يفتح المحدَّد.
desk-members-empty = لا يوجد أعضاء بعد. يستطيع الزائر أن يأخذ بطاقة في نهاية زيارته، أو زر F6 ينشئ بطاقة هنا.
desk-member-hours = قدّم { $given } ساعة · تلقّى { $received } ساعة
desk-member-no-card = بلا بطاقة
desk-member-title = بطاقة العضوية { $card }
desk-member-seen = آخر زيارة: { $age }
desk-member-balance = قدّم { $given } ساعة · تلقّى { $received } ساعة · الرصيد { $balance } ساعة
desk-member-debt = تلقّى أكثر مما قدّم بما يزيد على { $hours } ساعة: هذا حدّ مرن، ولا يُرفض شيء. قد تفيد كلمة معه.
desk-member-statement-empty = لم تُسجَّل ساعات بعد. زر F7 يسجّل تبادلًا.
desk-member-correction = (تصحيح)
desk-member-reversed = (عُكس)
desk-member-form-title = بطاقة عضوية جديدة
desk-member-form-hint = لا شيء هنا مطلوب. لا تحمل البطاقة اسمًا: رمزها فقط.
field-nickname = اسم مستعار (اختياري)
field-household = عدد أفراد البيت (اختياري)
desk-household-bad = اكتب رقمًا من 1 إلى 99، أو اتركه فارغًا.
desk-exchange-title = تسجيل الساعات المقدَّمة والمتلقّاة
desk-exchange-hint = امسح كل بطاقة ضوئيًا، أو اكتب رمزها. اترك أحد الطرفين فارغًا لساعات الموقع نفسه.
field-provider = قدّمها
field-receiver = تلقّاها
field-hours = الساعات (1، 1.5، 1:45، ¾)
field-for-need = للحاجة (رمز التذكرة)
field-from-offer = من العرض (رمز التذكرة)
desk-exchange-card = هذه البطاقة غير صالحة هنا: استُبدلت، أو هي مزوّرة أو غير معروفة.
desk-exchange-same = المقدِّم والمتلقّي واحد.
desk-exchange-hours = اكتب الساعات بأرباع الساعة، أكثر من 0 وحتى 24 على الأكثر: 1 أو 1.5 أو 1:45 أو ¾.
desk-exchange-need = لا توجد حاجة برمز التذكرة هذا.
desk-exchange-offer = لا يوجد عرض برمز التذكرة هذا.
desk-card-printed = طُبعت البطاقة { $code }.
desk-card-print-failed = لم تُطبع البطاقة { $code }: افحص الطابعة، ثم زر F8 يطبع بطاقة جديدة.
desk-card-refused = هذه البطاقة غير صالحة هنا: استُبدلت، أو هي مزوّرة أو من موقع آخر.
desk-exchanged = سُجّل: { $hours } ساعة.
desk-exchanged-debt = سُجّل: { $hours } ساعة. تلقّى المتلقّي الآن أكثر بكثير مما قدّم: هذا حدّ مرن، ولا يُرفض شيء.
desk-reversed = عُكس: سُجّل تحويل تصحيحي.
desk-cannot-reverse = لا يمكن عكس التصحيح، ولا يُعكس شيء مرتين: سجّل التبادل من جديد بدلًا من ذلك.
desk-statement-printed = طُبع كشف الساعات.
desk-statement-failed = لم يُطبع كشف الساعات: افحص الطابعة.
key-new-card = بطاقة جديدة
key-exchange = تسجيل الساعات
key-statement = طباعة الكشف
key-replace-card = بطاقة مفقودة
key-reverse = عكس
desk-member-to = إلى { $who }
desk-member-from = من { $who }
desk-member-removed = عضو حُذف لاحقًا
report-members = الأعضاء، كلٌّ منهم يُحسب مرة واحدة: تلقّى المساعدة { $served } (الأسبوع الماضي: جدد { $new }، عائدون { $returning }) · تبادل المساعدة: { $hours } ساعة
tab-network = الشبكة
desk-elsewhere-title = تذكرة { $code } من { $site }، وهو موقع آخر في شبكتنا
desk-elsewhere-private = الأسماء وأرقام الهواتف تبقى في { $site }: اسأل الشخص عن هويته إن احتجت.
desk-elsewhere-hand = Enter: تسليم الشيء المختار هنا. سيرى { $site } ذلك بعد التبادل القادم للملفات.
desk-elsewhere-handed = تم التسليم في { $sites }
notice-handed-elsewhere = تم تسليم { $code } هنا. سيرى { $site } ذلك بعد التبادل القادم للملفات.
notice-elsewhere-already = سبق تسليم { $code } في موقع آخر من الشبكة.
network-none = هذا الموقع ليس في أي شبكة. ينشئ المنسّق شبكة من سطر الأوامر: aidkiosk network create
network-this-site = هذا الموقع
network-last = آخر تغيير { $when }
network-never = لم يصل أي تغيير بعد
network-waiting = { $count ->
    [zero] لا ملفات لاحقة في انتظار ملف ناقص
    [one] ملف لاحق واحد في انتظار ملف ناقص
    [two] ملفان لاحقان في انتظار ملف ناقص
    [few] { $count } ملفات لاحقة في انتظار ملف ناقص
    [many] { $count } ملفًا لاحقًا في انتظار ملف ناقص
   *[other] { $count } ملف لاحق في انتظار ملف ناقص
}
network-removed = أُزيل من الشبكة
network-problems = ملفات لم تُطبَّق
network-problem-refused = { $site } { $file }: مرفوض ({ $reason })
network-problem-newer = { $site } { $file }: كتبته نسخة أحدث من aidkiosk. حدِّث aidkiosk هنا لقراءته.
network-problem-removed = { $site } { $file }: من موقع أُزيل من الشبكة
network-problem-unknown = { $site }: مجلد لموقع ليس في هذه الشبكة
network-conflicts = سُلِّم مرتين بينما كانت المواقع غير متصلة
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = لا تعارضات.
network-resolve-hint = اتصل بالموقع الآخر، وحُلَّ الأمر مع الشخص، ثم اضغط F3 على التعارض.
key-resolve = تمّ الحل
notice-conflict-resolved = عُلِّم { $code } على أنه تمّ حله، في كل المواقع بعد التبادل القادم.
key-network-report = هذا الموقع / الشبكة
report-network-columns = حاجات مسجّلة / سُلّمت، في كل موقع من مواقع الشبكة
desk-proposed-elsewhere = تم اقتراح المطابقة على { $site }. يؤكّدها مكتب الفريق هناك، وعندها تصبح لهذه الحاجة مطابقة هنا أيضًا.
