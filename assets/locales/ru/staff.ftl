# aidkiosk staff desk messages: Russian (русский).
# Для волонтёров и координаторов на языке сотрудников этого пункта.

## Unlock
desk-title = Стол волонтёров
desk-who = Кто вы?
desk-pin = { $name }, введите PIN-код и нажмите Enter
desk-pin-wrong = Неверный PIN-код. { $left ->
    [one] Осталась { $left } попытка, потом компьютер заблокируется.
    [few] Осталось { $left } попытки, потом компьютер заблокируется.
    [many] Осталось { $left } попыток, потом компьютер заблокируется.
   *[other] Осталось { $left } попытки, потом компьютер заблокируется.
}
desk-locked = Слишком много неверных PIN-кодов. Компьютер заблокирован до { $time }.
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
age-minutes = { $minutes ->
    [one] { $minutes } минуту назад
    [few] { $minutes } минуты назад
    [many] { $minutes } минут назад
   *[other] { $minutes } минуты назад
}
age-hours = { $hours ->
    [one] { $hours } час назад
    [few] { $hours } часа назад
    [many] { $hours } часов назад
   *[other] { $hours } часа назад
}
age-days = { $days ->
    [one] { $days } день назад
    [few] { $days } дня назад
    [many] { $days } дней назад
   *[other] { $days } дня назад
}
status-open = открыто
status-matched = готово к выдаче
status-picked = выдано
status-closed = закрыто
status-any = любой статус
category-any = все категории
desk-entry-pickup = Enter: подтвердить выдачу
desk-entry-dropoff = Enter: записать приём
desk-entry-match = F9: найти пару

## Results
desk-picked-up = Выдано: { $code }. Спасибо.
desk-already-picked = Отказ: по талону { $code } уже выдано { $time }, выдал(а) { $name }.
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
desk-confirmed = Пара подтверждена: оба талона готовы.
desk-confirm-failed = Эту пару уже нельзя подтвердить: одна из сторон изменилась.
desk-cancelled = Пара отменена.
desk-error = Что-то пошло не так, это записано в журнал. Ничего не изменено.

desk-reprinted = Талон { $code } снова отправлен на принтер.
desk-entry-reprint = F4: напечатать талон ещё раз

## Views
desk-queue-empty = Сегодня ничего не открыто.
desk-needs-empty = У всех открытых просьб есть пара.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Пары для { $code } ({ $category })
desk-candidates-empty = В этой категории пока ничего нет.
desk-candidate-offer = Предложение { $code }: { $quantity } · { $urgency }
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
desk-staff-disabled = { $name } больше не может войти.
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
