home-title = Che cosa è successo?
home-lead = Raccontacelo con parole tue e ti mostreremo l'aiuto adatto a te. Non devi dirci il tuo nome.
describe-label = Che cosa è successo? Puoi scriverlo con parole tue
describe-hint = Puoi scrivere in qualsiasi lingua. Quello che scrivi non viene salvato.
describe-counter = Puoi scrivere ancora { $remaining } caratteri.
describe-submit = Trova aiuto
describe-privacy = Usiamo quello che scrivi solo per suggerirti un aiuto. Non viene salvato e non compare nella cronologia del browser.
home-situations = Oppure scegli che cosa sta succedendo
home-needs = Di che cosa hai bisogno?
home-not-your-fault-title = Non è colpa tua
home-not-your-fault = Qualunque cosa sia successa, meriti che qualcuno ti creda e ti sostenga. Puoi ricevere aiuto sia che tu lo denunci alla polizia sia che non lo faccia, e qualunque sia il tuo status di immigrazione.
home-safety-link = Come usare questo sito in sicurezza

results-page-title = Informazioni
results-title = Aiuti che potrebbero servirti
results-lead = Questi servizi potrebbero aiutarti con quello che hai descritto. Sei tu a scegliere chi contattare.
results-none = Non abbiamo trovato un servizio adatto alle tue parole. Prova a dirlo in un altro modo, oppure scegli dall'elenco qui sotto.
results-situations = Potrebbe trattarsi di
results-services = Servizi che possono aiutarti
results-refine = Modifica quello che hai scritto


topic-not-your-fault = Non è colpa tua. Puoi ricevere aiuto sia che tu lo denunci alla polizia sia che non lo faccia.
topic-services = Servizi che possono aiutarti
topic-service-count = { $count ->
    [0] Nessun servizio corrisponde a queste scelte. Prova con una zona più ampia.
    [one] 1 servizio
    [many] { $count } di servizi
   *[other] { $count } servizi
}
filters-submit = Mostra i servizi
borough-label = Dove vivi? (facoltativo)
borough-any = In qualsiasi parte di Londra, oppure preferisco non dirlo
group-label = Servizi per (facoltativo)
group-any = Tutte le persone
results-needs = Altri aiuti che potrebbero servirti
