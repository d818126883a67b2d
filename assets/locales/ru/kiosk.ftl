# aidkiosk visitor and set-up messages: Russian (русский).
# Сообщения для посетителей и для настройки. Те же id и те же $placeholders, что в английском.
# Строки короткие: ширина киоска не меньше 80 колонок.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = Русский

## Welcome
welcome-greeting = Добро пожаловать
welcome-start = Нажмите любую клавишу, чтобы начать

## Language
language-prompt = Выберите язык

## Home
home-prompt = Что вы хотите сделать?
home-need = Мне что-то нужно
home-offer = Я могу что-то предложить
home-check = Проверить мой талон
home-board = Что сейчас нужно
home-events = Мероприятия

## Category
category-prompt-need = Что вам нужно?
category-prompt-offer = Что вы можете предложить?
category-food = Еда
category-hygiene = Мыло и гигиена
category-baby-child = Для малышей и детей
category-clothing = Одежда
category-housing = Помощь с жильём
category-transport = Транспорт и поездки
category-childcare = Присмотр за детьми
category-medical = Здоровье и лекарства
category-skills = Умения и ремонт
category-language-tech = Помощь с языком и техникой
category-companionship = Поговорить с кем-то
category-other = Что-то другое
menu-more = Ещё варианты
menu-page = Страница { $page } из { $pages }

## Details
details-prompt = Несколько вопросов. Нажмите Enter, чтобы оставить эти ответы.
details-quantity-need = Сколько вам нужно
details-quantity-offer = Сколько вы можете дать
details-urgency = Когда
urgency-today = Сегодня
urgency-week = На этой неделе
urgency-flexible = В любое время
details-mode = Как
mode-pickup = Я заберу здесь
mode-delivery = Привезите мне
mode-call = Позвоните мне
details-detail = Заметка (можно пропустить)
details-name = Имя (можно пропустить)
details-phone = Телефон (если нужен звонок)
details-privacy = Ваше имя и телефон видят только волонтёры. Мы удалим их через { $days ->
    [one] { $days } день.
    [few] { $days } дня.
    [many] { $days } дней.
   *[other] { $days } дня.
}
details-change = Нажмите цифру, чтобы изменить ответ.
details-continue = Нажмите Enter, чтобы продолжить.
details-phone-needed = Пожалуйста, укажите телефон, чтобы мы могли вам позвонить.
field-empty = (нет)
edit-type = Напишите ответ и нажмите Enter.
edit-number = Напишите число от 1 до 99 и нажмите Enter.
edit-choose = Нажмите цифру, чтобы выбрать.

## Review
review-prompt = Всё верно?
review-category = Что
review-quantity = Сколько
review-urgency = Когда
review-mode = Как
review-detail = Заметка
review-name = Имя
review-phone = Телефон
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
    [one] { $count } штука
    [few] { $count } штуки
    [many] { $count } штук
   *[other] { $count } штуки
}
review-save = Нажмите Enter, чтобы сохранить и распечатать, или Esc, чтобы изменить.

## Slip
slip-title = Ваш талон
slip-code = Ваш код: { $code }
slip-keep = Сохраните этот код. Покажите его волонтёру.
slip-print-pending = Печатаем ваш талон…
slip-print-done = Готово. Пожалуйста, возьмите свой талон.
slip-print-failed = Принтер не работает. Пожалуйста, запишите свой код или покажите этот экран волонтёру.
slip-done = Когда закончите, нажмите Enter.
slip-saving = Сохраняем…
slip-save-failed = Извините, сохранить не получилось. Ваши ответы всё ещё здесь: нажмите Enter, чтобы попробовать ещё раз, или обратитесь к волонтёру.

## Check my slip
check-prompt = Введите или отсканируйте код с талона
check-hint = В коде 8 букв и цифр, например 7K3M-Q9PX.
check-searching = Ищем…
check-not-found = Мы не нашли этот код. Проверьте его и попробуйте ещё раз.
check-again = Нажмите Enter, чтобы проверить другой код.

## Footer keys
key-hint = { $key }: { $action }
key-any = Любая клавиша
key-start = начать
key-choose = выбрать
key-ok = ОК
key-back = назад
key-speak = прочитать вслух
key-stay = сохранить ответы
check-code = Код

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }: { $label }.
speech-unavailable = На этом языке чтение вслух не работает.

## Idle
idle-title = Вы ещё здесь?
idle-countdown = Ваши ответы удалятся через { $seconds ->
    [one] { $seconds } секунду.
    [few] { $seconds } секунды.
    [many] { $seconds } секунд.
   *[other] { $seconds } секунды.
}
idle-continue = Нажмите любую клавишу, чтобы их сохранить.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## Small screen
screen-enlarge = Пожалуйста, сделайте это окно больше.

## Kinds, shown on slips and to volunteers
kind-need = Просьба
kind-offer = Предложение

## Printed slip
slip-print-date = Дата: { $date }
slip-print-code = Код: { $code }

## First-run set-up (shown in the staff language)
setup-title = Настройка киоска
setup-intro = Координатора ещё нет. Пожалуйста, настройте этот пункт.
setup-site = Название пункта
setup-admin = Имя координатора
setup-pin = PIN-код координатора (от 4 до 8 цифр)
setup-pin-again = PIN-код ещё раз
setup-hint = Напишите каждый ответ и нажмите Enter. Esc — назад к прошлому полю.
setup-pin-mismatch = PIN-коды не совпадают. Пожалуйста, введите их ещё раз.
setup-pin-invalid = В PIN-коде от 4 до 8 цифр.
setup-name-missing = Пожалуйста, напишите имя.
setup-working = Настраиваем…
setup-failed = Настроить не получилось: { $reason }

## What is needed now (a board with no personal details)
board-title = Что сейчас нужно
board-needs = { $count ->
    [one] { $count } просьба
    [few] { $count } просьбы
    [many] { $count } просьб
   *[other] { $count } просьбы
}
board-offers = { $count ->
    [one] { $count } предложение
    [few] { $count } предложения
    [many] { $count } предложений
   *[other] { $count } предложения
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }, { $offers }
board-invite = Нужнее всего: { $category }. Можете с этим помочь?
board-hint = Нажмите цифру, чтобы предложить что-то из этого раздела.
board-empty = Сейчас ничего не нужно. Спасибо!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ просьбы   ░ предложения

## Gatherings (posted by staff)
events-title = Мероприятия
events-empty = Мероприятий пока не запланировано.
events-hint = Нажмите цифру, чтобы открыть мероприятие и распечатать его.
event-when = Когда
event-where = Где
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday }, { $date }, { $start }–{ $end }
event-print = Нажмите Enter, чтобы распечатать.
event-scan = Отсканируйте квадратный код телефоном, чтобы добавить это в свой календарь.
weekday-mon = Понедельник
weekday-tue = Вторник
weekday-wed = Среда
weekday-thu = Четверг
weekday-fri = Пятница
weekday-sat = Суббота
weekday-sun = Воскресенье

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = Бумажная анкета: просьба или предложение
form-intro = Отметьте один квадратик в каждой части и пишите разборчиво. Волонтёр внесёт анкету в компьютер за вас и даст вам код.
form-staff = Для волонтёров: дата ________, внёс(ла) ________, код ____-____

## What happens next for a slip
next-need-waiting = Ваша просьба принята. Волонтёр ищет то, что вам нужно.
next-offer-waiting = Спасибо! Волонтёр ищет того, кому нужно то, что вы предлагаете.
next-need-coming = Кто-то несёт то, что вам нужно. Проверьте талон снова чуть позже.
next-bring-it = Ваше предложение кому-то нужно: пожалуйста, принесите это сюда.
next-we-collect = Ваше предложение кому-то нужно: волонтёр приедет и заберёт это.
next-pick-up = Готово: пожалуйста, приходите и заберите. Возьмите с собой этот талон.
next-we-deliver = Готово: волонтёр привезёт это вам.
next-we-call = Волонтёр вам позвонит.
next-in-touch-soon = Волонтёр свяжет вас с другим человеком.
next-in-touch = Вас уже связали. Спасибо!
next-handed-over = Выдано. Надеемся, это поможет!
next-received = Принято. Спасибо!
next-done = Готово. Спасибо!
next-closed = Этот талон закрыт.
details-quantity-people = Сколько человек живёт у вас дома
details-quantity-hours = Сколько часов вы можете помогать
offer-mode-pickup = Я принесу сюда
offer-mode-delivery = Заберите у меня
service-mode-pickup = Встретимся здесь
service-mode-delivery = У меня дома
details-phone-required = Телефон (нужен, чтобы связаться с вами)
details-phone-needed-delivery = Пожалуйста, укажите телефон: волонтёр позвонит и спросит, куда приехать.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
review-also = Также на этом талоне:
review-add = Добавить что-то ещё
slip-print-items = { $count ->
    [one] { $count } запись на этом талоне
    [few] { $count } записи на этом талоне
    [many] { $count } записей на этом талоне
   *[other] { $count } записи на этом талоне
}
kiosk-resting = Этот киоск сейчас не работает. Пожалуйста, обратитесь к волонтёру.
card-title = Карточка участника
card-next-time = В следующий раз отсканируйте эту карточку в киоске: ваш язык и число людей у вас дома заполнятся сами.
card-private = На этой карточке нет вашего имени. Если вы её потеряете, попросите у волонтёра новую.
card-hours = Отдано часов: { $given } · получено: { $received }
card-take = Взять карточку участника на следующий раз
card-printing = Печатаем вашу карточку участника…
card-printed = Ваша карточка участника напечатана. Пожалуйста, возьмите и её.
card-failed = Карточку не удалось напечатать. Волонтёр может сделать её для вас за столом волонтёров.
card-welcome = С возвращением! Ваш язык и число людей у вас дома уже заполнены.
card-shown = Это ваша карточка участника.
card-start = Нажмите Enter, чтобы начать с этой карточкой.
card-refused = Эта карточка больше не работает. Пожалуйста, попросите у волонтёра новую.
statement-title = Ваши часы
statement-line = { $date } · { $category } · { $hours }
statement-correction = исправление
statement-balance = Баланс: { $hours }
check-elsewhere = Этот талон из другого пункта нашей сети: { $site }.
board-network = { $count ->
    [one] { $count } просьба в других пунктах нашей сети
    [few] { $count } просьбы в других пунктах нашей сети
    [many] { $count } просьб в других пунктах нашей сети
   *[other] { $count } просьбы в других пунктах нашей сети
}
