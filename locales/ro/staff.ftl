staff-site-name = Portalul Victimelor din Londra: pagini pentru personal
staff-sign-in-title = Conectare
staff-sign-in = Conectați-vă
staff-sign-out = Deconectați-vă
staff-email = Adresa de e-mail
staff-password = Parola
staff-forgot-link = Ați uitat parola?
staff-code-title = Introduceți codul
staff-code = Cod
staff-code-hint = Codul de șase cifre din aplicația de autentificare sau unul dintre codurile de recuperare.
staff-continue = Continuați
staff-back-home = Înapoi la pagina principală pentru personal
staff-nav-label = Pagini pentru personal
staff-nav-home = Pagina principală
staff-nav-services = Fișe de servicii
staff-nav-moderation = Modificări de aprobat
staff-nav-stale = Fișe neconfirmate
staff-nav-organizations = Organizații
staff-nav-users = Conturi
staff-nav-audit = Jurnal de audit
staff-nav-account = Contul dumneavoastră

staff-error-title = Ceva nu a mers bine
staff-error-summary = Există o problemă
staff-error-signed-out = Sesiunea s-a încheiat. Vă rugăm să vă conectați din nou.
staff-error-forbidden = Contul dumneavoastră nu are permisiunea să facă acest lucru.
staff-error-form-expired = Acest formular a expirat. Întoarceți-vă, reîncărcați pagina și încercați din nou.
staff-error-not-found = Această pagină nu există sau contul dumneavoastră nu are acces la ea.
staff-error-bad-form = Formularul nu a putut fi citit. Reîncărcați pagina și încercați din nou.
staff-error-email = Introduceți o adresă de e-mail, de exemplu name@example.org.
staff-error-credentials = Adresa de e-mail sau parola nu este corectă.
staff-error-account-locked = Acest cont a fost blocat timp de 15 minute din cauza prea multor încercări eșuate. Încercați din nou mai târziu sau resetați parola.
staff-error-too-many-attempts = Prea multe încercări eșuate din această rețea. Așteptați 15 minute și încercați din nou.
staff-error-code = Codul nu este corect sau a fost deja folosit. Codurile se schimbă la fiecare 30 de secunde.
staff-error-password-short = Alegeți o parolă de cel puțin 12 caractere. Câteva cuvinte fără legătură între ele sunt o alegere bună.
staff-error-password-long = Alegeți o parolă de cel mult 256 de caractere.
staff-error-password-mismatch = Cele două parole nu sunt identice.
staff-error-password-like-email = Alegeți o parolă care nu conține adresa dumneavoastră de e-mail.
staff-error-password-simple = Alegeți o parolă cu mai multe caractere diferite.
staff-error-current-password = Parola actuală nu este corectă.
staff-error-link-unknown = Acest link nu este valid. Verificați dacă l-ați copiat în întregime.
staff-error-link-expired = Acest link a expirat sau a fost deja folosit. Cereți unul nou.
staff-error-age = Vârsta trebuie să fie un număr întreg între 0 și 120.
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = Nu s-a modificat nimic. Modificați un câmp sau folosiți în schimb butonul „Această fișă este corectă”.
staff-error-already-reviewed = Cineva a aprobat sau a respins deja această modificare.
staff-error-reason = Indicați un motiv de cel mult 2.000 de caractere: furnizorul îl va vedea.
staff-error-organization-name = Introduceți numele organizației (cel mult 200 de caractere).
staff-error-organization-slug = Numele scurt poate conține doar litere mici, cifre și cratime simple, de exemplu „solace-women”.
staff-error-organization-website = Adresa site-ului trebuie să înceapă cu https://.
staff-error-organization-exists = Există deja o organizație cu acest nume scurt.
staff-error-organization-needed = Alegeți cel puțin o organizație pentru un furnizor sau un consilier de caz.
staff-error-user-exists = Există deja un cont cu această adresă de e-mail.
staff-error-date = Datele se scriu în formatul an-lună-zi, de exemplu 2026-11-29.

staff-done-revision-sent = Modificarea a fost trimisă. Un administrator o va verifica înainte de publicare.
staff-done-confirmed = Vă mulțumim. Fișa arată acum data de azi ca dată a ultimei verificări.
staff-done-approved = Modificarea a fost aprobată și este publicată.
staff-done-rejected = Modificarea a fost respinsă; furnizorul va vedea motivul indicat de dumneavoastră.
staff-done-password-changed = Parola a fost schimbată. Celelalte sesiuni ale dumneavoastră au fost deconectate.
staff-done-language-changed = Limba a fost salvată.
staff-done-invited = Contul a fost creat și s-a trimis prin e-mail un link de configurare.
staff-done-organization-created = Organizația a fost creată.
staff-done-user-disabled = Contul a fost dezactivat, iar sesiunile lui au fost închise.
staff-done-user-enabled = Contul a fost reactivat.
staff-done-memberships-changed = Organizațiile contului au fost actualizate.
staff-done-password-reset = Parola a fost schimbată. Conectați-vă acum cu noua parolă.
staff-done-reset-sent = Dacă această adresă aparține unui cont, i-am trimis prin e-mail un link pentru alegerea unei parole noi. Linkul este valabil o oră.

staff-setup-title = Configurați-vă contul
staff-reset-title = Alegeți o parolă nouă
staff-setup-for = Cont: { $email }
staff-link-title = Link nevalid
staff-new-password = Parola nouă
staff-new-password-hint = Cel puțin 12 caractere. Câteva cuvinte fără legătură între ele sunt ușor de ținut minte și greu de ghicit.
staff-confirm-password = Introduceți din nou parola nouă
staff-save-password = Salvați parola
staff-enrol-title = Configurați aplicația de autentificare
staff-enrol-intro = Fiecare cont de personal are nevoie de un al doilea pas la conectare. Scanați acest cod cu o aplicație de autentificare de pe telefon (de exemplu Microsoft Authenticator, Google Authenticator sau FreeOTP).
staff-enrol-manual = Dacă nu puteți scana codul, introduceți în aplicație această cheie:
staff-enrol-code = Codul de șase cifre afișat de aplicație
staff-enrol-confirm = Confirmați
staff-recovery-title = Coduri de recuperare
staff-recovery-intro = Păstrați aceste coduri într-un loc sigur, de exemplu într-un manager de parole. Dacă vă pierdeți telefonul, fiecare cod vă permite să vă conectați o singură dată. Codurile nu vor mai fi afișate.
staff-recovery-remaining = { $count ->
    [one] Aveți un cod de recuperare nefolosit.
    [few] Aveți { $count } coduri de recuperare nefolosite.
   *[other] Aveți { $count } de coduri de recuperare nefolosite.
}
staff-recovery-new = Generați coduri de recuperare noi (cele vechi nu vor mai funcționa)
staff-forgot-title = Resetați parola
staff-forgot-intro = Introduceți adresa de e-mail a contului. Vă vom trimite prin e-mail un link pentru alegerea unei parole noi.
staff-forgot-send = Trimiteți linkul
staff-mail-reset-subject = Resetarea parolei pentru Portalul Victimelor din Londra
staff-mail-reset-body = Cineva a cerut resetarea parolei contului dumneavoastră de personal de pe Portalul Victimelor din Londra. Pentru a alege o parolă nouă, deschideți acest link în decurs de o oră:

    { $link }

    Dacă nu dumneavoastră ați făcut această cerere, ignorați acest e-mail: parola rămâne neschimbată.
staff-mail-invite-subject = Contul dumneavoastră de personal pe Portalul Victimelor din Londra
staff-mail-invite-body = Un administrator v-a creat un cont de personal pe Portalul Victimelor din Londra. Pentru a vă alege parola și a configura aplicația de autentificare, deschideți acest link în decurs de 72 de ore:

    { $link }

staff-home-title = Pagina principală pentru personal
staff-role-admin = Sunteți administrator.
staff-role-provider = Vă ocupați de actualizarea fișelor organizației dumneavoastră.
staff-role-caseworker = Sunteți consilier de caz.
staff-member-of = Organizații: { $organizations }
staff-home-services = { $count ->
    [one] O fișă de ținut la zi
    [few] { $count } fișe de ținut la zi
   *[other] { $count } de fișe de ținut la zi
}
staff-home-pending = { $count ->
    [one] O modificare de aprobat
    [few] { $count } modificări de aprobat
   *[other] { $count } de modificări de aprobat
}
staff-home-stale = { $count ->
    [one] O fișă neconfirmată de șase luni
    [few] { $count } fișe neconfirmate de șase luni
   *[other] { $count } de fișe neconfirmate de șase luni
}
staff-home-directory = Căutați servicii în catalog
staff-account-title = Contul dumneavoastră
staff-language = Limba
staff-save = Salvați
staff-change-password = Schimbați parola
staff-current-password = Parola actuală

staff-services-title = Fișele dumneavoastră
staff-services-none = Contul dumneavoastră nu are încă nicio fișă. Cereți unui administrator să vă adauge organizația.
staff-never-confirmed = Niciodată confirmată de furnizor
staff-confirmed-on = Confirmată ultima dată la { $date }
staff-last-confirmed = Ultima confirmare
staff-revision-pending = O modificare așteaptă aprobarea.
staff-revision-rejected = Ultima dumneavoastră modificare nu a fost aprobată: { $reason }
staff-revision-approved = Ultima dumneavoastră modificare a fost aprobată la { $date }.
staff-edit = Editați
staff-confirm-correct = Această fișă este corectă
staff-edit-title = Editare: { $name }
staff-edit-intro = Modificați tot ce nu este corect. Un administrator verifică fiecare modificare înainte de publicare.
staff-edit-pending = Acest formular arată modificarea dumneavoastră care așteaptă aprobarea. Dacă îl trimiteți din nou, o va înlocui.
staff-listing-about = Despre serviciu
staff-listing-availability = Disponibilitate
staff-listing-contact = Contact
staff-listing-languages = Limbi
staff-listing-submit = Trimiteți spre aprobare
staff-hint-one-per-line = Câte un element pe rând.
staff-capacity-unstated = Nespecificat
staff-closure-message = Mesaj afișat pe durata închiderii
staff-closure-until = Închis până la (opțional)
staff-phone-n = Telefonul { $n }
staff-phone-number = Număr
staff-phone-kind = Tip
staff-phone-kind-voice = Apeluri vocale
staff-phone-kind-sms = Mesaje text (SMS)
staff-phone-kind-textphone = Telefon text
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = Notă (opțional)
staff-hours-hint = Orele sunt după ora Londrei, în formatul HH:MM. O oră de închidere mai devreme decât ora de deschidere înseamnă că programul continuă după miezul nopții; 24:00 încheie ziua. Lăsați un rând gol ca să îl ștergeți.
staff-hours-n = Programul { $n }
staff-hours-opens = Se deschide
staff-hours-closes = Se închide
staff-hours-note = Notă (opțional)
staff-languages-hint = Coduri de limbă din două sau trei litere, separate prin virgule, de exemplu „en, so, ar”.
staff-places-hint = La un loc confidențial (un adăpost, o casă sigură) nu se afișează niciodată nicio adresă: orice adresă introdusă pentru el este eliminată.
staff-place-n = Locul { $n }
staff-place-name = Nume
staff-place-confidential = Confidențial: nu se afișează niciodată unde se află
staff-place-address = Adresa (stradă și număr)
staff-place-city = Localitate
staff-place-postcode = Cod poștal
staff-place-borough = Cartier
staff-place-borough-none = Nu se află într-un cartier din Londra
staff-place-description = Notă (opțional)

staff-field-id = Identificator
staff-field-name = Nume
staff-field-organization = Organizație
staff-field-description = Descriere
staff-field-offers = Ce oferă
staff-field-eligibility_description = Pentru cine este
staff-field-url = Site web
staff-field-email = E-mail
staff-field-chat_url = Chat online
staff-field-phones = Telefoane
staff-field-schedules = Program
staff-field-languages = Limbi vorbite
staff-field-interpretation_services = Interpretariat
staff-field-areas = Zone acoperite
staff-field-situations = Situații în care ajută
staff-field-needs = Nevoi pe care le acoperă
staff-field-groups = Grupuri cu care lucrează în mod specializat
staff-field-fees = Costuri
staff-field-minimum_age = Vârsta minimă
staff-field-maximum_age = Vârsta maximă
staff-field-accepts_online_contact = Acceptă cereri de contact prin portal
staff-field-locations = Locuri
staff-field-translations = Traduceri
staff-field-capacity = Capacitate
staff-field-capacity_note = Notă despre capacitate (de exemplu, cât durează așteptarea)
staff-field-closure = Închis temporar

staff-queue-title = Modificări de aprobat
staff-queue-empty = Nu există modificări în așteptare.
staff-proposed-by = Trimisă de { $email } la { $date }
staff-revision-title = Modificarea unei fișe
staff-revision-heading = Modificare pentru { $name }
staff-revision-changed-since = Fișa publicată s-a schimbat de când a fost propusă această modificare. Tabelul o compară cu fișa publicată.
staff-diff-caption = Ce se schimbă
staff-diff-field = Câmp
staff-diff-before = Acum
staff-diff-after = Propus
staff-approve = Aprobați și publicați
staff-reject = Respingeți
staff-reject-reason = Motivul respingerii (furnizorul îl vede)
staff-status-approved = Aprobată
staff-status-rejected = Respinsă
staff-status-withdrawn = Înlocuită de o modificare mai nouă
staff-status-pending = În așteptare

staff-organizations-title = Organizații
staff-organization-new = Adăugați o organizație
staff-organization-name = Nume
staff-organization-slug = Nume scurt
staff-organization-slug-hint = Litere mici, cifre și cratime, de exemplu „solace-women”. Nu poate fi schimbat ulterior.
staff-organization-website = Site web (opțional)
staff-organization-create = Adăugați organizația
staff-organization-services = Fișe de servicii
staff-organization-members = Conturi de personal

staff-users-title = Conturi de personal
staff-invite-title = Creați un cont
staff-invite-intro = Persoana primește un e-mail cu un link prin care își alege parola și configurează o aplicație de autentificare.
staff-invite-organizations = Organizații (țineți apăsat Ctrl sau ⌘ pentru a alege mai multe)
staff-invite-send = Creați contul și trimiteți linkul
staff-role = Rol
staff-role-name-admin = Administrator
staff-role-name-provider = Furnizor
staff-role-name-caseworker = Consilier de caz
staff-user-organizations = Organizații
staff-user-state = Stare
staff-user-actions = Acțiuni
staff-user-active = Activ
staff-user-invited = Invitat, încă neconfigurat
staff-user-locked = Blocat temporar
staff-user-disabled = Dezactivat
staff-user-disable = Dezactivați
staff-user-enable = Activați
staff-membership-add = Adăugați la o organizație
staff-membership-add-button = Adăugați

staff-stale-title = Fișe neconfirmate de șase luni
staff-stale-count = { $count ->
    [one] O fișă nu a fost confirmată de furnizorul ei de cel puțin șase luni.
    [few] { $count } fișe nu au fost confirmate de furnizorii lor de cel puțin șase luni.
   *[other] { $count } de fișe nu au fost confirmate de furnizorii lor de cel puțin șase luni.
}

staff-audit-title = Jurnal de audit
staff-audit-when = Când (UTC)
staff-audit-actor = Cine
staff-audit-action = Acțiune
staff-audit-any = Orice acțiune
staff-audit-target = Înregistrare
staff-audit-from = De la
staff-audit-to = Până la
staff-audit-filter = Filtrați
staff-audit-change = Înainte și după
staff-audit-show = Afișați
staff-audit-older = Intrări mai vechi

staff-nav-inbox = Căsuța de intrare
staff-inbox-title = Căsuța de intrare
staff-inbox-empty = Nu există încă cereri de contact.
staff-inbox-admin-counts = Administratorii văd câte cereri există, dar niciodată ce conțin.
staff-inbox-received = Primită la { $date }
staff-done-status-changed = Starea a fost salvată.
staff-contact-heading = Cererea de contact { $reference }
staff-contact-name = Numele de folosit
staff-contact-method = Cum poate fi contactată persoana
staff-contact-message = Mesaj
staff-contact-safe-times = Momente sigure
staff-contact-help = Ajutorul dorit
staff-contact-interpreter = Interpret
staff-contact-language = Limba formularului
staff-contact-status = Stare
staff-contact-status-new = Nouă
staff-contact-status-contacting = Se încearcă contactarea
staff-contact-status-engaged = În contact
staff-contact-status-helped = Ajutor acordat
staff-contact-status-declined = Refuzată
staff-contact-status-closed = Închisă
staff-mail-new-request-subject = Cerere de contact nouă
staff-mail-new-request-body = O persoană a cerut să fie contactată de unul dintre serviciile organizației dumneavoastră. Conectați-vă pentru a citi cererea:

    { $link }

    Pentru siguranța acestei persoane, acest e-mail nu conține nicio informație despre ea.
staff-contact-timeline = Istoric
staff-contact-timeline-entry = { $date }: { $email } a schimbat starea în „{ $status }”
staff-membership-remove = Elimină
staff-membership-remove-label = Elimină din { $organization }
