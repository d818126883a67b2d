# aidkiosk staff desk messages: French (fr), "vous" form.
# Shown to volunteers and coordinators in the site's staff language.
# French spacing: a no-break space (U+00A0) goes before : ? ! ; so they never wrap alone.

## Unlock
desk-title = Poste de l'équipe
desk-who = Qui êtes-vous ?
desk-pin = { $name }, tapez votre code PIN et appuyez sur Enter
desk-pin-wrong = Code PIN incorrect. { $left ->
    [one] Encore { $left } essai avant le blocage de ce poste.
   *[other] Encore { $left } essais avant le blocage de ce poste.
}
desk-locked = Trop de codes PIN faux. Ce poste est bloqué jusqu'à { $time }.
desk-checking = Vérification…
desk-no-staff = Aucun membre actif. Un coordinateur peut en ajouter avec : aidkiosk staff add

## Header, tabs and the scan line
desk-signed-in = { $name } ({ $role })
role-volunteer = bénévole
role-coordinator = coordinateur
tab-queue = File
tab-needs = Besoins à relier
tab-matches = Liens proposés
tab-inventory = Stock
desk-scan = Scannez un ticket ou tapez son code :

## Keys
key-next-view = vue
key-move = bouger
key-open = ouvrir
key-close = fermer
key-lock = bloquer
key-category = catégorie
key-status = statut
key-drop-off = dépôt
key-hand-out = donner un article
key-confirm = confirmer
key-cancel = annuler
key-next-field = champ
key-save = valider
key-add = ajouter
key-new-pin = nouveau PIN
key-disable = désactiver
key-role = rôle
key-post = publier
key-take-down = retirer
key-count-again = recompter
key-reprint = réimprimer
list-position = { $first }–{ $last } sur { $total }
desk-unlock-failed = Le code PIN n’a pas pu être vérifié : la base de données a refusé l’écriture. Réessayez ; si cela continue, prévenez un·e coordinateur·rice.
desk-staff-empty = Aucun compte d’équipe pour l’instant.

## Entries
desk-entry-title = Ticket { $code }
field-kind = Type
field-category = Catégorie
field-quantity = Quantité
field-urgency = Urgence
field-mode = Comment
field-language = Langue
field-age = Enregistré
field-status = Statut
field-detail = Note
field-contact = Contact
field-item = Article
age-minutes = { $minutes ->
    [one] il y a { $minutes } minute
   *[other] il y a { $minutes } minutes
}
age-hours = { $hours ->
    [one] il y a { $hours } heure
   *[other] il y a { $hours } heures
}
age-days = { $days ->
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}
status-open = ouvert
status-matched = prêt à récupérer
status-picked = remis
status-closed = fermé
status-any = tous les statuts
category-any = toutes les catégories
desk-entry-pickup = Enter : confirmer la remise
desk-entry-dropoff = Enter : enregistrer le dépôt
desk-entry-match = F9 : chercher un lien

## Results
desk-picked-up = Remis : { $code }. Merci.
desk-already-picked = Refusé : { $code } a déjà été remis le { $time } par { $name }.
desk-refused-signature = Refusé : la signature de ce ticket ne correspond pas. C'est noté dans le journal.
desk-refused-site = Refusé : ce ticket vient d'un autre lieu ({ $site }).
desk-refused-format = Ce n'est pas un code de ticket. Un code a 8 lettres et chiffres.
desk-not-found = Aucun ticket avec le code { $code }.
desk-dropped-off = Ajouté au stock : { $quantity } × { $item }.
desk-handed-out = Un article donné : { $item }. { $left ->
    [one] Il en reste { $left }.
   *[other] Il en reste { $left }.
}
desk-none-left = Il n'y a plus de { $item }.
desk-proposed = Lien proposé. Confirmez-le dans « Liens proposés ».
desk-confirmed = Lien confirmé : les deux tickets sont prêts.
desk-confirm-failed = Ce lien ne peut plus être confirmé : un des deux côtés a changé.
desk-cancelled = Lien annulé.
desk-error = Un problème est survenu ; il est noté dans le journal. Rien n'a été changé.

desk-reprinted = { $code } renvoyé à l'imprimante.
desk-entry-reprint = F4 : imprimer le ticket encore une fois

## Views
desk-queue-empty = Rien d'ouvert aujourd'hui.
desk-needs-empty = Chaque besoin ouvert a un lien.
desk-needs-count = { $category } : { $count }
desk-candidates-title = Liens possibles pour { $code } ({ $category })
desk-candidates-empty = Rien d'ouvert dans cette catégorie pour l'instant.
desk-candidate-offer = Offre { $code } : { $quantity } · { $urgency }
desk-candidate-stock = En stock : { $item } ({ $quantity })
desk-matches-empty = Aucun lien proposé.
desk-match-line = Besoin { $need } ⇐ { $with }
desk-inventory-empty = Le stock est vide. F6 enregistre un dépôt.
desk-inventory-line = { $item } : { $quantity }

## Drop-off form
desk-dropoff-title = Enregistrer un dépôt
desk-dropoff-for = Pour le ticket d'offre { $code }

## Staff accounts (coordinators)
tab-staff = Équipe
desk-staff-line = { $name } · { $role }
desk-staff-line-disabled = { $name } · { $role } · désactivé
desk-staff-add-title = Ajouter un membre de l'équipe
desk-staff-pin-title = Nouveau code PIN pour { $name }
field-name = Nom
field-role = Rôle
field-pin = Code PIN (4 à 8 chiffres)
desk-staff-added = Ajouté à l'équipe : { $name }.
desk-staff-disabled = { $name } ne peut plus se connecter.
desk-pin-set = Nouveau code PIN enregistré pour { $name }.
desk-not-allowed = Ce n'est pas possible ici.

## Paper roster (aidkiosk roster)
roster-title = Remises en attente au { $date }
roster-hint = Cochez la case au moment de chaque remise, puis enregistrez-la au poste quand la borne marchera de nouveau.
roster-empty = Aucune remise en attente.
# Un besoin qui attend d'être récupéré : "[ ] 7K3M-Q9PX   Nourriture × 3   prêt à récupérer"
roster-line = [  ] { $code }   { $category } × { $quantity }   { $status }
# Plus que la liste ne peut en montrer : "…et 120 de plus ; voir au poste."
roster-more = …et { $count } de plus ; voir au poste.

## Gatherings (posted at the desk, shown to visitors)
tab-events = Rencontres
desk-events-empty = Aucune rencontre prévue. F6 en publie une.
# Une rencontre dans la liste : "Samedi 2026-12-05, 10:00–12:00 · Distribution de nourriture · Grande salle"
desk-event-line = { $when } · { $title } · { $place }
desk-event-title = Publier une rencontre
desk-event-hint = Un titre en { $language } est obligatoire ; les autres langues sont facultatives.
field-starts = Début (YYYY-MM-DD HH:MM)
field-ends = Fin (HH:MM)
field-place = Lieu
field-title = Titre en { $language }
desk-event-bad-start = Le début doit s'écrire comme 2026-12-05 10:00.
desk-event-bad-end = La fin doit être une heure après le début, comme 12:00.
desk-event-bad-place = Merci d'écrire le lieu (80 caractères au plus).
desk-event-bad-title = Merci d'écrire le titre en { $language } (80 caractères au plus).
desk-event-posted = Rencontre publiée : { $title }.
desk-event-removed = Rencontre retirée : { $title }.

## Gap report (the last weeks)
tab-report = Manques
report-loading = Comptage…
report-title = { $weeks ->
    [one] La dernière semaine : du { $from } au { $to }
   *[other] Les { $weeks } dernières semaines : du { $from } au { $to }
}
report-weekly-needs = Besoins/semaine
report-weekly-handed = Remises/semaine
report-median = Attente médiane entre besoin et remise : { $wait }
report-median-none = Aucune remise pendant ces semaines.
report-gap = Plus grand manque : { $category }, { $count ->
    [one] { $count } besoin de plus que d'offres.
   *[other] { $count } besoins de plus que d'offres.
}
# Les nombres après les barres de chaque catégorie (█ besoins, ░ offres).
report-columns = besoins/offres/remis/en attente >{ $days } j
report-languages = Langues : { $list }
# Une attente : "1 j 9 h", "5 h", "40 min"
duration-days = { $days } j { $hours } h
duration-hours = { $hours } h
duration-minutes = { $minutes } min

## The gap report as a page to print and pin up (report gaps --format pdf|png)
poster-title = Ce dont notre réseau a besoin
poster-period = Du { $from } au { $to }
poster-figure-needs = besoins enregistrés
poster-figure-offers = offres enregistrées
poster-figure-handed = besoins remis
poster-figure-wait = attente médiane d’un besoin
poster-chart-categories = Besoins et offres par catégorie
poster-chart-weeks = Chaque semaine : besoins enregistrés et besoins remis
poster-legend-needs = besoins
poster-legend-offers = offres
poster-legend-handed = remis
poster-gaps-title = Les plus grands manques
poster-gap-line = { $category } : besoins { $needs }, offres { $offers }
poster-gaps-none = Les offres ont suivi les besoins dans toutes les catégories. Merci !
poster-help-title = Ce qui aiderait le plus
poster-help = Des offres de : { $list }
poster-help-how = Tout le monde peut offrir : à la borne, choisissez « Je peux offrir quelque chose ».
poster-footer = Des chiffres seulement : rien sur cette page ne permet d’identifier qui que ce soit. Fait le { $date }.
