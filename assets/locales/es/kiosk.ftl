# Mensajes de aidkiosk para visitantes y configuración: español (Latinoamérica).
# Cada idioma tiene los mismos ids de mensaje y los mismos $placeholders.
# Líneas cortas: el quiosco tiene al menos 80 columnas de ancho.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = Español

## Welcome
welcome-greeting = Te damos la bienvenida
welcome-start = Presiona cualquier tecla para empezar

## Language
language-prompt = Elige tu idioma

## Home
home-prompt = ¿Qué quieres hacer?
home-need = Necesito algo
home-offer = Puedo ofrecer algo
home-check = Revisar mi ticket
home-board = Lo que hace falta ahora
home-events = Eventos de la comunidad

## Category
category-prompt-need = ¿Qué necesitas?
category-prompt-offer = ¿Qué puedes ofrecer?
category-food = Comida
category-hygiene = Jabón e higiene
category-baby-child = Bebés y niños
category-clothing = Ropa
category-housing = Ayuda con vivienda
category-transport = Transporte y traslados
category-childcare = Cuidado de niños
category-medical = Salud y medicinas
category-skills = Oficios y arreglos
category-language-tech = Ayuda con idiomas y tecnología
category-companionship = Alguien con quien hablar
category-other = Otra cosa
menu-more = Más opciones
menu-page = Página { $page } de { $pages }

## Details
details-prompt = Unas preguntas. Presiona Enter para dejar estas respuestas así.
details-quantity-need = Cuántos necesitas
details-quantity-offer = Cuántos puedes dar
details-urgency = Cuándo
urgency-today = Hoy
urgency-week = Esta semana
urgency-flexible = Cuando sea
details-mode = Cómo
mode-pickup = Lo recojo aquí
mode-delivery = Que me lo traigan
mode-call = Llámame
details-detail = Nota (si quieres)
details-name = Nombre (si quieres)
details-phone = Teléfono (si quieres que te llamemos)
details-privacy = Solo los voluntarios ven tu nombre y teléfono. Los borramos después de { $days ->
    [one] un día.
   *[other] { $days } días.
}
details-change = Presiona un número para cambiar una respuesta.
details-continue = Presiona Enter para seguir.
details-phone-needed = Por favor, agrega un teléfono para poder llamarte.
field-empty = (nada)
edit-type = Escribe tu respuesta y presiona Enter.
edit-number = Escribe un número del 1 al 99 y presiona Enter.
edit-choose = Presiona un número para elegir.

## Review
review-prompt = ¿Está bien así?
review-category = Qué
review-quantity = Cantidad
review-urgency = Cuándo
review-mode = Cómo
review-detail = Nota
review-name = Nombre
review-phone = Teléfono
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
    [one] { $count } artículo
   *[other] { $count } artículos
}
review-save = Presiona Enter para guardar e imprimir. Presiona Esc para cambiar.

## Slip
slip-title = Tu ticket
slip-code = Tu código: { $code }
slip-keep = Guarda este código. Muéstralo a un voluntario.
slip-print-pending = Imprimiendo tu ticket…
slip-print-done = Listo. Por favor, toma tu ticket.
slip-print-failed = La impresora no funciona. Anota tu código o muestra esta pantalla a un voluntario.
slip-done = Presiona Enter cuando termines.
slip-saving = Guardando…
slip-save-failed = Lo sentimos, no se pudo guardar. Tus respuestas siguen aquí: presiona Enter para intentar de nuevo o pide ayuda a un voluntario.

## Check my slip
check-prompt = Escribe o escanea el código de tu ticket
check-hint = El código tiene 8 letras y números, como 7K3M-Q9PX.
check-searching = Buscando…
check-not-found = No encontramos este código. Revísalo e intenta de nuevo.
check-again = Presiona Enter para revisar otro código.

## Footer keys
key-hint = { $key }: { $action }
key-any = Cualquier tecla
key-start = empezar
key-choose = elegir
key-ok = aceptar
key-back = volver
key-speak = leer en voz alta
key-stay = conservar mis respuestas
check-code = Código

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }: { $label }.
speech-unavailable = La lectura en voz alta no está disponible en este idioma.

## Idle
idle-title = ¿Sigues ahí?
idle-countdown = Tus respuestas se borrarán en { $seconds ->
    [one] un segundo.
   *[other] { $seconds } segundos.
}
idle-continue = Presiona cualquier tecla para conservarlas.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## Small screen
screen-enlarge = Por favor, haz esta ventana más grande.

## Kinds, shown on slips and to volunteers
kind-need = Necesidad
kind-offer = Oferta

## Printed slip
slip-print-date = Fecha: { $date }
slip-print-code = Código: { $code }

## First-run set-up (shown in the staff language)
setup-title = Configurar este quiosco
setup-intro = Todavía no hay coordinador. Por favor, configura la sede.
setup-site = Nombre de la sede
setup-admin = Nombre del coordinador
setup-pin = PIN del coordinador (de 4 a 8 dígitos)
setup-pin-again = Repite el PIN
setup-hint = Escribe cada respuesta y presiona Enter. Esc vuelve al campo anterior.
setup-pin-mismatch = Los dos PIN no son iguales. Escríbelos de nuevo.
setup-pin-invalid = El PIN debe tener de 4 a 8 dígitos.
setup-name-missing = Por favor, escribe un nombre.
setup-working = Configurando…
setup-failed = No se pudo configurar: { $reason }

## What is needed now (a board with no personal details)
board-title = Lo que hace falta ahora
board-needs = { $count ->
    [one] { $count } necesidad
   *[other] { $count } necesidades
}
board-offers = { $count ->
    [one] { $count } oferta
   *[other] { $count } ofertas
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }, { $offers }
board-invite = Lo que más hace falta: { $category }. ¿Puedes ayudar con esto?
board-hint = Presiona un número para ofrecer algo de esa categoría.
board-empty = Ahora no hace falta nada. ¡Gracias!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ necesidades   ░ ofertas

## Gatherings (posted by staff)
events-title = Eventos de la comunidad
events-empty = Todavía no hay eventos de la comunidad planeados.
events-hint = Presiona un número para ver un evento e imprimirlo.
event-when = Cuándo
event-where = Dónde
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday } { $date }, { $start }–{ $end }
event-print = Presiona Enter para imprimirlo.
event-scan = Escanea el código cuadrado con tu teléfono para agregarlo a tu calendario.
weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miércoles
weekday-thu = Jueves
weekday-fri = Viernes
weekday-sat = Sábado
weekday-sun = Domingo

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = Formulario en papel: una necesidad o una oferta
form-intro = Marca una casilla en cada parte y escribe con letra clara. Un voluntario lo registrará por ti y te dará un código.
form-staff = Para voluntarios: registrado el ________ por ________, código ____-____

## What happens next for a slip
next-need-waiting = Recibimos tu pedido. Un voluntario está buscando lo que necesitas.
next-offer-waiting = ¡Gracias! Un voluntario está buscando a alguien que necesite lo que ofreces.
next-need-coming = Alguien está trayendo lo que necesitas. Vuelve a revisar pronto.
next-bring-it = Alguien necesita lo que ofreciste: por favor, tráelo aquí.
next-we-collect = Alguien necesita lo que ofreciste: un voluntario irá a buscarlo.
next-pick-up = Ya está listo: por favor, ven a recogerlo. Trae este ticket.
next-we-deliver = Ya está listo: un voluntario te lo va a llevar.
next-we-call = Un voluntario te va a llamar.
next-in-touch-soon = Un voluntario te va a poner en contacto con la otra persona.
next-in-touch = Ya te pusimos en contacto. ¡Gracias!
next-handed-over = Entregado. ¡Esperamos que te ayude!
next-received = Recibido. ¡Gracias!
next-done = Hecho. ¡Gracias!
next-closed = Este ticket está cerrado.
details-quantity-people = Cuántas personas viven en tu casa
details-quantity-hours = Cuántas horas puedes dar
offer-mode-pickup = Lo traigo aquí
offer-mode-delivery = Que vengan a buscarlo
service-mode-pickup = Nos vemos aquí
service-mode-delivery = En mi casa
details-phone-required = Teléfono (lo necesitamos para llamarte)
details-phone-needed-delivery = Por favor, agrega un teléfono: un voluntario te llamará para preguntar adónde ir.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
review-also = También en este ticket:
review-add = Agregar otra cosa
slip-print-items = { $count ->
    [one] { $count } cosa en este ticket
   *[other] { $count } cosas en este ticket
}
kiosk-resting = Este quiosco no funciona ahora. Por favor, pide ayuda a un voluntario.
card-title = Tarjeta de miembro
card-next-time = La próxima vez, escanea esta tarjeta en el quiosco: tu idioma y el número de personas en tu casa se completan solos.
card-private = Tu nombre no está en esta tarjeta. Si la pierdes, pide una nueva a un voluntario.
card-hours = Horas dadas: { $given } · recibidas: { $received }
card-take = Llévate una tarjeta de miembro para la próxima vez
card-printing = Imprimiendo tu tarjeta de miembro…
card-printed = Tu tarjeta de miembro está impresa. Por favor, llévala también.
card-failed = No se pudo imprimir la tarjeta. Un voluntario puede hacerte una en la mesa del personal.
card-welcome = ¡Hola otra vez! Tu idioma y el número de personas en tu casa ya están puestos.
card-shown = Esta es tu tarjeta de miembro.
card-start = Presiona Enter para empezar con esta tarjeta.
card-refused = Esta tarjeta ya no funciona. Por favor, pide una nueva a un voluntario.
statement-title = Tus horas
statement-line = { $date } · { $category } · { $hours }
statement-correction = corrección
statement-balance = Saldo: { $hours }
check-elsewhere = Este ticket es de { $site }, otro lugar de nuestra red.
board-network = { $count ->
    [one] { $count } necesidad en otros lugares de nuestra red
   *[other] { $count } necesidades en otros lugares de nuestra red
}
