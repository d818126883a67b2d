# aidkiosk visitor and set-up messages: Portuguese (pt), neutral, leaning Brazilian ("você").
# Every other language has exactly these message ids with the same $placeholders.
# Keep lines short: the kiosk is 80 columns wide at the least.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = Português

## Welcome
welcome-greeting = Boas-vindas
welcome-start = Aperte qualquer tecla para começar

## Language
language-prompt = Escolha seu idioma

## Home
home-prompt = O que você quer fazer?
home-need = Preciso de algo
home-offer = Posso oferecer algo
home-check = Ver meu comprovante
home-board = O que está faltando agora
home-events = Eventos da comunidade

## Category
category-prompt-need = Do que você precisa?
category-prompt-offer = O que você pode oferecer?
category-food = Comida
category-hygiene = Sabonete e higiene
category-baby-child = Bebês e crianças
category-clothing = Roupas
category-housing = Ajuda com moradia
category-transport = Transporte e caronas
category-childcare = Cuidado de crianças
category-medical = Saúde e remédios
category-skills = Serviços e consertos
category-language-tech = Ajuda com idiomas e tecnologia
category-companionship = Alguém para conversar
category-other = Outra coisa
menu-more = Mais opções
menu-page = Página { $page } de { $pages }

## Details
details-prompt = Algumas perguntas. Aperte Enter para manter estas respostas.
details-quantity-need = De quantos você precisa
details-quantity-offer = Quantos você pode dar
details-urgency = Quando
urgency-today = Hoje
urgency-week = Esta semana
urgency-flexible = Qualquer dia
details-mode = Como
mode-pickup = Eu retiro aqui
mode-delivery = Tragam para mim
mode-call = Ligar para mim
details-detail = Observação (pode pular)
details-name = Nome (pode pular)
details-phone = Telefone (se quiser uma ligação)
details-privacy = Só os voluntários veem seu nome e telefone. Nós apagamos os dois depois de { $days ->
    [one] { $days } dia.
   *[other] { $days } dias.
}
details-change = Aperte um número para mudar uma resposta.
details-continue = Aperte Enter para continuar.
details-phone-needed = Por favor, coloque um telefone para podermos ligar para você.
field-empty = (nada)
edit-type = Digite sua resposta e aperte Enter.
edit-number = Digite um número de 1 a 99 e aperte Enter.
edit-choose = Aperte um número para escolher.

## Review
review-prompt = Está certo?
review-category = O quê
review-quantity = Quantidade
review-urgency = Quando
review-mode = Como
review-detail = Observação
review-name = Nome
review-phone = Telefone
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
    [one] { $count } unidade
   *[other] { $count } unidades
}
review-save = Aperte Enter para salvar e imprimir. Aperte Esc para mudar.

## Slip
slip-title = Seu comprovante
slip-code = Seu código: { $code }
slip-keep = Guarde este código. Mostre a um voluntário.
slip-print-pending = Imprimindo seu comprovante…
slip-print-done = Pronto. Por favor, pegue seu comprovante.
slip-print-failed = A impressora não está funcionando. Anote seu código ou mostre esta tela a um voluntário.
slip-done = Aperte Enter quando terminar.
slip-saving = Salvando…
slip-save-failed = Desculpe, não foi possível salvar. Suas respostas continuam aqui: aperte Enter para tentar de novo ou peça ajuda a um voluntário.

## Check my slip
check-prompt = Digite ou escaneie o código do seu comprovante
check-hint = O código tem 8 letras e números, como 7K3M-Q9PX.
check-searching = Procurando…
check-not-found = Não encontramos este código. Confira e tente de novo.
check-again = Aperte Enter para ver outro código.

## Footer keys
key-hint = { $key }: { $action }
key-any = Qualquer tecla
key-start = começar
key-choose = escolher
key-ok = OK
key-back = voltar
key-speak = ler em voz alta
key-stay = manter minhas respostas
check-code = Código

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit }: { $label }.
speech-unavailable = A leitura em voz alta não funciona neste idioma.

## Idle
idle-title = Você ainda está aí?
idle-countdown = Suas respostas serão apagadas em { $seconds ->
    [one] { $seconds } segundo.
   *[other] { $seconds } segundos.
}
idle-continue = Aperte qualquer tecla para manter as respostas.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label }: { $value }

## Small screen
screen-enlarge = Por favor, aumente esta janela.

## Kinds, shown on slips and to volunteers
kind-need = Necessidade
kind-offer = Oferta

## Printed slip
slip-print-date = Data: { $date }
slip-print-code = Código: { $code }

## First-run set-up (shown in the staff language)
setup-title = Configurar este quiosque
setup-intro = Ainda não há coordenador. Por favor, configure o local.
setup-site = Nome do local
setup-admin = Nome do coordenador
setup-pin = PIN do coordenador (4 a 8 dígitos)
setup-pin-again = Repita o PIN
setup-hint = Digite cada resposta e aperte Enter. Esc volta para o campo anterior.
setup-pin-mismatch = Os dois PINs não são iguais. Digite os dois de novo.
setup-pin-invalid = O PIN tem de 4 a 8 dígitos.
setup-name-missing = Por favor, digite um nome.
setup-working = Configurando…
setup-failed = Não foi possível configurar: { $reason }

## What is needed now (a board with no personal details)
board-title = O que está faltando agora
# [0] comes first: the plural rules put 0 under [one], but an empty row should read
# "0 necessidades, 0 ofertas".
board-needs = { $count ->
    [0] { $count } necessidades
    [one] { $count } necessidade
   *[other] { $count } necessidades
}
board-offers = { $count ->
    [0] { $count } ofertas
    [one] { $count } oferta
   *[other] { $count } ofertas
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }, { $offers }
board-invite = O que mais falta: { $category }. Você pode ajudar com isso?
board-hint = Aperte um número para oferecer algo nessa categoria.
board-empty = Não está faltando nada agora. Obrigado!
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ necessidades   ░ ofertas

## Gatherings (posted by staff)
events-title = Eventos da comunidade
events-empty = Ainda não há eventos da comunidade marcados.
events-hint = Aperte um número para ver um evento e imprimir.
event-when = Quando
event-where = Onde
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday } { $date }, { $start }–{ $end }
event-print = Aperte Enter para imprimir.
event-scan = Escaneie o código quadrado com seu celular para pôr na sua agenda.
weekday-mon = Segunda-feira
weekday-tue = Terça-feira
weekday-wed = Quarta-feira
weekday-thu = Quinta-feira
weekday-fri = Sexta-feira
weekday-sat = Sábado
weekday-sun = Domingo

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = Formulário em papel: necessidade ou oferta
form-intro = Marque um quadrado em cada parte e escreva com letra clara. Um voluntário vai registrar tudo e dar um código para você.
form-staff = Para voluntários: registrado em ________ por ________, código ____-____

## What happens next for a slip
next-need-waiting = Recebemos seu pedido. Um voluntário está procurando o que você precisa.
next-offer-waiting = Obrigado! Um voluntário está procurando alguém que precise do que você oferece.
next-need-coming = Alguém está trazendo o que você precisa. Volte a conferir logo.
next-bring-it = Alguém precisa do que você ofereceu: por favor, traga aqui.
next-we-collect = Alguém precisa do que você ofereceu: um voluntário vai buscar.
next-pick-up = Está pronto: por favor, venha retirar. Traga este comprovante.
next-we-deliver = Está pronto: um voluntário vai levar até você.
next-we-call = Um voluntário vai ligar para você.
next-in-touch-soon = Um voluntário vai colocar você em contato com a outra pessoa.
next-in-touch = Já colocamos você em contato. Obrigado!
next-handed-over = Entregue. Esperamos que ajude!
next-received = Recebido. Obrigado!
next-done = Concluído. Obrigado!
next-closed = Este comprovante está encerrado.
details-quantity-people = Quantas pessoas moram na sua casa
details-quantity-hours = Quantas horas você pode dar
offer-mode-pickup = Eu trago aqui
offer-mode-delivery = Venham buscar comigo
service-mode-pickup = Nos encontramos aqui
service-mode-delivery = Na minha casa
details-phone-required = Telefone (necessário para falar com você)
details-phone-needed-delivery = Por favor, coloque um telefone: um voluntário vai ligar para perguntar aonde ir.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
review-also = Também neste comprovante:
review-add = Adicionar outra coisa
slip-print-items = { $count ->
    [one] { $count } coisa neste comprovante
   *[other] { $count } coisas neste comprovante
}
kiosk-resting = Este quiosque não está funcionando agora. Peça ajuda a um voluntário.
card-title = Cartão de membro
card-next-time = Da próxima vez, escaneie este cartão no quiosque: seu idioma e quantas pessoas moram na sua casa já aparecem preenchidos.
card-private = Seu nome não está neste cartão. Se perder, peça um novo a um voluntário.
card-hours = Horas dadas: { $given } · recebidas: { $received }
card-take = Pegue um cartão de membro para a próxima vez
card-printing = Imprimindo seu cartão de membro…
card-printed = Seu cartão de membro foi impresso. Por favor, pegue o cartão também.
card-failed = Não foi possível imprimir o cartão. Um voluntário pode fazer um para você na mesa da equipe.
card-welcome = Que bom ver você de novo! Seu idioma e quantas pessoas moram na sua casa já estão preenchidos.
card-shown = Este é o seu cartão de membro.
card-start = Aperte Enter para começar com este cartão.
card-refused = Este cartão não funciona mais. Por favor, peça um novo a um voluntário.
statement-title = Suas horas
statement-line = { $date } · { $category } · { $hours }
statement-correction = correção
statement-balance = Saldo: { $hours }
check-elsewhere = Este comprovante é de { $site }, outro lugar da nossa rede.
board-network = { $count ->
    [0] { $count } necessidades em outros lugares da nossa rede
    [one] { $count } necessidade em outros lugares da nossa rede
   *[other] { $count } necessidades em outros lugares da nossa rede
}
