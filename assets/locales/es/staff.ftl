# Mensajes de aidkiosk para la mesa del personal: español (Latinoamérica).
# Los ven voluntarios y coordinadores, en el idioma del personal de la sede.

## Unlock
desk-title = Mesa del personal
desk-pin-wrong = El nombre y el PIN no coinciden. { $left ->
    [one] Queda un intento antes de que se bloquee el acceso.
   *[other] Quedan { $left } intentos antes de que se bloquee el acceso.
}
desk-locked = Demasiados intentos fallidos: el acceso en esta consola está bloqueado hasta las { $time }. Un coordinador puede quitar el bloqueo en Personal.
desk-checking = Verificando…
desk-no-staff = No hay personal activo. Un coordinador lo agrega con: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = voluntario
role-coordinator = coordinador
tab-queue = Fila
tab-needs = Necesidades por conectar
tab-matches = Conexiones propuestas
tab-inventory = Inventario
desk-scan = Escanea un ticket o escribe su código:

## Keys
key-next-view = otra vista
key-move = mover
key-open = abrir
key-close = cerrar
key-lock = bloquear
key-category = categoría
key-status = estado
key-drop-off = recibir
key-hand-out = entregar una unidad
key-confirm = confirmar
key-cancel = cancelar
key-next-field = campo siguiente
key-save = guardar
key-add = agregar
key-new-pin = PIN nuevo
key-disable = desactivar
key-role = rol
key-post = publicar
key-take-down = retirar
key-count-again = contar de nuevo
key-reprint = imprimir otra vez
list-position = { $first }–{ $last } de { $total }
desk-unlock-failed = No se pudo comprobar el PIN: la base de datos no aceptó la escritura. Inténtalo otra vez; si sigue fallando, avisa a una persona coordinadora.
desk-staff-empty = Todavía no hay cuentas del equipo.

## Entries
desk-entry-title = Comprobante { $code }
field-kind = Tipo
field-category = Categoría
field-quantity = Cantidad
field-urgency = Urgencia
field-mode = Cómo
field-language = Idioma
field-age = Registrado
field-status = Estado
field-detail = Nota
field-contact = Contacto
field-item = Artículo
age-minutes = { $minutes } min
age-hours = { $hours } h
age-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
status-open = abierto
status-matched = conectado
status-picked = entregado
status-closed = cerrado
category-any = todas las categorías
desk-entry-pickup = Enter: entregar
desk-entry-dropoff = Enter: registrar lo que trajeron
desk-entry-match = F9: buscar conexión

## Results
desk-picked-up = Entregado: { $code }. Gracias.
desk-already-picked = Rechazado: { $code } ya fue entregado o recibido el { $time } por { $name }.
desk-refused-signature = Rechazado: la firma de este ticket no coincide. Quedó registrado.
desk-refused-site = Rechazado: el ticket es de otra sede ({ $site }).
desk-refused-format = Código no válido. Debe tener 8 letras y números.
desk-not-found = No hay ningún ticket con el código { $code }.
desk-dropped-off = Agregado al inventario: { $quantity } × { $item }.
desk-handed-out = Se entregó una unidad de { $item }. { $left ->
    [one] Queda 1.
   *[other] Quedan { $left }.
}
desk-none-left = No queda nada de { $item }.
desk-proposed = Conexión propuesta. Confírmala en "Conexiones propuestas".
desk-confirm-failed = Esa conexión ya no se puede confirmar: una parte cambió.
desk-cancelled = Conexión cancelada.
desk-error = Algo salió mal; quedó en el registro. No se cambió nada.

desk-reprinted = { $code } enviado de nuevo a la impresora.

## Views
desk-queue-empty = Nada por hacer: todo está resuelto.
desk-needs-empty = Todas las necesidades abiertas tienen conexión.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Conexiones para { $code } ({ $category })
desk-candidates-empty = Todavía no hay nada abierto en esta categoría.
desk-candidate-offer = Oferta { $code }: { $quantity } · { $urgency } · { $age }
desk-candidate-stock = En inventario: { $item } ({ $quantity })
desk-matches-empty = No hay conexiones propuestas.
desk-match-line = Necesidad { $need } ⇐ { $with }
desk-inventory-empty = El inventario está vacío. F6 registra lo recibido.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = Registrar lo recibido
desk-dropoff-for = Para el ticket de oferta { $code }

## Staff accounts (coordinators)
tab-staff = Personal
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · desactivado
desk-staff-add-title = Agregar a una persona del equipo
desk-staff-pin-title = PIN nuevo para { $name }
field-name = Nombre
field-role = Rol
field-pin = PIN (de 4 a 8 dígitos)
desk-staff-added = Se agregó a { $name }.
desk-staff-disabled = { $name } está desactivado. F7 otra vez lo vuelve a activar.
desk-pin-set = PIN nuevo guardado para { $name }.
desk-not-allowed = Eso no se puede hacer aquí.

## Paper roster (aidkiosk roster)
roster-title = Entregas pendientes al { $date }
roster-hint = Marca cada casilla al hacer la entrega. Cuando el quiosco vuelva a funcionar, regístrala en la mesa.
roster-empty = No hay entregas pendientes.
# Una necesidad que espera ser recogida: "[ ] 7K3M-Q9PX   Comida × 3   listo para recoger"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# Más de lo que cabe en la lista: "…y 120 más; ver en la mesa."
roster-more = …y { $count } más; ver en la mesa.

## Gatherings (posted at the desk, shown to visitors)
tab-events = Encuentros
desk-events-empty = No hay encuentros planeados. F6 publica uno.
# Un encuentro en la lista: "Sábado 2026-12-05, 10:00–12:00 · Reparto de comida · Salón principal"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = Publicar un encuentro
desk-event-hint = Hace falta un título en { $language }; los otros idiomas son opcionales.
field-starts = Empieza (YYYY-MM-DD HH:MM)
field-ends = Termina (HH:MM)
field-place = Lugar
field-title = Título en { $language }
desk-event-bad-start = El inicio debe escribirse así: 2026-12-05 10:00.
desk-event-bad-end = El final debe ser una hora después del inicio, como 12:00.
desk-event-bad-place = Por favor, escribe el lugar (hasta 80 caracteres).
desk-event-bad-title = Por favor, escribe el título en { $language } (hasta 80 caracteres).
desk-event-posted = Publicado: { $title }.
desk-event-removed = Retirado: { $title }.

## Gap report (the last weeks)
tab-report = Faltantes
report-loading = Contando…
report-title = { $weeks ->
    [one] La última semana: del { $from } al { $to }
   *[other] Las últimas { $weeks } semanas: del { $from } al { $to }
}
report-weekly-needs = Necesidades/semana
report-weekly-handed = Entregas/semana
report-median = Espera mediana entre necesidad y entrega: { $wait }
report-median-none = No hubo entregas en estas semanas.
report-gap = Mayor faltante: { $category }, { $count ->
    [one] { $count } necesidad más que ofertas.
   *[other] { $count } necesidades más que ofertas.
}
# Los números después de las barras de cada categoría (█ necesidades, ░ ofertas).
report-columns = necesidades/ofertas/entregas/espera >{ $days } d
report-languages = Idiomas: { $list }
# Una espera: "1 d 9 h", "5 h", "40 min"
duration-days = { $days } d { $hours } h
duration-hours = { $hours } h
duration-minutes = { $minutes } min

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = Lo que necesita nuestra red
poster-period = Del { $from } al { $to }
poster-figure-needs = necesidades registradas
poster-figure-offers = ofertas registradas
poster-figure-handed = necesidades entregadas
poster-figure-wait = espera mediana de una necesidad
poster-chart-categories = Necesidades y ofertas por categoría
poster-chart-weeks = Cada semana: necesidades registradas y entregadas
poster-legend-needs = necesidades
poster-legend-offers = ofertas
poster-legend-handed = entregadas
poster-gaps-title = Los mayores faltantes
poster-gap-line = { $category }: necesidades { $needs }, ofertas { $offers }
poster-gaps-none = Las ofertas alcanzaron a las necesidades en todas las categorías. ¡Gracias!
poster-help-title = Lo que más ayudaría
poster-help = Ofertas de: { $list }
poster-help-how = Todos pueden ofrecer: en el quiosco, elija «Puedo ofrecer algo».
poster-footer = Solo cifras: nada en esta página permite identificar a nadie. Hecho el { $date }.

## The desk on a pantry day
desk-sign-in = Escribe tu nombre y después tu PIN.
desk-pepper-missing = No se pueden comprobar los PIN: falta pepper.key en la carpeta de datos. Cópialo de las copias de seguridad, o un coordinador pone PIN nuevos con: aidkiosk staff set-pin NAME
desk-pepper-mismatch = No se pueden comprobar los PIN: este pepper.key no es con el que se crearon estos PIN. Copia el correcto de las copias de seguridad, o pon PIN nuevos con: aidkiosk staff set-pin NAME
desk-pepper-stale = Este PIN se creó antes de que cambiara pepper.key: un coordinador tiene que darte un PIN nuevo.
desk-printer-none = impresora: todavía no se imprimió nada
desk-printer-ok = impresora: { $code } impreso
desk-printer-failed = impresora: { $code } NO se imprimió ({ $reason })
tab-calls = Llamar / llevar
tab-printing = Sin imprimir
key-new-entry = nuevo registro
key-count = contar
key-close-entry = cerrar
key-clear-lock = desbloquear
key-my-pin = mi PIN
queue-todo = Por hacer
queue-open = Abiertos
queue-matched = Conectados
queue-ready = Listos
queue-connected = En contacto
queue-fulfilled = Hechos hoy
queue-closed = Cerrados hoy
desk-queue-none = No hay registros aquí.
desk-kind-need = nec.
desk-kind-offer = ofer.
desk-mode-call = llamar
desk-mode-delivery = llevar
desk-quantity = { $count ->
    [one] { $count } unid.
   *[other] { $count } unid.
}
age-now = ahora
status-ready = listo
status-received = recibido
status-connected = en contacto
status-done = hecho
close-reason-expired = nadie vino a tiempo
close-reason-not-needed = ya no hace falta
close-reason-unreachable = no se pudo contactar
close-reason-duplicate = registrado dos veces
close-reason-other = otro motivo
field-matched = Conectado con
field-phone = Teléfono
desk-partner-entry = { $kind } { $code } ({ $category }, { $status })
desk-partner-stock = inventario: { $item }
desk-partner-proposed = propuesta: { $with }
desk-partner-received = recibido: { $quantity } × { $item }
desk-entry-pickup-early = Su oferta todavía no llegó. Enter: entregar de todos modos, con lo que hay aquí
desk-entry-dropoff-for = Enter: registrar lo que trajeron; queda apartado para la necesidad con la que está conectado
desk-entry-connect = Enter: poner a las dos personas en contacto (muestra los dos contactos)
desk-entry-finish = Enter: ya se hizo, marcarlo como hecho
desk-entry-cancel-match = F8: cancelar la conexión
desk-entry-undo = F3: deshacer (un error, de hoy)
desk-typed-code = Este código se escribió, no se escaneó. Antes de entregar, pregunta quién es.
desk-check-name = Pregunta su nombre: { $name }. Enter otra vez para entregar.
desk-check-phone = Pregunta los últimos dígitos de su teléfono: …{ $digits }. Enter otra vez para entregar.
desk-check-nothing = No dejaron nombre ni teléfono para comprobar. Entrega solo si no tienes dudas: Enter otra vez.
desk-not-now = Estado de { $code }: { $status }. Ese paso no corresponde.
desk-undo-not-yours = Solo el voluntario que lo hizo, o un coordinador, puede deshacerlo.
desk-undo-too-late = Eso no fue hoy: pide a un coordinador que lo corrija.
desk-undo-stock-gone = No se puede deshacer: lo que se recibió ya se entregó después. Mejor corrige el conteo.
desk-undone = Deshecho: { $code } volvió a estar como antes.
desk-closed = Cerrado: { $code }.
desk-connected = En contacto: { $code }. Los dos contactos están abajo.
desk-finished = Hecho: { $code }. Gracias.
desk-nothing-found = No se encontró nada para «{ $text }».
desk-found-title = Resultados para «{ $text }»: { $count }
desk-set-aside = Se recibió { $quantity } × { $item }: apartado para { $code }, que ya está listo.
desk-counted = { $item }: ahora hay { $quantity } en el estante.
desk-propose-failed = No se propuso: uno de los dos ya tiene una propuesta o ya no está abierto.
desk-printed = Impreso: { $code }.
desk-print-failed = { $code } no se imprimió: { $reason }. Revisa la impresora y luego presiona F4 para intentar de nuevo.
desk-entered = Guardado como { $code }; se está imprimiendo su ticket. Dile el código a la persona.
desk-staff-enabled = { $name } puede volver a entrar.
desk-lock-cleared = { $name } puede volver a intentar con su PIN.
desk-name-taken = Ya hay una cuenta llamada { $name }.
desk-last-coordinator = { $name } es el último coordinador: primero agrega otro coordinador.
desk-old-pin-wrong = El PIN anterior no es correcto. No se cambió nada.
desk-staff-locked = bloqueado hasta las { $time }
desk-calls-hint = Personas que pidieron que las llamen o que les lleven las cosas; primero las más urgentes.
desk-calls-empty = Nadie espera una llamada ni una entrega a domicilio.
desk-unprinted-hint = Comprobantes de los últimos 7 días que nunca se imprimieron: puede que nadie tenga el código. Enter lo vuelve a imprimir.
desk-unprinted-empty = Todos los tickets se imprimieron.
desk-connected-title = Poner en contacto a estas dos personas
desk-connected-need = Lo necesita ({ $code })
desk-connected-offer = Lo ofrece ({ $code })
desk-connected-hint = Llámalas o pásale a cada una el contacto de la otra, y luego Esc. Cuando ya haya ocurrido, abre el ticket y presiona Enter para marcarlo como hecho.
desk-close-title = Cerrar { $code }: ¿por qué?
desk-count-title = ¿Cuántas unidades de { $item } hay en el estante?
desk-my-pin-title = Cambiar tu PIN
field-old-pin = PIN anterior
field-new-pin = PIN nuevo (de 4 a 8 dígitos)
field-new-pin-again = Repite el PIN nuevo
desk-intake-title = Una necesidad o una oferta de alguien por teléfono o en papel
desk-intake-phone = «Llámame» necesita un número de teléfono.
desk-intake-number = Cantidad: un número del 1 al 99.
language-in-en = inglés
language-in-ar = árabe
language-in-es = español
language-in-fa = persa
language-in-fr = francés
language-in-ht = criollo haitiano
language-in-ko = coreano
language-in-pt = portugués
language-in-ru = ruso
language-in-so = somalí
language-in-uk = ucraniano
language-in-vi = vietnamita
language-in-zh-Hans = chino
list-position-cut = { $first }–{ $last } de los primeros { $shown } ({ $total } en total)
desk-found-none = No se encontró nada.
desk-queue-none-fulfilled = Hoy no se entregó ni se recibió nada, ni se puso a nadie en contacto.
desk-queue-none-closed = Hoy no se cerró nada.
report-week-figures = la semana pasada { $last }, en promedio { $mean }
desk-event-over = Ese encuentro ya terminó: la hora de fin ya pasó.
roster-calls-title = Para llamar o llevar a domicilio, { $date }
roster-calls-hint = Llama a cada persona o llévale sus cosas, y anota al lado qué pasó; regístralo en la mesa cuando el quiosco vuelva a funcionar.
roster-calls-private = Esta hoja tiene nombres y números de teléfono: llévala contigo y tritúrala cuando termines.
roster-calls-empty = No hay nadie a quien llamar ni llevarle cosas.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = no dejó contacto: pásale el de la otra persona cuando venga a la mesa
desk-confirmed-stock = Conexión confirmada: apartado del inventario, la necesidad está lista para entregar.
desk-confirmed-offer = Conexión confirmada: quien ofrece tiene que traerlo; la necesidad estará lista cuando llegue.
desk-confirmed-service = Conexión confirmada: ahora pon a las dos personas en contacto (abre cualquiera de los dos tickets y luego Enter).
desk-short-of-stock = Solo hay { $have } de { $item } en inventario y se necesitan { $want }: cuenta el estante en Inventario o cancela esta conexión (F8).
desk-cancel-failed = Esa conexión ya no se puede cancelar: ya se entregó, ya se puso a las personas en contacto o ya se canceló.
desk-staff-pin-in-name = Ese nombre tiene cuatro dígitos seguidos, como un PIN: ¿se escribió el PIN en el nombre? Tab pasa al PIN.
desk-ticket-title = Ticket { $code }: { $count } cosas. Enter abre una para entregarla.
tab-members = Miembros
desk-members-hint = Escanea la tarjeta de un miembro para abrirla. Enter abre la seleccionada.
desk-members-empty = Todavía no hay miembros. Al final de una visita, el visitante puede llevarse una tarjeta, o F6 crea una aquí.
desk-member-hours = dadas { $given } h · recibidas { $received } h
desk-member-no-card = sin tarjeta
desk-member-title = Tarjeta de miembro { $card }
desk-member-seen = última visita: { $age }
desk-member-balance = Dadas { $given } h · recibidas { $received } h · saldo { $balance } h
desk-member-debt = Recibió más de { $hours } h por encima de lo que dio: es un límite flexible, no se rechaza nada. Puede ayudar hablar con la persona.
desk-member-statement-empty = Todavía no hay horas registradas. F7 registra un intercambio.
desk-member-correction = (corrección)
desk-member-reversed = (revertido)
desk-member-form-title = Nueva tarjeta de miembro
desk-member-form-hint = Nada de esto es obligatorio. La tarjeta no lleva nombre: solo su código.
field-nickname = Apodo (opcional)
field-household = Personas en casa (opcional)
desk-household-bad = Escribe un número del 1 al 99, o déjalo vacío.
desk-exchange-title = Registrar horas dadas y recibidas
desk-exchange-hint = Escanea cada tarjeta o escribe su código. Deja un lado vacío para las horas de la propia sede.
field-provider = Dadas por
field-receiver = Recibidas por
field-hours = Horas (1, 1.5, 1:45, ¾)
field-for-need = Para la necesidad (código del ticket)
field-from-offer = De la oferta (código del ticket)
desk-exchange-card = Esa tarjeta no es válida aquí: fue reemplazada, o es falsa o desconocida.
desk-exchange-same = Quien da y quien recibe son el mismo.
desk-exchange-hours = Escribe las horas en cuartos de hora, más de 0 y como máximo 24: 1, 1.5, 1:45 o ¾.
desk-exchange-need = Ninguna necesidad tiene ese código de ticket.
desk-exchange-offer = Ninguna oferta tiene ese código de ticket.
desk-card-printed = Tarjeta { $code } impresa.
desk-card-print-failed = La tarjeta { $code } no se imprimió: revisa la impresora y luego F8 imprime una tarjeta nueva.
desk-card-refused = Esta tarjeta no es válida aquí: fue reemplazada, o es falsa o de otra sede.
desk-exchanged = Registrado: { $hours } h.
desk-exchanged-debt = Registrado: { $hours } h. Quien recibe ya recibió mucho más de lo que dio: es un límite flexible, no se rechaza nada.
desk-reversed = Revertido: se registró una transferencia de corrección.
desk-cannot-reverse = Una corrección no se puede revertir, y nada se revierte dos veces: mejor registra el intercambio otra vez.
desk-statement-printed = Resumen de horas impreso.
desk-statement-failed = El resumen de horas no se imprimió: revisa la impresora.
key-new-card = tarjeta nueva
key-exchange = registrar horas
key-statement = imprimir resumen
key-replace-card = tarjeta perdida
key-reverse = revertir
desk-member-to = para { $who }
desk-member-from = de { $who }
desk-member-removed = un miembro eliminado
report-members = Miembros, cada uno contado una vez: atendidos { $served } (la semana pasada: nuevos { $new }, recurrentes { $returning }) · intercambio de ayuda: { $hours } h
tab-network = Red
desk-elsewhere-title = Ticket { $code } de { $site }, otra sede de nuestra red
desk-elsewhere-private = Los nombres y teléfonos se quedan en { $site }: si hace falta, pregunta quién es.
desk-elsewhere-hand = Enter: entregar aquí lo elegido. { $site } lo verá después del próximo intercambio de archivos.
desk-elsewhere-handed = entregado en { $sites }
notice-handed-elsewhere = { $code } entregado aquí. { $site } lo verá después del próximo intercambio de archivos.
notice-elsewhere-already = { $code } ya fue entregado, en otra sede de la red.
network-none = Esta sede no está en ninguna red. Un coordinador crea una desde la línea de comandos: aidkiosk network create
network-this-site = esta sede
network-last = último cambio: { $when }
network-never = todavía no llegó ningún cambio
network-waiting = { $count ->
    [one] { $count } archivo posterior espera uno que falta
   *[other] { $count } archivos posteriores esperan uno que falta
}
network-removed = quitada de la red
network-problems = Archivos sin aplicar
network-problem-refused = { $site } { $file }: rechazado ({ $reason })
network-problem-newer = { $site } { $file }: escrito por un aidkiosk más nuevo. Actualiza aidkiosk aquí para leerlo.
network-problem-removed = { $site } { $file }: de una sede quitada de la red
network-problem-unknown = { $site }: carpeta de una sede que no está en esta red
network-conflicts = Entregado dos veces mientras las sedes estaban sin conexión
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = No hay conflictos.
network-resolve-hint = Llama a la otra sede, resuélvelo con la persona y luego presiona F3 sobre el conflicto.
key-resolve = resuelto
notice-conflict-resolved = { $code } marcado como resuelto, en todas las sedes después del próximo intercambio.
key-network-report = esta sede / la red
report-network-columns = Necesidades registradas / entregas, en cada sede de la red
desk-proposed-elsewhere = Conexión propuesta a { $site }. La mesa del personal de allí la confirma; entonces esta necesidad también tiene conexión aquí.
