# Derivaciones hechas por gestores de casos, y lo que las solicitudes de contacto y las derivaciones tienen en común en la bandeja de entrada de un proveedor:
# asignación, notas internas, historial y los correos electrónicos sobre ellas (nunca nada personal).

## El formulario de derivación
referral-client-heading = La persona usuaria
referral-name-label = Un nombre que el servicio pueda usar para la persona
referral-name-hint = Basta con un nombre de pila, unas iniciales o un alias.
referral-method-legend = ¿Cómo debe el servicio contactar con la persona?
referral-method-phone = Llamada de teléfono
referral-method-text = Mensaje de texto (SMS)
referral-method-email = Correo electrónico
referral-method-none = A través de mí, como gestor/a de casos
referral-detail-label = El número de teléfono o el correo electrónico de la persona
referral-safe-times-label = ¿Cuándo es seguro contactar con la persona? (opcional)
referral-message-legend = ¿Puede el servicio dejar un mensaje?
referral-message-yes = Sí, se puede dejar un mensaje
referral-message-no = No, no dejar nunca un mensaje
referral-language-label = El idioma de la persona
referral-interpreter-label = Se necesita intérprete (idioma, si no es uno de estos)
referral-need-heading = Lo que necesita la persona
referral-help-label = ¿Qué ayuda necesita la persona?
referral-risk-label = Riesgos que el servicio debe conocer
referral-risk-hint = Por ejemplo, el nivel de riesgo evaluado, una derivación a la MARAC o si la persona que le hace daño puede ver su teléfono.
referral-urgency-legend = Urgencia
referral-urgency-routine = Ordinaria
referral-urgency-soon = Pronto: en el plazo de una semana
referral-urgency-urgent = Urgente: en el plazo de un día laborable
referral-consent-heading = Consentimiento
referral-consent-label = La persona ha aceptado esta derivación (o lo ha hecho alguien que puede dar su consentimiento en su nombre).
referral-consent-by-legend = ¿Quién dio el consentimiento?
referral-consent-by-client = La propia persona
referral-consent-by-parent-or-carer = Su padre, su madre o una persona cuidadora (en el caso de un menor)
referral-consent-by-legal-authority = Alguien con autoridad legal para actuar en nombre de la persona
referral-consent-on-label = Fecha en que se dio el consentimiento
referral-shares-legend = El consentimiento me permite compartir
referral-share-contact-details = los datos de contacto de la persona
referral-share-situation = lo que ha pasado y la ayuda que necesita
referral-share-risk = información sobre los riesgos
referral-notes-label = Cualquier otra cosa que el servicio deba saber (opcional)
referral-send = Enviar la derivación

## Problemas en el formulario
referral-error-name = Indique un nombre que el servicio pueda usar para la persona (100 caracteres como máximo).
referral-error-method = Elija cómo debe el servicio contactar con la persona.
referral-error-message = Indique si el servicio puede dejar un mensaje.
referral-error-urgency = Elija el grado de urgencia de la derivación.
referral-error-consent = Una derivación necesita consentimiento: confirme que se ha dado.
referral-error-consent-by = Indique quién dio el consentimiento.
referral-error-consent-date = Indique la fecha en que se dio el consentimiento: una fecha real que no sea futura.
referral-error-share-contact = El consentimiento no incluye los datos de contacto: elija «A través de mí, como gestor/a de casos» o marque los datos de contacto si la persona lo aceptó.
referral-error-share-situation = El consentimiento no incluye lo que ha pasado: deje vacía la ayuda que necesita o marque esa casilla si la persona lo aceptó.
referral-error-share-risk = El consentimiento no incluye los riesgos: deje vacíos los riesgos o marque esa casilla si la persona lo aceptó.
referral-error-decline-reason = Elija por qué se declina la derivación.

## Estados y motivos
referral-status-sent = Enviada
referral-status-received = Recibida
referral-status-accepted = Aceptada
referral-status-contacting = Intentando contactar
referral-status-engaged = En contacto
referral-status-helped = Ayuda prestada
referral-status-declined = Declinada
referral-status-closed = Cerrada
referral-reason-not-eligible = no cumple los requisitos
referral-reason-no-capacity = sin capacidad
referral-reason-could-not-contact = no se pudo contactar
referral-reason-no-longer-wanted = la persona ya no lo desea

## Páginas de los gestores de casos
staff-nav-referrals = Mis derivaciones
staff-nav-refer = Derivar a una persona
staff-referrals-title = Mis derivaciones
staff-referrals-new = Derivar a una persona
staff-referrals-none = Aún no ha enviado ninguna derivación.
staff-referral-updated = Último cambio el { $date }
staff-referral-news = Actualizada desde la última vez que la consultó
staff-referral-find-title = Buscar un servicio al que derivar
staff-referral-find-label = Palabras sobre el servicio o la ayuda que se necesita
staff-referral-find-button = Buscar
staff-referral-find-none = Ninguna ficha coincide con estas palabras. Pruebe con otras.
staff-referral-listing = Ver la ficha
staff-referral-refer = Derivar a una persona a este servicio
staff-referral-new-title = Derivar a una persona a { $service }
staff-referral-not-receivable = Este servicio aún no acepta derivaciones a través del portal. Póngase en contacto con él como indica su ficha.
staff-referral-heading = Derivación { $reference }
staff-referral-service = Servicio
staff-referral-referrer = Derivada por
staff-referral-sent = Enviada
staff-referral-consent = Dado por { $who } el { $date }, para compartir: { $shares }
staff-referral-withdraw = Retirar la derivación
staff-referral-withdraw-hint = Si la persona ya no necesita este servicio, retire la derivación: se avisará al servicio y la derivación se cerrará.
staff-referral-from = De { $email }, { $date }
staff-referral-reason-label = Motivo, si se declina
staff-referral-reason-hint = Solo es necesario si declina la derivación.

## Bandeja de entrada de los proveedores
staff-inbox-requests = Solicitudes de contacto
staff-inbox-referrals = Derivaciones
staff-inbox-no-referrals = Aún no hay derivaciones.
staff-assigned-to = Asignada a { $email }
staff-assign-heading = Asignada a
staff-assign-label = Colega que se encarga
staff-assign-nobody = Nadie por ahora
staff-assign = Asignar
staff-notes-title = Notas internas
staff-notes-private = Solo su organización puede leer estas notas. Ni el gestor o la gestora de casos ni la persona usuaria pueden leerlas.
staff-notes-none = Aún no hay notas.
staff-note-label = Nueva nota
staff-note-hint = 2000 caracteres como máximo.
staff-note-add = Añadir la nota
staff-note-meta = { $date }, { $email }
staff-error-note-empty = La nota está vacía. Escriba algo o vuelva atrás.
staff-error-note-long = La nota tiene más de 2000 caracteres. Acórtela, por favor.
staff-back = Volver
staff-timeline-someone = alguien
staff-timeline-assigned = { $date }: { $email } la asignó a { $assignee }
staff-timeline-unassigned = { $date }: { $email } quitó la asignación
staff-done-assigned = Se ha guardado la asignación.
staff-done-note-added = Se ha guardado la nota.
staff-done-referral-sent = Se ha enviado la derivación. Recibirá un correo electrónico cuando el servicio la actualice.
staff-done-referral-withdrawn = Se ha retirado la derivación.

## Correos electrónicos: un enlace para iniciar sesión, nunca nada sobre la persona
staff-mail-new-referral-subject = Nueva derivación
staff-mail-new-referral-body = Un gestor o una gestora de casos ha derivado a una persona a uno de los servicios de su organización. Inicie sesión para leer la derivación:

    { $link }
staff-mail-referral-update-subject = Una derivación ha cambiado
staff-mail-referral-update-body = Hay novedades en una derivación. Inicie sesión para verlas:

    { $link }
staff-mail-assigned-subject = Se le ha asignado un elemento
staff-mail-assigned-body = Un compañero o una compañera le ha asignado un elemento en la bandeja de entrada de su organización. Inicie sesión para verlo:

    { $link }
