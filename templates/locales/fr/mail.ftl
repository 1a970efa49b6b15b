# redraft — catalogue français des courriels (avis relatifs aux procédures) et du journal des courriels.

## Common parts
mail-deadline = Date limite : { $deadline }
mail-deadline-utc = En temps universel (UTC) : { $utc }
mail-open-round = Ouvrir la procédure
mail-open-our-comments = Voir les commentaires de votre délégation
mail-footer = Ce message a été envoyé par redraft pour le compte de l’organe suivant : { $body }.
mail-footer-replies = Ce message a été envoyé par redraft pour le compte de l’organe suivant : { $body }. Les réponses parviennent au Secrétariat.
mail-greeting = Au point de contact de la délégation suivante : { $delegation },

## Invitation (when a round opens)
mail-invitation-subject = Invitation à formuler des commentaires : { $round } (date limite : { $deadline })
mail-invitation-intro = L’organe suivant : { $body }, invite votre délégation à formuler des commentaires sur le projet dans le cadre de la procédure « { $round } ».
mail-invitation-open = La procédure est désormais ouverte. Les commentaires peuvent être envoyés, modifiés ou retirés jusqu’à la date limite indiquée ci-dessous ; le serveur refuse tout envoi postérieur.
mail-invitation-calendar = Le fichier de calendrier joint (deadline.ics) contient la date limite.
mail-invitation-calendar-summary = Date limite : { $round }

## Receipt (a delegation's first submission) and daily digest
mail-receipt-subject = Accusé de réception : commentaire { $reference } sur { $round }
mail-receipt-intro = Votre délégation a envoyé son premier commentaire dans le cadre de la procédure « { $round } ». Sa référence est { $reference } : veuillez la rappeler dans toute correspondance à son sujet.
mail-receipt-more = Vous pouvez ajouter, modifier ou retirer des commentaires jusqu’à la date limite. Chaque jour où des modifications sont apportées, vous recevrez un seul récapitulatif, et non un message par modification.
mail-digest-subject = Modifications du { $date } : { $delegation }, { $round }
mail-digest-intro = Les commentaires de votre délégation dans le cadre de la procédure « { $round } » ont été modifiés le { $date } (heure du lieu de la réunion) :
mail-digest-submitted = { $reference } soumis ({ $on })
mail-digest-edited = { $reference } modifié ({ $on })
mail-digest-withdrawn = { $reference } retiré ({ $on })

## Reminder
mail-reminder-subject = Rappel : les commentaires sur { $round } sont attendus au plus tard le { $deadline }
mail-reminder-intro = Votre délégation n’a pas encore envoyé de commentaires dans le cadre de la procédure « { $round } ». Temps restant : { $remaining }.
mail-reminder-ignore = Si votre délégation n’a rien à ajouter, vous pouvez ne pas tenir compte de ce message.

## Chair's actions
mail-extension-subject = Date limite prorogée : { $round }
mail-extension-intro = Le (La) Président(e) a prorogé la date limite de la procédure « { $round } », qui passe du { $old } au { $new }.
mail-extension-one-subject = Date limite prorogée pour la délégation suivante : { $delegation } — { $round }
mail-extension-one-intro = Le (La) Président(e) a prorogé la date limite de la procédure « { $round } » pour votre seule délégation, qui passe du { $old } au { $new }. Les commentaires envoyés après la date limite générale portent la mention « tardif ».
mail-early-close-subject = Procédure close par anticipation : { $round }
mail-early-close-intro = Le (La) Président(e) a clos par anticipation la procédure « { $round } », le { $closed }. Les commentaires ne sont plus acceptés.
mail-early-close-extension-ended = Il est ainsi mis fin également à la prorogation accordée à votre délégation jusqu’au { $deadline } : votre délégation ne peut plus, elle non plus, ajouter ou modifier de commentaires.
mail-reopen-subject = Procédure rouverte : { $round }
mail-reopen-intro = Le (La) Président(e) a rouvert la procédure « { $round } ». Les commentaires peuvent de nouveau être envoyés jusqu’à la nouvelle date limite indiquée ci-dessous.
mail-cancel-subject = Procédure annulée : { $round }
mail-cancel-intro = Le (La) Président(e) a annulé la procédure « { $round } ». Les commentaires ne sont plus acceptés.
mail-reason = Motif indiqué par le (la) Président(e) : { $reason }
mail-calendar-updated = Le fichier de calendrier joint (deadline.ics) met à jour la date limite dans votre calendrier.
mail-calendar-cancelled = Le fichier de calendrier joint (deadline.ics) supprime la date limite de votre calendrier.

## Closing confirmation
mail-closing-subject = Procédure close : contribution de la délégation suivante : { $delegation } — { $round }
mail-closing-intro = La procédure « { $round } » a été close le { $deadline }. Voici la contribution de votre délégation, telle qu’elle était enregistrée à la date limite :
mail-closing-none = Aucun commentaire n’a été reçu de votre délégation.
mail-closing-item = { $reference } — { $on } — { $kind } : { $text }
mail-closing-whole-draft = ensemble du projet
mail-closing-recommendation = recommandation { $label }

## Outcome
mail-outcome-subject = Document final publié : { $round }
mail-outcome-intro = Le (La) Président(e) a publié le document final de la procédure « { $round } », accompagné de la compilation des commentaires reçus.
mail-open-outcome = Lire le document final

## Test message
mail-test-subject = Courriel d’essai envoyé par redraft
mail-test-body = Ceci est un message d’essai envoyé depuis le journal des courriels de la procédure « { $round } » le { $time }. Si vous pouvez le lire, les courriels de redraft vous parviennent.

## The Chair's mail log
mail-log-title = Courriels : { $round }
mail-log-link = Journal des courriels de cette procédure
mail-log-intro = Tous les messages de cette procédure, du plus ancien au plus récent. Les messages sont envoyés par un processus en arrière-plan ; les tentatives infructueuses sont renouvelées à intervalles croissants.
mail-log-empty = Aucun courriel n’a encore été envoyé pour cette procédure.
mail-log-col-kind = Type
mail-log-col-recipient = Destinataire
mail-log-col-subject = Objet
mail-log-col-status = État
mail-log-col-attempts = Tentatives
mail-log-col-error = Dernière erreur
mail-log-col-sent = Envoyé le
mail-log-resent = renvoyé après une panne, avec le même Message-ID
mail-log-test-heading = Envoyer un courriel d’essai
mail-log-test-hint = Un message d’essai est envoyé à votre propre adresse ({ $email }) par la même file d’attente et le même moyen de transport que tous les autres messages.
mail-log-test-button = Envoyer un courriel d’essai
mail-log-test-queued = Un courriel d’essai destiné à { $email } est dans la file d’attente ; il apparaît ci-dessous.
mail-status-pending = en attente
mail-status-sending = en cours d’envoi
mail-status-sent = envoyé
mail-status-failed = échec
mail-status-dropped = non envoyé
mail-kind-invitation = invitation
mail-kind-receipt = accusé de réception
mail-kind-digest = récapitulatif quotidien
mail-kind-reminder = rappel
mail-kind-extension = prorogation
mail-kind-early_close = clôture anticipée
mail-kind-reopen = réouverture
mail-kind-cancel = annulation
mail-kind-closing = confirmation de clôture
mail-kind-outcome = document final
mail-kind-test = essai
mail-kind-sign_in = lien de connexion

## Reminder offsets (ids from the domain)
error-reminders-malformed = Indiquez chaque rappel sous la forme d’une durée avant la date limite, par exemple P7D ou PT48H, séparées par des virgules
error-reminders-not-positive = Un rappel doit précéder la date limite
error-reminders-too-many = 10 rappels au maximum par procédure

mail-intake-subject = Saisi pour votre délégation : commentaire { $reference } sur { $round }
mail-intake-intro = Le Secrétariat a saisi un commentaire au nom de votre délégation dans le cadre de la procédure « { $round } », à partir d’une communication qu’il a reçue. Sa référence est { $reference } : veuillez la rappeler dans toute correspondance à son sujet.
mail-intake-held-back = Il a été reçu après la date limite fixée pour votre délégation : il est conservé au dossier et ne sera pris en compte dans la synthèse que si le Président ou la Présidente en décide ainsi.
mail-intake-more = Il figure parmi les commentaires de votre délégation. Saisi par le Secrétariat, il ne peut pas être modifié au moyen des formulaires ; votre délégation peut ajouter d’autres commentaires tant que sa date limite n’est pas passée.
