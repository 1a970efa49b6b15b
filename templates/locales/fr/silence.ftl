# redraft — catalogue français : procédure d’approbation tacite.

## Silence procedure (settings)
field-silence-breakers = Qui peut rompre le silence (procédure d’approbation tacite uniquement)
field-silence-breakers-hint = Une déclaration d’une délégation d’une catégorie cochée rompt le silence ; les déclarations des autres sont consignées mais ne le rompent pas.
error-silence-breakers = Cochez au moins une catégorie de délégations pouvant rompre le silence
error-silence-too-short = Une procédure d’approbation tacite doit durer au moins { $unit ->
    [hours] { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    }
   *[minutes] { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
  } entre son ouverture et sa date limite
mail-kind-silence_result = résultat de la procédure d’approbation tacite

## Silence procedure
mail-greeting-chair = Madame la Présidente, Monsieur le Président,
mail-silence-invitation-subject = Procédure d’approbation tacite : { $round } (jusqu’au { $deadline })
mail-silence-invitation-intro = L’organe suivant : { $body }, a soumis le texte « { $round } » à la procédure d’approbation tacite. Le texte sera adopté le { $deadline }, à moins que le silence ne soit rompu d’ici là.
mail-silence-invitation-how = Si votre gouvernement émet une objection, rompez le silence en envoyant une déclaration écrite sur la page de la procédure avant la date limite. S’il n’a pas d’objection, aucune démarche n’est nécessaire.
mail-silence-reminder-subject = Rappel : la procédure d’approbation tacite relative à { $round } prend fin le { $deadline }
mail-silence-reminder-intro = Le texte « { $round } » sera adopté à la date limite, à moins que le silence ne soit rompu. Temps restant : { $remaining }. Si votre gouvernement n’a pas d’objection, vous pouvez ne pas tenir compte de ce message.
mail-silence-break-subject = Accusé de réception : silence rompu, { $reference } sur { $round }
mail-silence-break-intro = La déclaration par laquelle votre délégation rompt le silence sur « { $round } » a été reçue. Sa référence est { $reference } : veuillez la rappeler dans toute correspondance à son sujet. Elle peut être retirée jusqu’à la date limite.
mail-silence-statement-subject = Accusé de réception : déclaration { $reference } sur { $round }
mail-silence-statement-intro = La déclaration de votre délégation sur « { $round } » a été reçue et consignée ; elle ne rompt pas le silence, car les délégations de votre catégorie ne peuvent pas rompre le silence dans le cadre de cette procédure. Sa référence est { $reference }.
mail-silence-withdrawn-subject = Retrait : déclaration { $reference } sur { $round }
mail-silence-withdrawn-intro = La déclaration { $reference } de votre délégation sur « { $round } » a été retirée. Elle reste consignée comme retirée.
mail-silence-adopted-subject = Adopté selon la procédure d’approbation tacite : { $round }
mail-silence-adopted-intro = La procédure d’approbation tacite relative à « { $round } » a pris fin le { $deadline }. Le silence n’a pas été rompu : le texte est adopté.
mail-silence-broken-subject = Silence rompu : { $round }
mail-silence-broken-intro = La procédure d’approbation tacite relative à « { $round } » a pris fin le { $deadline }. Le silence a été rompu par les délégations suivantes ; le texte n’est pas adopté :

## Silence procedure (a delegation's pages)
silence-explanation = Le texte ci-dessous est soumis à la procédure d’approbation tacite. Il sera adopté le { $deadline }, à moins qu’une délégation ne rompe le silence par une déclaration écrite d’ici là. Si votre gouvernement n’a pas d’objection, aucune démarche n’est nécessaire.
silence-cannot-break = Dans le cadre de cette procédure, les délégations de votre catégorie ne peuvent pas rompre le silence : une déclaration que vous envoyez est consignée et communiquée à la présidence, mais elle ne rompt pas le silence.
silence-own-statements = Déclarations de votre délégation
silence-sent-at = Envoyée le { $time }
silence-withdrawn-at = Retirée le { $time }
silence-statement-breaks = Rompt le silence
silence-statement-recorded = Consignée ; ne rompt pas le silence
silence-amendment-to = Texte proposé pour la recommandation
silence-withdraw-link = Retirer cette déclaration
silence-form-heading = Rompre le silence
silence-form-heading-statement = Envoyer une déclaration
silence-statement-label = Déclaration de votre gouvernement
silence-statement-hint = Obligatoire. 20 000 caractères au maximum. Exposez l’objection et ses motifs.
silence-amendments-legend = Propositions d’amendement (facultatives)
silence-amendments-hint = Si votre gouvernement propose un autre libellé, saisissez le paragraphe entier tel que proposé sous la recommandation concernée. Laissez les autres vides.
silence-amendment-label = Texte proposé pour la recommandation
silence-continue = Continuer
silence-not-writable = Les déclarations ne peuvent être envoyées ou retirées que tant que la procédure est ouverte.
silence-confirm-title = Confirmer la déclaration de votre gouvernement
silence-official-act = L’envoi de cette déclaration est un acte officiel du Gouvernement de la délégation suivante : { $delegation } ; elle est consignée avec son heure et son numéro de référence et attribuée à votre délégation.
silence-confirm-breaks = Elle rompt le silence : à moins qu’elle ne soit retirée avant le { $deadline }, le texte ne sera pas adopté selon cette procédure.
silence-confirm-button = Rompre le silence
silence-confirm-statement-button = Envoyer la déclaration
silence-change-button = Revenir en arrière pour la modifier
silence-notice-broken = Votre délégation a rompu le silence. Référence : { $reference }
silence-notice-recorded = La déclaration de votre délégation a été consignée ; elle ne rompt pas le silence. Référence : { $reference }
silence-notice-withdrawn = La déclaration { $reference } de votre délégation a été retirée. Elle reste consignée comme retirée.
silence-withdraw-title = Retirer la déclaration de votre délégation
silence-withdraw-explanation = En retirant la déclaration, votre délégation ne rompt plus le silence. La déclaration reste consignée et porte la mention « retirée ». Vous pouvez en envoyer une nouvelle jusqu’à la date limite.
silence-withdraw-confirm = Retirer la déclaration
silence-nothing-to-withdraw = Votre délégation n’a aucune déclaration en vigueur dans le cadre de cette procédure.
silence-result-heading = Résultat de la procédure d’approbation tacite
silence-result-adopted = Le silence n’a pas été rompu : le texte est adopté.
silence-result-broken = Le silence a été rompu par les délégations suivantes ; le texte n’est pas adopté :
error-statement-empty = Saisissez la déclaration de votre gouvernement
error-amendment-repeated = Proposez un seul texte par recommandation
conflict-not-silence = Cette procédure n’est pas une procédure d’approbation tacite. Rien n’a été enregistré.
conflict-silence-standing = Votre délégation a déjà une déclaration en vigueur dans le cadre de cette procédure ; retirez-la d’abord pour en envoyer une autre. Rien n’a été enregistré.
refusal-silence-closed = Cette procédure d’approbation tacite a pris fin le { $deadline }. Votre déclaration n’a pas été enregistrée.
refusal-silence-not-open = Cette procédure d’approbation tacite commence le { $opens }. Votre déclaration n’a pas été enregistrée.
refusal-silence-cancelled = Cette procédure d’approbation tacite a été annulée. Votre déclaration n’a pas été enregistrée.
