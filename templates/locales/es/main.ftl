# redraft — catálogo español. Identificadores en kebab-case; variables $con-nombre.

## Layout
skip-to-content = Ir al contenido principal
signed-in-as = Sesión iniciada como { $email }
session-idle-note = Si no hay actividad, su sesión finalizará el { $time }.
session-idle-note-venue = Si no hay actividad, su sesión finalizará el { $time } ({ $utc }).
session-warning-soon = Si no hay actividad, su sesión finalizará en menos de cinco minutos. Mantenga la sesión abierta para seguir trabajando en esta página: lo que ha escrito se conserva.
session-warning-ended = Su sesión ha finalizado. Un formulario enviado ahora no se guarda: su texto se le muestra para que pueda copiarlo y, a continuación, debe iniciar sesión de nuevo.
session-extend = Mantener la sesión abierta
sign-out = Cerrar sesión
footer-note = redraft — procedimientos de observaciones posteriores a las reuniones. Las horas se indican en el huso horario del lugar de la reunión, con su diferencia respecto del tiempo universal coordinado (UTC).
back-home = Volver a sus procedimientos
go-back = Volver
cancel = Cancelar
back-to-round = Volver al procedimiento
error-page-title = Error: { $title }
error-summary-title = Se ha producido un problema
error-summary-item = { $field }: { $message }

## Errors
error-not-found-title = Página no encontrada
error-not-found-body = Esta página no existe o usted no tiene acceso a ella. Compruebe la dirección o vuelva a sus procedimientos.
error-csrf-title = El formulario ha caducado
error-csrf-body = Este formulario no se envió desde redraft o ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo. No se ha guardado nada.
error-bad-form-title = No se ha podido leer el formulario
error-bad-form-body = No se ha podido leer el formulario. Vuelva atrás, recargue la página e inténtelo de nuevo. No se ha guardado nada.
error-not-utf8-title = El formulario contenía un texto ilegible
error-not-utf8-body = Parte de lo enviado no es un texto válido (no está en UTF-8, la codificación de este sitio), por lo que no se ha guardado nada. Vuelva atrás, escriba o pegue de nuevo el texto y envíe otra vez el formulario.
error-internal-title = Lo sentimos, el servicio tiene un problema
error-internal-body = Se ha producido un error en nuestro sistema y no se ha guardado nada. Inténtelo de nuevo dentro de unos minutos.
error-conflict-title = Su modificación no se ha guardado
conflict-comment-withdrawn = Esta observación ha sido retirada y ya no puede modificarse. No se ha guardado nada.
conflict-comment-changed = Otra persona de su delegación modificó esta observación después de que usted la abriera. No se ha guardado nada: abra de nuevo la observación para ver el texto actual.
error-demo-data = No se han podido cargar los datos de demostración.

## Validation (ids from the domain)
error-email-empty = Indique su dirección de correo electrónico
error-email-too-long = La dirección de correo electrónico no debe superar los 254 caracteres
error-email-malformed = Indique una dirección de correo electrónico con el formato correcto, por ejemplo nombre@example.org
error-comment-empty = Escriba su observación
error-comment-too-long = La observación no debe superar los { $max } caracteres (tiene { $len })
error-comment-control-character = La observación contiene un carácter que no puede guardarse (un carácter de control). Elimínelo e inténtelo de nuevo
error-comment-kind = Seleccione el tipo de observación
error-comment-version = No se ha podido leer el formulario, por lo que no se ha guardado nada. Abra de nuevo la observación y haga allí su modificación
error-proposed-text-empty = Escriba el texto que propone para esta recomendación
error-proposed-text-unchanged = El texto propuesto es idéntico al del proyecto: modifíquelo para que diga lo que propone, o elija otro tipo de observación
error-recommendation-unknown = Esta recomendación no forma parte del proyecto sometido a observaciones
error-delegation-name-empty = Indique el nombre de la delegación
error-delegation-name-too-long = El nombre de la delegación no debe superar los 200 caracteres
error-delegation-name-control-character = El nombre de la delegación contiene un carácter que no puede guardarse
error-delegation-name-bidi-control = El nombre de la delegación contiene un carácter invisible que cambia la dirección del texto. Elimínelo e inténtelo de nuevo
error-recommendation-label-empty = Indique el número de la recomendación
error-recommendation-label-too-long = El número no debe superar los 20 caracteres
error-recommendation-label-invalid-character = El número solo puede contener letras, cifras, espacios y ( ) . - /

## Deadline refusals
refusal-title = El procedimiento está cerrado
refusal-round-closed = Este procedimiento se cerró el { $deadline }. Su observación no se ha guardado.
refusal-round-not-open = Este procedimiento se abre el { $opens }. Su observación no se ha guardado.
refusal-round-cancelled = Este procedimiento ha sido cancelado. Su observación no se ha guardado.
kept-text-heading = Lo que usted escribió
kept-text-hint = Copie su texto si desea conservarlo; no se ha guardado.
session-ended-title = Su sesión ha finalizado
session-ended-body = Su sesión finalizó antes de que se enviara su observación, por lo que no se ha guardado. Copie el texto que figura a continuación, inicie sesión de nuevo y péguelo en el formulario.
sign-in-again = Iniciar sesión de nuevo

## Sign-in
sign-in-title = Iniciar sesión
sign-in-intro = Indique la dirección de correo electrónico registrada por su delegación o por la Secretaría. Le enviaremos un enlace para iniciar sesión.
sign-in-email-label = Dirección de correo electrónico
sign-in-email-hint = Por ejemplo, nombre@mrree.example.org
sign-in-send-link = Enviarme un enlace para iniciar sesión
signed-out-notice = Ha cerrado la sesión.
check-email-title = Consulte su correo electrónico
check-email-body = Si esta dirección está registrada para una delegación o para la Secretaría, se le ha enviado un enlace para iniciar sesión. El enlace solo puede utilizarse una vez y durante 30 minutos.
check-email-again = Solicitar un nuevo enlace para iniciar sesión
sign-in-link-title = Iniciar sesión en redraft
sign-in-link-body = Pulse el botón para iniciar sesión. El enlace solo puede utilizarse una vez.
sign-in-button = Iniciar sesión
sign-in-link-invalid-title = Este enlace para iniciar sesión ya no es válido
sign-in-link-invalid-body = Los enlaces para iniciar sesión solo pueden utilizarse una vez y durante 30 minutos. Solicite uno nuevo.

## E-mail
email-sign-in-subject = Su enlace para iniciar sesión en redraft
email-sign-in-intro = Utilice este enlace para iniciar sesión en redraft:
email-sign-in-button = Iniciar sesión en redraft
email-sign-in-validity = El enlace solo puede utilizarse una vez, hasta el { $until }.
email-sign-in-ignore = Si no ha solicitado iniciar sesión, puede hacer caso omiso de este mensaje.

## Rounds
home-title = Sus procedimientos
home-no-rounds = Todavía no hay procedimientos para usted.
round-state = Situación
round-state-scheduled = Aún no abierto
round-state-open = Abierto a observaciones
round-state-closed = Cerrado
round-state-open-delegation = Abierto para su delegación hasta el { $deadline }
round-state-open-extensions = Abierto solo en virtud de prórrogas individuales, hasta el { $deadline }
round-last-window = Último plazo
round-state-cancelled = Cancelado
round-deadline = Plazo
round-deadline-inline = Plazo: { $deadline }
round-remaining = Tiempo restante
round-remaining-inline = Tiempo restante: { $remaining }
round-opens = Apertura
round-delegation = Formula observaciones en nombre de: { $delegation }
round-not-writable = Las observaciones solo pueden añadirse o modificarse mientras el procedimiento esté abierto.
window-closed-no-changes = El plazo de su delegación venció el { $deadline }: esta observación ya no puede modificarse ni retirarse.
individual-extension = La Presidencia ha prorrogado el plazo para su delegación hasta el { $deadline }.
illustrative-banner = Proyecto ilustrativo: estas recomendaciones se redactaron para esta demostración. El proyecto real de la reunión no se publicó.
instructions-heading = Instrucciones
agenda-item = Tema { $number } del programa
recommendation = Recomendación
general-heading = Observaciones sobre el proyecto en su conjunto
general-short = Proyecto en su conjunto
our-comments-link = Todas las observaciones de nuestra delegación (versión para imprimir)
notice-saved = Su observación se ha guardado. Referencia: { $reference }
notice-withdrawn = La observación { $reference } ha sido retirada. Queda registrada como retirada.

## Comments
own-comments-heading = Observaciones de su delegación
others-comments-heading = Observaciones de otras delegaciones
comment-on = Formular una observación sobre la recomendación
comment-on-draft = Formular una observación sobre el proyecto en su conjunto
comment-kind-legend = Tipo de observación
comment-kind-remark = Observación general
comment-kind-amendment = Propuesta de enmienda
comment-kind-deletion = Propuesta de supresión
comment-kind-support = Apoyo
comment-text-label = Observación
comment-text-hint = Hasta 20.000 caracteres. Obligatoria para una observación general; opcional para los demás tipos.
comment-proposed-label = Texto propuesto (para una enmienda)
comment-proposed-hint = Obligatorio para una propuesta de enmienda: el párrafo completo, tal como propone que quede redactado. Parte del texto del proyecto: modifique lo que proponga cambiar. Hasta 20.000 caracteres.
comment-proposed-shown = Texto propuesto:
comment-withdrawn = Retirada
comment-late = Presentada fuera de plazo (prórroga individual)
comment-submitted = Presentada el { $time }
comment-last-changed = Última modificación: { $time }
save-comment = Guardar la observación
save-changes = Guardar las modificaciones
edit-link = Modificar
withdraw-link = Retirar
edit-title = Modificar la observación { $reference }
withdraw-title = Retirar la observación { $reference }
withdraw-explanation = Una observación retirada deja de formar parte de la contribución de su delegación. Queda registrada y marcada como retirada.
withdraw-confirm = Retirar esta observación
our-comments-title = Observaciones de la delegación de { $delegation }
our-comments-none = Su delegación no ha presentado observaciones en este procedimiento.
printed-at = Situación al { $time }
col-reference = Referencia
col-on = Sobre
col-kind = Tipo
col-text = Texto
col-last-change = Última modificación

## Chair
chair-round-title = Todas las observaciones: { $round }
chair-counts-invited = Delegaciones invitadas: { $count }
chair-counts-responded = Delegaciones que han respondido: { $count }
chair-counts-comments = Observaciones: { $count }
chair-no-comments = No hay observaciones.

## Other domain ids
error-deadline-cancelled = Este procedimiento ha sido cancelado.
error-deadline-closed = Este procedimiento está cerrado.
error-deadline-not-yet-open = Este procedimiento aún no está abierto.
error-venue-zone-ambiguous = Esta hora se produce dos veces en el huso horario del lugar de la reunión (los relojes se atrasan). Elija otra hora.
error-venue-zone-gap = Esta hora no existe en el huso horario del lugar de la reunión (los relojes se adelantan). Elija otra hora.
error-venue-zone-out-of-range = Esta fecha está fuera del intervalo admitido.
error-venue-zone-unknown = Elija un huso horario de la lista
paragraph-as-drafted = El párrafo tal como figura en el proyecto, al que sustituye una enmienda:

# Observaciones registradas por la Secretaría en nombre de una delegación
comment-intake = Registrada por la Secretaría en nombre de { $delegation }; recibida por { $source ->
        [email] correo electrónico
        [note_verbale] nota verbal
       *[letter] carta
    } de { $date }.
comment-intake-reference = Registrada por la Secretaría en nombre de { $delegation }; recibida por { $source ->
        [email] correo electrónico
        [note_verbale] nota verbal
       *[letter] carta
    } de { $date } (ref. { $reference }).
comment-received-late = Recibida una vez vencido el plazo
comment-held-back = Recibida una vez vencido el plazo: excluida de la consolidación salvo que la Presidencia decida incluirla
comment-included = Recibida una vez vencido el plazo: incluida en la consolidación por decisión de la Presidencia
conflict-comment-entered-by-secretariat = La Secretaría registró esta observación en nombre de su delegación: no puede modificarse ni retirarse aquí. Puede añadir otra observación. No se ha guardado nada.
conflict-comment-not-held-back = Esta observación ya forma parte de la consolidación. No se ha guardado nada.
error-intake-delegation = Seleccione una delegación que participe en el procedimiento
error-intake-source = Indique cómo se recibió la observación
error-intake-received-invalid = Indique la hora de recepción como un instante RFC 3339, por ejemplo 2020-10-02T14:30:00Z
error-intake-received-future = La fecha y hora de recepción no pueden ser posteriores al momento actual
error-intake-not-open = El procedimiento aún no está abierto: las observaciones podrán registrarse cuando se abra. No se ha guardado nada.
error-intake-outcome-published = El documento final está publicado: reabra primero el procedimiento. No se ha guardado nada.
error-intake-silence = Un procedimiento de acuerdo tácito admite declaraciones que rompen el silencio, no observaciones. No se ha guardado nada.
error-source-reference-too-long = La referencia no debe superar los { $max } caracteres
error-source-reference-invalid = La referencia contiene un carácter de control o de formato invisible; suprímalo e inténtelo de nuevo

# Archivos adjuntos
error-attachment-empty = El archivo está vacío
error-attachment-too-large = El archivo supera los 20 MB. No se ha guardado nada.
error-attachment-pdf-only = Adjunte la carta de la delegación como archivo PDF. No se ha guardado nada.
error-attachment-pdf-or-docx = Adjunte el original como archivo PDF o Word (DOCX). No se ha guardado nada.
conflict-attachment-delegation-comment = La Secretaría solo adjunta archivos a las observaciones que registró en nombre de una delegación; cada delegación adjunta los suyos. No se ha guardado nada.
