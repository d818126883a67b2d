# aidkiosk staff desk messages: Ukrainian (українська).
# Для волонтерів і координаторів мовою команди цього пункту.

## Unlock
desk-title = Стіл волонтерів
desk-pin-wrong = Ім’я й PIN-код не збігаються. { $left ->
    [one] Залишилася { $left } спроба, потім вхід заблокується.
    [few] Залишилося { $left } спроби, потім вхід заблокується.
    [many] Залишилося { $left } спроб, потім вхід заблокується.
   *[other] Залишилося { $left } спроби, потім вхід заблокується.
}
desk-locked = Забагато неправильних спроб: вхід тут заблоковано до { $time }. Координатор може зняти блокування у вкладці «Команда».
desk-checking = Перевіряємо…
desk-no-staff = Немає активних учасників команди. Координатор може додати людей так: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = волонтер
role-coordinator = координатор
tab-queue = Черга
tab-needs = Прохання без пари
tab-matches = Пари на підтвердження
tab-inventory = Склад
desk-scan = Відскануйте талон або введіть його код:

## Keys
key-next-view = інший вид
key-move = вибір
key-open = відкрити
key-close = закрити
key-lock = заблокувати
key-category = категорія
key-status = статус
key-drop-off = прийом
key-hand-out = видати штуку
key-confirm = підтвердити
key-cancel = скасувати
key-next-field = наст. поле
key-save = зберегти
key-add = додати
key-new-pin = новий PIN
key-disable = вимкнути
key-role = роль
key-post = додати
key-take-down = прибрати
key-count-again = перерахувати
key-reprint = друк знову
list-position = { $first }–{ $last } з { $total }
desk-unlock-failed = Не вдалося перевірити PIN: база даних не прийняла запис. Спробуйте ще раз; якщо не вийде, скажіть координаторові.
desk-staff-empty = Облікових записів команди ще немає.

## Entries
desk-entry-title = Талон { $code }
field-kind = Тип
field-category = Категорія
field-quantity = Кількість
field-urgency = Терміновість
field-mode = Як
field-language = Мова
field-age = Записано
field-status = Статус
field-detail = Примітка
field-contact = Контакт
field-item = Предмет
age-minutes = { $minutes } хв
age-hours = { $hours } год
age-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
status-open = відкрито
status-matched = у парі
status-picked = видано
status-closed = закрито
category-any = усі категорії
desk-entry-pickup = Enter: видати
desk-entry-dropoff = Enter: записати, що принесли
desk-entry-match = F9: знайти пару

## Results
desk-picked-up = Видано: { $code }. Дякуємо.
desk-already-picked = Відмова: за талоном { $code } уже видано або прийнято { $time }, позначив(ла) { $name }.
desk-refused-signature = Відмова: підпис цього талона не збігається. Це записано в журнал.
desk-refused-site = Відмова: цей талон з іншого пункту ({ $site }).
desk-refused-format = Це не код талона. У коді 8 літер і цифр.
desk-not-found = Талона з кодом { $code } немає.
desk-dropped-off = Додано на склад: { $quantity } × { $item }.
desk-handed-out = Видано одну штуку: { $item }. { $left ->
    [one] Залишилася { $left } штука.
    [few] Залишилося { $left } штуки.
    [many] Залишилося { $left } штук.
   *[other] Залишилося { $left } штуки.
}
desk-none-left = Більше немає: { $item }.
desk-proposed = Пару запропоновано. Підтвердіть її у вкладці «Пари на підтвердження».
desk-confirm-failed = Цю пару вже не можна підтвердити: одна зі сторін змінилася.
desk-cancelled = Пару скасовано.
desk-error = Щось пішло не так, це записано в журнал. Нічого не змінено.

desk-reprinted = Талон { $code } знову надіслано на принтер.

## Views
desk-queue-empty = Справ немає: усі записи опрацьовано.
desk-needs-empty = Усі відкриті прохання мають пару.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Пари для { $code } ({ $category })
desk-candidates-empty = У цій категорії поки нічого немає.
desk-candidate-offer = Пропозиція { $code }: { $quantity } · { $urgency } · { $age }
desk-candidate-stock = На складі: { $item } ({ $quantity })
desk-matches-empty = Немає пар на підтвердження.
desk-match-line = Прохання { $need } ⇐ { $with }
desk-inventory-empty = Склад порожній. F6 записує прийом.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = Записати прийом
desk-dropoff-for = За талоном пропозиції { $code }

## Staff accounts (coordinators)
tab-staff = Команда
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · без доступу
desk-staff-add-title = Додати людину до команди
desk-staff-pin-title = Новий PIN-код: { $name }
field-name = Ім’я
field-role = Роль
field-pin = PIN-код (від 4 до 8 цифр)
desk-staff-added = Додано: { $name }.
desk-staff-disabled = { $name }: доступ вимкнено. Ще раз F7 поверне доступ.
desk-pin-set = Новий PIN-код збережено: { $name }.
desk-not-allowed = Тут так не можна.

## Paper roster (aidkiosk roster)
roster-title = Очікують видачі на { $date }
roster-hint = Позначайте квадратик під час видачі, а коли кіоск знову запрацює, підтвердьте видачу за столом волонтерів.
roster-empty = Немає нічого до видачі.
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = { $count ->
    [one] …і ще { $count } талон; дивіться за столом волонтерів.
    [few] …і ще { $count } талони; дивіться за столом волонтерів.
    [many] …і ще { $count } талонів; дивіться за столом волонтерів.
   *[other] …і ще { $count } талона; дивіться за столом волонтерів.
}

## Gatherings (posted at the desk, shown to visitors)
tab-events = Зустрічі
desk-events-empty = Зустрічей не заплановано. F6 додає зустріч.
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = Додати зустріч
desk-event-hint = Назва ({ $language }) обов’язкова, іншими мовами — за бажанням.
field-starts = Початок (YYYY-MM-DD HH:MM)
field-ends = Кінець (HH:MM)
field-place = Місце
field-title = Назва ({ $language })
desk-event-bad-start = Початок треба написати так: 2026-12-05 10:00.
desk-event-bad-end = Кінець — це час пізніше за початок, наприклад 12:00.
desk-event-bad-place = Будь ласка, напишіть місце, до 80 символів.
desk-event-bad-title = Будь ласка, напишіть назву ({ $language }), до 80 символів.
desk-event-posted = Зустріч додано: { $title }.
desk-event-removed = Зустріч прибрано: { $title }.

## Gap report (the last weeks)
tab-report = Нестача
report-loading = Рахуємо…
report-title = { $weeks ->
    [one] За { $weeks } тиждень: з { $from } по { $to }
    [few] За { $weeks } тижні: з { $from } по { $to }
    [many] За { $weeks } тижнів: з { $from } по { $to }
   *[other] За { $weeks } тижня: з { $from } по { $to }
}
report-weekly-needs = Прохань на тиждень
report-weekly-handed = Видано на тиждень
report-median = Очікування від прохання до видачі (медіана): { $wait }
report-median-none = За ці тижні за жодним проханням нічого не видано.
report-gap = { $count ->
    [one] Найбільше бракує: { $category }, на { $count } прохання більше, ніж пропозицій.
    [few] Найбільше бракує: { $category }, на { $count } прохання більше, ніж пропозицій.
    [many] Найбільше бракує: { $category }, на { $count } прохань більше, ніж пропозицій.
   *[other] Найбільше бракує: { $category }, на { $count } прохання більше, ніж пропозицій.
}
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = { $days ->
    [one] прохання/пропоз./видано/чекають понад { $days } день
    [few] прохання/пропоз./видано/чекають понад { $days } дні
    [many] прохання/пропоз./видано/чекають понад { $days } днів
   *[other] прохання/пропоз./видано/чекають понад { $days } дня
}
report-languages = Мови: { $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days ->
    [one] { $days } д { $hours } год
    [few] { $days } д { $hours } год
    [many] { $days } д { $hours } год
   *[other] { $days } д { $hours } год
}
duration-hours = { $hours ->
    [one] { $hours } год
    [few] { $hours } год
    [many] { $hours } год
   *[other] { $hours } год
}
duration-minutes = { $minutes ->
    [one] { $minutes } хв
    [few] { $minutes } хв
    [many] { $minutes } хв
   *[other] { $minutes } хв
}

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = Чого потребує наша мережа
poster-period = З { $from } по { $to }
poster-figure-needs = прохань записано
poster-figure-offers = пропозицій записано
poster-figure-handed = прохань виконано
poster-figure-wait = медіана очікування за проханням
poster-chart-categories = Прохання і пропозиції за категоріями
poster-chart-weeks = Щотижня: записані й виконані прохання
poster-legend-needs = прохання
poster-legend-offers = пропозиції
poster-legend-handed = видано
poster-gaps-title = Де найбільше бракує
poster-gap-line = { $category }: прохань { $needs }, пропозицій { $offers }
poster-gaps-none = У всіх категоріях пропозицій вистачило на прохання. Дякуємо!
poster-help-title = Що допомогло б найбільше
poster-help = Пропозиції в категоріях: { $list }
poster-help-how = Запропонувати може кожен: у кіоску виберіть «Я можу щось запропонувати».
poster-footer = Лише числа: ніщо на цій сторінці не дає впізнати людину. Складено { $date }.

## The desk on a pantry day
desk-sign-in = Введіть своє ім’я, потім PIN-код.
desk-pepper-missing = PIN-коди неможливо перевірити: у теці даних немає файлу pepper.key. Скопіюйте його з резервної копії, або координатор задасть нові PIN-коди командою: aidkiosk staff set-pin NAME
desk-pepper-mismatch = PIN-коди неможливо перевірити: pepper.key не той, з яким задавали ці PIN-коди. Скопіюйте правильний з резервної копії або задайте нові PIN-коди командою: aidkiosk staff set-pin NAME
desk-pepper-stale = Цей PIN-код задали до зміни pepper.key: координатор має дати вам новий PIN-код.
desk-printer-none = принтер: ще нічого не надруковано
desk-printer-ok = принтер: { $code } надруковано
desk-printer-failed = принтер: { $code } НЕ надруковано ({ $reason })
tab-calls = Дзвінки / доставка
tab-printing = Не надруковано
key-new-entry = новий запис
key-count = підрахунок
key-close-entry = закрити
key-clear-lock = зняти блок
key-my-pin = мій PIN
queue-todo = У роботі
queue-open = Відкриті
queue-matched = У парі
queue-ready = Готові
queue-connected = Зв’язані
queue-fulfilled = Зроблено сьогодні
queue-closed = Закрито сьогодні
desk-queue-none = Тут записів немає.
desk-kind-need = прох.
desk-kind-offer = проп.
desk-mode-call = дзвінок
desk-mode-delivery = доставка
desk-quantity = { $count } шт.
age-now = щойно
status-ready = готово
status-received = прийнято
status-connected = зв’язані
status-done = виконано
close-reason-expired = ніхто не прийшов вчасно
close-reason-not-needed = більше не потрібно
close-reason-unreachable = не вдалося зв’язатися
close-reason-duplicate = записано двічі
close-reason-other = інша причина
field-matched = У парі з
field-phone = Телефон
desk-partner-entry = { $kind } { $code } ({ $category }, { $status })
desk-partner-stock = склад: { $item }
desk-partner-proposed = запропонована пара: { $with }
desk-partner-received = принесли: { $quantity } × { $item }
desk-entry-pickup-early = Пропозицію для цього прохання ще не принесли. Enter: однаково видати з того, що є тут
desk-entry-dropoff-for = Enter: записати, що принесли; це відкладуть для прохання з пари
desk-entry-connect = Enter: зв’язати двох людей (покаже обидва контакти)
desk-entry-finish = Enter: усе відбулося, позначити як виконане
desk-entry-cancel-match = F8: скасувати пару
desk-entry-undo = F3: скасувати (якщо помилка, лише сьогодні)
desk-typed-code = Цей код ввели вручну, а не відсканували. Перш ніж видавати, уточніть, хто перед вами.
desk-check-name = Запитайте ім’я: { $name }. Натисніть Enter ще раз, щоб видати.
desk-check-phone = Запитайте останні цифри телефону: …{ $digits }. Натисніть Enter ще раз, щоб видати.
desk-check-nothing = Ні імені, ні телефону для перевірки не залишили. Видавайте, лише якщо впевнені: Enter ще раз.
desk-not-now = { $code } — { $status }: цей крок тут не підходить.
desk-undo-not-yours = Скасувати це може лише волонтер, який це зробив, або координатор.
desk-undo-too-late = Це було не сьогодні: попросіть координатора виправити.
desk-undo-stock-gone = Скасувати не можна: принесене вже видали. Натомість виправте кількість.
desk-undone = Скасовано: { $code } знову в попередньому стані.
desk-closed = Закрито: { $code }.
desk-connected = Зв’язали: { $code }. Обидва контакти нижче.
desk-finished = Виконано: { $code }. Дякуємо.
desk-nothing-found = За запитом «{ $text }» нічого не знайдено.
desk-found-title = Знайдено за запитом «{ $text }»: { $count }
desk-set-aside = Прийнято { $quantity } × { $item }: відкладено для { $code }, тепер готово до видачі.
desk-counted = { $item }: тепер на полиці { $quantity }.
desk-propose-failed = Пару не запропоновано: один із записів уже має запропоновану пару або вже не відкритий.
desk-printed = Надруковано: { $code }.
desk-print-failed = { $code } не надруковано: { $reason }. Перевірте принтер і натисніть F4, щоб спробувати знову.
desk-entered = Збережено як { $code }; талон друкується. Прочитайте людині код.
desk-staff-enabled = { $name } знову може увійти.
desk-lock-cleared = { $name } може знову ввести свій PIN-код.
desk-name-taken = Обліковий запис з ім’ям { $name } уже є.
desk-last-coordinator = { $name } — останній координатор: спершу додайте іншого координатора.
desk-old-pin-wrong = Старий PIN-код неправильний. Нічого не змінено.
desk-staff-locked = вхід заблоковано до { $time }
desk-calls-hint = Люди, які просили зателефонувати або привезти речі; найтерміновіші зверху.
desk-calls-empty = Ніхто не чекає дзвінка чи доставки.
desk-unprinted-hint = Талони за останні 7 днів, які так і не надрукувалися: можливо, код ніхто не отримав. Enter друкує знову.
desk-unprinted-empty = Усі талони надруковано.
desk-connected-title = Зв’яжіть цих двох людей
desk-connected-need = Просить ({ $code })
desk-connected-offer = Пропонує ({ $code })
desk-connected-hint = Зателефонуйте їм або передайте кожному контакт іншого, потім Esc. Коли все відбудеться, відкрийте талон і натисніть Enter, щоб позначити виконання.
desk-close-title = Закрити { $code }: чому?
desk-count-title = { $item }: скільки на полиці?
desk-my-pin-title = Змінити PIN-код
field-old-pin = Старий PIN-код
field-new-pin = Новий PIN-код (від 4 до 8 цифр)
field-new-pin-again = Новий PIN-код ще раз
desk-intake-title = Прохання або пропозиція за людину по телефону чи з паперової анкети
desk-intake-phone = Для «Зателефонуйте мені» потрібен номер телефону.
desk-intake-number = Скільки: число від 1 до 99.
language-in-en = англійська
language-in-ar = арабська
language-in-es = іспанська
language-in-fa = перська
language-in-fr = французька
language-in-ht = гаїтянська креольська
language-in-ko = корейська
language-in-pt = португальська
language-in-ru = російська
language-in-so = сомалійська
language-in-uk = українська
language-in-vi = в’єтнамська
language-in-zh-Hans = китайська
list-position-cut = { $first }–{ $last } з перших { $shown } (усього { $total })
desk-found-none = Нічого не знайдено.
desk-queue-none-fulfilled = Сьогодні нічого не видали, не принесли й нікого не зв’язали.
desk-queue-none-closed = Сьогодні нічого не закрито.
report-week-figures = минулого тижня { $last }, у середньому { $mean }
desk-event-over = Ця зустріч уже минула: час її завершення позаду.
roster-calls-title = Дзвінки й доставка на { $date }
roster-calls-hint = Зателефонуйте кожному або відвезіть речі, і позначте поруч, що вийшло; коли кіоск знову запрацює, внесіть це за столом волонтерів.
roster-calls-private = На цій сторінці імена й номери телефонів: тримайте її при собі, а коли закінчите, пропустіть через шредер.
roster-calls-empty = Нікому дзвонити й нікуди везти.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = контакт не залишено: передайте контакт іншого, коли людина прийде до столу
desk-confirmed-stock = Пару підтверджено: відкладено зі складу, прохання можна видавати.
desk-confirmed-offer = Пару підтверджено: той, хто пропонує, має принести річ; прохання можна буде видати, коли її принесуть.
desk-confirmed-service = Пару підтверджено: тепер зв’яжіть двох людей (відкрийте будь-який із двох талонів, потім Enter).
desk-short-of-stock = { $item }: на складі лише { $have }, а потрібно { $want }. Перерахуйте полицю у вкладці «Склад» або скасуйте цю пару (F8).
desk-cancel-failed = Цю пару вже не можна скасувати: її вже видали, людей уже зв’язали або пару вже скасовано.
desk-staff-pin-in-name = В імені чотири цифри поспіль, як у PIN-коді: можливо, PIN-код ввели в поле імені? Tab переходить до PIN-коду.
desk-ticket-title = Талон { $code }: { $count ->
    [one] { $count } запис
    [few] { $count } записи
    [many] { $count } записів
   *[other] { $count } запису
}. Enter відкриває один, щоб видати.
tab-members = Учасники
desk-members-hint = Відскануйте картку учасника, щоб відкрити її. Enter відкриває вибрану.
desk-members-empty = Учасників ще немає. Відвідувач може взяти картку наприкінці візиту, або F6 створює її тут.
desk-member-hours = віддано { $given } год · отримано { $received } год
desk-member-no-card = без картки
desk-member-title = Картка учасника { $card }
desk-member-seen = останній візит: { $age }
desk-member-balance = Віддано { $given } год · отримано { $received } год · баланс { $balance } год
desk-member-debt = Отримано більше, ніж віддано, понад { $hours } год: це м’яка межа, нікому ні в чому не відмовляємо. Можливо, варто поговорити з людиною.
desk-member-statement-empty = Годин ще не записано. F7 записує обмін.
desk-member-correction = (виправлення)
desk-member-reversed = (скасовано)
desk-member-form-title = Нова картка учасника
desk-member-form-hint = Тут нічого не обов’язково. На картці немає імені, лише її код.
field-nickname = Псевдонім (за бажанням)
field-household = Скільки людей удома (за бажанням)
desk-household-bad = Введіть число від 1 до 99 або залиште поле порожнім.
desk-exchange-title = Записати віддані й отримані години
desk-exchange-hint = Відскануйте кожну картку або введіть її код. Залиште сторону порожньою, якщо це години самого пункту.
field-provider = Хто віддав
field-receiver = Хто отримав
field-hours = Години (1, 1.5, 1:45, ¾)
field-for-need = Для прохання (код талона)
field-from-offer = За пропозицією (код талона)
desk-exchange-card = Ця картка тут недійсна: її замінили, або вона підроблена чи невідома.
desk-exchange-same = Хто віддав і хто отримав — та сама особа.
desk-exchange-hours = Вводьте години чвертями години, більше 0 і не більше 24: 1, 1.5, 1:45 або ¾.
desk-exchange-need = Немає прохання з таким кодом талона.
desk-exchange-offer = Немає пропозиції з таким кодом талона.
desk-card-printed = Картку { $code } надруковано.
desk-card-print-failed = Картку { $code } не надруковано: перевірте принтер, потім F8 надрукує нову картку.
desk-card-refused = Ця картка тут недійсна: її замінили, або вона підроблена чи з іншого пункту.
desk-exchanged = Записано: { $hours } год.
desk-exchanged-debt = Записано: { $hours } год. Отримувач тепер отримав набагато більше, ніж віддав: це м’яка межа, нікому ні в чому не відмовляємо.
desk-reversed = Скасовано: записано виправний переказ годин.
desk-cannot-reverse = Виправлення не можна скасувати, і нічого не можна скасувати двічі: натомість запишіть обмін знову.
desk-statement-printed = Виписку надруковано.
desk-statement-failed = Виписку не надруковано: перевірте принтер.
key-new-card = нова картка
key-exchange = записати години
key-statement = друк виписки
key-replace-card = картку загублено
key-reverse = скасувати запис
desk-member-to = кому: { $who }
desk-member-from = від: { $who }
desk-member-removed = видалений учасник
report-members = Учасники, кожного враховано один раз — обслуговано: { $served } (минулого тижня нові: { $new }, повернулися: { $returning }) · обмін допомогою: { $hours } год
tab-network = Мережа
desk-elsewhere-title = Талон { $code } з іншого пункту нашої мережі: { $site }
desk-elsewhere-private = Імена й телефони зберігаються лише в пункті { $site }: якщо треба, уточніть, хто перед вами.
desk-elsewhere-hand = Enter: видати вибране тут. Пункт { $site } побачить це після наступного обміну файлами.
desk-elsewhere-handed = видано: { $sites }
notice-handed-elsewhere = { $code } видано тут. Пункт { $site } побачить це після наступного обміну файлами.
notice-elsewhere-already = За талоном { $code } уже видано в іншому пункті мережі.
network-none = Цей пункт не входить до мережі. Координатор створює мережу в командному рядку: aidkiosk network create
network-this-site = цей пункт
network-last = остання зміна: { $when }
network-never = змін поки не отримано
network-waiting = { $count ->
    [one] { $count } пізніший файл чекає на відсутній
    [few] { $count } пізніші файли чекають на відсутній
    [many] { $count } пізніших файлів чекають на відсутній
   *[other] { $count } пізнішого файлу чекають на відсутній
}
network-removed = вилучено з мережі
network-problems = Незастосовані файли
network-problem-refused = { $site } { $file }: відхилено ({ $reason })
network-problem-newer = { $site } { $file }: записано новішою версією aidkiosk. Оновіть aidkiosk тут, щоб його прочитати.
network-problem-removed = { $site } { $file }: з пункту, вилученого з мережі
network-problem-unknown = { $site }: тека пункту, якого немає в цій мережі
network-conflicts = Видано двічі, поки пункти були без зв’язку
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = Конфліктів немає.
network-resolve-hint = Зателефонуйте в інший пункт, владнайте питання з людиною, потім виберіть конфлікт і натисніть F3.
key-resolve = владнано
notice-conflict-resolved = { $code } позначено як владнане, в усіх пунктах після наступного обміну.
key-network-report = цей пункт / мережа
report-network-columns = Надійшло прохань / видано, у кожному пункті мережі
desk-proposed-elsewhere = Пару запропоновано. Пункт { $site } підтвердить її за своїм столом волонтерів, і тоді це прохання матиме пару й тут.
