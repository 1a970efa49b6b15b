# redraft — catálogo español: procedimiento de acuerdo tácito.

## Silence procedure (settings)
field-silence-breakers = Quién puede romper el silencio (solo procedimiento de acuerdo tácito)
field-silence-breakers-hint = Una declaración de una delegación de una categoría marcada rompe el silencio; las declaraciones de las demás se registran, pero no lo rompen.
error-silence-breakers = Marque al menos una categoría de delegaciones que pueda romper el silencio
error-silence-too-short = Un procedimiento de acuerdo tácito debe durar al menos { $unit ->
    [hours] { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    }
   *[minutes] { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
  } desde su apertura hasta su plazo
mail-kind-silence_result = resultado del procedimiento de acuerdo tácito

## Silence procedure
mail-greeting-chair = Señor/Señora Presidente/a:
mail-silence-invitation-subject = Procedimiento de acuerdo tácito: { $round } (hasta el { $deadline })
mail-silence-invitation-intro = El órgano { $body } ha sometido el texto «{ $round }» al procedimiento de acuerdo tácito. El texto se aprobará el { $deadline }, a menos que antes se rompa el silencio.
mail-silence-invitation-how = Si su Gobierno tiene objeciones, rompa el silencio enviando una declaración escrita en la página del procedimiento antes del plazo. Si no las tiene, no es necesario hacer nada.
mail-silence-reminder-subject = Recordatorio: el procedimiento de acuerdo tácito sobre { $round } finaliza el { $deadline }
mail-silence-reminder-intro = El texto «{ $round }» se aprobará al vencer el plazo, a menos que se rompa el silencio. Tiempo restante: { $remaining }. Si su Gobierno no tiene objeciones, puede hacer caso omiso de este mensaje.
mail-silence-break-subject = Acuse de recibo: silencio roto, { $reference } sobre { $round }
mail-silence-break-intro = Se ha recibido la declaración con la que su delegación rompe el silencio sobre «{ $round }». Su referencia es { $reference }: sírvase citarla en toda correspondencia relativa a ella. Puede retirarse hasta que venza el plazo.
mail-silence-statement-subject = Acuse de recibo: declaración { $reference } sobre { $round }
mail-silence-statement-intro = Se ha recibido y registrado la declaración de su delegación sobre «{ $round }»; no rompe el silencio, porque las delegaciones de su categoría no pueden romperlo en este procedimiento. Su referencia es { $reference }.
mail-silence-withdrawn-subject = Retirada: declaración { $reference } sobre { $round }
mail-silence-withdrawn-intro = Se ha retirado la declaración { $reference } de su delegación sobre «{ $round }». Queda registrada como retirada.
mail-silence-adopted-subject = Aprobado mediante el procedimiento de acuerdo tácito: { $round }
mail-silence-adopted-intro = El procedimiento de acuerdo tácito sobre «{ $round }» finalizó el { $deadline }. No se rompió el silencio: el texto queda aprobado.
mail-silence-broken-subject = Silencio roto: { $round }
mail-silence-broken-intro = El procedimiento de acuerdo tácito sobre «{ $round }» finalizó el { $deadline }. Las delegaciones siguientes rompieron el silencio; el texto no queda aprobado:

## Silence procedure (a delegation's pages)
silence-explanation = El texto que figura a continuación está sometido al procedimiento de acuerdo tácito. Se aprobará el { $deadline }, a menos que antes una delegación rompa el silencio con una declaración escrita. Si su Gobierno no tiene objeciones, no es necesario hacer nada.
silence-cannot-break = En este procedimiento, las delegaciones de su categoría no pueden romper el silencio: la declaración que envíe se registra y se muestra a la Presidencia, pero no rompe el silencio.
silence-own-statements = Declaraciones de su delegación
silence-sent-at = Enviada el { $time }
silence-withdrawn-at = Retirada el { $time }
silence-statement-breaks = Rompe el silencio
silence-statement-recorded = Registrada; no rompe el silencio
silence-amendment-to = Texto propuesto para la recomendación
silence-withdraw-link = Retirar esta declaración
silence-form-heading = Romper el silencio
silence-form-heading-statement = Enviar una declaración
silence-statement-label = Declaración de su Gobierno
silence-statement-hint = Obligatoria. Hasta 20.000 caracteres. Exponga la objeción y sus motivos.
silence-amendments-legend = Propuestas de enmienda (opcionales)
silence-amendments-hint = Si su Gobierno propone otra redacción, escriba el párrafo completo tal como se propone bajo la recomendación de que se trate. Deje las demás en blanco.
silence-amendment-label = Texto propuesto para la recomendación
silence-continue = Continuar
silence-not-writable = Las declaraciones solo pueden enviarse o retirarse mientras el procedimiento esté abierto.
silence-confirm-title = Confirme la declaración de su Gobierno
silence-official-act = El envío de esta declaración es un acto oficial del Gobierno de { $delegation }: queda registrada con su hora y su número de referencia y se atribuye a su delegación.
silence-confirm-breaks = Rompe el silencio: a menos que se retire antes del { $deadline }, el texto no se aprobará mediante este procedimiento.
silence-confirm-button = Romper el silencio
silence-confirm-statement-button = Enviar la declaración
silence-change-button = Volver atrás y modificarla
silence-notice-broken = Su delegación ha roto el silencio. Referencia: { $reference }
silence-notice-recorded = Se ha registrado la declaración de su delegación; no rompe el silencio. Referencia: { $reference }
silence-notice-withdrawn = Se ha retirado la declaración { $reference } de su delegación. Queda registrada como retirada.
silence-withdraw-title = Retirar la declaración de su delegación
silence-withdraw-explanation = Al retirar la declaración, su delegación deja de romper el silencio. La declaración queda registrada y marcada como retirada. Puede enviar una nueva hasta que venza el plazo.
silence-withdraw-confirm = Retirar la declaración
silence-nothing-to-withdraw = Su delegación no tiene ninguna declaración vigente en este procedimiento.
silence-result-heading = Resultado del procedimiento de acuerdo tácito
silence-result-adopted = No se rompió el silencio: el texto queda aprobado.
silence-result-broken = Las delegaciones siguientes rompieron el silencio; el texto no queda aprobado:
error-statement-empty = Escriba la declaración de su Gobierno
error-amendment-repeated = Proponga un solo texto por recomendación
conflict-not-silence = Este procedimiento no es un procedimiento de acuerdo tácito. No se ha guardado nada.
conflict-silence-standing = Su delegación ya tiene una declaración vigente en este procedimiento; retírela primero para enviar otra. No se ha guardado nada.
refusal-silence-closed = Este procedimiento de acuerdo tácito finalizó el { $deadline }. Su declaración no se ha guardado.
refusal-silence-not-open = Este procedimiento de acuerdo tácito comienza el { $opens }. Su declaración no se ha guardado.
refusal-silence-cancelled = Este procedimiento de acuerdo tácito ha sido cancelado. Su declaración no se ha guardado.
