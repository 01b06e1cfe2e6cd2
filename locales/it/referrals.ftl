# Invii da parte degli operatori, e ciò che richieste di contatto e invii hanno in comune nelle richieste ricevute da un servizio:
# assegnazione, note interne, cronologia e le email che li riguardano (mai nulla di personale).

## Il modulo di invio
referral-client-heading = La persona assistita
referral-name-label = Un nome che il servizio può usare per la persona assistita
referral-name-hint = Basta un nome di battesimo, le iniziali o uno pseudonimo.
referral-method-legend = In che modo il servizio deve contattare la persona assistita?
referral-method-phone = Telefonata
referral-method-text = SMS
referral-method-email = Email
referral-method-none = Tramite me, l'operatore
referral-detail-label = Il numero di telefono o l'indirizzo email della persona assistita
referral-safe-times-label = Quando è sicuro contattare la persona assistita? (facoltativo)
referral-message-legend = Il servizio può lasciare un messaggio?
referral-message-yes = Sì, si può lasciare un messaggio
referral-message-no = No, non lasciare mai un messaggio
referral-language-label = La lingua della persona assistita
referral-interpreter-label = Serve un interprete (indica la lingua, se non è una di queste)
referral-need-heading = Di che cosa ha bisogno la persona assistita
referral-help-label = Di quale aiuto ha bisogno la persona assistita?
referral-risk-label = Rischi che il servizio deve conoscere
referral-risk-hint = Ad esempio il livello della valutazione del rischio, un invio al MARAC, oppure se chi le fa del male può vedere il telefono della persona assistita.
referral-urgency-legend = Urgenza
referral-urgency-routine = Ordinaria
referral-urgency-soon = A breve: entro una settimana
referral-urgency-urgent = Urgente: entro un giorno lavorativo
referral-consent-heading = Consenso
referral-consent-label = La persona assistita ha acconsentito a questo invio (oppure lo ha fatto qualcuno che può acconsentire per suo conto).
referral-consent-by-legend = Chi ha dato il consenso?
referral-consent-by-client = La persona assistita
referral-consent-by-parent-or-carer = Un genitore o chi se ne prende cura (per un minore)
referral-consent-by-legal-authority = Una persona con l'autorità legale di agire per conto della persona assistita
referral-consent-on-label = Data in cui è stato dato il consenso
referral-shares-legend = Il consenso mi permette di condividere
referral-share-contact-details = i recapiti della persona assistita
referral-share-situation = che cosa è successo e l'aiuto di cui ha bisogno
referral-share-risk = informazioni sui rischi
referral-notes-label = Altro che il servizio deve sapere (facoltativo)
referral-send = Effettua l'invio

## Problemi nel modulo
referral-error-name = Indica un nome che il servizio può usare per la persona assistita (100 caratteri al massimo).
referral-error-method = Scegli come il servizio deve contattare la persona assistita.
referral-error-message = Indica se il servizio può lasciare un messaggio.
referral-error-urgency = Scegli il grado di urgenza dell'invio.
referral-error-consent = Per un invio serve il consenso: conferma che è stato dato.
referral-error-consent-by = Indica chi ha dato il consenso.
referral-error-consent-date = Indica la data in cui è stato dato il consenso: deve essere una data reale e non futura.
referral-error-share-contact = Il consenso non comprende i recapiti: scegli «Tramite me, l'operatore», oppure seleziona i recapiti se la persona assistita ha acconsentito.
referral-error-share-situation = Il consenso non comprende che cosa è successo: lascia vuoto il campo sull'aiuto necessario, oppure seleziona questa voce se la persona assistita ha acconsentito.
referral-error-share-risk = Il consenso non comprende i rischi: lascia vuoto il campo sui rischi, oppure seleziona questa voce se la persona assistita ha acconsentito.
referral-error-decline-reason = Scegli il motivo per cui l'invio viene declinato.

## Stati e motivi
referral-status-sent = Inviato
referral-status-received = Ricevuto
referral-status-accepted = Accettato
referral-status-contacting = Tentativo di contatto in corso
referral-status-engaged = In contatto
referral-status-helped = Aiuto fornito
referral-status-declined = Declinato
referral-status-closed = Chiuso
referral-reason-not-eligible = requisiti non soddisfatti
referral-reason-no-capacity = nessuna disponibilità
referral-reason-could-not-contact = impossibile stabilire un contatto
referral-reason-no-longer-wanted = non più desiderato

## Pagine degli operatori
staff-nav-referrals = I miei invii
staff-nav-refer = Invia una persona a un servizio
staff-referrals-title = I miei invii
staff-referrals-new = Invia una persona a un servizio
staff-referrals-none = Non hai ancora effettuato nessun invio.
staff-referral-updated = Ultima modifica: { $date }
staff-referral-news = Aggiornato dopo la tua ultima visita
staff-referral-find-title = Trova un servizio a cui inviare la persona
staff-referral-find-label = Parole sul servizio o sull'aiuto necessario
staff-referral-find-button = Cerca
staff-referral-find-none = Nessuna scheda corrisponde a queste parole. Prova con altre parole.
staff-referral-listing = Vedi la scheda
staff-referral-refer = Invia una persona a questo servizio
staff-referral-new-title = Invia una persona a { $service }
staff-referral-not-receivable = Questo servizio non riceve ancora invii tramite il portale. Contattalo nel modo indicato nella sua scheda.
staff-referral-heading = Invio { $reference }
staff-referral-service = Servizio
staff-referral-referrer = Inviato da
staff-referral-sent = Inviato
staff-referral-consent = Dato da { $who } in data { $date }, per condividere: { $shares }
staff-referral-withdraw = Ritira l'invio
staff-referral-withdraw-hint = Se la persona assistita non ha più bisogno di questo servizio, ritira l'invio: il servizio viene avvisato e l'invio viene chiuso.
staff-referral-from = Da { $email }, { $date }
staff-referral-reason-label = Motivo, se declinato
staff-referral-reason-hint = Necessario solo se declini l'invio.

## Richieste ricevute dai servizi
staff-inbox-requests = Richieste di contatto
staff-inbox-referrals = Invii
staff-inbox-no-referrals = Ancora nessun invio.
staff-assigned-to = In carico a { $email }
staff-assign-heading = In carico a
staff-assign-label = Collega che se ne occupa
staff-assign-nobody = Ancora nessuno
staff-assign = Assegna
staff-notes-title = Note interne
staff-notes-private = Solo la tua organizzazione può leggere queste note. L'operatore e la persona assistita non possono leggerle.
staff-notes-none = Ancora nessuna nota.
staff-note-label = Nuova nota
staff-note-hint = 2000 caratteri al massimo.
staff-note-add = Aggiungi la nota
staff-note-meta = { $date }, { $email }
staff-error-note-empty = La nota è vuota. Scrivi qualcosa, oppure torna indietro.
staff-error-note-long = La nota supera i 2000 caratteri. Accorciala.
staff-back = Indietro
staff-timeline-someone = qualcuno
staff-timeline-assigned = { $date }: { $email } ha assegnato la pratica a { $assignee }
staff-timeline-unassigned = { $date }: { $email } ha tolto l'assegnazione
staff-done-assigned = L'assegnazione è stata salvata.
staff-done-note-added = La nota è stata salvata.
staff-done-referral-sent = L'invio è stato effettuato. Riceverai un'email quando il servizio lo aggiornerà.
staff-done-referral-withdrawn = L'invio è stato ritirato.

## Email: un link per accedere, mai nulla che riguardi la persona
staff-mail-new-referral-subject = Nuovo invio
staff-mail-new-referral-body = Un operatore ha inviato una persona a uno dei servizi della tua organizzazione. Accedi per leggere l'invio:

    { $link }
staff-mail-referral-update-subject = Un invio è cambiato
staff-mail-referral-update-body = C'è un aggiornamento su un invio. Accedi per vederlo:

    { $link }
staff-mail-assigned-subject = Ti è stata assegnata una pratica
staff-mail-assigned-body = Un collega ti ha assegnato una pratica tra quelle ricevute dalla tua organizzazione. Accedi per vederla:

    { $link }
