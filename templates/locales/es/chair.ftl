# redraft — catálogo español: páginas de la Presidencia y de la Secretaría.

## Navigation
nav-label = Páginas de este procedimiento
nav-overview = Resumen y calendario
nav-responses = Respuestas
nav-comments = Observaciones
nav-draft = Proyecto
nav-delegations = Delegaciones
nav-settings = Configuración
nav-audit = Registro de auditoría
new-round-link = Establecer un nuevo procedimiento
venue-now = Hora actual en el lugar de la reunión: { $time }
yes = Sí
no = No
add = Añadir
remove = Eliminar
rename = Cambiar el nombre
filter = Filtrar

## Categories of delegations
category-party = Estado parte
category-observer_state = Estado observador
category-other_observer = Otro observador
category-igo = Organización intergubernamental
category-other = Otra

## Round settings
new-round-title = Establecer un nuevo procedimiento
settings-title = Configuración del procedimiento
field-body = Órgano
field-body-hint = Por ejemplo, Grupo de Trabajo sobre la Trata de Personas
field-meeting = Reunión
field-meeting-hint = Por ejemplo, décima reunión
field-round-title = Título del procedimiento
field-round-title-hint = Por ejemplo, Observaciones posteriores a la reunión sobre el proyecto de recomendaciones
field-reference-prefix = Prefijo de referencia de los acuses de recibo
field-reference-prefix-hint = Los acuses de recibo se numeran a continuación de este prefijo: por ejemplo, WG-TIP-2020/C da WG-TIP-2020/C/0042. Solo letras, cifras y - / . _; exclusivo de este procedimiento.
field-kind = Tipo de procedimiento
kind-comment = Procedimiento de observaciones
kind-silence = Procedimiento de acuerdo tácito
field-time-zone = Huso horario del lugar de la reunión
field-time-zone-hint = Los plazos se introducen y se muestran en este huso, con su diferencia respecto de UTC.
field-opens = Apertura
field-closes = Cierre (plazo)
field-datetime-hint = Fecha y hora locales del lugar de la reunión, por ejemplo 2020-10-02 y 18:00.
field-date = Fecha
field-time = Hora
field-confirm-ambiguous = Utilizar el primero de los dos momentos con esta hora (antes de que se atrasen los relojes)
field-visibility = Quién ve las observaciones de otras delegaciones
visibility-private = Nadie hasta que se publique el documento final (cada delegación ve solo las suyas)
visibility-after-close = Todas las delegaciones, una vez cerrado el procedimiento
visibility-live = Todas las delegaciones, a medida que se reciben
field-instructions = Instrucciones a las delegaciones
field-instructions-hint = Se muestran en la página del procedimiento. Hasta 20.000 caracteres.
preview-round = Comprobar las horas
preview-again = Comprobar de nuevo
preview-heading = Comprobación antes de guardar
save-round = Guardar el procedimiento
error-field-required = Indique un valor
error-field-too-long = No debe superar los { $max } caracteres
error-title-control-character = Contiene un carácter que no puede guardarse (un carácter de control). Elimínelo e inténtelo de nuevo
error-title-bidi-control = Contiene un carácter invisible que cambia la dirección del texto. Elimínelo e inténtelo de nuevo
error-reference-prefix = Utilice solo letras, cifras y - / . _
error-reference-prefix-taken = Otro procedimiento ya utiliza este prefijo de referencia
error-round-title-taken = La reunión ya tiene un procedimiento con este título
error-round-kind = Elija el tipo de procedimiento
error-visibility = Elija quién ve las observaciones de otras delegaciones
error-local-time-invalid = Indique una fecha como 2020-10-02 y una hora como 18:00
error-instant-invalid = Indique la hora como un instante RFC 3339, por ejemplo 2020-10-02T16:00:00Z
error-closes-before-opens = El procedimiento debe cerrarse después de abrirse
error-closes-in-past = El plazo debe vencer en el futuro
conflict-round-already-open = El procedimiento se ha abierto: su configuración ya no puede modificarse. Utilice en su lugar las acciones del calendario.

## Draft
draft-title = Proyecto: { $round }
draft-heading = Proyecto sometido a observaciones
draft-format = Formato
draft-format-csv = CSV con las columnas agenda_item, agenda_title, label, text
draft-format-text = Texto sin formato: un párrafo numerado por línea («1. …», «5 bis. …»); una línea «Agenda item 2: Título» inicia un tema del programa
import-file = Cargar un archivo
import-file-hint = UTF-8 (con o sin marca de orden de bytes), hasta 5 MB.
draft-paste = O pegue el proyecto
draft-paste-hint = Si se proporciona un archivo, se utiliza en lugar del texto pegado.
draft-preview = Comprobar el proyecto
draft-save = Guardar este proyecto
draft-locked = El procedimiento se ha abierto: el proyecto ya no puede modificarse.
draft-current = Proyecto actual
draft-empty = Todavía no se ha cargado ningún proyecto.
draft-text-label = Texto del proyecto:
conflict-draft-after-opening = El procedimiento se ha abierto: el proyecto ya no puede modificarse.
col-agenda-item = Tema del programa
col-label = Párrafo

## Delegations
delegations-title = Delegaciones: { $round }
delegations-heading = Delegaciones
delegations-count = { $count ->
    [one] Participa { $count } delegación
   *[other] Participan { $count } delegaciones
}
delegations-import = Importar delegaciones desde un archivo CSV
delegations-file-hint = CSV con las columnas name, category, focal_point_emails (direcciones separadas por ;). Categorías: party, observer_state, other_observer, igo, other. UTF-8, hasta 5 MB. Las delegaciones ya inscritas reciben los nuevos coordinadores.
delegations-paste = O pegue el CSV
delegations-import-button = Importar
import-done = { $rows ->
        [one] Se importó una fila
       *[other] Se importaron { $rows } filas
    }: { $created ->
        [one] una delegación nueva
       *[other] { $created } delegaciones nuevas
    }, { $focal ->
        [one] un coordinador nuevo
       *[other] { $focal } coordinadores nuevos
    }.
delegations-add = Añadir una delegación
delegations-add-button = Añadir la delegación
field-delegation-name = Nombre de la delegación
field-category = Categoría
field-focal-points = Coordinadores
field-focal-points-hint = Direcciones de correo electrónico, separadas por ;
field-add-focal-point = Añadir un coordinador (dirección de correo electrónico)
field-new-name = Nuevo nombre
delegation-edit = Modificar
delegation-remove = Retirar de este procedimiento
delegation-added = Se ha añadido la delegación.
delegation-renamed = Se ha cambiado el nombre de la delegación.
delegation-removed = La delegación ha sido retirada de este procedimiento. Sus observaciones siguen registradas.
focal-point-added = Se ha añadido el coordinador.
focal-point-removed = Se ha eliminado el coordinador, que ya no puede iniciar sesión.
no-focal-point = Sin coordinador: esta delegación no puede iniciar sesión.
error-category = Elija una categoría
error-email-taken = Esta dirección pertenece a otra delegación o al personal
error-delegation-name-taken = Otra delegación ya tiene este nombre

## Imports (each names the row and column)
import-where-file = El archivo
import-where-row = Fila { $row }
import-where-cell = Fila { $row }, columna { $column }
import-too-large = { $where } es demasiado grande ({ $bytes } bytes): los archivos no deben superar los 5 MB. No se ha importado nada.
import-too-many-delegations = { $where } enumera { $rows } delegaciones: pueden importarse como máximo { $limit } a la vez. Divida el archivo. No se ha importado nada.
import-too-many-recommendations = { $where } tiene { $rows } recomendaciones: un proyecto puede tener como máximo { $limit }. No se ha importado nada.
import-not-utf8 = { $where } no es texto UTF-8. Guárdelo como «CSV UTF-8» e inténtelo de nuevo. No se ha importado nada.
import-empty = { $where } no tiene filas que importar.
import-missing-columns = { $where }: el encabezado debe nombrar las columnas { $expected }.
import-malformed = { $where }: no se puede leer el CSV ({ $detail }).
import-missing-value = { $where }: falta este valor.
import-unknown-category = { $where }: categoría «{ $value }» desconocida (utilice una de las siguientes: { $expected }).
import-malformed-email = { $where }: «{ $value }» no es una dirección de correo electrónico.
import-invalid-label = { $where }: este número de párrafo no es válido (solo letras, cifras, espacios y ( ) . - /; hasta 20 caracteres).
import-invalid-name = { $where }: este nombre no es válido (hasta 200 caracteres, sin caracteres de control ni caracteres invisibles que cambien la dirección del texto).
import-invalid-text = { $where }: este texto no es válido (hasta 20.000 caracteres, sin caracteres de control).
import-invalid-title = { $where }: este título no es válido (hasta 300 caracteres, sin caracteres de control ni caracteres invisibles que cambien la dirección del texto).
import-duplicate-label = { $where }: el número «{ $label }» ya se utiliza en la fila { $first_row }.
import-duplicate-delegation = { $where }: «{ $name }» ya figura en la fila { $first_row }.
import-duplicate-email = { $where }: { $email } ya es coordinador en la fila { $first_row }.
import-email-taken = { $where }: { $email } ya pertenece a otra delegación o al personal.
import-agenda-title-mismatch = { $where }: el tema { $agenda_item } del programa se titula «{ $title }» en la fila { $first_row }; dé el mismo título a todas sus filas.
import-unnumbered-line = { $where }: esta línea no comienza con un número de párrafo («1.», «5 bis.») ni con «Agenda item».
error-too-large-title = El archivo es demasiado grande
error-too-large-body = Los archivos no deben superar los 5 MB. No se ha guardado nada.

## Schedule
history-heading = Cambios en el calendario
history-none = El calendario no ha cambiado desde que se estableció el procedimiento.
history-from = Del { $old }
history-to = al { $new }.
actions-heading = Modificar el calendario
actions-none-cancelled = El procedimiento ha sido cancelado.
actions-none-silence-ended = El procedimiento de acuerdo tácito ha concluido: su resultado se determinó al vencer el plazo y es definitivo. Para continuar, inicie un nuevo procedimiento a partir de este.
action-extend = Prorrogar el plazo para todas las delegaciones
action-extend-delegation = Prorrogar el plazo para una delegación
action-close = Cerrar ahora el procedimiento
action-reopen = Reabrir el procedimiento
action-cancel = Cancelar el procedimiento
field-delegation = Delegación
field-new-deadline = Nuevo plazo
field-new-deadline-hint = Hora local del lugar de la reunión. Debe ser posterior al plazo actual y vencer en el futuro.
field-reason = Motivo
field-reason-hint = Se comunica a las delegaciones y se conserva en el registro de auditoría. Hasta 2000 caracteres.
event-extended = Plazo prorrogado
event-extended_for_delegation = Plazo prorrogado para una delegación
event-closed_early = Procedimiento cerrado anticipadamente
event-reopened = Procedimiento reabierto
event-cancelled = Procedimiento cancelado
error-schedule-reason-required = Indique el motivo de este cambio
error-schedule-reason-too-long = El motivo no debe superar los 2000 caracteres
error-schedule-in-the-past = El nuevo plazo debe vencer en el futuro
error-schedule-not-later = El nuevo plazo debe ser posterior al actual
error-schedule-already-closed = El plazo del procedimiento ha vencido: reábralo en su lugar
error-schedule-not-closed = Solo puede reabrirse un procedimiento cuyo plazo haya vencido
error-schedule-not-open = Solo puede cerrarse anticipadamente un procedimiento con algún plazo aún abierto
error-schedule-cancelled = El procedimiento ha sido cancelado; su calendario ya no puede modificarse
error-schedule-outcome-published = El documento final de este procedimiento se ha publicado, por lo que ninguna prórroga individual puede volver a abrir el plazo de una delegación. Para que las delegaciones puedan volver a escribir, reabra el procedimiento (la consolidación esperará entonces a su nuevo plazo).
error-schedule-silence-ended = El procedimiento de acuerdo tácito ha concluido: su resultado se determinó al vencer el plazo y es definitivo, por lo que su calendario ya no puede modificarse. Para continuar, inicie un nuevo procedimiento a partir de este (un procedimiento de observaciones o un nuevo procedimiento de acuerdo tácito sobre un texto revisado).
error-schedule-silence-runs-its-period = Un procedimiento de acuerdo tácito se prolonga hasta su plazo: cada delegación dispone de ese tiempo para romper el silencio, por lo que no puede cerrarse anticipadamente. Puede prorrogarlo para todas las delegaciones o cancelarlo.
error-delegation-required = Elija una delegación
close-confirm-title = ¿Cerrar ahora el procedimiento?
close-confirm-heading = ¿Cerrar ahora el procedimiento?
close-confirm-every-window = Cerrar ahora pone fin en el mismo instante ({ $time }) al plazo de cada delegación: ya no podrá añadirse, modificarse ni retirarse ninguna observación.
close-confirm-no-extensions = No hay ninguna prórroga individual en curso.
close-confirm-extensions-heading = Prórrogas individuales a las que esto pone fin
close-confirm-extension-until = podía escribir hasta el { $deadline }
close-confirm-extensions-told = Cada una de estas delegaciones recibe un correo electrónico que le informa del fin de su prórroga. Para que una de ellas pueda seguir, prorrogue de nuevo su plazo después del cierre.
close-confirm-button = Cerrar ahora el procedimiento
close-confirm-back = Volver sin cerrar
individual-deadline-open = Puede escribir hasta el { $deadline } (prórroga individual)
individual-deadline-closed = Prórroga individual terminada el { $deadline }

## Responses
responses-title = Respuestas: { $round }
responses-heading = Respuestas
responses-not-yet = Delegaciones que aún no han respondido: { $count }
responses-show-all = Mostrar todas las delegaciones
responses-show-not-responded = Mostrar solo las delegaciones que no han respondido
col-delegation = Delegación
col-category = Categoría
col-comments = Observaciones
col-last-activity = Última actividad
col-responded = Ha respondido

## Comments and audit
comments-csv = Descargar todas las observaciones (CSV)
comments-view = Vista:
comments-by-recommendation = por recomendación
comments-by-delegation = por delegación
audit-title = Registro de auditoría: { $round }
audit-heading = Registro de auditoría
audit-filter-action = Acción
audit-all-actions = Todas las acciones
audit-csv = Descargar este registro (CSV)
col-time = Hora (UTC)
col-actor = Autor
col-action = Acción
col-object = Objeto
col-change = Cambio
history-new-deadline = Nuevo plazo: { $deadline }
error-role-staff = La función debe ser chair o secretariat
audit-all-delegations = Todas las delegaciones y la Presidencia
nav-consolidation = Consolidación y documento final
nav-mail = Registro de correo electrónico

## Procedimiento de acuerdo tácito (vista de la Presidencia)
chair-silence-heading = Procedimiento de acuerdo tácito
chair-silence-breakers = Las declaraciones de estas categorías rompen el silencio: { $categories }.
chair-silence-undecided = El servidor determina el resultado una vez vencido el plazo.
chair-silence-no-statements = No se ha recibido ninguna declaración.
chair-silence-breaks = rompe el silencio (recibida el { $sent })
chair-silence-recorded = registrada, no rompe el silencio (recibida el { $sent })
chair-silence-withdrawn = retirada el { $withdrawn } (recibida el { $sent })
responses-individual-heading = Plazos individuales
responses-unreachable-count = Sin coordinador que pueda iniciar sesión: { $count }
responses-chart-heading = Evolución de las respuestas
responses-chart-title = Delegaciones que han respondido, por categoría
responses-chart-description = Número acumulado de delegaciones que habían respondido al final de cada día (hora del lugar de la reunión), del { $first } al { $last }: { $total } de { $delegations } en total.
responses-chart-legend = { $category }: { $count } de { $delegations }
responses-chart-total = Todas las delegaciones
responses-chart-table = Las cifras en forma de cuadro
responses-chart-col-day = Día (hora del lugar de la reunión)
responses-delegations-heading = Delegaciones que pueden responder
responses-unreachable-heading = Delegaciones sin coordinador que pueda iniciar sesión
responses-unreachable-hint = No pueden responder ni recibir los correos del procedimiento hasta que se les añada un coordinador:
col-event = Suceso
audit-record = El registro tal como se conserva
audit-who-server = El servidor
audit-event-comment_submitted = { $who } presentó la observación { $reference } sobre { $on ->
        [draft] el proyecto en su conjunto
       *[recommendation] la recomendación { $label }
    }{ $late ->
        [yes] , fuera de plazo (en virtud de una prórroga individual)
       *[no] {""}
    }.
audit-event-comment_edited = { $who } modificó la observación { $reference } sobre { $on ->
        [draft] el proyecto en su conjunto
       *[recommendation] la recomendación { $label }
    } (versión { $version }){ $late ->
        [yes] , fuera de plazo (en virtud de una prórroga individual)
       *[no] {""}
    }.
audit-event-comment_withdrawn = { $who } retiró la observación { $reference } sobre { $on ->
        [draft] el proyecto en su conjunto
       *[recommendation] la recomendación { $label }
    }{ $late ->
        [yes] , fuera de plazo (en virtud de una prórroga individual)
       *[no] {""}
    }.
audit-event-round_created = { $who } creó el procedimiento.
audit-event-round_updated = { $who } modificó la configuración del procedimiento.
audit-event-draft_loaded = { $who } cargó el proyecto (recomendaciones: { $count }).
audit-event-delegations_imported = { $who } importó la lista de delegaciones (filas: { $count }).
audit-event-delegation_renamed = { $who } cambió el nombre de la delegación { $old } por { $new }.
audit-event-delegation_removed = { $who } retiró a { $delegation } del procedimiento.
audit-event-focal_point_added = { $who } añadió a { $email } como coordinador de { $delegation }.
audit-event-focal_point_removed = { $who } retiró a { $email } como coordinador de { $delegation }.
audit-event-extended = { $who } prorrogó el plazo hasta el { $deadline }. Motivo: { $reason }
audit-event-extended_for_delegation = { $who } prorrogó el plazo de { $delegation } hasta el { $deadline }. Motivo: { $reason }
audit-event-reopened = { $who } reabrió el procedimiento hasta el { $deadline }. Motivo: { $reason }
audit-event-closed_early = { $who } cerró anticipadamente el procedimiento. Motivo: { $reason }
audit-event-cancelled = { $who } canceló el procedimiento. Motivo: { $reason }
audit-event-round_opened = Se abrió el procedimiento (invitaciones enviadas: { $count }).
audit-event-reminders_enqueued = Se programaron recordatorios (correos: { $count }).
audit-event-disposition_saved = { $who } adoptó una decisión sobre la recomendación { $label }: { $decision ->
        [retained] se mantiene tal como se redactó
        [amended] modificada
        [merged] fusionada con otra recomendación
        [deleted] suprimida
       *[bracketed] entre corchetes (sin acuerdo)
    } (versión { $version }).
audit-event-recommendation_added = { $who } añadió la recomendación { $label }.
audit-event-outcome_published = { $who } publicó la versión { $version } del documento final.
audit-event-silence_break = { $who } { $breaks ->
        [yes] rompió el silencio
       *[no] envió una declaración que no rompe el silencio
    } (declaración { $reference }).
audit-event-silence_break_withdrawn = { $who } retiró la declaración { $reference }.
audit-event-silence_decided = Concluyó el procedimiento de acuerdo tácito: { $result ->
        [adopted] se aprobó el texto
       *[broken] se rompió el silencio
    }.
audit-event-test_mail_requested = { $who } envió un correo de prueba a { $email }.
audit-event-demo_loaded = Se cargó el procedimiento de demostración.
audit-event-other = { $who }: { $action }
audit-action-comment_submitted = Observación presentada
audit-action-comment_edited = Observación modificada
audit-action-comment_withdrawn = Observación retirada
audit-action-round_created = Procedimiento creado
audit-action-round_updated = Configuración modificada
audit-action-draft_loaded = Proyecto cargado
audit-action-delegations_imported = Delegaciones importadas
audit-action-delegation_renamed = Delegación renombrada
audit-action-delegation_removed = Delegación retirada
audit-action-focal_point_added = Coordinador añadido
audit-action-focal_point_removed = Coordinador retirado
audit-action-extended = Plazo prorrogado
audit-action-extended_for_delegation = Plazo prorrogado para una delegación
audit-action-reopened = Procedimiento reabierto
audit-action-closed_early = Procedimiento cerrado anticipadamente
audit-action-cancelled = Procedimiento cancelado
audit-action-round_opened = Procedimiento abierto
audit-action-reminders_enqueued = Recordatorios programados
audit-action-disposition_saved = Decisión registrada
audit-action-recommendation_added = Recomendación añadida
audit-action-outcome_published = Documento final publicado
audit-action-silence_break = Declaración enviada (acuerdo tácito)
audit-action-silence_break_withdrawn = Declaración retirada (acuerdo tácito)
audit-action-silence_decided = Resultado del acuerdo tácito
audit-action-test_mail_requested = Correo de prueba enviado
audit-action-demo_loaded = Demostración cargada

# Observaciones recibidas fuera de los formularios
intake-link = Registrar una observación recibida de una delegación
intake-title = Registrar una observación recibida de una delegación
intake-lead = Para una observación que llegó a la Secretaría fuera de los formularios, por correo electrónico, nota verbal o carta. Se indica que la registró la Secretaría en nombre de la delegación, recibe un número de referencia y su acuse de recibo se envía a los coordinadores de la delegación. Una observación recibida una vez vencido el plazo de la delegación queda registrada y marcada como presentada fuera de plazo, y se excluye de la consolidación hasta que la Presidencia decida incluirla.
intake-delegation = Delegación
intake-delegation-choose = Seleccione una delegación
intake-recommendation = Observación sobre
intake-general = El proyecto en su conjunto
intake-source = Recibida por
intake-source-email = Correo electrónico
intake-source-note_verbale = Nota verbal
intake-source-letter = Carta
intake-received = Fecha y hora de recepción
intake-received-hint = En la hora del lugar de la reunión ({ $city }). Determinan si la observación se recibió dentro del plazo.
intake-reference = Referencia del remitente (opcional)
intake-reference-hint = Por ejemplo, el número de la nota verbal. Hasta 200 caracteres.
intake-submit = Registrar la observación
intake-saved = La observación { $reference } se registró en nombre de { $delegation }; su acuse de recibo se está enviando a los coordinadores de la delegación.
intake-saved-held-back = La observación { $reference } se registró en nombre de { $delegation }. Se recibió una vez vencido el plazo de la delegación: queda excluida de la consolidación hasta que la Presidencia decida incluirla.
include-link = Incluir en la consolidación
include-title = Incluir una observación recibida fuera de plazo
include-lead = Esta observación se recibió una vez vencido el plazo de la delegación y está excluida de la consolidación. Incluirla es una decisión de la Presidencia: indique el motivo, que se conservará en el registro de auditoría.
include-reason-hint = Se conserva en el registro de auditoría. Hasta 2000 caracteres.
include-submit = Incluir en la consolidación
include-not-held-back = Esta observación forma parte de la consolidación.
include-back = Volver a las observaciones
audit-event-comment_entered_on_behalf = { $who } registró la observación { $reference } en nombre de { $delegation } sobre { $on ->
        [draft] el proyecto en su conjunto
       *[recommendation] la recomendación { $label }
    }{ $late ->
        [yes] , recibida fuera de plazo (retenida hasta su inclusión)
       *[no] {""}
    }.
audit-event-late_comment_included = { $who } incluyó en la consolidación la observación { $reference } de { $delegation }, recibida fuera de plazo. Motivo: { $reason }
audit-event-attachment_added = { $who } adjuntó el archivo { $file } a una observación de { $delegation }.
audit-action-comment_entered_on_behalf = Observación registrada en nombre de una delegación
audit-action-late_comment_included = Observación tardía incluida
audit-action-attachment_added = Archivo adjuntado
