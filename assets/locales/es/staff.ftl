# Mensajes de aidkiosk para la mesa del personal: español (Latinoamérica).
# Los ven voluntarios y coordinadores, en el idioma del personal de la sede.

## Unlock
desk-title = Mesa del personal
desk-who = ¿Quién eres?
desk-pin = { $name }, escribe tu PIN y presiona Enter
desk-pin-wrong = PIN incorrecto. { $left ->
    [one] Queda un intento; después se bloquea esta consola.
   *[other] Quedan { $left } intentos; después se bloquea esta consola.
}
desk-locked = Demasiados PIN incorrectos. Esta consola está bloqueada hasta las { $time }.
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
desk-scan = Escanea un comprobante o escribe su código:

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
age-minutes = { $minutes ->
    [one] hace 1 minuto
   *[other] hace { $minutes } minutos
}
age-hours = { $hours ->
    [one] hace 1 hora
   *[other] hace { $hours } horas
}
age-days = { $days ->
    [one] hace 1 día
   *[other] hace { $days } días
}
status-open = abierto
status-matched = por recoger
status-picked = entregado
status-closed = cerrado
status-any = todos los estados
category-any = todas las categorías
desk-entry-pickup = Enter: confirmar la entrega
desk-entry-dropoff = Enter: registrar lo recibido
desk-entry-match = F9: buscar conexión

## Results
desk-picked-up = Entregado: { $code }. Gracias.
desk-already-picked = Rechazado: { $name } ya entregó { $code } el { $time }.
desk-refused-signature = Rechazado: la firma de este comprobante no coincide. Quedó registrado.
desk-refused-site = Rechazado: el comprobante es de otra sede ({ $site }).
desk-refused-format = Código no válido. Debe tener 8 letras y números.
desk-not-found = No hay ningún comprobante con el código { $code }.
desk-dropped-off = Agregado al inventario: { $quantity } × { $item }.
desk-handed-out = Se entregó una unidad de { $item }. { $left ->
    [one] Queda 1.
   *[other] Quedan { $left }.
}
desk-none-left = No queda nada de { $item }.
desk-proposed = Conexión propuesta. Confírmala en "Conexiones propuestas".
desk-confirmed = Conexión confirmada: los dos comprobantes están listos.
desk-confirm-failed = Esa conexión ya no se puede confirmar: una parte cambió.
desk-cancelled = Conexión cancelada.
desk-error = Algo salió mal; quedó en el registro. No se cambió nada.

desk-reprinted = { $code } enviado de nuevo a la impresora.
desk-entry-reprint = F4: imprimir el comprobante otra vez

## Views
desk-queue-empty = No hay nada abierto hoy.
desk-needs-empty = Todas las necesidades abiertas tienen conexión.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Conexiones para { $code } ({ $category })
desk-candidates-empty = Todavía no hay nada abierto en esta categoría.
desk-candidate-offer = Oferta { $code }: { $quantity } · { $urgency }
desk-candidate-stock = En inventario: { $item } ({ $quantity })
desk-matches-empty = No hay conexiones propuestas.
desk-match-line = Necesidad { $need } ⇐ { $with }
desk-inventory-empty = El inventario está vacío. F6 registra lo recibido.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = Registrar lo recibido
desk-dropoff-for = Para el comprobante de oferta { $code }

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
desk-staff-disabled = { $name } ya no puede entrar.
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
