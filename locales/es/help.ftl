home-title = ¿Qué pasó?
home-lead = Cuéntanos con tus propias palabras y te mostraremos la ayuda adecuada para ti. No tienes que dar tu nombre.
describe-label = ¿Qué pasó? Puedes contarlo con tus propias palabras
describe-hint = Puedes escribir en cualquier idioma. Lo que escribes no se guarda.
describe-counter = Puedes escribir { $remaining } caracteres más.
describe-submit = Buscar ayuda
describe-privacy = Solo usamos lo que escribes para sugerirte ayuda. No se guarda y no aparece en el historial de tu navegador.
home-situations = O elige lo que está pasando
home-needs = ¿Qué necesitas?
home-not-your-fault-title = No es tu culpa
home-not-your-fault = Pasara lo que pasara, mereces que te crean y te apoyen. Puedes recibir ayuda tanto si lo denuncias a la policía como si no, y sea cual sea tu situación migratoria.
home-safety-link = Cómo usar este sitio de forma segura

results-page-title = Información
results-title = Ayuda que puede servirte
results-lead = Estos servicios quizá puedan ayudarte con lo que nos contaste. Tú decides con quién contactar.
results-none = No encontramos un servicio que coincida con tus palabras. Intenta decirlo de otra forma, o elige una opción de la lista de abajo.
results-situations = Puede tratarse de
results-services = Servicios que pueden ayudarte
results-refine = Cambiar lo que escribiste


topic-not-your-fault = No es tu culpa. Puedes recibir ayuda tanto si lo denuncias a la policía como si no.
topic-services = Servicios que pueden ayudarte
topic-service-count = { $count ->
    [0] Ningún servicio coincide con estas opciones. Intenta con una zona más amplia.
    [one] 1 servicio
    [many] { $count } de servicios
   *[other] { $count } servicios
}
filters-submit = Ver servicios
borough-label = ¿Dónde vives? (opcional)
borough-any = En cualquier parte de Londres, o prefiero no decirlo
group-label = Servicios para (opcional)
group-any = Todas las personas
results-needs = Quizá también necesites
