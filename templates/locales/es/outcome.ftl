# redraft — catálogo español de la consolidación y del documento final.

## Outcome document
outcome-heading = Resultado del procedimiento de observaciones posterior a la reunión sobre el proyecto de recomendaciones
outcome-issued = Versión { $version }, publicada el { $time }
outcome-preview = Vista previa, no publicada (elaborada el { $time })
outcome-illustrative = Ilustrativo: el proyecto de recomendaciones que figura en el presente documento se redactó para una demostración. El proyecto real de la reunión no se publicó.
outcome-view-changes = Mostrar los cambios respecto del proyecto
outcome-view-clean = Mostrar el texto definitivo
outcome-introduction = I. Introducción
outcome-intro-mandate = En su { $meeting }, celebrada en { $venue } del { $dates }, el órgano { $body } acordó que las delegaciones podrían presentar observaciones sobre su proyecto de recomendaciones en un procedimiento con plazos posterior a la reunión. El presente documento contiene las recomendaciones consolidadas por la Presidencia, con la asistencia de la Secretaría, sobre la base de las observaciones recibidas, para su examen por la Conferencia de las Partes.
outcome-intro-dates = Las observaciones podían presentarse desde el { $opens } hasta el { $closes }.
outcome-intro-participation = { $invited ->
    [one] Se invitó a una delegación a formular observaciones
   *[other] Se invitó a { $invited } delegaciones a formular observaciones
    }; { $responded ->
    [0] ninguna las presentó
    [one] una las presentó
   *[other] { $responded } las presentaron
    } ({ $comments ->
    [one] una observación en total
   *[other] { $comments } observaciones en total
    }). Las observaciones se recopilan en el anexo I y las delegaciones que las presentaron se enumeran en el anexo II.
outcome-intro-consolidation = Se ha adoptado una decisión sobre { $decided } de las { $total } recomendaciones. Los cambios respecto del proyecto se indican como inserciones (subrayadas) y supresiones (tachadas); el texto sobre el que no hubo acuerdo permanece entre corchetes.
outcome-recommendations = II. Recomendaciones consolidadas
outcome-note = Nota:
outcome-status-added = Nueva recomendación propuesta por delegaciones.
outcome-status-undecided = Aún sin decisión.
outcome-status-amended = Modificada.
outcome-status-bracketed = Sin acuerdo: el texto entre corchetes sigue en examen.
outcome-status-deleted = Suprimida.
outcome-status-merged = Fusionada con la recomendación { $label }.
outcome-annex-1 = Anexo I
outcome-compilation-title = Recopilación de las observaciones recibidas de las delegaciones — Nota de la Secretaría
outcome-compilation-note = Las observaciones se reproducen tal como se recibieron, sin revisión editorial, y se atribuyen a las delegaciones que las presentaron. Para cada recomendación siguen el orden de la lista de participantes: Estados partes (Estados y, a continuación, organizaciones regionales de integración económica), Estados observadores, otros observadores, organizaciones intergubernamentales y otros, por orden alfabético dentro de cada grupo. La presente recopilación se publica sin perjuicio de las posiciones de las delegaciones.
outcome-no-comments = No se recibieron observaciones.
outcome-annex-2 = Anexo II — Delegaciones que presentaron observaciones
outcome-no-respondents = Ninguna delegación presentó observaciones.
outcome-group-party = Estados partes
outcome-group-observer-state = Estados observadores
outcome-group-other-observer = Otros observadores
outcome-group-igo = Organizaciones intergubernamentales
outcome-group-other = Otros
outcome-change-author = Presidencia
outcome-page-title = Documento final: { $round }
outcome-page-intro = Cada versión sigue disponible. La más reciente figura en primer lugar.
outcome-versions-heading = Versiones publicadas
outcome-none-published = Todavía no se ha publicado ningún documento final.
outcome-version-line = Versión { $version }, publicada el { $time } por { $name }
outcome-format-html = Documento (HTML, listo para imprimir)
outcome-format-docx = Documento (Word, con control de cambios)
outcome-format-csv = Recomendaciones y decisiones (CSV)
outcome-format-comments-csv = Todas las observaciones (CSV)
outcome-format-json = Todos los datos (JSON)
outcome-refused-undecided = No se publicó el documento final: { $count ->
    [one] aún no se ha adoptado una decisión sobre una recomendación
   *[other] aún no se ha adoptado una decisión sobre { $count } recomendaciones
    }.

## Consolidation (Chair and Secretariat)
consolidation-title = Consolidación: { $round }
consolidation-progress = Decisión adoptada sobre { $decided } de { $total } recomendaciones
consolidation-col-decision = Decisión
consolidation-col-comments = Observaciones
consolidation-added-tag = Añadida
consolidation-undecided = Sin decisión
consolidation-general-link = Observaciones sobre el proyecto en su conjunto ({ $count })
consolidation-general-title = Observaciones sobre el proyecto en su conjunto
consolidation-add-heading = Añadir una recomendación propuesta por delegaciones
consolidation-add-intro = La nueva recomendación se sitúa después de la que usted elija y se numera bis, ter, quater… a continuación de esta. Decida sobre ella como sobre cualquier otra.
consolidation-add-after = Situarla después de la recomendación
consolidation-add-label = Número
consolidation-add-label-hint = Déjelo en blanco para el siguiente número libre (por ejemplo, 5 bis). Hasta 20 caracteres: letras, cifras, espacios y ( ) . - /
consolidation-add-text = Texto propuesto
consolidation-add-button = Añadir la recomendación
consolidation-text-hint = Hasta 20.000 caracteres.
consolidation-outcome-heading = Documento final
consolidation-preview-intro = Vista previa del documento final en su estado actual (las recomendaciones sin decisión se muestran tal como se redactaron y se señalan):
consolidation-publish-hint = Al publicarse, el documento final recibe un número de versión, queda inscrito en el registro de auditoría y se pone a disposición de las delegaciones. Un documento final corregido puede volver a publicarse como nueva versión; las versiones anteriores siguen disponibles.
consolidation-publish-button = Publicar el documento final como versión { $version }
consolidation-publish-undecided = { $count ->
    [one] Aún no se ha adoptado una decisión sobre una recomendación
   *[other] Aún no se ha adoptado una decisión sobre { $count } recomendaciones
    }: el documento final podrá publicarse una vez que se haya decidido sobre todas ellas.
consolidation-notice-added = Se ha añadido la recomendación { $label }.
consolidation-notice-published = Se ha publicado la versión { $version } del documento final.
consolidation-notice-saved = Se ha guardado la decisión (versión { $version }).
consolidation-saved = Guardada
consolidation-saved-by = por { $name }, el { $time } (versión { $version })
consolidation-draft-text = Texto del proyecto
consolidation-proposed-text = Texto propuesto
consolidation-current = Decisión actual
consolidation-amendments = Propuestas de enmienda ({ $count })
consolidation-deletions = Propuestas de supresión ({ $count })
consolidation-remarks = Observaciones generales ({ $count })
consolidation-support = Apoyos ({ $count })
consolidation-changes-against-draft = Texto propuesto, con sus cambios respecto del proyecto:
consolidation-start-from = Partir de la propuesta de { $delegation } para el texto consolidado
consolidation-decide = Decisión
consolidation-decision-legend = ¿Qué se decide sobre esta recomendación?
disposition-decision-retained = Se mantiene tal como se redactó
disposition-decision-amended = Modificada
disposition-decision-merged = Fusionada con otra recomendación
disposition-decision-deleted = Suprimida
disposition-decision-bracketed = Entre corchetes (sin acuerdo)
consolidation-text-label = Texto consolidado (si se modifica o queda entre corchetes)
consolidation-merged-label = Fusionada con (si se fusiona)
consolidation-merged-none = Elija una recomendación
consolidation-note-label = Nota (opcional)
consolidation-note-hint = Se muestra bajo la recomendación en el documento final. Hasta 20.000 caracteres.
consolidation-save = Guardar la decisión
consolidation-frozen-form = Las decisiones solo pueden registrarse mientras el procedimiento esté cerrado.
consolidation-pager = Recomendaciones
consolidation-previous = Recomendación anterior
consolidation-next = Recomendación siguiente
consolidation-overview-link = Todas las recomendaciones
consolidation-conflict-title = Otra persona ha guardado entretanto esta recomendación
consolidation-conflict-body = Su decisión no se ha guardado, para que la de esa persona no se sobrescriba sin aviso. Compare ambas versiones.
consolidation-conflict-theirs = Su versión (guardada)
consolidation-conflict-yours = La versión de usted (no guardada)
consolidation-conflict-yours-hint = Lo que usted escribió se conserva en el formulario siguiente. Si lo guarda ahora, sustituirá la otra versión; para conservar esta, abra de nuevo la recomendación.
consolidation-frozen-open = La consolidación está en suspenso: el procedimiento está abierto a observaciones hasta el { $deadline }. Las decisiones podrán registrarse y el resultado publicarse una vez que se haya cerrado.
consolidation-frozen-open-extended = La consolidación está en suspenso: el procedimiento está abierto a observaciones hasta el { $deadline } y, en virtud de prórrogas individuales, { $windows }. Las decisiones podrán registrarse y el resultado publicarse una vez cerrado el último plazo.
consolidation-frozen-extensions = La consolidación está en suspenso: { $count ->
    [one] una delegación puede aún formular observaciones en virtud de una prórroga individual
   *[other] { $count } delegaciones pueden aún formular observaciones en virtud de prórrogas individuales
  }: { $windows }. Las decisiones podrán registrarse y el resultado publicarse una vez cerrado el último plazo.
consolidation-window-until = { $delegation } hasta el { $deadline }
consolidation-not-closed = La consolidación comienza una vez cerrado el procedimiento.
consolidation-cancelled = Este procedimiento fue cancelado: no hay nada que consolidar.
error-disposition-decision = Seleccione qué se decide sobre la recomendación
error-disposition-text-missing = Escriba el texto consolidado
error-disposition-brackets = Ponga entre [corchetes] el texto sobre el que no hay acuerdo y cierre cada corchete
error-disposition-merge-target = Seleccione la recomendación con la que se fusiona esta
error-disposition-merge-itself = Una recomendación no puede fusionarse consigo misma
error-disposition-version = No se ha podido leer el formulario. Recargue la página e inténtelo de nuevo.
error-added-after = Seleccione la recomendación a la que sigue la nueva
error-added-text = Escriba el texto de la nueva recomendación
error-added-label-taken = Ya existe una recomendación { $label }
consolidation-link = Consolidar las observaciones (decisión sobre cada recomendación)
outcome-link = Documento final

## Resultado de un procedimiento de acuerdo tácito
outcome-silence-heading = Resultado del procedimiento de acuerdo tácito
outcome-silence-procedure = El { $body } sometió el texto siguiente al procedimiento de acuerdo tácito del { $opens } al { $deadline }: debía aprobarse al vencer el plazo a menos que una delegación rompiera el silencio mediante una declaración escrita.
outcome-silence-adopted = El silencio no se rompió antes del vencimiento del plazo, { $deadline }: el texto queda aprobado.
outcome-silence-broken = El silencio se rompió antes del vencimiento del plazo, { $deadline }, por: { $delegations }. El texto no queda aprobado con arreglo a este procedimiento; las declaraciones se reproducen en el anexo.
outcome-silence-text = Texto sometido al procedimiento
outcome-silence-annex = Anexo: Declaraciones recibidas en el marco del procedimiento de acuerdo tácito
outcome-silence-annex-breaking = Declaraciones que rompen el silencio
outcome-silence-annex-recorded = Declaraciones registradas que no rompen el silencio
outcome-silence-no-statements = Ninguna.
outcome-silence-sent = Recibida el { $time }
outcome-silence-amendment = Texto propuesto para la recomendación { $label }:
outcome-refused-silence-undecided = El resultado del procedimiento de acuerdo tácito aún no se ha determinado: el documento final podrá publicarse una vez vencido el plazo y registrado el resultado por el servidor.
publish-confirm-title = ¿Publicar la versión { $version } del documento final?
publish-confirm-available = Al publicarse, esta versión del documento final se pone de inmediato a disposición de las delegaciones y queda inscrita en el registro de auditoría.
publish-confirm-mailed = Además, se envía el anuncio por correo electrónico a cada coordinador del procedimiento, en su propio idioma: { $people ->
        [one] { $people } persona
       *[other] { $people } personas
    } de { $delegations ->
        [one] { $delegations } delegación
       *[other] { $delegations } delegaciones
    }.
publish-confirm-unreachable-heading = Delegaciones sin coordinador que pueda iniciar sesión (nadie de ellas recibe el correo)
publish-confirm-final = Una versión publicada no puede retirarse: una corrección se publica como nueva versión y los coordinadores vuelven a recibir un correo electrónico.
publish-confirm-button = Publicar la versión { $version } e informar por correo a los coordinadores
publish-confirm-back = Volver sin publicar
