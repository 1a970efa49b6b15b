# redraft — catálogo español: proyectos revisados (Rev.1, Rev.2…), historial y signaturas de los documentos.

## Setting up a revised draft (Chair)
field-document-symbol = Signatura del documento
field-document-symbol-hint = Figura en el encabezado del documento final, por ejemplo CTOC/COP/WG.4/2020/L.1. Solo letras, cifras y / . - _ ( ), hasta 100 caracteres; puede dejarse en blanco. Un proyecto revisado que se deje en blanco toma la signatura del procedimiento en que se basa, seguida de /Rev.1, /Rev.2, etc.
revision-heading = Un proyecto revisado
revision-notice = El proyecto de este procedimiento será la siguiente versión del documento ({ $version }): el texto consolidado del documento final publicado de «{ $round }» (recomendaciones mantenidas, modificadas y entre corchetes, y las añadidas durante la consolidación; se omiten las suprimidas y las fusionadas). También se invita a las delegaciones de ese procedimiento. Todavía puede modificar el proyecto y las delegaciones antes de que se abra el procedimiento.
revision-start = Iniciar un procedimiento sobre un proyecto revisado
revision-start-hint = El documento final se ha publicado: puede realizarse otro procedimiento sobre su texto consolidado como siguiente versión del documento.
revision-draft-note = Este proyecto es la versión { $version } del documento, elaborada a partir del documento final publicado de «{ $round }». Cada recomendación conserva su vínculo con su versión anterior cuando usted carga un nuevo proyecto, siempre que su número no cambie.
error-based-on-unknown = No existe tal procedimiento en el que basar un proyecto revisado.
error-based-on-not-closed = Un proyecto revisado se elabora a partir de un procedimiento cerrado, y ese procedimiento no está cerrado.
error-based-on-unpublished = Un proyecto revisado se elabora a partir de un documento final publicado: publique primero el documento final de ese procedimiento.
error-based-on-other-meeting = Un proyecto revisado corresponde al órgano y a la reunión del procedimiento en que se basa: { $body }, { $meeting }.
error-document-symbol-too-long = La signatura del documento no debe superar los 100 caracteres.
error-document-symbol-invalid = Una signatura de documento solo contiene letras, cifras y / . - _ ( ) y comienza por una letra o una cifra, por ejemplo CTOC/COP/WG.4/2020/L.1.

## A delegation's view of a revised draft
revision-round-note = Este proyecto es la versión { $version } del documento, revisada a partir del documento final de «{ $round }».
revision-history-link = Historial del documento
revision-view-label = Mostrar el texto
revision-view-clean = Texto definitivo
revision-view-changes = Cambios desde la versión anterior
revision-changed = Modificada desde la versión anterior.
revision-unchanged = Sin cambios desde la versión anterior.
revision-new = Nueva en esta versión.
revision-previous-comments-link = Observaciones sobre la versión anterior de la recomendación { $label }
revision-changes-legend = Las inserciones aparecen subrayadas; las supresiones, tachadas.

## Comments on the previous version of a recommendation
previous-title = Recomendación { $label }: la versión anterior y sus observaciones
previous-version-heading = Recomendación { $label } en «{ $round }»
previous-own-heading = Observaciones de su delegación
previous-own-none = Su delegación no formuló observaciones al respecto.
previous-others-heading = Observaciones de otras delegaciones
previous-others-none = Ninguna otra delegación formuló observaciones al respecto.
previous-others-not-shared = Las observaciones de otras delegaciones sobre la versión anterior no se comparten con usted.
previous-back = Volver al procedimiento

## The document's history
history-title = Historial del documento
history-intro = Todas las versiones del documento, con su procedimiento, sus fechas, su documento final y la decisión adoptada sobre cada recomendación.
history-original = Proyecto original
history-version-heading = { $version }: { $round }
history-dates = Observaciones desde el { $opens } hasta el { $closes }
history-symbol = Signatura: { $symbol }
history-outcome-none = Todavía no se ha publicado ningún documento final.
history-outcome-line = Versión { $version } del documento final, publicada el { $time }
history-decisions-heading = Decisiones sobre cada recomendación
history-col-version = { $version }
history-not-in-version = No figura en esta versión
history-under-comment = Sometida a observaciones, aún sin decisión
history-dates-silence = Sometido al procedimiento de acuerdo tácito desde el { $opens } hasta el { $closes }
history-under-silence = Sometido al procedimiento de acuerdo tácito, aún sin resultado
history-silence-adopted = Aprobado mediante el procedimiento de acuerdo tácito
history-silence-broken = No aprobado: se rompió el silencio
history-label = Recomendación { $label }
history-added = Añadida durante la consolidación.

## The masthead of the outcome document
outcome-masthead-distribution = Distr. general
outcome-masthead-original = Original: inglés
outcome-masthead-date = { $day } de { $month } de { $year }
