staff-site-name = Portale per le vittime di Londra: area del personale
staff-sign-in-title = Accedi
staff-sign-in = Accedi
staff-sign-out = Esci
staff-email = Indirizzo email
staff-password = Password
staff-forgot-link = Hai dimenticato la password?
staff-code-title = Inserisci il codice
staff-code = Codice
staff-code-hint = Il codice a sei cifre della tua app di autenticazione, oppure uno dei tuoi codici di recupero.
staff-continue = Continua
staff-back-home = Torna alla pagina iniziale dell'area del personale
staff-nav-label = Pagine dell'area del personale
staff-nav-home = Home
staff-nav-services = Schede
staff-nav-moderation = Modifiche da approvare
staff-nav-stale = Schede non confermate
staff-nav-organizations = Organizzazioni
staff-nav-users = Account
staff-nav-audit = Registro delle attività
staff-nav-account = Il tuo account

staff-error-title = Qualcosa non ha funzionato
staff-error-summary = C'è un problema
staff-error-signed-out = La sessione è terminata. Accedi di nuovo.
staff-error-forbidden = Il tuo account non può eseguire questa operazione.
staff-error-form-expired = Questo modulo è scaduto. Torna indietro, ricarica la pagina e riprova.
staff-error-not-found = Questa pagina non esiste, oppure il tuo account non può vederla.
staff-error-bad-form = Non è stato possibile leggere il modulo. Ricarica la pagina e riprova.
staff-error-email = Inserisci un indirizzo email, ad esempio nome@example.org.
staff-error-credentials = L'indirizzo email o la password non sono corretti.
staff-error-account-locked = Dopo troppi tentativi non riusciti, questo account è bloccato per 15 minuti. Riprova più tardi oppure reimposta la password.
staff-error-too-many-attempts = Troppi tentativi non riusciti da questa rete. Attendi 15 minuti e riprova.
staff-error-code = Il codice non è corretto oppure è già stato usato. I codici cambiano ogni 30 secondi.
staff-error-password-short = Scegli una password di almeno 12 caratteri. Alcune parole senza legame tra loro vanno benissimo.
staff-error-password-long = Scegli una password di 256 caratteri al massimo.
staff-error-password-mismatch = Le due password non coincidono.
staff-error-password-like-email = Scegli una password che non contenga il tuo indirizzo email.
staff-error-password-simple = Scegli una password con caratteri più vari.
staff-error-current-password = La password attuale non è corretta.
staff-error-link-unknown = Questo link non è valido. Controlla di averlo copiato per intero.
staff-error-link-expired = Questo link è scaduto o è già stato usato. Chiedine uno nuovo.
staff-error-age = L'età deve essere un numero intero da 0 a 120.
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = Non è cambiato nulla. Modifica un campo, oppure usa invece «Questa scheda è corretta».
staff-error-already-reviewed = Qualcuno ha già approvato o rifiutato questa modifica.
staff-error-reason = Indica un motivo di 2000 caratteri al massimo: il referente del servizio lo vedrà.
staff-error-organization-name = Inserisci il nome dell'organizzazione (200 caratteri al massimo).
staff-error-organization-slug = Il nome breve può contenere solo lettere minuscole, cifre e trattini singoli, ad esempio «solace-women».
staff-error-organization-website = Il sito web deve iniziare con https://.
staff-error-organization-exists = Esiste già un'organizzazione con questo nome breve.
staff-error-organization-needed = Scegli almeno un'organizzazione per un referente del servizio o un operatore.
staff-error-user-exists = Esiste già un account con questo indirizzo email.
staff-error-date = Le date si scrivono nel formato anno-mese-giorno, ad esempio 2026-11-29.

staff-done-revision-sent = La tua modifica è stata inviata. Un amministratore la controllerà prima della pubblicazione.
staff-done-confirmed = Grazie. La scheda riporta la data di oggi come ultimo controllo.
staff-done-approved = La modifica è stata approvata ed è online.
staff-done-rejected = La modifica è stata rifiutata; il referente del servizio vedrà il motivo che hai indicato.
staff-done-password-changed = La password è stata cambiata. Le altre sessioni sono state chiuse.
staff-done-language-changed = La lingua è stata salvata.
staff-done-invited = L'account è stato creato e un link per configurarlo è stato inviato via email.
staff-done-organization-created = L'organizzazione è stata creata.
staff-done-user-disabled = L'account è stato disattivato e la sessione è stata chiusa.
staff-done-user-enabled = L'account è stato riattivato.
staff-done-memberships-changed = Le organizzazioni dell'account sono state aggiornate.
staff-done-password-reset = La password è stata cambiata. Ora accedi con la nuova password.
staff-done-reset-sent = Se questo indirizzo è associato a un account, abbiamo inviato un'email con un link per scegliere una nuova password. Il link è valido per un'ora.

staff-setup-title = Configura il tuo account
staff-reset-title = Scegli una nuova password
staff-setup-for = Account: { $email }
staff-link-title = Link non valido
staff-new-password = Nuova password
staff-new-password-hint = Almeno 12 caratteri. Alcune parole senza legame tra loro sono facili da ricordare e difficili da indovinare.
staff-confirm-password = Scrivi di nuovo la nuova password
staff-save-password = Salva la password
staff-enrol-title = Configura la tua app di autenticazione
staff-enrol-intro = Per ogni account del personale serve un secondo passaggio al momento dell'accesso. Scansiona questo codice con un'app di autenticazione sul tuo telefono (ad esempio Microsoft Authenticator, Google Authenticator o FreeOTP).
staff-enrol-manual = Se non riesci a scansionarlo, inserisci invece questa chiave nell'app:
staff-enrol-code = Il codice a sei cifre mostrato dall'app
staff-enrol-confirm = Conferma
staff-recovery-title = Codici di recupero
staff-recovery-intro = Conserva questi codici in un posto sicuro, ad esempio in un gestore di password. Ognuno ti permette di accedere una volta se perdi il telefono. Non verranno mostrati di nuovo.
staff-recovery-remaining = { $count ->
    [one] Hai un codice di recupero non utilizzato.
   *[other] Hai { $count } codici di recupero non utilizzati.
}
staff-recovery-new = Genera nuovi codici di recupero (quelli vecchi smetteranno di funzionare)
staff-forgot-title = Reimposta la password
staff-forgot-intro = Inserisci l'indirizzo email del tuo account. Ti invieremo un'email con un link per scegliere una nuova password.
staff-forgot-send = Invia il link
staff-mail-reset-subject = Reimposta la password del Portale per le vittime di Londra
staff-mail-reset-body = Qualcuno ha chiesto di reimpostare la password del tuo account del personale sul Portale per le vittime di Londra. Per scegliere una nuova password, apri questo link entro un'ora:

    { $link }

    Se la richiesta non è partita da te, ignora questa email: la tua password resta invariata.
staff-mail-invite-subject = Il tuo account del personale sul Portale per le vittime di Londra
staff-mail-invite-body = Un amministratore ha creato per te un account del personale sul Portale per le vittime di Londra. Per scegliere la password e configurare l'app di autenticazione, apri questo link entro 72 ore:

    { $link }

staff-home-title = Pagina iniziale del personale
staff-role-admin = Hai il ruolo di amministratore.
staff-role-provider = Tieni aggiornate le schede della tua organizzazione.
staff-role-caseworker = Hai il ruolo di operatore.
staff-member-of = Organizzazioni: { $organizations }
staff-home-services = { $count ->
    [one] Una scheda da tenere aggiornata
   *[other] { $count } schede da tenere aggiornate
}
staff-home-pending = { $count ->
    [one] Una modifica da approvare
   *[other] { $count } modifiche da approvare
}
staff-home-stale = { $count ->
    [one] Una scheda non confermata da sei mesi
   *[other] { $count } schede non confermate da sei mesi
}
staff-home-directory = Cerca servizi nell'elenco
staff-account-title = Il tuo account
staff-language = Lingua
staff-save = Salva
staff-change-password = Cambia la password
staff-current-password = Password attuale

staff-services-title = Le tue schede
staff-services-none = Il tuo account non ha ancora schede. Chiedi a un amministratore di aggiungere la tua organizzazione.
staff-never-confirmed = Mai confermata dal referente del servizio
staff-confirmed-on = Ultima conferma: { $date }
staff-last-confirmed = Ultima conferma
staff-revision-pending = Una modifica è in attesa di approvazione.
staff-revision-rejected = La tua ultima modifica non è stata approvata: { $reason }
staff-revision-approved = La tua ultima modifica è stata approvata in data { $date }.
staff-edit = Modifica
staff-confirm-correct = Questa scheda è corretta
staff-edit-title = Modifica { $name }
staff-edit-intro = Cambia tutto ciò che non è corretto. Un amministratore controlla ogni modifica prima della pubblicazione.
staff-edit-pending = Questo modulo mostra la tua modifica in attesa di approvazione. Se la invii di nuovo, sostituirà quella precedente.
staff-listing-about = Informazioni sul servizio
staff-listing-availability = Disponibilità
staff-listing-contact = Contatti
staff-listing-languages = Lingue
staff-listing-submit = Invia per l'approvazione
staff-hint-one-per-line = Un elemento per riga.
staff-capacity-unstated = Non indicato
staff-closure-message = Messaggio durante la chiusura
staff-closure-until = Chiuso fino al (facoltativo)
staff-phone-n = Telefono { $n }
staff-phone-number = Numero
staff-phone-kind = Tipo
staff-phone-kind-voice = Chiamate vocali
staff-phone-kind-sms = SMS
staff-phone-kind-textphone = Telefono testuale
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = Nota (facoltativa)
staff-hours-hint = Orari secondo l'ora di Londra, nel formato HH:MM. Se l'orario di chiusura è precedente a quello di apertura, la fascia prosegue oltre la mezzanotte; 24:00 indica la fine della giornata. Lascia vuota una riga per eliminarla.
staff-hours-n = Orari di apertura { $n }
staff-hours-opens = Apre
staff-hours-closes = Chiude
staff-hours-note = Nota (facoltativa)
staff-languages-hint = Codici di lingua di due o tre lettere, separati da virgole, ad esempio «en, so, ar».
staff-places-hint = Un luogo riservato (una casa rifugio, un alloggio protetto) non mostra mai l'indirizzo, da nessuna parte: qualsiasi indirizzo inserito per questo luogo viene eliminato.
staff-place-n = Luogo { $n }
staff-place-name = Nome
staff-place-confidential = Riservato: non mostrare mai dove si trova
staff-place-address = Indirizzo
staff-place-city = Città
staff-place-postcode = Codice postale
staff-place-borough = Quartiere
staff-place-borough-none = Non in un quartiere di Londra
staff-place-description = Nota (facoltativa)

staff-field-id = Identificativo
staff-field-name = Nome
staff-field-organization = Organizzazione
staff-field-description = Descrizione
staff-field-offers = Che cosa offre
staff-field-eligibility_description = A chi si rivolge
staff-field-url = Sito web
staff-field-email = Email
staff-field-chat_url = Chat online
staff-field-phones = Telefoni
staff-field-schedules = Orari di apertura
staff-field-languages = Lingue parlate
staff-field-interpretation_services = Interpretariato
staff-field-areas = Zone servite
staff-field-situations = Situazioni di cui si occupa
staff-field-needs = Bisogni a cui risponde
staff-field-groups = Gruppi a cui si rivolge in particolare
staff-field-fees = Costi
staff-field-minimum_age = Età minima
staff-field-maximum_age = Età massima
staff-field-accepts_online_contact = Accetta richieste di contatto tramite il portale
staff-field-locations = Luoghi
staff-field-translations = Traduzioni
staff-field-capacity = Capacità di accoglienza
staff-field-capacity_note = Nota sulla capacità di accoglienza (ad esempio, quanto si deve attendere)
staff-field-closure = Chiusura temporanea

staff-queue-title = Modifiche da approvare
staff-queue-empty = Nessuna modifica in attesa.
staff-proposed-by = Inviata da { $email } in data { $date }
staff-revision-title = Modifica a una scheda
staff-revision-heading = Modifica a { $name }
staff-revision-changed-since = La scheda pubblicata è cambiata dopo che questa modifica è stata proposta. La tabella confronta la modifica con la scheda pubblicata.
staff-diff-caption = Che cosa cambia
staff-diff-field = Campo
staff-diff-before = Attuale
staff-diff-after = Proposta
staff-approve = Approva e pubblica
staff-reject = Rifiuta
staff-reject-reason = Motivo del rifiuto (visibile al referente del servizio)
staff-status-approved = Approvata
staff-status-rejected = Rifiutata
staff-status-withdrawn = Sostituita da una modifica più recente
staff-status-pending = In attesa

staff-organizations-title = Organizzazioni
staff-organization-new = Aggiungi un'organizzazione
staff-organization-name = Nome
staff-organization-slug = Nome breve
staff-organization-slug-hint = Lettere minuscole, cifre e trattini, ad esempio «solace-women». Non potrà essere cambiato in seguito.
staff-organization-website = Sito web (facoltativo)
staff-organization-create = Aggiungi l'organizzazione
staff-organization-services = Schede
staff-organization-members = Account del personale

staff-users-title = Account del personale
staff-invite-title = Crea un account
staff-invite-intro = La persona riceve un'email con un link per scegliere una password e configurare un'app di autenticazione.
staff-invite-organizations = Organizzazioni (tieni premuto Ctrl o ⌘ per sceglierne più di una)
staff-invite-send = Crea l'account e invia il link
staff-role = Ruolo
staff-role-name-admin = Amministratore
staff-role-name-provider = Referente del servizio
staff-role-name-caseworker = Operatore
staff-user-organizations = Organizzazioni
staff-user-state = Stato
staff-user-actions = Azioni
staff-user-active = Attivo
staff-user-invited = Invitato, non ancora configurato
staff-user-locked = Bloccato temporaneamente
staff-user-disabled = Disattivato
staff-user-disable = Disattiva
staff-user-enable = Attiva
staff-membership-add = Aggiungi all'organizzazione
staff-membership-add-button = Aggiungi

staff-stale-title = Schede non confermate da sei mesi
staff-stale-count = { $count ->
    [one] Una scheda non è stata confermata dal suo referente da sei mesi o più.
   *[other] { $count } schede non sono state confermate dai loro referenti da sei mesi o più.
}

staff-audit-title = Registro delle attività
staff-audit-when = Quando (UTC)
staff-audit-actor = Chi
staff-audit-action = Azione
staff-audit-any = Qualsiasi azione
staff-audit-target = Elemento
staff-audit-from = Dal
staff-audit-to = Al
staff-audit-filter = Filtra
staff-audit-change = Prima e dopo
staff-audit-show = Mostra
staff-audit-older = Voci meno recenti

staff-nav-inbox = Posta in arrivo
staff-inbox-title = Posta in arrivo
staff-inbox-empty = Ancora nessuna richiesta di contatto.
staff-inbox-admin-counts = Gli amministratori vedono quante richieste ci sono, mai il loro contenuto.
staff-inbox-received = Ricevuta in data { $date }
staff-done-status-changed = Lo stato è stato salvato.
staff-contact-heading = Richiesta di contatto { $reference }
staff-contact-name = Nome da usare
staff-contact-method = Come contattare la persona
staff-contact-message = Messaggio
staff-contact-safe-times = Orari sicuri
staff-contact-help = Aiuto richiesto
staff-contact-interpreter = Interprete
staff-contact-language = Lingua del modulo
staff-contact-status = Stato
staff-contact-status-new = Nuova
staff-contact-status-contacting = Tentativo di contatto in corso
staff-contact-status-engaged = In contatto
staff-contact-status-helped = Aiuto fornito
staff-contact-status-declined = Declinata
staff-contact-status-closed = Chiusa
staff-mail-new-request-subject = Nuova richiesta di contatto
staff-mail-new-request-body = Una persona ha chiesto di essere contattata da uno dei servizi della tua organizzazione. Accedi per leggere la richiesta:

    { $link }

    Per la sicurezza di questa persona, questa email non contiene alcuna informazione che la riguardi.
staff-contact-timeline = Cronologia
staff-contact-timeline-entry = { $date }: { $email } ha impostato lo stato su «{ $status }»
staff-membership-remove = Rimuovi
staff-membership-remove-label = Rimuovi da { $organization }
