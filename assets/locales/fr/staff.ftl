# aidkiosk staff desk messages: French (fr), "vous" form.
# Shown to volunteers and coordinators in the site's staff language.
# French spacing: a no-break space (U+00A0) goes before : ? ! ; so they never wrap alone.

## Unlock
desk-title = Poste de l'équipe
desk-pin-wrong = Ce nom et ce code PIN ne correspondent pas. { $left ->
    [one] Encore { $left } essai avant le blocage de la connexion.
   *[other] Encore { $left } essais avant le blocage de la connexion.
}
desk-locked = Trop d'essais incorrects : la connexion à ce poste est bloquée jusqu'à { $time }. Un coordinateur peut la débloquer dans Équipe.
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
age-minutes = { $minutes } min
age-hours = { $hours } h
age-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
status-open = ouvert
status-matched = relié
status-picked = remis
status-closed = fermé
category-any = toutes les catégories
desk-entry-pickup = Enter : remettre
desk-entry-dropoff = Enter : enregistrer ce qui a été apporté
desk-entry-match = F9 : chercher un lien

## Results
desk-picked-up = Remis : { $code }. Merci.
desk-already-picked = Refusé : { $code } a déjà été remis ou apporté le { $time } par { $name }.
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
desk-confirm-failed = Ce lien ne peut plus être confirmé : un des deux côtés a changé.
desk-cancelled = Lien annulé.
desk-error = Un problème est survenu ; il est noté dans le journal. Rien n'a été changé.

desk-reprinted = { $code } renvoyé à l'imprimante.

## Views
desk-queue-empty = Rien à faire : tout est terminé.
desk-needs-empty = Chaque besoin ouvert a un lien.
desk-needs-count = { $category } : { $count }
desk-candidates-title = Liens possibles pour { $code } ({ $category })
desk-candidates-empty = Rien d'ouvert dans cette catégorie pour l'instant.
desk-candidate-offer = Offre { $code } : { $quantity } · { $urgency } · { $age }
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
desk-staff-disabled = { $name } est désactivé. F7 à nouveau le réactive.
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

## The desk on a pantry day
desk-sign-in = Tapez votre nom, puis votre code PIN.
desk-pepper-missing = Impossible de vérifier les codes PIN : pepper.key manque dans le dossier de données. Copiez-le depuis les sauvegardes, ou un coordinateur définit de nouveaux codes PIN avec : aidkiosk staff set-pin NAME
desk-pepper-mismatch = Impossible de vérifier les codes PIN : ce pepper.key n'est pas celui avec lequel ces codes PIN ont été créés. Copiez le bon depuis les sauvegardes, ou définissez de nouveaux codes PIN avec : aidkiosk staff set-pin NAME
desk-pepper-stale = Ce code PIN a été créé avant le changement de pepper.key : un coordinateur doit vous donner un nouveau code PIN.
desk-printer-none = imprimante : rien d'imprimé pour l'instant
desk-printer-ok = imprimante : { $code } imprimé
desk-printer-failed = imprimante : { $code } NON imprimé ({ $reason })
tab-calls = À appeler / livrer
tab-printing = Non imprimés
key-new-entry = nouveau ticket
key-count = compter
key-close-entry = fermer
key-clear-lock = débloquer
key-my-pin = mon PIN
queue-todo = À faire
queue-open = Ouverts
queue-matched = Reliés
queue-ready = Prêts
queue-connected = En contact
queue-fulfilled = Finis aujourd'hui
queue-closed = Fermés aujourd'hui
desk-queue-none = Aucun ticket ici.
desk-kind-need = bes.
desk-kind-offer = offre
desk-mode-call = appeler
desk-mode-delivery = livrer
desk-quantity = { $count ->
    [one] { $count } pce
   *[other] { $count } pces
}
age-now = à l'instant
status-ready = prêt
status-received = reçu
status-connected = en contact
status-done = terminé
close-reason-expired = personne n'est venu à temps
close-reason-not-needed = plus nécessaire
close-reason-unreachable = injoignable
close-reason-duplicate = saisi deux fois
close-reason-other = autre raison
field-matched = Relié à
field-phone = Téléphone
desk-partner-entry = { $kind } { $code } ({ $category }, { $status })
desk-partner-stock = stock : { $item }
desk-partner-proposed = proposé : { $with }
desk-partner-received = apporté : { $quantity } × { $item }
desk-entry-pickup-early = Son offre n'est pas encore arrivée. Enter : remettre quand même, avec ce qui est ici
desk-entry-dropoff-for = Enter : enregistrer ce qui a été apporté ; c'est mis de côté pour le besoin auquel il est relié
desk-entry-connect = Enter : mettre les deux personnes en contact (affiche les deux contacts)
desk-entry-finish = Enter : c'est fait, marquer comme terminé
desk-entry-cancel-match = F8 : annuler le lien
desk-entry-undo = F3 : défaire (une erreur, aujourd'hui)
desk-typed-code = Ce code a été tapé, pas scanné. Avant de remettre, demandez qui est la personne.
desk-check-name = Demandez son nom : { $name }. Enter à nouveau pour remettre.
desk-check-phone = Demandez les derniers chiffres de son téléphone : …{ $digits }. Enter à nouveau pour remettre.
desk-check-nothing = Aucun nom ni téléphone à vérifier. Ne remettez que si vous êtes sûr : Enter à nouveau.
desk-not-now = Statut de { $code } : { $status }. Cette étape ne s'applique pas.
desk-undo-not-yours = Seul le bénévole qui l'a fait, ou un coordinateur, peut défaire cela.
desk-undo-too-late = Ce n'était pas aujourd'hui : demandez à un coordinateur de corriger.
desk-undo-stock-gone = Impossible de défaire : ce qui a été apporté a été donné depuis. Corrigez plutôt le comptage.
desk-undone = Défait : { $code } est revenu à son état d'avant.
desk-closed = Fermé : { $code }.
desk-connected = Mis en contact : { $code }. Les deux contacts sont ci-dessous.
desk-finished = Terminé : { $code }. Merci.
desk-nothing-found = Rien trouvé pour « { $text } ».
desk-found-title = Trouvé pour « { $text } » : { $count }
desk-set-aside = Reçu { $quantity } × { $item } : mis de côté pour { $code }, qui est prêt maintenant.
desk-counted = { $item } : maintenant { $quantity } sur l'étagère.
desk-propose-failed = Non proposé : l'un des deux a déjà une proposition ou n'est plus ouvert.
desk-printed = Imprimé : { $code }.
desk-print-failed = { $code } ne s'est pas imprimé : { $reason }. Vérifiez l'imprimante, puis F4 pour réessayer.
desk-entered = Enregistré sous { $code } ; son ticket s'imprime. Lisez-lui le code.
desk-staff-enabled = { $name } peut de nouveau se connecter.
desk-lock-cleared = { $name } peut de nouveau essayer son code PIN.
desk-name-taken = Il existe déjà un compte nommé { $name }.
desk-last-coordinator = { $name } est le dernier coordinateur : ajoutez d'abord un autre coordinateur.
desk-old-pin-wrong = L'ancien code PIN n'est pas bon. Rien n'a été changé.
desk-staff-locked = bloqué jusqu'à { $time }
desk-calls-hint = Les personnes qui ont demandé un appel ou une livraison, les plus urgentes d'abord.
desk-calls-empty = Personne n'attend d'appel ni de livraison.
desk-unprinted-hint = Tickets des 7 derniers jours jamais imprimés : personne n'a peut-être le code. Enter réimprime.
desk-unprinted-empty = Tous les tickets ont été imprimés.
desk-connected-title = Mettre ces deux personnes en contact
desk-connected-need = En a besoin ({ $code })
desk-connected-offer = L'offre ({ $code })
desk-connected-hint = Appelez-les ou donnez à chacune le contact de l'autre, puis Esc. Quand c'est fait, ouvrez le ticket et appuyez sur Enter pour le marquer comme terminé.
desk-close-title = Fermer { $code } : pourquoi ?
desk-count-title = { $item } : combien y en a-t-il sur l'étagère ?
desk-my-pin-title = Changer votre code PIN
field-old-pin = Ancien code PIN
field-new-pin = Nouveau code PIN (4 à 8 chiffres)
field-new-pin-again = Répétez le nouveau code PIN
desk-intake-title = Un besoin ou une offre pour quelqu'un au téléphone ou sur papier
desk-intake-phone = « Appelez-moi » demande un numéro de téléphone.
desk-intake-number = Combien : un nombre de 1 à 99.
language-in-en = anglais
language-in-ar = arabe
language-in-es = espagnol
language-in-fa = persan
language-in-fr = français
language-in-ht = créole haïtien
language-in-ko = coréen
language-in-pt = portugais
language-in-ru = russe
language-in-so = somali
language-in-uk = ukrainien
language-in-vi = vietnamien
language-in-zh-Hans = chinois
list-position-cut = { $first }–{ $last } sur les { $shown } premiers ({ $total } en tout)
desk-found-none = Rien trouvé.
desk-queue-none-fulfilled = Aujourd'hui, rien n'a été remis ni apporté, et personne n'a été mis en contact.
desk-queue-none-closed = Rien n'a été fermé aujourd'hui.
report-week-figures = la semaine dernière { $last }, en moyenne { $mean }
desk-event-over = Cette rencontre est déjà terminée : son heure de fin est passée.
roster-calls-title = À appeler ou à livrer, { $date }
roster-calls-hint = Appelez chaque personne ou apportez-lui ses affaires, et notez à côté ce qui s'est passé ; enregistrez-le au poste quand la borne marchera de nouveau.
roster-calls-private = Cette page contient des noms et des numéros de téléphone : gardez-la sur vous, et passez-la au broyeur quand vous avez fini.
roster-calls-empty = Personne à appeler ni à livrer.
roster-calls-line = [  ] { $code }   { $how }   { $who }   { $category }   { $language }
desk-connected-no-contact = aucun contact laissé : donnez-lui celui de l'autre personne quand elle passe au poste
desk-confirmed-stock = Lien confirmé : mis de côté sur le stock, le besoin est prêt à être remis.
desk-confirmed-offer = Lien confirmé : la personne qui offre doit l'apporter ; le besoin sera prêt dès son arrivée.
desk-confirmed-service = Lien confirmé : mettez maintenant les deux personnes en contact (ouvrez l'un des deux tickets, puis Enter).
desk-short-of-stock = Stock de { $item } : seulement { $have }, il en faut { $want }. Comptez l'étagère dans Stock, ou annulez ce lien (F8).
desk-cancel-failed = Ce lien ne peut plus être annulé : il a déjà été remis, mis en contact ou annulé.
desk-staff-pin-in-name = Ce nom contient quatre chiffres à la suite, comme un code PIN : le code PIN a-t-il été tapé dans le nom ? Tab passe au code PIN.
desk-ticket-title = Ticket { $code } : { $count } choses. Enter en ouvre une pour la remettre.
tab-members = Membres
desk-members-hint = Scannez la carte d'un membre pour l'ouvrir. Enter ouvre celle qui est sélectionnée.
desk-members-empty = Aucun membre pour l'instant. Un visiteur peut prendre une carte à la fin de sa visite, ou F6 en crée une ici.
desk-member-hours = données { $given } h · reçues { $received } h
desk-member-no-card = pas de carte
desk-member-title = Carte de membre { $card }
desk-member-seen = dernière visite : { $age }
desk-member-balance = Données { $given } h · reçues { $received } h · solde { $balance } h
desk-member-debt = Plus de { $hours } h reçues au-delà des heures données : c'est une limite souple, rien n'est refusé. En parler avec la personne peut aider.
desk-member-statement-empty = Aucune heure enregistrée pour l'instant. F7 enregistre un échange.
desk-member-correction = (correction)
desk-member-reversed = (annulé)
desk-member-form-title = Nouvelle carte de membre
desk-member-form-hint = Rien n'est obligatoire ici. La carte ne porte aucun nom : seulement son code.
field-nickname = Surnom (facultatif)
field-household = Personnes au foyer (facultatif)
desk-household-bad = Tapez un nombre de 1 à 99, ou laissez vide.
desk-exchange-title = Enregistrer des heures données et reçues
desk-exchange-hint = Scannez chaque carte, ou tapez son code. Laissez un côté vide pour les heures du lieu lui-même.
field-provider = Données par
field-receiver = Reçues par
field-hours = Heures (1, 1.5, 1:45, ¾)
field-for-need = Pour le besoin (code du ticket)
field-from-offer = De l'offre (code du ticket)
desk-exchange-card = Cette carte n'est pas valable ici : elle a été remplacée, ou elle est falsifiée ou inconnue.
desk-exchange-same = Le côté qui donne et celui qui reçoit sont identiques.
desk-exchange-hours = Tapez les heures par quarts d'heure, plus de 0 et 24 au plus : 1, 1.5, 1:45 ou ¾.
desk-exchange-need = Aucun besoin n'a ce code de ticket.
desk-exchange-offer = Aucune offre n'a ce code de ticket.
desk-card-printed = Carte { $code } imprimée.
desk-card-print-failed = La carte { $code } ne s'est pas imprimée : vérifiez l'imprimante, puis F8 imprime une nouvelle carte.
desk-card-refused = Cette carte n'est pas valable ici : elle a été remplacée, ou elle est falsifiée ou vient d'un autre lieu.
desk-exchanged = Enregistré : { $hours } h.
desk-exchanged-debt = Enregistré : { $hours } h. La personne qui reçoit a maintenant reçu bien plus qu'elle n'a donné : c'est une limite souple, rien n'est refusé.
desk-reversed = Échange annulé : un transfert correctif a été enregistré.
desk-cannot-reverse = Une correction ne peut pas être annulée, et rien n'est annulé deux fois : enregistrez plutôt l'échange à nouveau.
desk-statement-printed = Relevé d'heures imprimé.
desk-statement-failed = Le relevé d'heures ne s'est pas imprimé : vérifiez l'imprimante.
key-new-card = nouvelle carte
key-exchange = noter des heures
key-statement = imprimer le relevé
key-replace-card = carte perdue
key-reverse = annuler l'échange
desk-member-to = à : { $who }
desk-member-from = de : { $who }
desk-member-removed = un membre supprimé
report-members = Membres, chacun compté une fois : aidés { $served } (la semaine dernière : nouveaux { $new }, déjà membres { $returning }) · aide échangée : { $hours } h
tab-network = Réseau
desk-elsewhere-title = Ticket { $code } de { $site }, un autre lieu de notre réseau
desk-elsewhere-private = Les noms et les téléphones restent à { $site } : si besoin, demandez qui est la personne.
desk-elsewhere-hand = Enter : remettre ici la chose choisie. { $site } le verra après le prochain échange de fichiers.
desk-elsewhere-handed = remis à { $sites }
notice-handed-elsewhere = { $code } remis ici. { $site } le verra après le prochain échange de fichiers.
notice-elsewhere-already = { $code } a déjà été remis, dans un autre lieu du réseau.
network-none = Ce lieu ne fait partie d'aucun réseau. Un coordinateur en crée un en ligne de commande : aidkiosk network create
network-this-site = ce lieu
network-last = dernier changement : { $when }
network-never = aucun changement reçu pour l'instant
network-waiting = { $count ->
    [one] { $count } fichier plus récent attend un fichier manquant
   *[other] { $count } fichiers plus récents attendent un fichier manquant
}
network-removed = retiré du réseau
network-problems = Fichiers non pris en compte
network-problem-refused = { $site } { $file } : refusé ({ $reason })
network-problem-newer = { $site } { $file } : écrit par une version plus récente d'aidkiosk. Mettez à jour aidkiosk ici pour le lire.
network-problem-removed = { $site } { $file } : vient d'un lieu retiré du réseau
network-problem-unknown = { $site } : dossier d'un lieu qui n'est pas dans ce réseau
network-conflicts = Remis deux fois pendant que les lieux n'étaient pas reliés
network-conflict = { $code } ({ $category }) : { $where }
network-no-conflicts = Aucun conflit.
network-resolve-hint = Appelez l'autre lieu, réglez la question avec la personne, puis choisissez le conflit et appuyez sur F3.
key-resolve = réglé
notice-conflict-resolved = { $code } marqué comme réglé, dans tous les lieux après le prochain échange.
key-network-report = ce lieu / le réseau
report-network-columns = Besoins exprimés / remis, dans chaque lieu du réseau
desk-proposed-elsewhere = Lien proposé à { $site }. Le poste de l'équipe là-bas le confirme ; ce besoin a alors aussi un lien ici.
