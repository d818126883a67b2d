# aidkiosk visitor and set-up messages: Ukrainian (українська).
# Повідомлення для відвідувачів і для налаштування. Ті самі id і ті самі $placeholders, що в англійській.
# Рядки короткі: ширина кіоску не менше 80 колонок.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = Українська

## Welcome
welcome-greeting = Вітаємо
welcome-start = Натисніть будь-яку клавішу, щоб почати

## Language
language-prompt = Оберіть мову

## Home
home-prompt = Що ви хочете зробити?
home-need = Мені щось потрібно
home-offer = Я можу щось запропонувати
home-check = Перевірити мій талон
home-board = Що зараз потрібно
home-events = Події

## Category
category-prompt-need = Що вам потрібно?
category-prompt-offer = Що ви можете запропонувати?
category-food = Їжа
category-hygiene = Мило й гігієна
category-baby-child = Для малюків і дітей
category-clothing = Одяг
category-housing = Допомога з житлом
category-transport = Транспорт і поїздки
category-childcare = Догляд за дітьми
category-medical = Здоров’я й ліки
category-skills = Вміння й ремонт
category-language-tech = Допомога з мовою й технікою
category-companionship = Поговорити з кимось
category-other = Щось інше
menu-more = Ще варіанти
menu-page = Сторінка { $page } з { $pages }

## Details
details-prompt = Кілька запитань. Натисніть Enter, щоб залишити ці відповіді.
details-quantity-need = Скільки вам потрібно
details-quantity-offer = Скільки ви можете дати
details-urgency = Коли
urgency-today = Сьогодні
urgency-week = Цього тижня
urgency-flexible = Будь-коли
details-mode = Як
mode-pickup = Я заберу тут
mode-delivery = Привезіть мені
mode-call = Зателефонуйте мені
details-detail = Примітка (можна пропустити)
details-name = Ім’я (можна пропустити)
details-phone = Телефон (якщо потрібен дзвінок)
details-privacy = Ваше ім’я й телефон бачать лише волонтери. Ми видалимо їх через { $days ->
    [one] { $days } день.
    [few] { $days } дні.
    [many] { $days } днів.
   *[other] { $days } дня.
}
details-change = Натисніть цифру, щоб змінити відповідь.
details-continue = Натисніть Enter, щоб продовжити.
details-phone-needed = Будь ласка, додайте номер телефону, щоб ми могли вам зателефонувати.
field-empty = (немає)
edit-type = Напишіть відповідь і натисніть Enter.
edit-number = Напишіть число від 1 до 99 і натисніть Enter.
edit-choose = Натисніть цифру, щоб вибрати.

## Review
review-prompt = Усе правильно?
review-category = Що
review-quantity = Скільки
review-urgency = Коли
review-mode = Як
review-detail = Примітка
review-name = Ім’я
review-phone = Телефон
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
    [one] { $count } штука
    [few] { $count } штуки
    [many] { $count } штук
   *[other] { $count } штуки
}
review-save = Натисніть Enter, щоб зберегти й надрукувати, або Esc, щоб змінити.

## Slip
slip-title = Ваш талон
slip-code = Ваш код: { $code }
slip-keep = Збережіть цей код. Покажіть його волонтерові.
slip-print-pending = Друкуємо ваш талон…
slip-print-done = Готово. Будь ласка, візьміть свій талон.
slip-print-failed = Принтер не працює. Будь ласка, запишіть свій код або покажіть цей екран волонтерові.
slip-done = Коли закінчите, натисніть Enter.
slip-saving = Зберігаємо…
slip-save-failed = Вибачте, зберегти не вдалося. Ваші відповіді досі тут: натисніть Enter, щоб спробувати ще раз, або зверніться до волонтера.

## Check my slip
check-prompt = Введіть або відскануйте код з талона
check-hint = У коді 8 літер і цифр, наприклад 7K3M-Q9PX.
check-searching = Шукаємо…
check-not-found = Ми не знайшли цей код. Перевірте його й спробуйте ще раз.
check-again = Натисніть Enter, щоб перевірити інший код.

## Footer keys
key-hint = { $key }: { $action }
key-any = Будь-яка клавіша
key-start = почати
key-choose = вибрати
key-ok = ОК
key-back = назад
key-speak = прочитати вголос
key-stay = зберегти відповіді
check-code = Код

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }: { $label }.
speech-unavailable = Цією мовою читання вголос не працює.

## Idle
idle-title = Ви ще тут?
idle-countdown = Ваші відповіді видаляться через { $seconds ->
    [one] { $seconds } секунду.
    [few] { $seconds } секунди.
    [many] { $seconds } секунд.
   *[other] { $seconds } секунди.
}
idle-continue = Натисніть будь-яку клавішу, щоб їх зберегти.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## Small screen
screen-enlarge = Будь ласка, зробіть це вікно більшим.

## Kinds, shown on slips and to volunteers
kind-need = Прохання
kind-offer = Пропозиція

## Printed slip
slip-print-date = Дата: { $date }
slip-print-code = Код: { $code }

## First-run set-up (shown in the staff language)
setup-title = Налаштування кіоску
setup-intro = Координатора ще немає. Будь ласка, налаштуйте цей пункт.
setup-site = Назва пункту
setup-admin = Ім’я координатора
setup-pin = PIN-код координатора (від 4 до 8 цифр)
setup-pin-again = PIN-код ще раз
setup-hint = Напишіть кожну відповідь і натисніть Enter. Esc — назад до попереднього поля.
setup-pin-mismatch = PIN-коди не збігаються. Будь ласка, введіть їх ще раз.
setup-pin-invalid = PIN-код має від 4 до 8 цифр.
setup-name-missing = Будь ласка, напишіть ім’я.
setup-working = Налаштовуємо…
setup-failed = Не вдалося налаштувати: { $reason }

## What is needed now (a board with no personal details)
board-title = Що зараз потрібно
board-needs = { $count ->
    [one] { $count } прохання
    [few] { $count } прохання
    [many] { $count } прохань
   *[other] { $count } прохання
}
board-offers = { $count ->
    [one] { $count } пропозиція
    [few] { $count } пропозиції
    [many] { $count } пропозицій
   *[other] { $count } пропозиції
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }, { $offers }
board-invite = Найбільше потрібно: { $category }. Можете з цим допомогти?
board-hint = Натисніть цифру, щоб запропонувати щось із цього розділу.
board-empty = Зараз нічого не потрібно. Дякуємо!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ прохання   ░ пропозиції

## Gatherings (posted by staff)
events-title = Події
events-empty = Подій поки не заплановано.
events-hint = Натисніть цифру, щоб відкрити подію й надрукувати її.
event-when = Коли
event-where = Де
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday }, { $date }, { $start }–{ $end }
event-print = Натисніть Enter, щоб надрукувати.
event-scan = Відскануйте квадратний код телефоном, щоб додати це до свого календаря.
weekday-mon = Понеділок
weekday-tue = Вівторок
weekday-wed = Середа
weekday-thu = Четвер
weekday-fri = П’ятниця
weekday-sat = Субота
weekday-sun = Неділя

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = Паперова анкета: прохання або пропозиція
form-intro = Позначте один квадратик у кожній частині й пишіть розбірливо. Волонтер внесе анкету в комп’ютер за вас і дасть вам код.
form-staff = Для волонтерів: дата ________, вніс(ла) ________, код ____-____

## What happens next for a slip
next-need-waiting = Ваше прохання прийнято. Волонтер шукає те, що вам потрібно.
next-offer-waiting = Дякуємо! Волонтер шукає того, кому потрібне те, що ви пропонуєте.
next-need-coming = Хтось несе те, що вам потрібно. Перевірте талон знову трохи пізніше.
next-bring-it = Ваша пропозиція комусь потрібна: будь ласка, принесіть це сюди.
next-we-collect = Ваша пропозиція комусь потрібна: волонтер приїде й забере це.
next-pick-up = Готово: будь ласка, приходьте й заберіть. Візьміть із собою цей талон.
next-we-deliver = Готово: волонтер привезе це вам.
next-we-call = Волонтер вам зателефонує.
next-in-touch-soon = Волонтер зв’яже вас з іншою людиною.
next-in-touch = Вас уже зв’язали. Дякуємо!
next-handed-over = Видано. Сподіваємося, це допоможе!
next-received = Прийнято. Дякуємо!
next-done = Готово. Дякуємо!
next-closed = Цей талон закрито.
details-quantity-people = Скільки людей живе у вас удома
details-quantity-hours = Скільки годин ви можете допомагати
offer-mode-pickup = Я принесу сюди
offer-mode-delivery = Заберіть у мене
service-mode-pickup = Зустрінемося тут
service-mode-delivery = У мене вдома
details-phone-required = Телефон (потрібен, щоб зв’язатися з вами)
details-phone-needed-delivery = Будь ласка, додайте номер телефону: волонтер зателефонує й запитає, куди приїхати.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
    [one] { $count } людина
    [few] { $count } людини
    [many] { $count } людей
   *[other] { $count } людини
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
    [one] { $count } година
    [few] { $count } години
    [many] { $count } годин
   *[other] { $count } години
}
review-also = Також на цьому талоні:
review-add = Додати ще щось
slip-print-items = { $count ->
    [one] { $count } запис на цьому талоні
    [few] { $count } записи на цьому талоні
    [many] { $count } записів на цьому талоні
   *[other] { $count } запису на цьому талоні
}
kiosk-resting = Цей кіоск зараз не працює. Будь ласка, зверніться до волонтера.
card-title = Картка учасника
card-next-time = Наступного разу відскануйте цю картку в кіоску: ваша мова й кількість людей у вас удома заповняться самі.
card-private = На цій картці немає вашого імені. Якщо ви її загубите, попросіть у волонтера нову.
card-hours = Віддано годин: { $given } · отримано: { $received }
card-take = Взяти картку учасника на наступний раз
card-printing = Друкуємо вашу картку учасника…
card-printed = Вашу картку учасника надруковано. Будь ласка, візьміть і її.
card-failed = Картку не вдалося надрукувати. Волонтер може зробити її для вас за столом волонтерів.
card-welcome = З поверненням! Вашу мову й кількість людей у вас удома вже заповнено.
card-shown = Це ваша картка учасника.
card-start = Натисніть Enter, щоб почати з цією карткою.
card-refused = Ця картка більше не працює. Будь ласка, попросіть у волонтера нову.
statement-title = Ваші години
statement-line = { $date } · { $category } · { $hours }
statement-correction = виправлення
statement-balance = Баланс: { $hours }
check-elsewhere = Цей талон з іншого пункту нашої мережі: { $site }.
board-network = { $count ->
    [one] { $count } прохання в інших пунктах нашої мережі
    [few] { $count } прохання в інших пунктах нашої мережі
    [many] { $count } прохань в інших пунктах нашої мережі
   *[other] { $count } прохання в інших пунктах нашої мережі
}
