# aidkiosk visitor and set-up messages: French (fr), "vous" form.
# Every other language has exactly these message ids with the same $placeholders.
# Keep lines short: the kiosk is 80 columns wide at the least.
# French spacing: a no-break space (U+00A0) goes before : ? ! ; so they never wrap alone.

## About this language
# The language's own name, in its own script, as shown on the language menu.
language-name = Français

## Welcome
welcome-greeting = Bienvenue
welcome-start = Appuyez sur une touche pour commencer

## Language
language-prompt = Choisissez votre langue

## Home
home-prompt = Que voulez-vous faire ?
home-need = J'ai besoin de quelque chose
home-offer = Je peux offrir quelque chose
home-check = Vérifier mon ticket
home-board = Ce qui manque en ce moment
home-events = Événements du quartier

## Category
category-prompt-need = De quoi avez-vous besoin ?
category-prompt-offer = Que pouvez-vous offrir ?
category-food = Nourriture
category-hygiene = Savon et hygiène
category-baby-child = Bébés et enfants
category-clothing = Vêtements
category-housing = Aide pour le logement
category-transport = Transport et covoiturage
category-childcare = Garde d'enfants
category-medical = Santé et médicaments
category-skills = Savoir-faire et réparations
category-language-tech = Langues et informatique
category-companionship = Quelqu'un à qui parler
category-other = Autre chose
menu-more = Plus de choix
menu-page = Page { $page } sur { $pages }

## Details
details-prompt = Quelques questions. Appuyez sur Enter pour garder ces réponses.
details-quantity-need = De combien avez-vous besoin
details-quantity-offer = Combien pouvez-vous donner
details-urgency = Quand
urgency-today = Aujourd'hui
urgency-week = Cette semaine
urgency-flexible = N'importe quand
details-mode = Comment
mode-pickup = Je viens le chercher ici
mode-delivery = Apportez-le-moi
mode-call = Appelez-moi
details-detail = Note (pas obligatoire)
details-name = Prénom (pas obligatoire)
details-phone = Téléphone (si vous voulez un appel)
details-privacy = Seuls les bénévoles voient votre nom et votre téléphone. Nous les effaçons après { $days ->
    [one] { $days } jour.
   *[other] { $days } jours.
}
details-change = Appuyez sur un chiffre pour changer une réponse.
details-continue = Appuyez sur Enter pour continuer.
details-phone-needed = Merci d'ajouter un numéro de téléphone pour qu'on puisse vous appeler.
field-empty = (rien)
edit-type = Écrivez votre réponse, puis appuyez sur Enter.
edit-number = Écrivez un nombre de 1 à 99, puis appuyez sur Enter.
edit-choose = Appuyez sur un chiffre pour choisir.

## Review
review-prompt = C'est bien ça ?
review-category = Quoi
review-quantity = Combien
review-urgency = Quand
review-mode = Comment
review-detail = Note
review-name = Prénom
review-phone = Téléphone
# A quantity on the review screen and the desk: "1 item", "3 items".
quantity-items = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
review-save = Appuyez sur Enter pour enregistrer et imprimer, sur Esc pour modifier.

## Slip
slip-title = Votre ticket
slip-code = Votre code : { $code }
slip-keep = Gardez ce code. Montrez-le à un bénévole.
slip-print-pending = Impression de votre ticket…
slip-print-done = C'est imprimé. Prenez votre ticket, s'il vous plaît.
slip-print-failed = L'imprimante ne marche pas. Notez votre code ou montrez cet écran à un bénévole.
slip-done = Appuyez sur Enter quand vous avez fini.
slip-saving = Enregistrement…
slip-save-failed = Désolé, l'enregistrement n'a pas marché. Vos réponses sont toujours là : appuyez sur Enter pour réessayer, ou demandez à un bénévole.

## Check my slip
check-prompt = Tapez ou scannez le code de votre ticket
check-hint = Le code a 8 lettres et chiffres, comme 7K3M-Q9PX.
check-searching = Recherche…
check-not-found = Nous n'avons pas trouvé ce code. Vérifiez-le et réessayez.
check-again = Appuyez sur Enter pour vérifier un autre code.

## Footer keys
key-hint = { $key } : { $action }
key-any = Une touche
key-start = commencer
key-choose = choisir
key-ok = valider
key-back = retour
key-speak = lire à voix haute
key-stay = garder mes réponses
check-code = Code

## Reading aloud (spoken, or shown when speech cannot speak this language)
# How each choice is spoken after the prompt: "1: Food."
speech-choice = { $digit } : { $label }.
speech-unavailable = La lecture à voix haute n'existe pas dans cette langue.

## Idle
idle-title = Vous êtes toujours là ?
idle-countdown = Vos réponses seront effacées dans { $seconds ->
    [one] { $seconds } seconde.
   *[other] { $seconds } secondes.
}
idle-continue = Appuyez sur une touche pour les garder.

## Labels and their values ("When: This week"); punctuation differs by language
label-pair = { $label } : { $value }

## Small screen
screen-enlarge = Merci d'agrandir cette fenêtre.

## Kinds, shown on slips and to volunteers
kind-need = Besoin
kind-offer = Offre

## Printed slip
slip-print-date = Date : { $date }
slip-print-code = Code : { $code }

## First-run set-up (shown in the staff language)
setup-title = Installer cette borne
setup-intro = Il n'y a pas encore de coordinateur. Merci de configurer ce lieu.
setup-site = Nom du lieu
setup-admin = Nom du coordinateur
setup-pin = Code PIN du coordinateur (4 à 8 chiffres)
setup-pin-again = Répétez le code PIN
setup-hint = Écrivez chaque réponse et appuyez sur Enter. Esc revient au champ d'avant.
setup-pin-mismatch = Les deux codes PIN ne sont pas pareils. Écrivez-les encore une fois.
setup-pin-invalid = Un code PIN a de 4 à 8 chiffres.
setup-name-missing = Merci d'écrire un nom.
setup-working = Installation…
setup-failed = L'installation n'a pas marché : { $reason }

## What is needed now (a board with no personal details)
board-title = Ce qui manque en ce moment
board-needs = { $count ->
    [one] { $count } besoin
   *[other] { $count } besoins
}
board-offers = { $count ->
    [one] { $count } offre
   *[other] { $count } offres
}
# One category's counts: "14 needs, 3 offers".
board-counts = { $needs }, { $offers }
board-invite = Ce qui manque le plus : { $category }. Pouvez-vous aider ?
board-hint = Appuyez sur un chiffre pour offrir quelque chose dans ce domaine.
board-empty = Rien ne manque en ce moment. Merci !
# The bars use two patterns, so colour is never needed to tell them apart.
board-legend = █ besoins   ░ offres

## Gatherings (posted by staff)
events-title = Événements du quartier
events-empty = Aucun événement n'est prévu pour l'instant.
events-hint = Appuyez sur un chiffre pour voir un événement et l'imprimer.
event-when = Quand
event-where = Où
# "Saturday 2026-12-05, 10:00–12:00"
event-time = { $weekday } { $date }, { $start }–{ $end }
event-print = Appuyez sur Enter pour l'imprimer.
event-scan = Scannez le code carré avec votre téléphone pour l'ajouter à votre agenda.
weekday-mon = Lundi
weekday-tue = Mardi
weekday-wed = Mercredi
weekday-thu = Jeudi
weekday-fri = Vendredi
weekday-sat = Samedi
weekday-sun = Dimanche

## Paper intake form (printed for when the machine is down; filled in by hand)
form-title = Formulaire papier : un besoin ou une offre
form-intro = Cochez une case dans chaque partie et écrivez lisiblement. Un bénévole l'enregistrera pour vous et vous donnera un code.
form-staff = Pour les bénévoles : enregistré le ________ par ________, code ____-____

## What happens next for a slip
next-need-waiting = Nous avons votre demande. Un bénévole cherche ce dont vous avez besoin.
next-offer-waiting = Merci ! Un bénévole cherche quelqu'un qui a besoin de ce que vous offrez.
next-need-coming = Quelqu'un apporte ce dont vous avez besoin. Revenez vérifier bientôt.
next-bring-it = Quelqu'un a besoin de ce que vous avez offert : merci de l'apporter ici.
next-we-collect = Quelqu'un a besoin de ce que vous avez offert : un bénévole viendra le chercher.
next-pick-up = C'est prêt : merci de venir le chercher. Apportez ce ticket.
next-we-deliver = C'est prêt : un bénévole va vous l'apporter.
next-we-call = Un bénévole va vous appeler.
next-in-touch-soon = Un bénévole va vous mettre en contact avec l'autre personne.
next-in-touch = Vous avez été mis en contact. Merci !
next-handed-over = C'est remis. Nous espérons que cela vous aidera !
next-received = Bien reçu. Merci !
next-done = C'est fait. Merci !
next-closed = Ce ticket est fermé.
details-quantity-people = Combien de personnes vivent chez vous
details-quantity-hours = Combien d'heures pouvez-vous donner
offer-mode-pickup = Je l'apporte ici
offer-mode-delivery = Venez le chercher chez moi
service-mode-pickup = On se retrouve ici
service-mode-delivery = Chez moi
details-phone-required = Téléphone (nécessaire pour vous appeler)
details-phone-needed-delivery = Merci d'ajouter un numéro de téléphone : un bénévole vous appellera pour savoir où venir.
# The answer to "how many people live in your home": "1 person", "4 people".
quantity-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
# Hours of time offered: "1 hour", "3 hours".
quantity-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
review-also = Aussi sur ce ticket :
review-add = Ajouter autre chose
slip-print-items = { $count ->
    [one] { $count } chose sur ce ticket
   *[other] { $count } choses sur ce ticket
}
kiosk-resting = Cette borne ne marche pas pour l'instant. Merci de demander à un bénévole.
card-title = Carte de membre
card-next-time = La prochaine fois, scannez cette carte à la borne : votre langue et le nombre de personnes chez vous seront déjà remplis.
card-private = Votre nom n'est pas sur cette carte. Si vous la perdez, demandez-en une nouvelle à un bénévole.
card-hours = Heures données : { $given } · reçues : { $received }
card-take = Prenez une carte de membre pour la prochaine fois
card-printing = Impression de votre carte de membre…
card-printed = Votre carte de membre est imprimée. Prenez-la aussi, s'il vous plaît.
card-failed = La carte n'a pas pu être imprimée. Un bénévole peut vous en faire une au poste de l'équipe.
card-welcome = Bon retour ! Votre langue et le nombre de personnes chez vous sont déjà remplis.
card-shown = Voici votre carte de membre.
card-start = Appuyez sur Enter pour commencer avec cette carte.
card-refused = Cette carte ne marche plus. Merci de demander une nouvelle carte à un bénévole.
statement-title = Vos heures
statement-line = { $date } · { $category } · { $hours }
statement-correction = correction
statement-balance = Solde : { $hours }
check-elsewhere = Ce ticket vient de { $site }, un autre lieu de notre réseau.
board-network = { $count ->
    [one] { $count } besoin dans d'autres lieux de notre réseau
   *[other] { $count } besoins dans d'autres lieux de notre réseau
}
