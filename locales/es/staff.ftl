staff-site-name = Portal de Víctimas de Londres: área profesional
staff-sign-in-title = Iniciar sesión
staff-sign-in = Iniciar sesión
staff-sign-out = Cerrar sesión
staff-email = Correo electrónico
staff-password = Contraseña
staff-forgot-link = ¿Ha olvidado su contraseña?
staff-code-title = Escriba su código
staff-code = Código
staff-code-hint = El código de seis cifras de su aplicación de autenticación, o uno de sus códigos de recuperación.
staff-continue = Continuar
staff-back-home = Volver a la página de inicio del área profesional
staff-nav-label = Páginas del área profesional
staff-nav-home = Inicio
staff-nav-services = Fichas
staff-nav-moderation = Cambios por aprobar
staff-nav-stale = Fichas sin confirmar
staff-nav-organizations = Organizaciones
staff-nav-users = Cuentas
staff-nav-audit = Registro de auditoría
staff-nav-account = Su cuenta

staff-error-title = Algo ha salido mal
staff-error-summary = Hay un problema
staff-error-signed-out = Su sesión ha terminado. Vuelva a iniciar sesión.
staff-error-forbidden = Su cuenta no puede hacer esto.
staff-error-form-expired = Este formulario ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.
staff-error-not-found = Esta página no existe o su cuenta no puede verla.
staff-error-bad-form = No se ha podido leer el formulario. Recargue la página e inténtelo de nuevo.
staff-error-email = Escriba una dirección de correo electrónico, como nombre@example.org.
staff-error-credentials = La dirección de correo electrónico o la contraseña no son correctas.
staff-error-account-locked = Esta cuenta queda bloqueada durante 15 minutos tras demasiados intentos fallidos. Inténtelo más tarde o restablezca su contraseña.
staff-error-too-many-attempts = Demasiados intentos fallidos desde esta red. Espere 15 minutos e inténtelo de nuevo.
staff-error-code = Ese código no es correcto o ya se ha usado. Los códigos cambian cada 30 segundos.
staff-error-password-short = Elija una contraseña de al menos 12 caracteres. Unas cuantas palabras sin relación entre sí funcionan bien.
staff-error-password-long = Elija una contraseña de 256 caracteres como máximo.
staff-error-password-mismatch = Las dos contraseñas no coinciden.
staff-error-password-like-email = Elija una contraseña que no contenga su dirección de correo electrónico.
staff-error-password-simple = Elija una contraseña con más caracteres distintos.
staff-error-current-password = Su contraseña actual no es correcta.
staff-error-link-unknown = Este enlace no es válido. Compruebe que lo ha copiado entero.
staff-error-link-expired = Este enlace ha caducado o ya se ha usado. Pida uno nuevo.
staff-error-age = Las edades son números enteros del 0 al 120.
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = No ha cambiado nada. Modifique algún campo o use «Esta ficha es correcta».
staff-error-already-reviewed = Otra persona ya ha aprobado o rechazado este cambio.
staff-error-reason = Indique un motivo de 2000 caracteres como máximo: el proveedor lo verá.
staff-error-organization-name = Escriba el nombre de la organización (200 caracteres como máximo).
staff-error-organization-slug = El nombre corto solo puede contener letras minúsculas, cifras y guiones sueltos, como «solace-women».
staff-error-organization-website = El sitio web debe empezar por https://.
staff-error-organization-exists = Ya existe una organización con este nombre corto.
staff-error-organization-needed = Elija al menos una organización para un proveedor o un gestor de casos.
staff-error-user-exists = Ya existe una cuenta con esta dirección de correo electrónico.
staff-error-date = Las fechas se escriben como año-mes-día, por ejemplo 2026-11-29.

staff-done-revision-sent = Se ha enviado su cambio. Un administrador lo revisará antes de publicarlo.
staff-done-confirmed = Gracias. La ficha muestra la fecha de hoy como su última revisión.
staff-done-approved = El cambio se ha aprobado y ya está publicado.
staff-done-rejected = El cambio se ha rechazado; el proveedor verá su motivo.
staff-done-password-changed = Se ha cambiado su contraseña. Se han cerrado sus demás sesiones.
staff-done-language-changed = Se ha guardado su idioma.
staff-done-invited = Se ha creado la cuenta y se ha enviado por correo electrónico un enlace para configurarla.
staff-done-organization-created = Se ha creado la organización.
staff-done-user-disabled = Se ha desactivado la cuenta y se han cerrado sus sesiones.
staff-done-user-enabled = Se ha vuelto a activar la cuenta.
staff-done-memberships-changed = Se han actualizado las organizaciones de la cuenta.
staff-done-password-reset = Se ha cambiado su contraseña. Inicie sesión con ella ahora.
staff-done-reset-sent = Si hay una cuenta con esa dirección, hemos enviado a esa dirección un enlace para elegir una nueva contraseña. El enlace funciona durante una hora.

staff-setup-title = Configure su cuenta
staff-reset-title = Elija una nueva contraseña
staff-setup-for = Cuenta: { $email }
staff-link-title = Enlace no válido
staff-new-password = Nueva contraseña
staff-new-password-hint = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.
staff-confirm-password = Vuelva a escribir la nueva contraseña
staff-save-password = Guardar contraseña
staff-enrol-title = Configure su aplicación de autenticación
staff-enrol-intro = Todas las cuentas del área profesional necesitan un segundo paso al iniciar sesión. Escanee este código con una aplicación de autenticación en su teléfono (por ejemplo, Microsoft Authenticator, Google Authenticator o FreeOTP).
staff-enrol-manual = Si no puede escanearlo, escriba esta clave en la aplicación:
staff-enrol-code = El código de seis cifras que muestra la aplicación
staff-enrol-confirm = Confirmar
staff-recovery-title = Códigos de recuperación
staff-recovery-intro = Guarde estos códigos en un lugar seguro, como un gestor de contraseñas. Cada uno le permite iniciar sesión una vez si pierde su teléfono. No se volverán a mostrar.
staff-recovery-remaining = { $count ->
    [one] Le queda un código de recuperación sin usar.
   *[other] Le quedan { $count } códigos de recuperación sin usar.
}
staff-recovery-new = Crear nuevos códigos de recuperación (los anteriores dejarán de funcionar)
staff-forgot-title = Restablecer su contraseña
staff-forgot-intro = Escriba la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
staff-forgot-send = Enviar el enlace
staff-mail-reset-subject = Restablezca su contraseña del Portal de Víctimas de Londres
staff-mail-reset-body = Alguien ha pedido restablecer la contraseña de su cuenta profesional del Portal de Víctimas de Londres. Para elegir una nueva contraseña, abra este enlace en el plazo de una hora:

    { $link }

    Si no ha sido usted, ignore este correo: su contraseña seguirá siendo la misma.
staff-mail-invite-subject = Su cuenta profesional del Portal de Víctimas de Londres
staff-mail-invite-body = Un administrador le ha creado una cuenta profesional en el Portal de Víctimas de Londres. Para elegir su contraseña y configurar su aplicación de autenticación, abra este enlace en el plazo de 72 horas:

    { $link }

staff-home-title = Inicio del área profesional
staff-role-admin = Tiene el rol de administrador.
staff-role-provider = Usted mantiene al día las fichas de su organización.
staff-role-caseworker = Tiene el rol de gestor de casos.
staff-member-of = Organizaciones: { $organizations }
staff-home-services = { $count ->
    [one] Una ficha que mantener al día
   *[other] { $count } fichas que mantener al día
}
staff-home-pending = { $count ->
    [one] Un cambio por aprobar
   *[other] { $count } cambios por aprobar
}
staff-home-stale = { $count ->
    [one] Una ficha sin confirmar desde hace seis meses
   *[other] { $count } fichas sin confirmar desde hace seis meses
}
staff-home-directory = Buscar servicios en el directorio
staff-account-title = Su cuenta
staff-language = Idioma
staff-save = Guardar
staff-change-password = Cambiar su contraseña
staff-current-password = Contraseña actual

staff-services-title = Sus fichas
staff-services-none = Su cuenta aún no tiene fichas. Pida a un administrador que añada su organización.
staff-never-confirmed = El proveedor nunca la ha confirmado
staff-confirmed-on = Confirmada por última vez el { $date }
staff-last-confirmed = Última confirmación
staff-revision-pending = Hay un cambio pendiente de aprobación.
staff-revision-rejected = Su último cambio no se aprobó: { $reason }
staff-revision-approved = Su último cambio se aprobó el { $date }.
staff-edit = Editar
staff-confirm-correct = Esta ficha es correcta
staff-edit-title = Editar { $name }
staff-edit-intro = Cambie todo lo que no sea correcto. Un administrador revisa cada cambio antes de publicarlo.
staff-edit-pending = Este formulario muestra su cambio pendiente de aprobación. Si lo vuelve a enviar, lo sustituirá.
staff-listing-about = Sobre el servicio
staff-listing-availability = Disponibilidad
staff-listing-contact = Contacto
staff-listing-languages = Idiomas
staff-listing-submit = Enviar para su aprobación
staff-hint-one-per-line = Un elemento por línea.
staff-capacity-unstated = Sin indicar
staff-closure-message = Mensaje mientras está cerrado
staff-closure-until = Cerrado hasta (opcional)
staff-phone-n = Teléfono { $n }
staff-phone-number = Número
staff-phone-kind = Tipo
staff-phone-kind-voice = Llamadas de voz
staff-phone-kind-sms = Mensajes de texto
staff-phone-kind-textphone = Teléfono de texto
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = Nota (opcional)
staff-hours-hint = Horas en hora de Londres, con el formato HH:MM. Una hora de cierre anterior a la de apertura continúa después de medianoche; 24:00 termina el día. Deje una fila vacía para eliminarla.
staff-hours-n = Horario { $n }
staff-hours-opens = Abre
staff-hours-closes = Cierra
staff-hours-note = Nota (opcional)
staff-languages-hint = Códigos de idioma de dos o tres letras, separados por comas, como «en, so, ar».
staff-places-hint = Un lugar confidencial (un refugio, una casa de acogida) nunca muestra una dirección en ninguna parte: cualquier dirección que se escriba para él se descarta.
staff-place-n = Lugar { $n }
staff-place-name = Nombre
staff-place-confidential = Confidencial: no mostrar nunca dónde está
staff-place-address = Dirección
staff-place-city = Localidad o ciudad
staff-place-postcode = Código postal
staff-place-borough = Distrito
staff-place-borough-none = Fuera de los distritos de Londres
staff-place-description = Nota (opcional)

staff-field-id = Identificador
staff-field-name = Nombre
staff-field-organization = Organización
staff-field-description = Descripción
staff-field-offers = Qué ofrece
staff-field-eligibility_description = A quién va dirigido
staff-field-url = Sitio web
staff-field-email = Correo electrónico
staff-field-chat_url = Chat en línea
staff-field-phones = Teléfonos
staff-field-schedules = Horario
staff-field-languages = Idiomas que se hablan
staff-field-interpretation_services = Interpretación
staff-field-areas = Zonas que cubre
staff-field-situations = Situaciones en las que ayuda
staff-field-needs = Necesidades que atiende
staff-field-groups = Colectivos en los que está especializado
staff-field-fees = Precio
staff-field-minimum_age = Edad mínima
staff-field-maximum_age = Edad máxima
staff-field-accepts_online_contact = Acepta solicitudes de contacto a través del portal
staff-field-locations = Lugares
staff-field-translations = Traducciones
staff-field-capacity = Capacidad
staff-field-capacity_note = Nota sobre la capacidad (por ejemplo, cuánto hay que esperar)
staff-field-closure = Cerrado temporalmente

staff-queue-title = Cambios por aprobar
staff-queue-empty = No hay cambios pendientes.
staff-proposed-by = Enviado por { $email } el { $date }
staff-revision-title = Cambio en una ficha
staff-revision-heading = Cambio en { $name }
staff-revision-changed-since = La ficha publicada ha cambiado desde que se hizo este cambio. La tabla lo compara con la ficha publicada.
staff-diff-caption = Qué cambia
staff-diff-field = Campo
staff-diff-before = Ahora
staff-diff-after = Propuesto
staff-approve = Aprobar y publicar
staff-reject = Rechazar
staff-reject-reason = Motivo del rechazo (el proveedor lo verá)
staff-status-approved = Aprobado
staff-status-rejected = Rechazado
staff-status-withdrawn = Sustituido por un cambio más reciente
staff-status-pending = Pendiente

staff-organizations-title = Organizaciones
staff-organization-new = Añadir una organización
staff-organization-name = Nombre
staff-organization-slug = Nombre corto
staff-organization-slug-hint = Letras minúsculas, cifras y guiones, como «solace-women». No se puede cambiar más adelante.
staff-organization-website = Sitio web (opcional)
staff-organization-create = Añadir organización
staff-organization-services = Fichas
staff-organization-members = Cuentas profesionales

staff-users-title = Cuentas profesionales
staff-invite-title = Crear una cuenta
staff-invite-intro = La persona recibirá un correo electrónico con un enlace para elegir una contraseña y configurar una aplicación de autenticación.
staff-invite-organizations = Organizaciones (mantenga presionada la tecla Ctrl o ⌘ para elegir varias)
staff-invite-send = Crear y enviar el enlace
staff-role = Rol
staff-role-name-admin = Administrador/a
staff-role-name-provider = Proveedor/a
staff-role-name-caseworker = Gestor/a de casos
staff-user-organizations = Organizaciones
staff-user-state = Estado
staff-user-actions = Acciones
staff-user-active = Activa
staff-user-invited = Invitada, aún sin configurar
staff-user-locked = Bloqueada temporalmente
staff-user-disabled = Desactivada
staff-user-disable = Desactivar
staff-user-enable = Activar
staff-membership-add = Añadir a una organización
staff-membership-add-button = Añadir

staff-stale-title = Fichas sin confirmar desde hace seis meses
staff-stale-count = { $count ->
    [one] Hay una ficha que su proveedor no ha confirmado desde hace seis meses o más.
   *[other] Hay { $count } fichas que sus proveedores no han confirmado desde hace seis meses o más.
}

staff-audit-title = Registro de auditoría
staff-audit-when = Cuándo (UTC)
staff-audit-actor = Quién
staff-audit-action = Acción
staff-audit-any = Cualquier acción
staff-audit-target = Elemento
staff-audit-from = Desde
staff-audit-to = Hasta
staff-audit-filter = Filtrar
staff-audit-change = Antes y después
staff-audit-show = Mostrar
staff-audit-older = Entradas anteriores

staff-nav-inbox = Bandeja de entrada
staff-inbox-title = Bandeja de entrada
staff-inbox-empty = Aún no hay solicitudes de contacto.
staff-inbox-admin-counts = Los administradores ven cuántas solicitudes hay, pero nunca lo que dicen.
staff-inbox-received = Recibida el { $date }
staff-done-status-changed = Se ha guardado el estado.
staff-contact-heading = Solicitud de contacto { $reference }
staff-contact-name = Nombre que se debe usar
staff-contact-method = Cómo contactar con la persona
staff-contact-message = Mensaje
staff-contact-safe-times = Horarios seguros
staff-contact-help = Ayuda que solicita
staff-contact-interpreter = Intérprete
staff-contact-language = Idioma del formulario
staff-contact-status = Estado
staff-contact-status-new = Nueva
staff-contact-status-contacting = Intentando contactar
staff-contact-status-engaged = En contacto
staff-contact-status-helped = Ayuda prestada
staff-contact-status-declined = Declinada
staff-contact-status-closed = Cerrada
staff-mail-new-request-subject = Nueva solicitud de contacto
staff-mail-new-request-body = Alguien ha pedido a uno de los servicios de su organización que se ponga en contacto con esa persona. Inicie sesión para leer la solicitud:

    { $link }

    Por la seguridad de esa persona, este correo no incluye ningún dato sobre ella.
staff-contact-timeline = Historial
staff-contact-timeline-entry = { $date }: { $email } cambió el estado a «{ $status }»
staff-membership-remove = Quitar
staff-membership-remove-label = Quitar de { $organization }
