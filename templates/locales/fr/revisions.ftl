# redraft — catalogue français : projets révisés (Rev.1, Rev.2…), historique et cotes des documents.

## Setting up a revised draft (Chair)
field-document-symbol = Cote du document
field-document-symbol-hint = Figure dans l’en-tête du document final, par exemple CTOC/COP/WG.4/2020/L.1. Lettres, chiffres et / . - _ ( ) uniquement, 100 caractères au maximum ; peut rester vide. Un projet révisé laissé vide prend la cote de la procédure dont il est issu, suivie de /Rev.1, /Rev.2, etc.
revision-heading = Un projet révisé
revision-notice = Le projet de cette procédure sera la version suivante du document ({ $version }) : le texte consolidé du document final publié de « { $round } » (recommandations maintenues, modifiées et entre crochets, et celles ajoutées lors de la consolidation ; les recommandations supprimées et fusionnées sont omises). Les délégations de cette procédure sont également invitées. Vous pouvez encore modifier le projet et les délégations avant l’ouverture de la procédure.
revision-start = Lancer une procédure sur un projet révisé
revision-start-hint = Le document final est publié : une nouvelle procédure peut porter sur son texte consolidé, en tant que version suivante du document.
revision-draft-note = Ce projet est la version { $version } du document, établie à partir du document final publié de « { $round } ». Chaque recommandation conserve son lien avec sa version précédente lorsque vous chargez un nouveau projet, tant que son numéro reste le même.
error-based-on-unknown = Il n’existe pas de procédure de ce type sur laquelle fonder un projet révisé.
error-based-on-not-closed = Un projet révisé est établi à partir d’une procédure close, et cette procédure n’est pas close.
error-based-on-unpublished = Un projet révisé est établi à partir d’un document final publié : publiez d’abord le document final de cette procédure.
error-based-on-other-meeting = Un projet révisé relève de l’organe et de la réunion de la procédure dont il est issu : { $body }, { $meeting }.
error-document-symbol-too-long = La cote du document ne doit pas dépasser 100 caractères.
error-document-symbol-invalid = Une cote de document ne comporte que des lettres, des chiffres et / . - _ ( ) et commence par une lettre ou un chiffre, par exemple CTOC/COP/WG.4/2020/L.1.

## A delegation's view of a revised draft
revision-round-note = Ce projet est la version { $version } du document, révisée à partir du document final de « { $round } ».
revision-history-link = Historique du document
revision-view-label = Afficher le texte
revision-view-clean = Texte définitif
revision-view-changes = Modifications depuis la version précédente
revision-changed = Modifiée depuis la version précédente.
revision-unchanged = Inchangée depuis la version précédente.
revision-new = Nouvelle dans cette version.
revision-previous-comments-link = Commentaires sur la version précédente de la recommandation { $label }
revision-changes-legend = Les ajouts sont soulignés ; les suppressions sont barrées.

## Comments on the previous version of a recommendation
previous-title = Recommandation { $label } : la version précédente et ses commentaires
previous-version-heading = Recommandation { $label } dans « { $round } »
previous-own-heading = Commentaires de votre délégation
previous-own-none = Votre délégation n’a formulé aucun commentaire à son sujet.
previous-others-heading = Commentaires des autres délégations
previous-others-none = Aucune autre délégation n’a formulé de commentaire à son sujet.
previous-others-not-shared = Les commentaires des autres délégations sur la version précédente ne vous sont pas communiqués.
previous-back = Retour à la procédure

## The document's history
history-title = Historique du document
history-intro = Toutes les versions du document, avec leur procédure, leurs dates, leur document final et la décision prise sur chaque recommandation.
history-original = Projet initial
history-version-heading = { $version } : { $round }
history-dates = Commentaires du { $opens } au { $closes }
history-symbol = Cote : { $symbol }
history-outcome-none = Aucun document final n’a encore été publié.
history-outcome-line = Version { $version } du document final, publiée le { $time }
history-decisions-heading = Décisions sur chaque recommandation
history-col-version = { $version }
history-not-in-version = Absente de cette version
history-under-comment = Soumise aux commentaires, pas encore de décision
history-dates-silence = Soumis à la procédure d’approbation tacite du { $opens } au { $closes }
history-under-silence = Soumis à la procédure d’approbation tacite, pas encore de résultat
history-silence-adopted = Adopté selon la procédure d’approbation tacite
history-silence-broken = Non adopté : le silence a été rompu
history-label = Recommandation { $label }
history-added = Ajoutée lors de la consolidation.

## The masthead of the outcome document
outcome-masthead-distribution = Distr. générale
outcome-masthead-original = Original : anglais
outcome-masthead-date = { $day } { $month } { $year }
