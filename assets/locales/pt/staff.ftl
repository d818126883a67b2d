# aidkiosk staff desk messages: Portuguese (pt), neutral, leaning Brazilian ("você").
# Shown to volunteers and coordinators in the site's staff language.

## Unlock
desk-title = Mesa da equipe
desk-pin-wrong = Esse nome e esse PIN não conferem. { $left ->
    [one] Resta { $left } tentativa antes de a entrada ser bloqueada.
   *[other] Restam { $left } tentativas antes de a entrada ser bloqueada.
}
desk-locked = Tentativas erradas demais: a entrada neste terminal está bloqueada até { $time }. Um coordenador pode desbloquear em Equipe.
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
age-minutes = { $minutes } min
age-hours = { $hours } h
age-days = { $days ->
    [0] { $days } dias
    [one] { $days } dia
   *[other] { $days } dias
}
status-open = aberto
status-matched = conectado
status-picked = entregue
status-closed = encerrado
category-any = todas as categorias
desk-entry-pickup = Enter: entregar
desk-entry-dropoff = Enter: registrar o que trouxeram
desk-entry-match = F9: buscar uma conexão

## Results
desk-picked-up = Entregue: { $code }. Obrigado.
desk-already-picked = Recusado: { $code } já foi entregue ou recebido em { $time } por { $name }.
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
desk-confirm-failed = Essa conexão não pode mais ser confirmada: um dos lados mudou.
desk-cancelled = Conexão cancelada.
desk-error = Algo deu errado; ficou anotado no registro. Nada foi alterado.

desk-reprinted = { $code } enviado de novo para a impressora.

## Views
desk-queue-empty = Nada a fazer: tudo está concluído.
desk-needs-empty = Toda necessidade aberta tem uma conexão.
desk-needs-count = { $category }: { $count }
desk-candidates-title = Conexões para { $code } ({ $category })
desk-candidates-empty = Ainda não há nada aberto nesta categoria.
desk-candidate-offer = Oferta { $code }: { $quantity } · { $urgency } · { $age }
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
desk-staff-disabled = { $name } está desativado. F7 de novo reativa.
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

## The desk on a pantry day
desk-sign-in = Digite seu nome e depois seu PIN.
desk-pepper-missing = Não é possível verificar os PINs: falta o pepper.key na pasta de dados. Copie-o dos backups, ou um coordenador define novos PINs com: aidkiosk staff set-pin NAME
desk-pepper-mismatch = Não é possível verificar os PINs: este pepper.key não é o mesmo com que esses PINs foram criados. Copie o certo dos backups, ou defina novos PINs com: aidkiosk staff set-pin NAME
desk-pepper-stale = Este PIN foi criado antes de o pepper.key mudar: um coordenador precisa lhe dar um novo PIN.
desk-printer-none = impressora: nada impresso ainda
desk-printer-ok = impressora: { $code } impresso
desk-printer-failed = impressora: { $code } NÃO foi impresso ({ $reason })
tab-calls = Ligar / levar
tab-printing = Não impressos
key-new-entry = novo registro
key-count = contar
key-close-entry = encerrar
key-clear-lock = desbloquear
key-my-pin = meu PIN
queue-todo = A fazer
queue-open = Abertos
queue-matched = Conectados
queue-ready = Prontos
queue-connected = Em contato
queue-fulfilled = Feitos hoje
queue-closed = Encerrados hoje
desk-queue-none = Nenhum registro aqui.
desk-kind-need = nec.
desk-kind-offer = ofer.
desk-mode-call = ligar
desk-mode-delivery = levar
desk-quantity = { $count } un.
age-now = agora
status-ready = pronto
status-received = recebido
status-connected = em contato
status-done = concluído
close-reason-expired = ninguém veio a tempo
close-reason-not-needed = não precisa mais
close-reason-unreachable = sem contato
close-reason-duplicate = registrado duas vezes
close-reason-other = outro motivo
field-matched = Conectado com
field-phone = Telefone
desk-partner-entry = { $kind } { $code } ({ $category }, { $status })
desk-partner-stock = estoque: { $item }
desk-partner-proposed = proposta: { $with }
desk-partner-received = recebido: { $quantity } × { $item }
desk-entry-pickup-early = A oferta ainda não chegou. Enter: entregar mesmo assim, com o que tem aqui
desk-entry-dropoff-for = Enter: registrar o que trouxeram; fica separado para a necessidade conectada a esta oferta
desk-entry-connect = Enter: pôr as duas pessoas em contato (mostra os dois contatos)
desk-entry-finish = Enter: já aconteceu, marcar como concluído
desk-entry-cancel-match = F8: cancelar a conexão
desk-entry-undo = F3: desfazer (um erro, de hoje)
desk-typed-code = Este código foi digitado, não escaneado. Antes de entregar, pergunte quem é a pessoa.
desk-check-name = Pergunte o nome: { $name }. Enter de novo para entregar.
desk-check-phone = Pergunte os últimos dígitos do telefone: …{ $digits }. Enter de novo para entregar.
desk-check-nothing = Não há nome nem telefone para conferir. Só entregue se tiver certeza: Enter de novo.
desk-not-now = Situação de { $code }: { $status }. Essa etapa não se aplica.
desk-undo-not-yours = Só o voluntário que fez isso, ou um coordenador, pode desfazer.
desk-undo-too-late = Isso não foi hoje: peça a um coordenador para corrigir.
desk-undo-stock-gone = Não é possível desfazer: o que foi recebido já foi entregue depois. Corrija a contagem em vez disso.
desk-undone = Desfeito: { $code } voltou a ficar como antes.
desk-closed = Encerrado: { $code }.
desk-connected = Em contato: { $code }. Os dois contatos estão abaixo.
desk-finished = Concluído: { $code }. Obrigado.
desk-nothing-found = Nada encontrado para “{ $text }”.
desk-found-title = Encontrados para “{ $text }”: { $count }
desk-set-aside = Recebido { $quantity } × { $item }: separado para { $code }, que agora está pronto.
desk-counted = { $item }: agora { $quantity } na prateleira.
desk-propose-failed = Não proposto: um dos dois já tem uma proposta ou não está mais aberto.
desk-printed = Impresso: { $code }.
desk-print-failed = { $code } não foi impresso: { $reason }. Verifique a impressora e aperte F4 para tentar de novo.
desk-entered = Salvo como { $code }; o comprovante está sendo impresso. Leia o código para a pessoa.
desk-staff-enabled = { $name } pode entrar de novo.
desk-lock-cleared = { $name } pode tentar o PIN de novo.
desk-name-taken = Já existe uma conta chamada { $name }.
desk-last-coordinator = { $name } é o último coordenador: adicione outro coordenador primeiro.
desk-old-pin-wrong = O PIN antigo não está certo. Nada foi alterado.
desk-staff-locked = bloqueado até { $time }
desk-calls-hint = Pessoas que pediram uma ligação ou que levem as coisas até elas, as mais urgentes primeiro.
desk-calls-empty = Ninguém está esperando uma ligação ou uma entrega.
desk-unprinted-hint = Comprovantes dos últimos 7 dias que nunca foram impressos: talvez ninguém tenha o código. Enter imprime de novo.
desk-unprinted-empty = Todos os comprovantes foram impressos.
desk-connected-title = Pôr estas duas pessoas em contato
desk-connected-need = Precisa ({ $code })
desk-connected-offer = Oferece ({ $code })
desk-connected-hint = Ligue para elas ou passe a cada uma o contato da outra, depois Esc. Quando tiver acontecido, abra o comprovante e aperte Enter para marcar como concluído.
desk-close-title = Encerrar { $code }: por quê?
desk-count-title = Quantidade de { $item } na prateleira?
desk-my-pin-title = Mudar seu PIN
field-old-pin = PIN antigo
field-new-pin = Novo PIN (4 a 8 dígitos)
field-new-pin-again = Repita o novo PIN
desk-intake-title = Uma necessidade ou oferta de alguém por telefone ou em papel
desk-intake-phone = “Ligar para mim” precisa de um número de telefone.
desk-intake-number = Quantidade: um número de 1 a 99.
language-in-en = inglês
language-in-ar = árabe
language-in-es = espanhol
language-in-fa = persa
language-in-fr = francês
language-in-ht = crioulo haitiano
language-in-ko = coreano
language-in-pt = português
language-in-ru = russo
language-in-so = somali
language-in-uk = ucraniano
language-in-vi = vietnamita
language-in-zh-Hans = chinês
list-position-cut = { $first }–{ $last } dos primeiros { $shown } ({ $total } no total)
desk-found-none = Nada encontrado.
desk-queue-none-fulfilled = Hoje nada foi entregue nem recebido, e ninguém foi posto em contato.
desk-queue-none-closed = Nada foi encerrado hoje.
report-week-figures = semana passada { $last }, em média { $mean }
desk-event-over = Esse encontro já terminou: o horário de fim já passou.
roster-calls-title = Para ligar ou levar, { $date }
roster-calls-hint = Ligue para cada pessoa ou leve as coisas até ela, e anote ao lado o que aconteceu; registre na mesa da equipe quando o quiosque voltar.
roster-calls-private = Esta página tem nomes e números de telefone: guarde-a com você e triture-a quando terminar.
roster-calls-empty = Ninguém para ligar ou levar.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = não deixou contato: passe o da outra pessoa quando vier à mesa
desk-confirmed-stock = Conexão confirmada: separado do estoque, a necessidade está pronta para entregar.
desk-confirmed-offer = Conexão confirmada: quem oferece vai trazer; a necessidade fica pronta quando chegar.
desk-confirmed-service = Conexão confirmada: agora ponha as duas pessoas em contato (abra qualquer um dos comprovantes e depois Enter).
desk-short-of-stock = Só há { $have } de { $item } no estoque, e são necessários { $want }: conte a prateleira em Estoque ou cancele esta conexão (F8).
desk-cancel-failed = Essa conexão não pode mais ser cancelada: já foi entregue, as pessoas já foram postas em contato ou ela já foi cancelada.
desk-staff-pin-in-name = Esse nome tem quatro dígitos seguidos, como um PIN: o PIN foi digitado no nome? Tab passa para o PIN.
desk-ticket-title = Comprovante { $code }: { $count } coisas. Enter abre uma para entregar.
tab-members = Membros
desk-members-hint = Escaneie o cartão de um membro para abrir. Enter abre o selecionado.
desk-members-empty = Ainda não há membros. No fim de uma visita, a pessoa pode pegar um cartão, ou F6 cria um aqui.
desk-member-hours = dadas { $given } h · recebidas { $received } h
desk-member-no-card = sem cartão
desk-member-title = Cartão de membro { $card }
desk-member-seen = última visita: { $age }
desk-member-balance = Dadas { $given } h · recebidas { $received } h · saldo { $balance } h
desk-member-debt = Recebeu mais de { $hours } h além do que deu: é um limite flexível, nada é recusado. Uma conversa com a pessoa pode ajudar.
desk-member-statement-empty = Nenhuma hora registrada ainda. F7 registra uma troca.
desk-member-correction = (correção)
desk-member-reversed = (estornado)
desk-member-form-title = Novo cartão de membro
desk-member-form-hint = Nada aqui é obrigatório. O cartão não tem nome: só o código dele.
field-nickname = Apelido (opcional)
field-household = Pessoas em casa (opcional)
desk-household-bad = Digite um número de 1 a 99, ou deixe em branco.
desk-exchange-title = Registrar horas dadas e recebidas
desk-exchange-hint = Escaneie cada cartão ou digite o código. Deixe um lado em branco para as horas do próprio local.
field-provider = Dadas por
field-receiver = Recebidas por
field-hours = Horas (1, 1.5, 1:45, ¾)
field-for-need = Para a necessidade (código do comprovante)
field-from-offer = Da oferta (código do comprovante)
desk-exchange-card = Esse cartão não vale aqui: foi substituído, ou é falsificado ou desconhecido.
desk-exchange-same = Quem dá e quem recebe são o mesmo.
desk-exchange-hours = Digite as horas em quartos de hora, mais de 0 e no máximo 24: 1, 1.5, 1:45 ou ¾.
desk-exchange-need = Nenhuma necessidade tem esse código de comprovante.
desk-exchange-offer = Nenhuma oferta tem esse código de comprovante.
desk-card-printed = Cartão { $code } impresso.
desk-card-print-failed = O cartão { $code } não foi impresso: verifique a impressora, depois F8 imprime um cartão novo.
desk-card-refused = Este cartão não vale aqui: foi substituído, ou é falsificado ou de outro local.
desk-exchanged = Registrado: { $hours } h.
desk-exchanged-debt = Registrado: { $hours } h. Quem recebeu já recebeu muito mais do que deu: é um limite flexível, nada é recusado.
desk-reversed = Estornado: uma transferência de correção foi registrada.
desk-cannot-reverse = Uma correção não pode ser estornada, e nada é estornado duas vezes: em vez disso, registre a troca de novo.
desk-statement-printed = Extrato impresso.
desk-statement-failed = O extrato não foi impresso: verifique a impressora.
key-new-card = cartão novo
key-exchange = registrar horas
key-statement = imprimir extrato
key-replace-card = cartão perdido
key-reverse = estornar
desk-member-to = para { $who }
desk-member-from = de { $who }
desk-member-removed = um membro removido
report-members = Membros, cada um contado uma vez: atendidos { $served } (semana passada: novos { $new }, recorrentes { $returning }) · troca de ajuda: { $hours } h
tab-network = Rede
desk-elsewhere-title = Comprovante { $code } de { $site }, outro local da nossa rede
desk-elsewhere-private = Nomes e telefones ficam em { $site }: se precisar, pergunte quem é a pessoa.
desk-elsewhere-hand = Enter: entregar aqui o item escolhido. { $site } vê isso depois da próxima troca de arquivos.
desk-elsewhere-handed = entregue em { $sites }
notice-handed-elsewhere = { $code } entregue aqui. { $site } vê isso depois da próxima troca de arquivos.
notice-elsewhere-already = { $code } já foi entregue, em outro local da rede.
network-none = Este local não está em nenhuma rede. Um coordenador cria uma na linha de comando: aidkiosk network create
network-this-site = este local
network-last = última mudança: { $when }
network-never = nenhuma mudança recebida ainda
network-waiting = { $count ->
    [0] { $count } arquivos posteriores esperam um que falta
    [one] { $count } arquivo posterior espera um que falta
   *[other] { $count } arquivos posteriores esperam um que falta
}
network-removed = removido da rede
network-problems = Arquivos não aplicados
network-problem-refused = { $site } { $file }: recusado ({ $reason })
network-problem-newer = { $site } { $file }: gravado por um aidkiosk mais novo. Atualize o aidkiosk aqui para ler.
network-problem-removed = { $site } { $file }: de um local removido da rede
network-problem-unknown = { $site }: pasta de um local que não está nesta rede
network-conflicts = Entregue duas vezes enquanto os locais estavam sem contato
network-conflict = { $code } ({ $category }): { $where }
network-no-conflicts = Nenhum conflito.
network-resolve-hint = Ligue para o outro local, resolva com a pessoa e depois aperte F3 no conflito.
key-resolve = resolvido
notice-conflict-resolved = { $code } marcado como resolvido, em todos os locais depois da próxima troca.
key-network-report = este local / a rede
report-network-columns = Necessidades registradas / entregues, em cada local da rede
desk-proposed-elsewhere = Conexão proposta para { $site }. A mesa da equipe de lá confirma; então esta necessidade também tem conexão aqui.
