# redraft — catálogo español de los correos electrónicos (avisos de los procedimientos) y del registro de correo.

## Common parts
mail-deadline = Plazo: { $deadline }
mail-deadline-utc = En UTC: { $utc }
mail-open-round = Abrir el procedimiento
mail-open-our-comments = Ver las observaciones de su delegación
mail-footer = Este mensaje ha sido enviado por redraft en nombre de: { $body }.
mail-footer-replies = Este mensaje ha sido enviado por redraft en nombre de: { $body }. Las respuestas llegan a la Secretaría.
mail-greeting = Estimado/a coordinador/a de la delegación de { $delegation }:

## Invitation (when a round opens)
mail-invitation-subject = Invitación a formular observaciones: { $round } (plazo: { $deadline })
mail-invitation-intro = El órgano { $body } invita a su delegación a formular observaciones sobre el proyecto en el procedimiento «{ $round }».
mail-invitation-open = El procedimiento ya está abierto. Las observaciones pueden enviarse, modificarse o retirarse hasta el plazo indicado a continuación; el servidor rechaza todo lo que se envíe después.
mail-invitation-calendar = El archivo de calendario adjunto (deadline.ics) contiene el plazo.
mail-invitation-calendar-summary = Plazo: { $round }

## Receipt (a delegation's first submission) and daily digest
mail-receipt-subject = Acuse de recibo: observación { $reference } sobre { $round }
mail-receipt-intro = Su delegación ha enviado su primera observación en el procedimiento «{ $round }». Su referencia es { $reference }: sírvase citarla en toda correspondencia relativa a ella.
mail-receipt-more = Puede añadir, modificar o retirar observaciones hasta que venza el plazo. Cada día en que haya cambios recibirá un único resumen, y no un mensaje por cada cambio.
mail-digest-subject = Cambios del { $date }: { $delegation }, { $round }
mail-digest-intro = Las observaciones de su delegación en el procedimiento «{ $round }» cambiaron el { $date } (hora del lugar de la reunión):
mail-digest-submitted = { $reference } presentada ({ $on })
mail-digest-edited = { $reference } modificada ({ $on })
mail-digest-withdrawn = { $reference } retirada ({ $on })

## Reminder
mail-reminder-subject = Recordatorio: las observaciones sobre { $round } deben presentarse a más tardar el { $deadline }
mail-reminder-intro = Su delegación aún no ha enviado observaciones en el procedimiento «{ $round }». Tiempo restante: { $remaining }.
mail-reminder-ignore = Si su delegación no tiene nada que añadir, puede hacer caso omiso de este mensaje.

## Chair's actions
mail-extension-subject = Plazo prorrogado: { $round }
mail-extension-intro = La Presidencia ha prorrogado el plazo del procedimiento «{ $round }» del { $old } al { $new }.
mail-extension-one-subject = Plazo prorrogado para { $delegation }: { $round }
mail-extension-one-intro = La Presidencia ha prorrogado el plazo del procedimiento «{ $round }» solo para su delegación, del { $old } al { $new }. Las observaciones enviadas después del plazo general se marcan como presentadas fuera de plazo.
mail-early-close-subject = Procedimiento cerrado anticipadamente: { $round }
mail-early-close-intro = La Presidencia ha cerrado anticipadamente el procedimiento «{ $round }», el { $closed }. Ya no se aceptan observaciones.
mail-early-close-extension-ended = Con ello finaliza también la prórroga concedida a su delegación hasta el { $deadline }: tampoco su delegación puede ya añadir ni modificar observaciones.
mail-reopen-subject = Procedimiento reabierto: { $round }
mail-reopen-intro = La Presidencia ha reabierto el procedimiento «{ $round }». Pueden volver a enviarse observaciones hasta el nuevo plazo indicado a continuación.
mail-cancel-subject = Procedimiento cancelado: { $round }
mail-cancel-intro = La Presidencia ha cancelado el procedimiento «{ $round }». Ya no se aceptan observaciones.
mail-reason = Motivo indicado por la Presidencia: { $reason }
mail-calendar-updated = El archivo de calendario adjunto (deadline.ics) actualiza el plazo en su calendario.
mail-calendar-cancelled = El archivo de calendario adjunto (deadline.ics) elimina el plazo de su calendario.

## Closing confirmation
mail-closing-subject = Procedimiento cerrado: lo presentado por { $delegation } sobre { $round }
mail-closing-intro = El procedimiento «{ $round }» se cerró el { $deadline }. Esto es lo que su delegación presentó, según constaba al vencer el plazo:
mail-closing-none = No se recibieron observaciones de su delegación.
mail-closing-item = { $reference } — { $on } — { $kind }: { $text }
mail-closing-whole-draft = proyecto en su conjunto
mail-closing-recommendation = recomendación { $label }

## Outcome
mail-outcome-subject = Documento final publicado: { $round }
mail-outcome-intro = La Presidencia ha publicado el documento final del procedimiento «{ $round }», con la recopilación de las observaciones recibidas.
mail-open-outcome = Leer el documento final

## Test message
mail-test-subject = Correo electrónico de prueba de redraft
mail-test-body = Este es un mensaje de prueba enviado desde el registro de correo del procedimiento «{ $round }» el { $time }. Si puede leerlo, el correo de redraft le llega correctamente.

## The Chair's mail log
mail-log-title = Correo electrónico: { $round }
mail-log-link = Registro de correo de este procedimiento
mail-log-intro = Todos los mensajes de este procedimiento, del más antiguo al más reciente. Los mensajes los envía un proceso en segundo plano; los intentos fallidos se repiten con pausas cada vez más largas.
mail-log-empty = Todavía no se ha enviado ningún correo electrónico para este procedimiento.
mail-log-col-kind = Tipo
mail-log-col-recipient = Destinatario
mail-log-col-subject = Asunto
mail-log-col-status = Estado
mail-log-col-attempts = Intentos
mail-log-col-error = Último error
mail-log-col-sent = Enviado el
mail-log-resent = reenviado tras una interrupción, con el mismo Message-ID
mail-log-test-heading = Enviar un correo electrónico de prueba
mail-log-test-hint = Un mensaje de prueba se envía a su propia dirección ({ $email }) por la misma cola de salida y el mismo medio de transporte que los demás mensajes.
mail-log-test-button = Enviar un correo de prueba
mail-log-test-queued = Hay un correo de prueba para { $email } en la cola de salida; aparece a continuación.
mail-status-pending = en espera
mail-status-sending = enviándose
mail-status-sent = enviado
mail-status-failed = fallido
mail-status-dropped = no enviado
mail-kind-invitation = invitación
mail-kind-receipt = acuse de recibo
mail-kind-digest = resumen diario
mail-kind-reminder = recordatorio
mail-kind-extension = prórroga
mail-kind-early_close = cierre anticipado
mail-kind-reopen = reapertura
mail-kind-cancel = cancelación
mail-kind-closing = confirmación de cierre
mail-kind-outcome = documento final
mail-kind-test = prueba
mail-kind-sign_in = enlace para iniciar sesión

## Reminder offsets (ids from the domain)
error-reminders-malformed = Indique cada recordatorio como un período antes del plazo, por ejemplo P7D o PT48H, separados por comas
error-reminders-not-positive = Un recordatorio debe enviarse antes del plazo
error-reminders-too-many = Como máximo 10 recordatorios por procedimiento

mail-intake-subject = Registrada para su delegación: observación { $reference } sobre { $round }
mail-intake-intro = La Secretaría ha registrado una observación en nombre de su delegación en el procedimiento «{ $round }», a partir de una comunicación recibida. Su referencia es { $reference }: sírvase citarla en toda correspondencia relativa a ella.
mail-intake-held-back = Se recibió una vez vencido el plazo de su delegación: queda registrada y solo se tendrá en cuenta en la consolidación si la Presidencia así lo decide.
mail-intake-more = Figura entre las observaciones de su delegación. Al haberla registrado la Secretaría, no puede modificarse mediante los formularios; su delegación puede añadir otras observaciones mientras no haya vencido su plazo.
