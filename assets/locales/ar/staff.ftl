# aidkiosk staff desk messages: Arabic.
# Shown to volunteers and coordinators in the site's staff language.

## Unlock
desk-title = مكتب الفريق
desk-who = من أنت؟
desk-pin = { $name }، اكتب رقمك السري واضغط Enter
desk-pin-wrong = الرقم السري غير صحيح. { $left ->
    [zero] بقيت { $left } محاولة قبل قفل هذا الجهاز.
    [one] بقيت محاولة واحدة قبل قفل هذا الجهاز.
    [two] بقيت محاولتان قبل قفل هذا الجهاز.
    [few] بقيت { $left } محاولات قبل قفل هذا الجهاز.
    [many] بقيت { $left } محاولة قبل قفل هذا الجهاز.
   *[other] بقيت { $left } محاولة قبل قفل هذا الجهاز.
}
desk-locked = أُدخل رقم سري خاطئ مرات كثيرة. الجهاز مقفل حتى { $time }.
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
age-minutes = { $minutes ->
    [zero] قبل { $minutes } دقيقة
    [one] قبل دقيقة
    [two] قبل دقيقتين
    [few] قبل { $minutes } دقائق
    [many] قبل { $minutes } دقيقة
   *[other] قبل { $minutes } دقيقة
}
age-hours = { $hours ->
    [zero] قبل { $hours } ساعة
    [one] قبل ساعة
    [two] قبل ساعتين
    [few] قبل { $hours } ساعات
    [many] قبل { $hours } ساعة
   *[other] قبل { $hours } ساعة
}
age-days = { $days ->
    [zero] قبل { $days } يوم
    [one] قبل يوم
    [two] قبل يومين
    [few] قبل { $days } أيام
    [many] قبل { $days } يومًا
   *[other] قبل { $days } يوم
}
status-open = مفتوح
status-matched = جاهز للاستلام
status-picked = تم التسليم
status-closed = مغلق
status-any = كل الحالات
category-any = كل الفئات
desk-entry-pickup = Enter: تأكيد الاستلام
desk-entry-dropoff = Enter: تسجيل الأغراض الواردة
desk-entry-match = F9: البحث عن مطابقة

## Results
desk-picked-up = تم الاستلام: { $code }. شكرًا.
desk-already-picked = مرفوض: سبق استلام { $code } في { $time }، وسلّمه { $name }.
desk-refused-signature = مرفوض: توقيع هذا الإيصال غير مطابق. تم تسجيل ذلك.
desk-refused-site = مرفوض: هذا الإيصال من موقع آخر ({ $site }).
desk-refused-format = هذا ليس رمز إيصال. الرمز فيه 8 حروف وأرقام.
desk-not-found = لا يوجد إيصال بالرمز { $code }.
desk-dropped-off = أُضيف { $quantity } × { $item } إلى المخزون.
desk-handed-out = صُرفت قطعة واحدة من { $item }. المتبقي: { $left }.
desk-none-left = لم يبقَ شيء من { $item }.
desk-proposed = تم اقتراح المطابقة. أكّدها في «مطابقات مقترحة».
desk-confirmed = تم تأكيد المطابقة: الإيصالان جاهزان.
desk-confirm-failed = لم يعد ممكنًا تأكيد هذه المطابقة: تغيّر أحد الطرفين.
desk-cancelled = تم إلغاء المطابقة.
desk-error = حدث خطأ، وهو مدوّن في السجل. لم يتغيّر شيء.

desk-reprinted = أُرسل { $code } إلى الطابعة مرة أخرى.
desk-entry-reprint = F4: اطبع الإيصال مرة أخرى

## Views
desk-queue-empty = لا شيء مفتوح اليوم.
desk-needs-empty = كل الحاجات المفتوحة لها مطابقة.
desk-needs-count = { $category }: { $count }
desk-candidates-title = مطابقات للإيصال { $code } ({ $category })
desk-candidates-empty = لا شيء مفتوح في هذه الفئة بعد.
desk-candidate-offer = عرض { $code }: { $quantity } · { $urgency }
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
desk-staff-disabled = لم يعد بإمكان { $name } الدخول.
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
