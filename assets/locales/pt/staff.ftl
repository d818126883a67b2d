# aidkiosk staff desk messages: Portuguese (pt), neutral, leaning Brazilian ("você").
# Shown to volunteers and coordinators in the site's staff language.

## Unlock
desk-title = Mesa da equipe
desk-who = Quem é você?
desk-pin = { $name }, digite seu PIN e aperte Enter
desk-pin-wrong = PIN errado. { $left ->
    [one] Resta { $left } tentativa antes de bloquear este terminal.
   *[other] Restam { $left } tentativas antes de bloquear este terminal.
}
desk-locked = PINs errados demais. Este terminal está bloqueado até { $time }.
desk-checking = Verificando…
desk-no-staff = Ninguém ativo na equipe. Um coordenador pode adicionar com: aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = voluntário
role-coordinator = coordenador
tab-queue = Fila
tab-needs = Necessidades a conectar
tab-matches = Conexões propostas
tab-inventory = Estoque
desk-scan = Escaneie um comprovante ou digite o código:

## Keys
key-next-view = outra tela
key-move = mover
key-open = abrir
key-close = fechar
key-lock = bloquear
key-category = categoria
key-status = situação
key-drop-off = receber doação
key-hand-out = entregar uma unidade
key-confirm = confirmar
key-cancel = cancelar
key-next-field = campo
key-save = salvar
key-add = adicionar
key-new-pin = novo PIN
key-disable = desativar
key-role = função
key-post = publicar
key-take-down = remover
key-count-again = contar de novo
key-reprint = imprimir de novo
list-position = { $first }–{ $last } de { $total }
desk-unlock-failed = Não foi possível verificar o PIN: o banco de dados não aceitou a gravação. Tente de novo; se continuar falhando, avise a coordenação.
desk-staff-empty = Ainda não há contas da equipe.

## Entries
desk-entry-title = Comprovante { $code }
field-kind = Tipo
field-category = Categoria
field-quantity = Quantidade
field-urgency = Urgência
field-mode = Como
field-language = Idioma
field-age = Registrado
field-status = Situação
field-detail = Observação
field-contact = Contato
field-item = Item
# [0] comes first: the plural rules put 0 under [one] ("há 0 minutos", not "minuto").
age-minutes = { $minutes ->
    [0] há { $minutes } minutos
    [one] há { $minutes } minuto
   *[other] há { $minutes } minutos
}
age-hours = { $hours ->
    [one] há { $hours } hora
   *[other] há { $hours } horas
}
age-days = { $days ->
    [one] há { $days } dia
   *[other] há { $days } dias
}
status-open = aberto
status-matched = para retirar
status-picked = entregue
status-closed = encerrado
status-any = qualquer situação
category-any = todas as categorias
desk-entry-pickup = Enter: confirmar a retirada
desk-entry-dropoff = Enter: registrar a doação recebida
desk-entry-match = F9: buscar uma conexão

## Results
desk-picked-up = Retirado: { $code }. Obrigado.
desk-already-picked = Recusado: { $code } já foi entregue em { $time } por { $name }.
desk-refused-signature = Recusado: a assinatura deste comprovante não confere. Isso ficou registrado.
desk-refused-site = Recusado: este comprovante é de outro local ({ $site }).
desk-refused-format = Isto não é um código de comprovante. O código tem 8 letras e números.
desk-not-found = Nenhum comprovante com o código { $code }.
desk-dropped-off = Adicionado ao estoque: { $quantity } × { $item }.
desk-handed-out = Uma unidade entregue: { $item }. { $left ->
    [0] Restam { $left }.
    [one] Resta { $left }.
   *[other] Restam { $left }.
}
desk-none-left = Acabou o estoque de { $item }.
desk-proposed = Conexão proposta. Confirme em "Conexões propostas".
desk-confirmed = Conexão confirmada: os dois comprovantes estão prontos.
desk-confirm-failed = Essa conexão não pode mais ser confirmada: um dos lados mudou.
desk-cancelled = Conexão cancelada.
desk-error = Algo deu errado; ficou anotado no registro. Nada foi alterado.

desk-reprinted = { $code } enviado de novo para a impressora.
desk-entry-reprint = F4: imprimir o comprovante de novo

## Views
desk-queue-empty = Nada aberto hoje.
desk-needs-empty = Toda necessidade aberta tem uma conexão.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Conexões para { $code } ({ $category })
desk-candidates-empty = Ainda não há nada aberto nesta categoria.
desk-candidate-offer = Oferta { $code }: { $quantity } · { $urgency }
desk-candidate-stock = Em estoque: { $item } ({ $quantity })
desk-matches-empty = Nenhuma conexão proposta.
desk-match-line = Necessidade { $need } ⇐ { $with }
desk-inventory-empty = O estoque está vazio. F6 registra uma doação recebida.
desk-inventory-line = { $item }: { $quantity }

## Drop-off form
desk-dropoff-title = Registrar doação recebida
desk-dropoff-for = Para o comprovante de oferta { $code }

## Staff accounts (coordinators)
tab-staff = Equipe
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · desativado
desk-staff-add-title = Adicionar alguém à equipe
desk-staff-pin-title = Novo PIN para { $name }
field-name = Nome
field-role = Função
field-pin = PIN (4 a 8 dígitos)
desk-staff-added = { $name } agora faz parte da equipe.
desk-staff-disabled = { $name } não pode mais entrar.
desk-pin-set = Novo PIN salvo para { $name }.
desk-not-allowed = Isso não é possível aqui.

## Paper roster (aidkiosk roster)
roster-title = Retiradas pendentes em { $date }
roster-hint = Marque cada quadrado quando for entregue e registre na mesa da equipe quando o quiosque voltar.
roster-empty = Nenhuma retirada pendente.
# One need waiting to be picked up: "[ ] 7K3M-Q9PX   Food × 3   ready for pickup"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# More than the roster can list: "…and 120 more; see the desk."
roster-more = …e mais { $count }; veja na mesa da equipe.

## Gatherings (posted at the desk, shown to visitors)
tab-events = Encontros
desk-events-empty = Nenhum encontro marcado. F6 publica um.
# A gathering in the list: "Saturday 2026-12-05, 10:00–12:00 · Food distribution · Main hall"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = Publicar um encontro
desk-event-hint = O título em { $language } é obrigatório; os outros idiomas são opcionais.
field-starts = Início (YYYY-MM-DD HH:MM)
field-ends = Fim (HH:MM)
field-place = Local
field-title = Título em { $language }
desk-event-bad-start = O início deve ser como 2026-12-05 10:00.
desk-event-bad-end = O fim deve ser um horário depois do início, como 12:00.
desk-event-bad-place = Por favor, escreva o local (até 80 caracteres).
desk-event-bad-title = Por favor, escreva o título em { $language } (até 80 caracteres).
desk-event-posted = Publicado: { $title }.
desk-event-removed = Removido: { $title }.

## Gap report (the last weeks)
tab-report = O que falta
report-loading = Contando…
report-title = { $weeks ->
    [one] Período de { $weeks } semana: de { $from } a { $to }
   *[other] Período de { $weeks } semanas: de { $from } a { $to }
}
report-weekly-needs = Necessidades/sem.
report-weekly-handed = Entregues/semana
report-median = Espera mediana da necessidade até a entrega: { $wait }
report-median-none = Nenhuma necessidade foi entregue nessas semanas.
report-gap = O que mais falta: { $category }, { $count ->
    [one] { $count } necessidade a mais que ofertas.
   *[other] { $count } necessidades a mais que ofertas.
}
# The numbers after each category's bars (█ needs, ░ offers).
report-columns = necess./ofertas/entregues/esperando +{ $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
report-languages = Idiomas: { $list }
# A wait: "1 d 9 h", "5 h", "40 min"
duration-days = { $days } d { $hours } h
duration-hours = { $hours } h
duration-minutes = { $minutes } min

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = O que a nossa rede precisa
poster-period = De { $from } a { $to }
poster-figure-needs = necessidades registradas
poster-figure-offers = ofertas registradas
poster-figure-handed = necessidades entregues
poster-figure-wait = espera mediana de uma necessidade
poster-chart-categories = Necessidades e ofertas por categoria
poster-chart-weeks = Cada semana: necessidades registradas e entregues
poster-legend-needs = necessidades
poster-legend-offers = ofertas
poster-legend-handed = entregues
poster-gaps-title = O que mais falta
poster-gap-line = { $category }: necessidades { $needs }, ofertas { $offers }
poster-gaps-none = As ofertas acompanharam as necessidades em todas as categorias. Obrigado!
poster-help-title = O que mais ajudaria
poster-help = Ofertas de: { $list }
poster-help-how = Qualquer pessoa pode oferecer: no quiosque, escolha “Posso oferecer algo”.
poster-footer = Só números: nada nesta página identifica ninguém. Feito em { $date }.
