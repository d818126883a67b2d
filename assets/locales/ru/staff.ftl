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
desk-no-staff = В команде никого нет. Координатор может добавить людей так: aidkiosk staff add

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
desk-keys-unlock = Цифры: выбор   Enter: ОК   Esc: назад
desk-keys = Tab: другой вид   ↑↓: выбор   Enter: открыть   Esc: закрыть   F10: выйти
desk-keys-queue = ←→: категория   F5: статус
desk-keys-inventory = F6: приём   F7: выдать штуку
desk-keys-matches = Enter: подтвердить   F8: отменить
desk-keys-form = Tab: след. поле   ←→: категория   Enter: сохранить   Esc: отмена

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
desk-keys-staff = F6: добавить   F4: новый PIN   F7: отключить
desk-keys-staff-form = Tab: след. поле   ←→: роль   Enter: сохранить   Esc: отмена
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
