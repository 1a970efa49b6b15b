# redraft — catalogue français : pages de la présidence et du Secrétariat.

## Navigation
nav-label = Pages de cette procédure
nav-overview = Vue d’ensemble et calendrier
nav-responses = Réponses
nav-comments = Commentaires
nav-draft = Projet
nav-delegations = Délégations
nav-settings = Paramètres
nav-audit = Journal d’audit
new-round-link = Créer une nouvelle procédure
venue-now = Heure actuelle sur le lieu de la réunion : { $time }
yes = Oui
no = Non
add = Ajouter
remove = Supprimer
rename = Renommer
filter = Filtrer

## Categories of delegations
category-party = État partie
category-observer_state = État observateur
category-other_observer = Autre observateur
category-igo = Organisation intergouvernementale
category-other = Autre

## Round settings
new-round-title = Créer une nouvelle procédure
settings-title = Paramètres de la procédure
field-body = Organe
field-body-hint = Par exemple, Groupe de travail sur la traite des personnes
field-meeting = Réunion
field-meeting-hint = Par exemple, dixième réunion
field-round-title = Intitulé de la procédure
field-round-title-hint = Par exemple, Commentaires sur le projet de recommandations après la réunion
field-reference-prefix = Préfixe des références des accusés de réception
field-reference-prefix-hint = Les accusés de réception sont numérotés à la suite de ce préfixe : WG-TIP-2020/C donne par exemple WG-TIP-2020/C/0042. Lettres, chiffres et - / . _ uniquement ; propre à cette procédure.
field-kind = Type de procédure
kind-comment = Procédure de commentaires
kind-silence = Procédure d’approbation tacite
field-time-zone = Fuseau horaire du lieu de la réunion
field-time-zone-hint = Les dates limites sont saisies et affichées dans ce fuseau, avec leur décalage par rapport à UTC.
field-opens = Ouverture
field-closes = Clôture (date limite)
field-datetime-hint = Date et heure locales du lieu de la réunion, par exemple 2020-10-02 et 18:00.
field-date = Date
field-time = Heure
field-confirm-ambiguous = Retenir le premier des deux moments portant cette heure (avant le recul des horloges)
field-visibility = Qui voit les commentaires des autres délégations
visibility-private = Personne avant la publication du document final (chaque délégation ne voit que les siens)
visibility-after-close = Toutes les délégations, une fois la procédure close
visibility-live = Toutes les délégations, au fur et à mesure de leur arrivée
field-instructions = Instructions aux délégations
field-instructions-hint = Affichées sur la page de la procédure. 20 000 caractères au maximum.
preview-round = Vérifier les horaires
preview-again = Vérifier de nouveau
preview-heading = Vérification avant enregistrement
save-round = Enregistrer la procédure
error-field-required = Indiquez une valeur
error-field-too-long = Ce champ ne doit pas dépasser { $max } caractères
error-title-control-character = Ce texte contient un caractère qui ne peut pas être enregistré (un caractère de contrôle). Supprimez-le et réessayez
error-title-bidi-control = Ce texte contient un caractère invisible qui modifie le sens d’écriture. Supprimez-le et réessayez
error-reference-prefix = N’utilisez que des lettres, des chiffres et - / . _
error-reference-prefix-taken = Une autre procédure utilise déjà ce préfixe de référence
error-round-title-taken = La réunion compte déjà une procédure portant cet intitulé
error-round-kind = Choisissez le type de procédure
error-visibility = Choisissez qui voit les commentaires des autres délégations
error-local-time-invalid = Indiquez une date telle que 2020-10-02 et une heure telle que 18:00
error-instant-invalid = Indiquez l’heure sous la forme d’un instant RFC 3339, par exemple 2020-10-02T16:00:00Z
error-closes-before-opens = La procédure doit être close après son ouverture
error-closes-in-past = La date limite doit se situer dans l’avenir
conflict-round-already-open = La procédure est ouverte : ses paramètres ne peuvent plus être modifiés. Utilisez plutôt les actions relatives au calendrier.

## Draft
draft-title = Projet : { $round }
draft-heading = Projet soumis aux commentaires
draft-format = Format
draft-format-csv = CSV avec les colonnes agenda_item, agenda_title, label, text
draft-format-text = Texte brut : un paragraphe numéroté par ligne (« 1. … », « 5 bis. … ») ; une ligne « Agenda item 2: Intitulé » ouvre un point de l’ordre du jour
import-file = Téléverser un fichier
import-file-hint = UTF-8 (avec ou sans indicateur d’ordre des octets), 5 Mo au maximum.
draft-paste = Ou collez le projet
draft-paste-hint = Si un fichier est fourni, il remplace le texte collé.
draft-preview = Vérifier le projet
draft-save = Enregistrer ce projet
draft-locked = La procédure est ouverte : le projet ne peut plus être modifié.
draft-current = Projet actuel
draft-empty = Aucun projet n’a encore été chargé.
draft-text-label = Texte du projet :
conflict-draft-after-opening = La procédure est ouverte : le projet ne peut plus être modifié.
col-agenda-item = Point de l’ordre du jour
col-label = Paragraphe

## Delegations
delegations-title = Délégations : { $round }
delegations-heading = Délégations
delegations-count = { $count ->
    [one] { $count } délégation participe
   *[other] { $count } délégations participent
}
delegations-import = Importer des délégations depuis un fichier CSV
delegations-file-hint = CSV avec les colonnes name, category, focal_point_emails (adresses séparées par ;). Catégories : party, observer_state, other_observer, igo, other. UTF-8, 5 Mo au maximum. Les délégations déjà inscrites reçoivent les nouveaux points de contact.
delegations-paste = Ou collez le CSV
delegations-import-button = Importer
import-done = { $rows ->
        [one] Une ligne importée
       *[other] { $rows } lignes importées
    } : { $created ->
        [one] une nouvelle délégation
       *[other] { $created } nouvelles délégations
    }, { $focal ->
        [one] un nouveau point de contact
       *[other] { $focal } nouveaux points de contact
    }.
delegations-add = Ajouter une délégation
delegations-add-button = Ajouter la délégation
field-delegation-name = Nom de la délégation
field-category = Catégorie
field-focal-points = Points de contact
field-focal-points-hint = Adresses électroniques, séparées par ;
field-add-focal-point = Ajouter un point de contact (adresse électronique)
field-new-name = Nouveau nom
delegation-edit = Modifier
delegation-remove = Retirer de cette procédure
delegation-added = La délégation a été ajoutée.
delegation-renamed = La délégation a été renommée.
delegation-removed = La délégation a été retirée de cette procédure. Ses commentaires restent enregistrés.
focal-point-added = Le point de contact a été ajouté.
focal-point-removed = Le point de contact a été supprimé. Il ne peut plus se connecter.
no-focal-point = Aucun point de contact : cette délégation ne peut pas se connecter.
error-category = Choisissez une catégorie
error-email-taken = Cette adresse appartient à une autre délégation ou au personnel
error-delegation-name-taken = Une autre délégation porte déjà ce nom

## Imports (each names the row and column)
import-where-file = Le fichier
import-where-row = Ligne { $row }
import-where-cell = Ligne { $row }, colonne { $column }
import-too-large = { $where } est trop volumineux ({ $bytes } octets) : les fichiers ne doivent pas dépasser 5 Mo. Rien n’a été importé.
import-too-many-delegations = { $where } énumère { $rows } délégations : { $limit } au maximum peuvent être importées à la fois. Scindez le fichier. Rien n’a été importé.
import-too-many-recommendations = { $where } comporte { $rows } recommandations : un projet ne peut en compter plus de { $limit }. Rien n’a été importé.
import-not-utf8 = { $where } n’est pas un texte UTF-8. Enregistrez-le au format « CSV UTF-8 » et réessayez. Rien n’a été importé.
import-empty = { $where } ne contient aucune ligne à importer.
import-missing-columns = { $where } : l’en-tête doit nommer les colonnes { $expected }.
import-malformed = { $where } : le fichier CSV ne peut pas être lu ({ $detail }).
import-missing-value = { $where } : cette valeur manque.
import-unknown-category = { $where } : catégorie « { $value } » inconnue (utilisez l’une des suivantes : { $expected }).
import-malformed-email = { $where } : « { $value } » n’est pas une adresse électronique.
import-invalid-label = { $where } : ce numéro de paragraphe n’est pas valide (lettres, chiffres, espaces et ( ) . - / uniquement ; 20 caractères au maximum).
import-invalid-name = { $where } : ce nom n’est pas valide (200 caractères au maximum, sans caractère de contrôle ni caractère invisible modifiant le sens d’écriture).
import-invalid-text = { $where } : ce texte n’est pas valide (20 000 caractères au maximum, sans caractère de contrôle).
import-invalid-title = { $where } : cet intitulé n’est pas valide (300 caractères au maximum, sans caractère de contrôle ni caractère invisible modifiant le sens d’écriture).
import-duplicate-label = { $where } : le numéro « { $label } » est déjà utilisé à la ligne { $first_row }.
import-duplicate-delegation = { $where } : « { $name } » figure déjà à la ligne { $first_row }.
import-duplicate-email = { $where } : { $email } est déjà un point de contact à la ligne { $first_row }.
import-email-taken = { $where } : { $email } appartient déjà à une autre délégation ou au personnel.
import-agenda-title-mismatch = { $where } : le point { $agenda_item } de l’ordre du jour est intitulé « { $title } » à la ligne { $first_row } ; donnez le même intitulé à toutes ses lignes.
import-unnumbered-line = { $where } : cette ligne ne commence ni par un numéro de paragraphe (« 1. », « 5 bis. ») ni par « Agenda item ».
error-too-large-title = Le fichier est trop volumineux
error-too-large-body = Les fichiers ne doivent pas dépasser 5 Mo. Rien n’a été enregistré.

## Schedule
history-heading = Modifications du calendrier
history-none = Le calendrier n’a pas été modifié depuis la création de la procédure.
history-from = Du { $old }
history-to = au { $new }.
actions-heading = Modifier le calendrier
actions-none-cancelled = La procédure a été annulée.
actions-none-silence-ended = La procédure d’approbation tacite est close : son résultat, arrêté à la date limite, est définitif. Pour poursuivre, lancez une nouvelle procédure à partir de celle-ci.
action-extend = Proroger la date limite pour toutes les délégations
action-extend-delegation = Proroger la date limite pour une délégation
action-close = Clore la procédure maintenant
action-reopen = Rouvrir la procédure
action-cancel = Annuler la procédure
field-delegation = Délégation
field-new-deadline = Nouvelle date limite
field-new-deadline-hint = Heure locale du lieu de la réunion. Elle doit être postérieure à la date limite actuelle et se situer dans l’avenir.
field-reason = Motif
field-reason-hint = Communiqué aux délégations et conservé dans le journal d’audit. 2 000 caractères au maximum.
event-extended = Date limite prorogée
event-extended_for_delegation = Date limite prorogée pour une délégation
event-closed_early = Procédure close par anticipation
event-reopened = Procédure rouverte
event-cancelled = Procédure annulée
error-schedule-reason-required = Indiquez le motif de cette modification
error-schedule-reason-too-long = Le motif ne doit pas dépasser 2 000 caractères
error-schedule-in-the-past = La nouvelle date limite doit se situer dans l’avenir
error-schedule-not-later = La nouvelle date limite doit être postérieure à la date actuelle
error-schedule-already-closed = La date limite de la procédure est passée : rouvrez-la plutôt
error-schedule-not-closed = Seule une procédure dont la date limite est passée peut être rouverte
error-schedule-not-open = Seule une procédure dont un délai court encore peut être close par anticipation
error-schedule-cancelled = La procédure a été annulée ; son calendrier ne peut plus être modifié
error-schedule-outcome-published = Le document final de cette procédure est publié : aucune prorogation individuelle ne peut donc rouvrir le délai d’une délégation. Pour permettre aux délégations d’écrire de nouveau, rouvrez la procédure (la consolidation attend alors sa nouvelle date limite).
error-schedule-silence-ended = La procédure d’approbation tacite est close : son résultat, arrêté à la date limite, est définitif, et son calendrier ne peut plus être modifié. Pour poursuivre, lancez une nouvelle procédure à partir de celle-ci (une procédure d’observations, ou une nouvelle procédure d’approbation tacite sur un texte révisé).
error-schedule-silence-runs-its-period = Une procédure d’approbation tacite court jusqu’à sa date limite : chaque délégation a jusque-là pour rompre le silence ; elle ne peut donc pas être close avant terme. Vous pouvez la prolonger pour toutes les délégations, ou l’annuler.
error-delegation-required = Choisissez une délégation
close-confirm-title = Clore la procédure maintenant ?
close-confirm-heading = Clore la procédure maintenant ?
close-confirm-every-window = Clore maintenant met fin au même instant ({ $time }) à la période de chaque délégation : aucun commentaire ne pourra plus être ajouté, modifié ou retiré.
close-confirm-no-extensions = Aucune prolongation individuelle n’est en cours.
close-confirm-extensions-heading = Prolongations individuelles auxquelles cela met fin
close-confirm-extension-until = pouvait écrire jusqu’au { $deadline }
close-confirm-extensions-told = Chacune de ces délégations est informée par courriel de la fin de sa prolongation. Pour permettre à l’une d’elles de continuer, prolongez de nouveau son délai après la clôture.
close-confirm-button = Clore la procédure maintenant
close-confirm-back = Revenir sans clore
individual-deadline-open = Peut écrire jusqu’au { $deadline } (prolongation individuelle)
individual-deadline-closed = Prolongation individuelle terminée le { $deadline }

## Responses
responses-title = Réponses : { $round }
responses-heading = Réponses
responses-not-yet = Délégations n’ayant pas encore répondu : { $count }
responses-show-all = Afficher toutes les délégations
responses-show-not-responded = N’afficher que les délégations n’ayant pas répondu
col-delegation = Délégation
col-category = Catégorie
col-comments = Commentaires
col-last-activity = Dernière activité
col-responded = A répondu

## Comments and audit
comments-csv = Télécharger tous les commentaires (CSV)
comments-view = Affichage :
comments-by-recommendation = par recommandation
comments-by-delegation = par délégation
audit-title = Journal d’audit : { $round }
audit-heading = Journal d’audit
audit-filter-action = Action
audit-all-actions = Toutes les actions
audit-csv = Télécharger ce journal (CSV)
col-time = Heure (UTC)
col-actor = Auteur
col-action = Action
col-object = Objet
col-change = Modification
history-new-deadline = Nouvelle date limite : { $deadline }
error-role-staff = Le rôle doit être chair ou secretariat
audit-all-delegations = Toutes les délégations et la présidence
nav-consolidation = Consolidation et document final
nav-mail = Journal des courriels

## Procédure d'approbation tacite (vue du Président)
chair-silence-heading = Procédure d'approbation tacite
chair-silence-breakers = Les déclarations de ces catégories rompent le silence : { $categories }.
chair-silence-undecided = Le serveur arrête le résultat une fois la date limite passée.
chair-silence-no-statements = Aucune déclaration n'a été reçue.
chair-silence-breaks = rompt le silence (reçue le { $sent })
chair-silence-recorded = enregistrée, ne rompt pas le silence (reçue le { $sent })
chair-silence-withdrawn = retirée le { $withdrawn } (reçue le { $sent })
responses-individual-heading = Délais individuels
responses-unreachable-count = Sans point de contact pouvant se connecter : { $count }
responses-chart-heading = Évolution des réponses
responses-chart-title = Délégations ayant répondu, par catégorie
responses-chart-description = Nombre cumulé de délégations ayant répondu à la fin de chaque journée (heure du lieu de la réunion), du { $first } au { $last } : { $total } sur { $delegations } au total.
responses-chart-legend = { $category } : { $count } sur { $delegations }
responses-chart-total = Ensemble des délégations
responses-chart-table = Les chiffres sous forme de tableau
responses-chart-col-day = Jour (heure du lieu de la réunion)
responses-delegations-heading = Délégations pouvant répondre
responses-unreachable-heading = Délégations sans point de contact pouvant se connecter
responses-unreachable-hint = Elles ne peuvent ni répondre ni recevoir les courriels de la procédure tant qu’aucun point de contact ne leur a été ajouté :
col-event = Événement
audit-record = L’enregistrement tel que conservé
audit-who-server = Le serveur
audit-event-comment_submitted = { $who } a soumis le commentaire { $reference } sur { $on ->
        [draft] l’ensemble du projet
       *[recommendation] la recommandation { $label }
    }{ $late ->
        [yes] , hors délai (au titre d’une prorogation individuelle)
       *[no] {""}
    }.
audit-event-comment_edited = { $who } a modifié le commentaire { $reference } sur { $on ->
        [draft] l’ensemble du projet
       *[recommendation] la recommandation { $label }
    } (version { $version }){ $late ->
        [yes] , hors délai (au titre d’une prorogation individuelle)
       *[no] {""}
    }.
audit-event-comment_withdrawn = { $who } a retiré le commentaire { $reference } sur { $on ->
        [draft] l’ensemble du projet
       *[recommendation] la recommandation { $label }
    }{ $late ->
        [yes] , hors délai (au titre d’une prorogation individuelle)
       *[no] {""}
    }.
audit-event-round_created = { $who } a créé la procédure.
audit-event-round_updated = { $who } a modifié les paramètres de la procédure.
audit-event-draft_loaded = { $who } a chargé le projet (recommandations : { $count }).
audit-event-delegations_imported = { $who } a importé la liste des délégations (lignes : { $count }).
audit-event-delegation_renamed = { $who } a renommé la délégation { $old } en { $new }.
audit-event-delegation_removed = { $who } a retiré { $delegation } de la procédure.
audit-event-focal_point_added = { $who } a ajouté { $email } comme point de contact de { $delegation }.
audit-event-focal_point_removed = { $who } a retiré { $email } des points de contact de { $delegation }.
audit-event-extended = { $who } a prorogé le délai jusqu’au { $deadline }. Motif : { $reason }
audit-event-extended_for_delegation = { $who } a prorogé le délai de { $delegation } jusqu’au { $deadline }. Motif : { $reason }
audit-event-reopened = { $who } a rouvert la procédure jusqu’au { $deadline }. Motif : { $reason }
audit-event-closed_early = { $who } a clos la procédure par anticipation. Motif : { $reason }
audit-event-cancelled = { $who } a annulé la procédure. Motif : { $reason }
audit-event-round_opened = La procédure s’est ouverte (invitations envoyées : { $count }).
audit-event-reminders_enqueued = Des rappels ont été programmés (courriels : { $count }).
audit-event-disposition_saved = { $who } a statué sur la recommandation { $label } : { $decision ->
        [retained] maintenue telle que rédigée
        [amended] modifiée
        [merged] fusionnée avec une autre recommandation
        [deleted] supprimée
       *[bracketed] placée entre crochets (absence d’accord)
    } (version { $version }).
audit-event-recommendation_added = { $who } a ajouté la recommandation { $label }.
audit-event-outcome_published = { $who } a publié la version { $version } du document final.
audit-event-silence_break = { $who } { $breaks ->
        [yes] a rompu le silence
       *[no] a adressé une déclaration qui ne rompt pas le silence
    } (déclaration { $reference }).
audit-event-silence_break_withdrawn = { $who } a retiré la déclaration { $reference }.
audit-event-silence_decided = La procédure d’approbation tacite s’est achevée : { $result ->
        [adopted] le texte a été adopté
       *[broken] le silence a été rompu
    }.
audit-event-test_mail_requested = { $who } a envoyé un courriel d’essai à { $email }.
audit-event-demo_loaded = La procédure de démonstration a été chargée.
audit-event-other = { $who } : { $action }
audit-action-comment_submitted = Commentaire soumis
audit-action-comment_edited = Commentaire modifié
audit-action-comment_withdrawn = Commentaire retiré
audit-action-round_created = Procédure créée
audit-action-round_updated = Paramètres modifiés
audit-action-draft_loaded = Projet chargé
audit-action-delegations_imported = Délégations importées
audit-action-delegation_renamed = Délégation renommée
audit-action-delegation_removed = Délégation retirée
audit-action-focal_point_added = Point de contact ajouté
audit-action-focal_point_removed = Point de contact retiré
audit-action-extended = Délai prorogé
audit-action-extended_for_delegation = Délai prorogé pour une délégation
audit-action-reopened = Procédure rouverte
audit-action-closed_early = Procédure close par anticipation
audit-action-cancelled = Procédure annulée
audit-action-round_opened = Procédure ouverte
audit-action-reminders_enqueued = Rappels programmés
audit-action-disposition_saved = Décision enregistrée
audit-action-recommendation_added = Recommandation ajoutée
audit-action-outcome_published = Document final publié
audit-action-silence_break = Déclaration envoyée (approbation tacite)
audit-action-silence_break_withdrawn = Déclaration retirée (approbation tacite)
audit-action-silence_decided = Issue de l’approbation tacite
audit-action-test_mail_requested = Courriel d’essai envoyé
audit-action-demo_loaded = Démonstration chargée

# Commentaires reçus en dehors des formulaires
intake-link = Saisir un commentaire reçu d’une délégation
intake-title = Saisir un commentaire reçu d’une délégation
intake-lead = Pour un commentaire parvenu au Secrétariat en dehors des formulaires, par courrier électronique, note verbale ou lettre. Il est signalé comme saisi par le Secrétariat au nom de la délégation, reçoit un numéro de référence, et son accusé de réception est envoyé aux correspondants de la délégation. Un commentaire reçu après la date limite de la délégation est enregistré et signalé comme tardif, et reste exclu de la synthèse jusqu’à ce que le Président ou la Présidente l’y inclue.
intake-delegation = Délégation
intake-delegation-choose = Choisissez une délégation
intake-recommendation = Commentaire portant sur
intake-general = Le projet dans son ensemble
intake-source = Reçu par
intake-source-email = Courrier électronique
intake-source-note_verbale = Note verbale
intake-source-letter = Lettre
intake-received = Date et heure de réception
intake-received-hint = À l’heure du lieu de la réunion ({ $city }). Elles déterminent si le commentaire a été reçu dans les délais.
intake-reference = Référence de l’expéditeur (facultatif)
intake-reference-hint = Par exemple le numéro de la note verbale. 200 caractères au maximum.
intake-submit = Saisir le commentaire
intake-saved = Le commentaire { $reference } a été saisi au nom de { $delegation } ; son accusé de réception est en cours d’envoi aux correspondants de la délégation.
intake-saved-held-back = Le commentaire { $reference } a été saisi au nom de { $delegation }. Il a été reçu après la date limite de la délégation : il reste exclu de la synthèse jusqu’à ce que le Président ou la Présidente l’y inclue.
include-link = Inclure dans la synthèse
include-title = Inclure un commentaire reçu après la date limite
include-lead = Ce commentaire a été reçu après la date limite de la délégation et reste exclu de la synthèse. Son inclusion relève de la décision du Président ou de la Présidente : indiquez-en le motif, qui sera conservé dans le journal d’audit.
include-reason-hint = Conservé dans le journal d’audit. 2 000 caractères au maximum.
include-submit = Inclure dans la synthèse
include-not-held-back = Ce commentaire fait partie de la synthèse.
include-back = Retour aux commentaires
audit-event-comment_entered_on_behalf = { $who } a saisi le commentaire { $reference } au nom de { $delegation } sur { $on ->
        [draft] l’ensemble du projet
       *[recommendation] la recommandation { $label }
    }{ $late ->
        [yes] , reçu après la date limite (réservé jusqu’à son inclusion)
       *[no] {""}
    }.
audit-event-late_comment_included = { $who } a inclus dans la synthèse le commentaire { $reference } de { $delegation }, reçu après la date limite. Motif : { $reason }
audit-event-attachment_added = { $who } a joint le fichier { $file } à un commentaire de { $delegation }.
audit-action-comment_entered_on_behalf = Commentaire saisi au nom d’une délégation
audit-action-late_comment_included = Commentaire tardif inclus
audit-action-attachment_added = Fichier joint
