# redraft — catalogue français. Identifiants de message en kebab-case ; variables $nommées.

## Layout
skip-to-content = Aller au contenu principal
signed-in-as = Connecté(e) en tant que { $email }
session-idle-note = Sans activité, votre session prend fin le { $time }.
session-idle-note-venue = Sans activité, votre session prend fin le { $time } ({ $utc }).
session-warning-soon = Sans activité, votre session prend fin dans moins de cinq minutes. Restez connecté(e) pour continuer sur cette page : ce que vous avez saisi reste en place.
session-warning-ended = Votre session a pris fin. Un formulaire envoyé maintenant n’est pas enregistré : son texte vous est présenté pour que vous puissiez le copier, puis vous vous reconnectez.
session-extend = Rester connecté(e)
sign-out = Se déconnecter
footer-note = redraft — procédures de commentaires après réunion. Les heures sont indiquées dans le fuseau horaire du lieu de la réunion, avec le décalage par rapport au temps universel (UTC).
back-home = Retour à vos procédures
go-back = Retour
cancel = Annuler
back-to-round = Retour à la procédure
error-page-title = Erreur : { $title }
error-summary-title = Un problème est survenu
error-summary-item = { $field } : { $message }

## Errors
error-not-found-title = Page introuvable
error-not-found-body = Cette page n’existe pas ou vous n’y avez pas accès. Vérifiez l’adresse ou revenez à vos procédures.
error-csrf-title = Le formulaire a expiré
error-csrf-body = Ce formulaire n’a pas été envoyé depuis redraft ou il a expiré. Revenez en arrière, rechargez la page et réessayez. Rien n’a été enregistré.
error-bad-form-title = Le formulaire n’a pas pu être lu
error-bad-form-body = Le formulaire n’a pas pu être lu. Revenez en arrière, rechargez la page et réessayez. Rien n’a été enregistré.
error-not-utf8-title = Le formulaire contenait un texte illisible
error-not-utf8-body = Une partie de ce qui a été envoyé n’est pas un texte valide (il n’est pas en UTF-8, le codage de ce site) ; rien n’a donc été enregistré. Revenez en arrière, saisissez ou collez de nouveau le texte, puis renvoyez le formulaire.
error-internal-title = Désolé, le service rencontre un problème
error-internal-body = Une erreur s’est produite de notre côté et rien n’a été enregistré. Réessayez dans quelques minutes.
error-conflict-title = Votre modification n’a pas été enregistrée
conflict-comment-withdrawn = Ce commentaire a été retiré et ne peut plus être modifié. Rien n’a été enregistré.
conflict-comment-changed = Une autre personne de votre délégation a modifié ce commentaire après que vous l’avez ouvert. Rien n’a été enregistré : ouvrez de nouveau le commentaire pour en voir le texte actuel.
error-demo-data = Les données de démonstration n’ont pas pu être chargées.

## Validation (ids from the domain)
error-email-empty = Indiquez votre adresse électronique
error-email-too-long = L’adresse électronique ne doit pas dépasser 254 caractères
error-email-malformed = Indiquez une adresse électronique au bon format, par exemple nom@example.org
error-comment-empty = Saisissez votre commentaire
error-comment-too-long = Le commentaire ne doit pas dépasser { $max } caractères (il en compte { $len })
error-comment-control-character = Le commentaire contient un caractère qui ne peut pas être enregistré (un caractère de contrôle). Supprimez-le et réessayez
error-comment-kind = Choisissez le type de commentaire
error-comment-version = Le formulaire n’a pas pu être lu et rien n’a été enregistré. Ouvrez de nouveau le commentaire et apportez-y votre modification
error-proposed-text-empty = Saisissez le texte que vous proposez pour cette recommandation
error-proposed-text-unchanged = Le texte proposé est identique à celui du projet : modifiez-le pour qu’il se lise comme vous le proposez, ou choisissez un autre type de commentaire
error-recommendation-unknown = Cette recommandation ne fait pas partie du projet soumis aux commentaires
error-delegation-name-empty = Indiquez le nom de la délégation
error-delegation-name-too-long = Le nom de la délégation ne doit pas dépasser 200 caractères
error-delegation-name-control-character = Le nom de la délégation contient un caractère qui ne peut pas être enregistré
error-delegation-name-bidi-control = Le nom de la délégation contient un caractère invisible qui modifie le sens d’écriture du texte. Supprimez-le et réessayez
error-recommendation-label-empty = Indiquez le numéro de la recommandation
error-recommendation-label-too-long = Le numéro ne doit pas dépasser 20 caractères
error-recommendation-label-invalid-character = Le numéro ne peut contenir que des lettres, des chiffres, des espaces et ( ) . - /

## Deadline refusals
refusal-title = La procédure est close
refusal-round-closed = Cette procédure a été close le { $deadline }. Votre commentaire n’a pas été enregistré.
refusal-round-not-open = Cette procédure s’ouvre le { $opens }. Votre commentaire n’a pas été enregistré.
refusal-round-cancelled = Cette procédure a été annulée. Votre commentaire n’a pas été enregistré.
kept-text-heading = Ce que vous avez écrit
kept-text-hint = Copiez votre texte si vous souhaitez le conserver ; il n’a pas été enregistré.
session-ended-title = Vous avez été déconnecté(e)
session-ended-body = Votre session a pris fin avant l’envoi de votre commentaire, qui n’a donc pas été enregistré. Copiez votre texte ci-dessous, reconnectez-vous et collez-le dans le formulaire.
sign-in-again = Se reconnecter

## Sign-in
sign-in-title = Connexion
sign-in-intro = Indiquez l’adresse électronique enregistrée par votre délégation ou par le Secrétariat. Nous vous enverrons un lien de connexion.
sign-in-email-label = Adresse électronique
sign-in-email-hint = Par exemple, nom@mae.example.org
sign-in-send-link = M’envoyer un lien de connexion
signed-out-notice = Vous vous êtes déconnecté(e).
check-email-title = Consultez votre messagerie
check-email-body = Si cette adresse est enregistrée pour une délégation ou pour le Secrétariat, un lien de connexion vient de lui être envoyé. Le lien n’est valable qu’une fois, pendant 30 minutes.
check-email-again = Demander un nouveau lien de connexion
sign-in-link-title = Connexion à redraft
sign-in-link-body = Appuyez sur le bouton pour vous connecter. Le lien n’est valable qu’une fois.
sign-in-button = Se connecter
sign-in-link-invalid-title = Ce lien de connexion n’est plus valable
sign-in-link-invalid-body = Les liens de connexion ne sont valables qu’une fois, pendant 30 minutes. Demandez-en un nouveau.

## E-mail
email-sign-in-subject = Votre lien de connexion à redraft
email-sign-in-intro = Utilisez ce lien pour vous connecter à redraft :
email-sign-in-button = Se connecter à redraft
email-sign-in-validity = Le lien n’est valable qu’une fois, jusqu’au { $until }.
email-sign-in-ignore = Si vous n’avez pas demandé à vous connecter, vous pouvez ne pas tenir compte de ce message.

## Rounds
home-title = Vos procédures
home-no-rounds = Aucune procédure ne vous concerne pour le moment.
round-state = Statut
round-state-scheduled = Pas encore ouverte
round-state-open = Ouverte aux commentaires
round-state-closed = Close
round-state-open-delegation = Ouverte pour votre délégation jusqu’au { $deadline }
round-state-open-extensions = Ouverte uniquement au titre de prorogations individuelles, jusqu’au { $deadline }
round-last-window = Dernière échéance
round-state-cancelled = Annulée
round-deadline = Date limite
round-deadline-inline = Date limite : { $deadline }
round-remaining = Temps restant
round-remaining-inline = Temps restant : { $remaining }
round-opens = Ouverture
round-delegation = Vous formulez des commentaires au nom de : { $delegation }
round-not-writable = Les commentaires ne peuvent être ajoutés ou modifiés que tant que la procédure est ouverte.
window-closed-no-changes = Le délai accordé à votre délégation a expiré le { $deadline } : ce commentaire ne peut plus être modifié ni retiré.
individual-extension = Le (La) Président(e) a prorogé la date limite pour votre délégation jusqu’au { $deadline }.
illustrative-banner = Projet fictif : ces recommandations ont été rédigées pour la présente démonstration. Le projet réel de la réunion n’a pas été publié.
instructions-heading = Instructions
agenda-item = Point { $number } de l’ordre du jour
recommendation = Recommandation
general-heading = Commentaires sur l’ensemble du projet
general-short = Ensemble du projet
our-comments-link = Tous les commentaires de notre délégation (version imprimable)
notice-saved = Votre commentaire a été enregistré. Référence : { $reference }
notice-withdrawn = Le commentaire { $reference } a été retiré. Il reste enregistré comme retiré.

## Comments
own-comments-heading = Commentaires de votre délégation
others-comments-heading = Commentaires des autres délégations
comment-on = Commenter la recommandation
comment-on-draft = Commenter l’ensemble du projet
comment-kind-legend = Type de commentaire
comment-kind-remark = Observation générale
comment-kind-amendment = Proposition d’amendement
comment-kind-deletion = Proposition de suppression
comment-kind-support = Appui
comment-text-label = Commentaire
comment-text-hint = 20 000 caractères au maximum. Obligatoire pour une observation générale ; facultatif pour les autres types.
comment-proposed-label = Texte proposé (pour un amendement)
comment-proposed-hint = Obligatoire pour une proposition d’amendement : le paragraphe entier, tel que vous proposez de le libeller. Il reprend d’abord le texte du projet : modifiez ce que vous proposez de modifier. 20 000 caractères au maximum.
comment-proposed-shown = Texte proposé :
comment-withdrawn = Retiré
comment-late = Tardif (prorogation individuelle)
comment-submitted = Soumis le { $time }
comment-last-changed = Dernière modification le { $time }
save-comment = Enregistrer le commentaire
save-changes = Enregistrer les modifications
edit-link = Modifier
withdraw-link = Retirer
edit-title = Modifier le commentaire { $reference }
withdraw-title = Retirer le commentaire { $reference }
withdraw-explanation = Un commentaire retiré ne fait plus partie de la contribution de votre délégation. Il reste enregistré et porte la mention « retiré ».
withdraw-confirm = Retirer ce commentaire
our-comments-title = Commentaires de la délégation suivante : { $delegation }
our-comments-none = Votre délégation n’a soumis aucun commentaire dans le cadre de cette procédure.
printed-at = Situation au { $time }
col-reference = Référence
col-on = Objet
col-kind = Type
col-text = Texte
col-last-change = Dernière modification

## Chair
chair-round-title = Tous les commentaires : { $round }
chair-counts-invited = Délégations invitées : { $count }
chair-counts-responded = Délégations ayant répondu : { $count }
chair-counts-comments = Commentaires : { $count }
chair-no-comments = Aucun commentaire.

## Other domain ids
error-deadline-cancelled = Cette procédure a été annulée.
error-deadline-closed = Cette procédure est close.
error-deadline-not-yet-open = Cette procédure n’est pas encore ouverte.
error-venue-zone-ambiguous = Cette heure existe deux fois dans le fuseau horaire du lieu de la réunion (on recule les horloges). Choisissez une autre heure.
error-venue-zone-gap = Cette heure n’existe pas dans le fuseau horaire du lieu de la réunion (on avance les horloges). Choisissez une autre heure.
error-venue-zone-out-of-range = Cette date se situe hors de la plage autorisée.
error-venue-zone-unknown = Choisissez un fuseau horaire dans la liste
paragraph-as-drafted = Le paragraphe dans sa version du projet, qu’un amendement remplace :

# Commentaires saisis par le Secrétariat au nom d’une délégation
comment-intake = Saisi par le Secrétariat au nom de { $delegation }, reçu par { $source ->
        [email] courrier électronique
        [note_verbale] note verbale
       *[letter] lettre
    } du { $date }.
comment-intake-reference = Saisi par le Secrétariat au nom de { $delegation }, reçu par { $source ->
        [email] courrier électronique
        [note_verbale] note verbale
       *[letter] lettre
    } du { $date } (réf. { $reference }).
comment-received-late = Reçu après la date limite
comment-held-back = Reçu après la date limite : exclu de la synthèse à moins que le Président ou la Présidente ne l’y inclue
comment-included = Reçu après la date limite : inclus dans la synthèse par le Président ou la Présidente
conflict-comment-entered-by-secretariat = Le Secrétariat a saisi ce commentaire au nom de votre délégation : il ne peut être ni modifié ni retiré ici. Vous pouvez ajouter un autre commentaire. Rien n’a été enregistré.
conflict-comment-not-held-back = Ce commentaire fait déjà partie de la synthèse. Rien n’a été enregistré.
error-intake-delegation = Choisissez une délégation participant à la procédure
error-intake-source = Indiquez comment le commentaire a été reçu
error-intake-received-invalid = Indiquez l’heure de réception sous la forme d’un instant RFC 3339, par exemple 2020-10-02T14:30:00Z
error-intake-received-future = La date et l’heure de réception ne peuvent être postérieures au moment présent
error-intake-not-open = La procédure n’est pas encore ouverte : les commentaires pourront être saisis dès son ouverture. Rien n’a été enregistré.
error-intake-outcome-published = Le document final est publié : rouvrez d’abord la procédure. Rien n’a été enregistré.
error-intake-silence = Une procédure d’approbation tacite reçoit des déclarations rompant le silence, et non des commentaires. Rien n’a été enregistré.
error-source-reference-too-long = La référence ne doit pas dépasser { $max } caractères
error-source-reference-invalid = La référence contient un caractère de contrôle ou de mise en forme invisible ; supprimez-le et réessayez

# Pièces jointes
error-attachment-empty = Le fichier est vide
error-attachment-too-large = Le fichier dépasse 20 Mo. Rien n’a été enregistré.
error-attachment-pdf-only = Joignez la lettre de la délégation sous forme de fichier PDF. Rien n’a été enregistré.
error-attachment-pdf-or-docx = Joignez l’original sous forme de fichier PDF ou Word (DOCX). Rien n’a été enregistré.
conflict-attachment-delegation-comment = Le Secrétariat ne joint de fichiers qu’aux commentaires qu’il a saisis au nom d’une délégation ; une délégation joint elle-même les siens. Rien n’a été enregistré.
