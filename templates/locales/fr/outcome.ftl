# redraft — catalogue français de la consolidation et du document final.

## Outcome document
outcome-heading = Résultat de la procédure de commentaires engagée après la réunion sur le projet de recommandations
outcome-issued = Version { $version }, publiée le { $time }
outcome-preview = Aperçu, non publié (établi le { $time })
outcome-illustrative = Document fictif : le projet de recommandations figurant dans le présent document a été rédigé pour une démonstration. Le projet réel de la réunion n’a pas été publié.
outcome-view-changes = Afficher les modifications par rapport au projet
outcome-view-clean = Afficher le texte définitif
outcome-introduction = I. Introduction
outcome-intro-mandate = À sa { $meeting }, tenue à { $venue } du { $dates }, l’organe suivant : { $body }, est convenu que les délégations pourraient soumettre des commentaires sur son projet de recommandations dans le cadre d’une procédure assortie de délais, après la réunion. Le présent document contient les recommandations telles que consolidées par le (la) Président(e), avec l’aide du Secrétariat, sur la base des commentaires reçus, pour examen par la Conférence des Parties.
outcome-intro-dates = Les commentaires pouvaient être soumis du { $opens } au { $closes }.
outcome-intro-participation = { $invited ->
    [one] Une délégation a été invitée à formuler des commentaires
   *[other] { $invited } délégations ont été invitées à formuler des commentaires
    } ; { $responded ->
    [0] aucune n’en a soumis
    [one] une en a soumis
   *[other] { $responded } en ont soumis
    } ({ $comments ->
    [one] un commentaire au total
   *[other] { $comments } commentaires au total
    }). Les commentaires sont compilés à l’annexe I et les délégations qui les ont soumis sont énumérées à l’annexe II.
outcome-intro-consolidation = { $decided } des { $total } recommandations ont fait l’objet d’une décision. Les modifications apportées au projet apparaissent sous forme d’ajouts (soulignés) et de suppressions (barrées) ; le texte n’ayant pas fait l’objet d’un accord demeure entre crochets.
outcome-recommendations = II. Recommandations consolidées
outcome-note = Note :
outcome-status-added = Nouvelle recommandation proposée par des délégations.
outcome-status-undecided = Pas encore décidée.
outcome-status-amended = Modifiée.
outcome-status-bracketed = Absence d’accord : le texte entre crochets reste en discussion.
outcome-status-deleted = Supprimée.
outcome-status-merged = Fusionnée avec la recommandation { $label }.
outcome-annex-1 = Annexe I
outcome-compilation-title = Compilation des commentaires reçus des délégations — Note du Secrétariat
outcome-compilation-note = Les commentaires sont reproduits tels qu’ils ont été reçus, sans avoir été revus par les services d’édition, et sont attribués aux délégations qui les ont soumis. Pour chaque recommandation, ils suivent l’ordre de la liste des participants : États parties (États, puis organisations régionales d’intégration économique), États observateurs, autres observateurs, organisations intergouvernementales et autres, dans l’ordre alphabétique au sein de chaque groupe. La présente compilation est publiée sans préjudice des positions des délégations.
outcome-no-comments = Aucun commentaire n’a été reçu.
outcome-annex-2 = Annexe II — Délégations ayant soumis des commentaires
outcome-no-respondents = Aucune délégation n’a soumis de commentaires.
outcome-group-party = États parties
outcome-group-observer-state = États observateurs
outcome-group-other-observer = Autres observateurs
outcome-group-igo = Organisations intergouvernementales
outcome-group-other = Autres
outcome-change-author = Président(e)
outcome-page-title = Document final : { $round }
outcome-page-intro = Chaque version reste disponible. La plus récente figure en tête de liste.
outcome-versions-heading = Versions publiées
outcome-none-published = Aucun document final n’a encore été publié.
outcome-version-line = Version { $version }, publiée le { $time } par { $name }
outcome-format-html = Document (HTML, prêt à imprimer)
outcome-format-docx = Document (Word, avec suivi des modifications)
outcome-format-csv = Recommandations et décisions (CSV)
outcome-format-comments-csv = Tous les commentaires (CSV)
outcome-format-json = Ensemble des données (JSON)
outcome-refused-undecided = Le document final n’a pas été publié : { $count ->
    [one] une recommandation n’a
   *[other] { $count } recommandations n’ont
    } pas encore fait l’objet d’une décision.

## Consolidation (Chair and Secretariat)
consolidation-title = Consolidation : { $round }
consolidation-progress = { $decided } des { $total } recommandations ont fait l’objet d’une décision
consolidation-col-decision = Décision
consolidation-col-comments = Commentaires
consolidation-added-tag = Ajoutée
consolidation-undecided = Pas de décision
consolidation-general-link = Commentaires sur l’ensemble du projet ({ $count })
consolidation-general-title = Commentaires sur l’ensemble du projet
consolidation-add-heading = Ajouter une recommandation proposée par des délégations
consolidation-add-intro = Une nouvelle recommandation est placée après celle que vous choisissez et numérotée bis, ter, quater… à sa suite. Décidez-en comme de toute autre.
consolidation-add-after = La placer après la recommandation
consolidation-add-label = Numéro
consolidation-add-label-hint = Laissez vide pour le prochain numéro libre (par exemple 5 bis). 20 caractères au maximum : lettres, chiffres, espaces et ( ) . - /
consolidation-add-text = Texte proposé
consolidation-add-button = Ajouter la recommandation
consolidation-text-hint = 20 000 caractères au maximum.
consolidation-outcome-heading = Document final
consolidation-preview-intro = Aperçu du document final dans son état actuel (les recommandations sans décision sont présentées telles que rédigées et signalées) :
consolidation-publish-hint = La publication attribue un numéro de version au document final, l’inscrit dans le journal d’audit et le met à la disposition des délégations. Un document final corrigé peut être publié de nouveau sous une nouvelle version ; les versions antérieures restent disponibles.
consolidation-publish-button = Publier le document final en version { $version }
consolidation-publish-undecided = { $count ->
    [one] Une recommandation n’a
   *[other] { $count } recommandations n’ont
    } pas encore fait l’objet d’une décision : le document final pourra être publié une fois qu’il aura été statué sur chaque recommandation.
consolidation-notice-added = La recommandation { $label } a été ajoutée.
consolidation-notice-published = La version { $version } du document final a été publiée.
consolidation-notice-saved = La décision a été enregistrée (version { $version }).
consolidation-saved = Enregistrée
consolidation-saved-by = par { $name }, le { $time } (version { $version })
consolidation-draft-text = Texte du projet
consolidation-proposed-text = Texte proposé
consolidation-current = Décision actuelle
consolidation-amendments = Propositions d’amendement ({ $count })
consolidation-deletions = Propositions de suppression ({ $count })
consolidation-remarks = Observations générales ({ $count })
consolidation-support = Appuis ({ $count })
consolidation-changes-against-draft = Texte proposé, avec ses modifications par rapport au projet :
consolidation-start-from = Partir de la proposition de la délégation suivante pour le texte consolidé : { $delegation }
consolidation-decide = Décision
consolidation-decision-legend = Quelle suite donner à cette recommandation ?
disposition-decision-retained = Maintenue telle que rédigée
disposition-decision-amended = Modifiée
disposition-decision-merged = Fusionnée avec une autre recommandation
disposition-decision-deleted = Supprimée
disposition-decision-bracketed = Entre crochets (absence d’accord)
consolidation-text-label = Texte consolidé (en cas de modification ou de crochets)
consolidation-merged-label = Fusionnée avec (en cas de fusion)
consolidation-merged-none = Choisissez une recommandation
consolidation-note-label = Note (facultative)
consolidation-note-hint = Affichée sous la recommandation dans le document final. 20 000 caractères au maximum.
consolidation-save = Enregistrer la décision
consolidation-frozen-form = Les décisions ne peuvent être enregistrées que lorsque la procédure est close.
consolidation-pager = Recommandations
consolidation-previous = Recommandation précédente
consolidation-next = Recommandation suivante
consolidation-overview-link = Toutes les recommandations
consolidation-conflict-title = Une autre personne a entre-temps enregistré cette recommandation
consolidation-conflict-body = Votre décision n’a pas été enregistrée, afin que la sienne ne soit pas remplacée à son insu. Comparez les deux versions.
consolidation-conflict-theirs = Sa version (enregistrée)
consolidation-conflict-yours = Votre version (non enregistrée)
consolidation-conflict-yours-hint = Ce que vous avez saisi est conservé dans le formulaire ci-dessous. L’enregistrer maintenant remplace sa version ; pour conserver la sienne, ouvrez de nouveau la recommandation.
consolidation-frozen-open = La consolidation est suspendue : la procédure est ouverte aux commentaires jusqu’au { $deadline }. Les décisions pourront être enregistrées et le résultat publié une fois qu’elle sera close.
consolidation-frozen-open-extended = La consolidation est suspendue : la procédure est ouverte aux commentaires jusqu’au { $deadline } et, au titre de prolongations individuelles, { $windows }. Les décisions pourront être enregistrées et le résultat publié une fois la dernière période close.
consolidation-frozen-extensions = La consolidation est suspendue : { $count ->
    [one] une délégation peut encore commenter au titre d’une prolongation individuelle
   *[other] { $count } délégations peuvent encore commenter au titre de prolongations individuelles
  } : { $windows }. Les décisions pourront être enregistrées et le résultat publié une fois la dernière période close.
consolidation-window-until = { $delegation } jusqu’au { $deadline }
consolidation-not-closed = La consolidation commence une fois la procédure close.
consolidation-cancelled = Cette procédure a été annulée : il n’y a rien à consolider.
error-disposition-decision = Choisissez la suite à donner à la recommandation
error-disposition-text-missing = Saisissez le texte consolidé
error-disposition-brackets = Placez le texte n’ayant pas fait l’objet d’un accord entre [crochets], en refermant chaque crochet
error-disposition-merge-target = Choisissez la recommandation avec laquelle celle-ci est fusionnée
error-disposition-merge-itself = Une recommandation ne peut pas être fusionnée avec elle-même
error-disposition-version = Le formulaire n’a pas pu être lu. Rechargez la page et réessayez.
error-added-after = Choisissez la recommandation que la nouvelle doit suivre
error-added-text = Saisissez le texte de la nouvelle recommandation
error-added-label-taken = Il existe déjà une recommandation { $label }
consolidation-link = Consolider les commentaires (décision pour chaque recommandation)
outcome-link = Document final

## Résultat d'une procédure d'approbation tacite
outcome-silence-heading = Résultat de la procédure d'approbation tacite
outcome-silence-procedure = Le { $body } a soumis le texte ci-dessous à la procédure d'approbation tacite du { $opens } au { $deadline } : il devait être adopté à la date limite à moins qu'une délégation ne rompe le silence par une déclaration écrite.
outcome-silence-adopted = Le silence n'a pas été rompu avant la date limite, { $deadline } : le texte est adopté.
outcome-silence-broken = Le silence a été rompu avant la date limite, { $deadline }, par : { $delegations }. Le texte n'est pas adopté selon cette procédure ; les déclarations sont reproduites en annexe.
outcome-silence-text = Texte soumis à la procédure
outcome-silence-annex = Annexe : Déclarations reçues dans le cadre de la procédure d'approbation tacite
outcome-silence-annex-breaking = Déclarations rompant le silence
outcome-silence-annex-recorded = Déclarations enregistrées qui ne rompent pas le silence
outcome-silence-no-statements = Aucune.
outcome-silence-sent = Reçue le { $time }
outcome-silence-amendment = Texte proposé pour la recommandation { $label } :
outcome-refused-silence-undecided = Le résultat de la procédure d'approbation tacite n'est pas encore arrêté : le document final pourra être publié une fois la date limite passée et le résultat enregistré par le serveur.
publish-confirm-title = Publier la version { $version } du document final ?
publish-confirm-available = La publication met immédiatement cette version du document final à la disposition des délégations et l’inscrit dans le journal d’audit.
publish-confirm-mailed = Elle envoie aussi l’annonce par courriel à chaque point de contact de la procédure, chacun dans sa langue : { $people ->
        [one] { $people } personne
       *[other] { $people } personnes
    } pour { $delegations ->
        [one] { $delegations } délégation
       *[other] { $delegations } délégations
    }.
publish-confirm-unreachable-heading = Délégations sans point de contact pouvant se connecter (aucun de leurs membres ne reçoit de courriel)
publish-confirm-final = Une version publiée ne peut pas être retirée : une correction est publiée sous une nouvelle version, et les points de contact reçoivent un nouveau courriel.
publish-confirm-button = Publier la version { $version } et informer les points de contact par courriel
publish-confirm-back = Revenir sans publier
