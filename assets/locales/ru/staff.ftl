# aidkiosk staff desk messages: Russian (русский).
# Для волонтёров и координаторов на языке сотрудников этого пункта.

## Unlock
desk-title = Стол волонтёров
desk-pin-wrong = Имя и PIN-код не совпадают. { $left ->
    [one] Осталась { $left } попытка, потом вход заблокируется.
    [few] Осталось { $left } попытки, потом вход заблокируется.
    [many] Осталось { $left } попыток, потом вход заблокируется.
   *[other] Осталось { $left } попытки, потом вход заблокируется.
}
desk-locked = Слишком много неверных попыток: вход здесь заблокирован до { $time }. Координатор может снять блокировку во вкладке «Команда».
desk-checking = Проверяем…
desk-no-staff = Нет активных участников команды. Координатор может добавить людей так: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = волонтёр
role-coordinator = координатор
tab-queue = Очередь
tab-needs = Просьбы без пары
tab-matches = Пары на подтверждение
tab-inventory = Склад
desk-scan = Отсканируйте талон или введите его код:

## Keys
key-next-view = другой вид
key-move = выбор
key-open = открыть
key-close = закрыть
key-lock = заблокировать
key-category = категория
key-status = статус
key-drop-off = приём
key-hand-out = выдать штуку
key-confirm = подтвердить
key-cancel = отменить
key-next-field = след. поле
key-save = сохранить
key-add = добавить
key-new-pin = новый PIN
key-disable = отключить
key-role = роль
key-post = добавить
key-take-down = убрать
key-count-again = пересчитать
key-reprint = печать снова
list-position = { $first }–{ $last } из { $total }
desk-unlock-failed = Не удалось проверить PIN: база данных не приняла запись. Попробуйте ещё раз; если не выйдет, сообщите координатору.
desk-staff-empty = Учётных записей команды пока нет.

## Entries
desk-entry-title = Талон { $code }
field-kind = Тип
field-category = Категория
field-quantity = Количество
field-urgency = Срочность
field-mode = Как
field-language = Язык
field-age = Записано
field-status = Статус
field-detail = Заметка
field-contact = Контакт
field-item = Предмет
age-minutes = { $minutes } мин
age-hours = { $hours } ч
age-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
status-open = открыто
status-matched = в паре
status-picked = выдано
status-closed = закрыто
category-any = все категории
desk-entry-pickup = Enter: выдать
desk-entry-dropoff = Enter: записать, что принесли
desk-entry-match = F9: найти пару

## Results
desk-picked-up = Выдано: { $code }. Спасибо.
desk-already-picked = Отказ: по талону { $code } уже выдано или принято { $time }, отметил(а) { $name }.
desk-refused-signature = Отказ: подпись этого талона не совпадает. Это записано в журнал.
desk-refused-site = Отказ: этот талон из другого пункта ({ $site }).
desk-refused-format = Это не код талона. В коде 8 букв и цифр.
desk-not-found = Талона с кодом { $code } нет.
desk-dropped-off = На склад добавлено: { $quantity } × { $item }.
desk-handed-out = Выдана одна штука: { $item }. { $left ->
    [one] Осталась { $left } штука.
    [few] Осталось { $left } штуки.
    [many] Осталось { $left } штук.
   *[other] Осталось { $left } штуки.
}
desk-none-left = Больше нет: { $item }.
desk-proposed = Пара предложена. Подтвердите её во вкладке «Пары на подтверждение».
desk-confirm-failed = Эту пару уже нельзя подтвердить: одна из сторон изменилась.
desk-cancelled = Пара отменена.
desk-error = Что-то пошло не так, это записано в журнал. Ничего не изменено.

desk-reprinted = Талон { $code } снова отправлен на принтер.

## Views
desk-queue-empty = Дел нет: все записи обработаны.
desk-needs-empty = У всех открытых просьб есть пара.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Пары для { $code } ({ $category })
desk-candidates-empty = В этой категории пока ничего нет.
desk-candidate-offer = Предложение { $code }: { $quantity } · { $urgency } · { $age }
desk-candidate-stock = На складе: { $item } ({ $quantity })
desk-matches-empty = Нет пар на подтверждение.
desk-match-line = Просьба { $need } ⇐ { $with }
desk-inventory-empty = Склад пуст. F6 записывает приём.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = Записать приём
desk-dropoff-for = По талону предложения { $code }

## Staff accounts (coordinators)
tab-staff = Команда
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · нет доступа
desk-staff-add-title = Добавить человека в команду
desk-staff-pin-title = Новый PIN-код: { $name }
field-name = Имя
field-role = Роль
field-pin = PIN-код (от 4 до 8 цифр)
desk-staff-added = Добавлен(а): { $name }.
desk-staff-disabled = { $name }: доступ отключён. Ещё раз F7 вернёт доступ.
desk-pin-set = Новый PIN-код сохранён: { $name }.
desk-not-allowed = Здесь так нельзя.

## Paper roster (aidkiosk roster)
roster-title = Ждут выдачи на { $date }
roster-hint = Отмечайте квадратик при выдаче, а когда киоск снова заработает, подтвердите выдачу за столом волонтёров.
roster-empty = Ничего не ждёт выдачи.
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = { $count ->
    [one] …и ещё { $count } талон; смотрите за столом волонтёров.
    [few] …и ещё { $count } талона; смотрите за столом волонтёров.
    [many] …и ещё { $count } талонов; смотрите за столом волонтёров.
   *[other] …и ещё { $count } талона; смотрите за столом волонтёров.
}

## Gatherings (posted at the desk, shown to visitors)
tab-events = Встречи
desk-events-empty = Встреч не запланировано. F6 добавляет встречу.
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = Добавить встречу
desk-event-hint = Название ({ $language }) обязательно, на других языках — по желанию.
field-starts = Начало (YYYY-MM-DD HH:MM)
field-ends = Конец (HH:MM)
field-place = Место
field-title = Название ({ $language })
desk-event-bad-start = Начало нужно написать так: 2026-12-05 10:00.
desk-event-bad-end = Конец — это время позже начала, например 12:00.
desk-event-bad-place = Пожалуйста, напишите место, до 80 символов.
desk-event-bad-title = Пожалуйста, напишите название ({ $language }), до 80 символов.
desk-event-posted = Встреча добавлена: { $title }.
desk-event-removed = Встреча убрана: { $title }.

## Gap report (the last weeks)
tab-report = Нехватка
report-loading = Считаем…
report-title = { $weeks ->
    [one] За { $weeks } неделю: с { $from } по { $to }
    [few] За { $weeks } недели: с { $from } по { $to }
    [many] За { $weeks } недель: с { $from } по { $to }
   *[other] За { $weeks } недели: с { $from } по { $to }
}
report-weekly-needs = Просьб в неделю
report-weekly-handed = Выдано в неделю
report-median = Ожидание от просьбы до выдачи (медиана): { $wait }
report-median-none = За эти недели ни по одной просьбе ничего не выдано.
report-gap = { $count ->
    [one] Больше всего не хватает: { $category }, на { $count } просьбу больше, чем предложений.
    [few] Больше всего не хватает: { $category }, на { $count } просьбы больше, чем предложений.
    [many] Больше всего не хватает: { $category }, на { $count } просьб больше, чем предложений.
   *[other] Больше всего не хватает: { $category }, на { $count } просьбы больше, чем предложений.
}
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = { $days ->
    [one] просьбы/предл./выдано/ждут дольше { $days } дня
    [few] просьбы/предл./выдано/ждут дольше { $days } дней
    [many] просьбы/предл./выдано/ждут дольше { $days } дней
   *[other] просьбы/предл./выдано/ждут дольше { $days } дня
}
report-languages = Языки: { $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days ->
    [one] { $days } д { $hours } ч
    [few] { $days } д { $hours } ч
    [many] { $days } д { $hours } ч
   *[other] { $days } д { $hours } ч
}
duration-hours = { $hours ->
    [one] { $hours } ч
    [few] { $hours } ч
    [many] { $hours } ч
   *[other] { $hours } ч
}
duration-minutes = { $minutes ->
    [one] { $minutes } мин
    [few] { $minutes } мин
    [many] { $minutes } мин
   *[other] { $minutes } мин
}

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = Что нужно нашей сети
poster-period = С { $from } по { $to }
poster-figure-needs = просьб записано
poster-figure-offers = предложений записано
poster-figure-handed = просьб выполнено
poster-figure-wait = медиана ожидания по просьбе
poster-chart-categories = Просьбы и предложения по категориям
poster-chart-weeks = Каждую неделю: записанные и выполненные просьбы
poster-legend-needs = просьбы
poster-legend-offers = предложения
poster-legend-handed = выдано
poster-gaps-title = Где больше всего не хватает
poster-gap-line = { $category }: просьб { $needs }, предложений { $offers }
poster-gaps-none = Во всех категориях предложений хватило на просьбы. Спасибо!
poster-help-title = Что помогло бы больше всего
poster-help = Предложения в категориях: { $list }
poster-help-how = Предложить может каждый: в киоске выберите «Я могу что-то предложить».
poster-footer = Только числа: ничто на этой странице не позволяет узнать человека. Составлено { $date }.

## The desk on a pantry day
desk-sign-in = Введите своё имя, затем PIN-код.
desk-pepper-missing = PIN-коды нельзя проверить: в папке данных нет файла pepper.key. Скопируйте его из резервной копии, или координатор задаст новые PIN-коды командой: aidkiosk staff set-pin NAME
desk-pepper-mismatch = PIN-коды нельзя проверить: pepper.key не тот, с которым задавались эти PIN-коды. Скопируйте нужный из резервной копии или задайте новые PIN-коды командой: aidkiosk staff set-pin NAME
desk-pepper-stale = Этот PIN-код задан до замены pepper.key: координатор должен дать вам новый PIN-код.
desk-printer-none = принтер: пока ничего не напечатано
desk-printer-ok = принтер: { $code } напечатан
desk-printer-failed = принтер: { $code } НЕ напечатан ({ $reason })
tab-calls = Звонки / доставка
tab-printing = Не напечатано
key-new-entry = новая запись
key-count = подсчёт
key-close-entry = закрыть
key-clear-lock = снять блок
key-my-pin = мой PIN
queue-todo = В работе
queue-open = Открытые
queue-matched = В паре
queue-ready = Готовые
queue-connected = Связаны
queue-fulfilled = Сделано сегодня
queue-closed = Закрыто сегодня
desk-queue-none = Здесь записей нет.
desk-kind-need = прос.
desk-kind-offer = пред.
desk-mode-call = звонок
desk-mode-delivery = доставка
desk-quantity = { $count } шт.
age-now = только что
status-ready = готово
status-received = принято
status-connected = связаны
status-done = выполнено
close-reason-expired = никто не пришёл вовремя
close-reason-not-needed = больше не нужно
close-reason-unreachable = не удалось связаться
close-reason-duplicate = записано дважды
close-reason-other = другая причина
field-matched = В паре с
field-phone = Телефон
desk-partner-entry = { $kind } { $code } ({ $category }, { $status })
desk-partner-stock = склад: { $item }
desk-partner-proposed = предложена пара: { $with }
desk-partner-received = принесли: { $quantity } × { $item }
desk-entry-pickup-early = Предложение для этой просьбы ещё не принесли. Enter: всё равно выдать из того, что есть здесь
desk-entry-dropoff-for = Enter: записать, что принесли; это отложат для просьбы из пары
desk-entry-connect = Enter: связать двух людей (покажет оба контакта)
desk-entry-finish = Enter: всё состоялось, отметить как выполненное
desk-entry-cancel-match = F8: отменить пару
desk-entry-undo = F3: отменить (если ошибка, только сегодня)
desk-typed-code = Этот код ввели вручную, а не отсканировали. Прежде чем выдавать, уточните, кто перед вами.
desk-check-name = Спросите имя: { $name }. Нажмите Enter ещё раз, чтобы выдать.
desk-check-phone = Спросите последние цифры телефона: …{ $digits }. Нажмите Enter ещё раз, чтобы выдать.
desk-check-nothing = Ни имени, ни телефона для проверки не оставили. Выдавайте, только если уверены: Enter ещё раз.
desk-not-now = { $code } — { $status }: этот шаг здесь не подходит.
desk-undo-not-yours = Отменить это может только волонтёр, который это сделал, или координатор.
desk-undo-too-late = Это было не сегодня: попросите координатора исправить.
desk-undo-stock-gone = Отменить нельзя: принесённое уже выдали. Вместо этого исправьте количество.
desk-undone = Отменено: { $code } снова в прежнем состоянии.
desk-closed = Закрыто: { $code }.
desk-connected = Связали: { $code }. Оба контакта ниже.
desk-finished = Выполнено: { $code }. Спасибо.
desk-nothing-found = По запросу «{ $text }» ничего не найдено.
desk-found-title = Найдено по запросу «{ $text }»: { $count }
desk-set-aside = Принято { $quantity } × { $item }: отложено для { $code }, теперь готово к выдаче.
desk-counted = { $item }: теперь на полке { $quantity }.
desk-propose-failed = Пара не предложена: у одной из записей уже есть предложенная пара, или она больше не открыта.
desk-printed = Напечатано: { $code }.
desk-print-failed = { $code } не напечатан: { $reason }. Проверьте принтер и нажмите F4, чтобы попробовать снова.
desk-entered = Сохранено как { $code }; талон печатается. Прочитайте человеку код.
desk-staff-enabled = { $name } снова может войти.
desk-lock-cleared = { $name } может снова ввести свой PIN-код.
desk-name-taken = Учётная запись с именем { $name } уже есть.
desk-last-coordinator = { $name } — последний координатор: сначала добавьте другого координатора.
desk-old-pin-wrong = Старый PIN-код неверный. Ничего не изменено.
desk-staff-locked = вход заблокирован до { $time }
desk-calls-hint = Люди, которые просили позвонить или привезти вещи; самые срочные сверху.
desk-calls-empty = Никто не ждёт звонка или доставки.
desk-unprinted-hint = Талоны за последние 7 дней, которые так и не напечатались: возможно, код никому не достался. Enter печатает снова.
desk-unprinted-empty = Все талоны напечатаны.
desk-connected-title = Свяжите этих двух людей
desk-connected-need = Просит ({ $code })
desk-connected-offer = Предлагает ({ $code })
desk-connected-hint = Позвоните им или передайте каждому контакт другого, затем Esc. Когда всё состоится, откройте талон и нажмите Enter, чтобы отметить выполнение.
desk-close-title = Закрыть { $code }: почему?
desk-count-title = { $item }: сколько на полке?
desk-my-pin-title = Сменить PIN-код
field-old-pin = Старый PIN-код
field-new-pin = Новый PIN-код (от 4 до 8 цифр)
field-new-pin-again = Новый PIN-код ещё раз
desk-intake-title = Просьба или предложение за человека по телефону или с бумажной анкеты
desk-intake-phone = Для «Позвоните мне» нужен номер телефона.
desk-intake-number = Сколько: число от 1 до 99.
language-in-en = английский
language-in-ar = арабский
language-in-es = испанский
language-in-fa = персидский
language-in-fr = французский
language-in-ht = гаитянский креольский
language-in-ko = корейский
language-in-pt = португальский
language-in-ru = русский
language-in-so = сомалийский
language-in-uk = украинский
language-in-vi = вьетнамский
language-in-zh-Hans = китайский
list-position-cut = { $first }–{ $last } из первых { $shown } (всего { $total })
desk-found-none = Ничего не найдено.
desk-queue-none-fulfilled = Сегодня ничего не выдали, не принесли и никого не связали.
desk-queue-none-closed = Сегодня ничего не закрыто.
report-week-figures = на прошлой неделе { $last }, в среднем { $mean }
desk-event-over = Эта встреча уже прошла: время её окончания позади.
roster-calls-title = Звонки и доставка на { $date }
roster-calls-hint = Позвоните каждому или отвезите вещи, и отметьте рядом, что получилось; когда киоск снова заработает, внесите это за столом волонтёров.
roster-calls-private = На этой странице имена и номера телефонов: держите её при себе, а когда закончите, пропустите через шредер.
roster-calls-empty = Некому звонить и некуда везти.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = контакт не оставлен: передайте контакт другого, когда человек придёт к столу
desk-confirmed-stock = Пара подтверждена: отложено со склада, просьбу можно выдавать.
desk-confirmed-offer = Пара подтверждена: тот, кто предлагает, должен принести вещь; просьбу можно будет выдать, когда её принесут.
desk-confirmed-service = Пара подтверждена: теперь свяжите двух людей (откройте любой из двух талонов, затем Enter).
desk-short-of-stock = { $item }: на складе только { $have }, а нужно { $want }. Пересчитайте полку во вкладке «Склад» или отмените эту пару (F8).
desk-cancel-failed = Эту пару уже нельзя отменить: её уже выдали, людей уже связали или пару уже отменили.
desk-staff-pin-in-name = В имени четыре цифры подряд, как в PIN-коде: может быть, PIN-код ввели в поле имени? Tab переходит к PIN-коду.
desk-ticket-title = Талон { $code }: { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}. Enter открывает одну, чтобы выдать.
tab-members = Участники
desk-members-hint = Отсканируйте карточку участника, чтобы открыть её. Enter открывает выбранную.
desk-members-empty = Участников пока нет. Посетитель может взять карточку в конце визита, или F6 создаёт её здесь.
desk-member-hours = отдано { $given } ч · получено { $received } ч
desk-member-no-card = нет карточки
desk-member-title = Карточка участника { $card }
desk-member-seen = последний визит: { $age }
desk-member-balance = Отдано { $given } ч · получено { $received } ч · баланс { $balance } ч
desk-member-debt = Получено больше, чем отдано, более чем на { $hours } ч: это мягкий предел, ни в чём не отказываем. Возможно, стоит поговорить с человеком.
desk-member-statement-empty = Часов пока не записано. F7 записывает обмен.
desk-member-correction = (исправление)
desk-member-reversed = (отменено)
desk-member-form-title = Новая карточка участника
desk-member-form-hint = Здесь ничего не обязательно. На карточке нет имени, только её код.
field-nickname = Псевдоним (по желанию)
field-household = Сколько человек дома (по желанию)
desk-household-bad = Введите число от 1 до 99 или оставьте поле пустым.
desk-exchange-title = Записать отданные и полученные часы
desk-exchange-hint = Отсканируйте каждую карточку или введите её код. Оставьте сторону пустой, если это часы самого пункта.
field-provider = Кто отдал
field-receiver = Кто получил
field-hours = Часы (1, 1.5, 1:45, ¾)
field-for-need = Для просьбы (код талона)
field-from-offer = По предложению (код талона)
desk-exchange-card = Эта карточка здесь недействительна: её заменили, или она поддельная, или неизвестная.
desk-exchange-same = Кто отдал и кто получил — одно и то же лицо.
desk-exchange-hours = Вводите часы четвертями часа, больше 0 и не больше 24: 1, 1.5, 1:45 или ¾.
desk-exchange-need = Нет просьбы с таким кодом талона.
desk-exchange-offer = Нет предложения с таким кодом талона.
desk-card-printed = Карточка { $code } напечатана.
desk-card-print-failed = Карточка { $code } не напечаталась: проверьте принтер, затем F8 напечатает новую карточку.
desk-card-refused = Эта карточка здесь недействительна: её заменили, или она поддельная, или она из другого пункта.
desk-exchanged = Записано: { $hours } ч.
desk-exchanged-debt = Записано: { $hours } ч. Получатель теперь получил намного больше, чем отдал: это мягкий предел, ни в чём не отказываем.
desk-reversed = Отменено: записан исправляющий перевод часов.
desk-cannot-reverse = Исправление нельзя отменить, и ничего нельзя отменить дважды: вместо этого запишите обмен заново.
desk-statement-printed = Выписка напечатана.
desk-statement-failed = Выписка не напечаталась: проверьте принтер.
key-new-card = новая карточка
key-exchange = записать часы
key-statement = печать выписки
key-replace-card = карточка потеряна
key-reverse = отменить запись
desk-member-to = кому: { $who }
desk-member-from = от: { $who }
desk-member-removed = удалённый участник
report-members = Участники, каждый учтён один раз — обслужено: { $served } (на прошлой неделе новые: { $new }, вернувшиеся: { $returning }) · обмен помощью: { $hours } ч
tab-network = Сеть
desk-elsewhere-title = Талон { $code } из другого пункта нашей сети: { $site }
desk-elsewhere-private = Имена и телефоны хранятся только в пункте { $site }: если нужно, уточните, кто перед вами.
desk-elsewhere-hand = Enter: выдать выбранное здесь. Пункт { $site } увидит это после следующего обмена файлами.
desk-elsewhere-handed = выдано: { $sites }
notice-handed-elsewhere = { $code } выдано здесь. Пункт { $site } увидит это после следующего обмена файлами.
notice-elsewhere-already = По талону { $code } уже выдано в другом пункте сети.
network-none = Этот пункт не входит в сеть. Координатор создаёт сеть в командной строке: aidkiosk network create
network-this-site = этот пункт
network-last = последнее изменение: { $when }
network-never = изменений пока не получено
network-waiting = { $count ->
    [one] { $count } более поздний файл ждёт недостающий
    [few] { $count } более поздних файла ждут недостающий
    [many] { $count } более поздних файлов ждут недостающий
   *[other] { $count } более поздних файла ждут недостающий
}
network-removed = удалён из сети
network-problems = Не применённые файлы
network-problem-refused = { $site } { $file }: отклонён ({ $reason })
network-problem-newer = { $site } { $file }: записан более новой версией aidkiosk. Обновите aidkiosk здесь, чтобы его прочитать.
network-problem-removed = { $site } { $file }: из пункта, удалённого из сети
network-problem-unknown = { $site }: папка пункта, которого нет в этой сети
network-conflicts = Выдано дважды, пока пункты были без связи
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = Конфликтов нет.
network-resolve-hint = Позвоните в другой пункт, решите вопрос с человеком, затем выберите конфликт и нажмите F3.
key-resolve = решено
notice-conflict-resolved = { $code } отмечено как решённое, во всех пунктах после следующего обмена.
key-network-report = этот пункт / сеть
report-network-columns = Поступило просьб / выдано, в каждом пункте сети
desk-proposed-elsewhere = Пара предложена. Пункт { $site } подтвердит её за своим столом волонтёров, и тогда у этой просьбы будет пара и здесь.
