# Referiri făcute de consilierii de caz și ce au în comun cererile de contact și referirile în căsuța de intrare a unui furnizor:
# atribuirea, notele interne, istoricul și e-mailurile despre acestea (niciodată nimic personal).

## Formularul de referire
referral-client-heading = Clientul
referral-name-label = Un nume pe care serviciul îl poate folosi pentru client
referral-name-hint = Este suficient un prenume, inițialele sau un pseudonim.
referral-method-legend = Cum să îl contacteze serviciul pe client?
referral-method-phone = Apel telefonic
referral-method-text = Mesaj text (SMS)
referral-method-email = E-mail
referral-method-none = Prin mine, consilierul de caz
referral-detail-label = Numărul de telefon sau adresa de e-mail a clientului
referral-safe-times-label = Când poate fi contactat clientul în siguranță? (opțional)
referral-message-legend = Poate serviciul să lase un mesaj?
referral-message-yes = Da, se poate lăsa un mesaj
referral-message-no = Nu, să nu se lase niciodată un mesaj
referral-language-label = Limba clientului
referral-interpreter-label = Este nevoie de interpret (limba, dacă nu este una dintre acestea)
referral-need-heading = De ce are nevoie clientul
referral-help-label = De ce ajutor are nevoie clientul?
referral-risk-label = Riscuri pe care serviciul trebuie să le cunoască
referral-risk-hint = De exemplu, nivelul de risc din evaluarea riscului, o referire către MARAC sau dacă persoana care îi face rău clientului îi poate vedea telefonul.
referral-urgency-legend = Urgență
referral-urgency-routine = Obișnuită
referral-urgency-soon = În curând: în decurs de o săptămână
referral-urgency-urgent = Urgentă: în decurs de o zi lucrătoare
referral-consent-heading = Consimțământ
referral-consent-label = Clientul a fost de acord cu această referire (sau și-a dat acordul o persoană care poate consimți în numele lui).
referral-consent-by-legend = Cine și-a dat consimțământul?
referral-consent-by-client = Clientul
referral-consent-by-parent-or-carer = Un părinte sau un îngrijitor (în cazul unui copil)
referral-consent-by-legal-authority = O persoană cu autoritate legală de a acționa în numele clientului
referral-consent-on-label = Data la care s-a dat consimțământul
referral-shares-legend = Consimțământul îmi permite să transmit
referral-share-contact-details = datele de contact ale clientului
referral-share-situation = ce s-a întâmplat și ajutorul de care are nevoie
referral-share-risk = informații despre riscuri
referral-notes-label = Alte lucruri pe care ar trebui să le știe serviciul (opțional)
referral-send = Trimiteți referirea

## Probleme cu formularul
referral-error-name = Vă rugăm să indicați un nume pe care serviciul îl poate folosi pentru client (cel mult 100 de caractere).
referral-error-method = Vă rugăm să alegeți cum să îl contacteze serviciul pe client.
referral-error-message = Vă rugăm să precizați dacă serviciul poate lăsa un mesaj.
referral-error-urgency = Vă rugăm să alegeți cât de urgentă este referirea.
referral-error-consent = O referire necesită consimțământ: vă rugăm să confirmați că acesta a fost dat.
referral-error-consent-by = Vă rugăm să precizați cine și-a dat consimțământul.
referral-error-consent-date = Vă rugăm să indicați data la care s-a dat consimțământul, ca dată reală care nu este în viitor.
referral-error-share-contact = Consimțământul nu acoperă datele de contact: alegeți „Prin mine, consilierul de caz” sau bifați datele de contact dacă clientul a fost de acord.
referral-error-share-situation = Consimțământul nu acoperă ce s-a întâmplat: lăsați necompletat ajutorul necesar sau bifați această opțiune dacă clientul a fost de acord.
referral-error-share-risk = Consimțământul nu acoperă riscurile: lăsați necompletate riscurile sau bifați această opțiune dacă clientul a fost de acord.
referral-error-decline-reason = Vă rugăm să alegeți motivul pentru care referirea este refuzată.

## Stări și motive
referral-status-sent = Trimisă
referral-status-received = Primită
referral-status-accepted = Acceptată
referral-status-contacting = Se încearcă contactarea
referral-status-engaged = În contact
referral-status-helped = Ajutor acordat
referral-status-declined = Refuzată
referral-status-closed = Închisă
referral-reason-not-eligible = nu îndeplinește criteriile
referral-reason-no-capacity = lipsă de capacitate
referral-reason-could-not-contact = nu s-a putut lua legătura
referral-reason-no-longer-wanted = nu mai este dorită

## Paginile consilierilor de caz
staff-nav-referrals = Referirile mele
staff-nav-refer = Referiți un client
staff-referrals-title = Referirile mele
staff-referrals-new = Referiți un client
staff-referrals-none = Nu ați trimis încă nicio referire.
staff-referral-updated = Ultima modificare: { $date }
staff-referral-news = Actualizată de când ați văzut-o ultima dată
staff-referral-find-title = Găsiți un serviciu către care să faceți referirea
staff-referral-find-label = Cuvinte despre serviciu sau despre ajutorul necesar
staff-referral-find-button = Căutați
staff-referral-find-none = Nicio fișă nu corespunde acestor cuvinte. Încercați alte cuvinte.
staff-referral-listing = Vedeți fișa
staff-referral-refer = Referiți un client către acest serviciu
staff-referral-new-title = Referiți un client către { $service }
staff-referral-not-receivable = Acest serviciu nu primește încă referiri prin portal. Vă rugăm să îl contactați așa cum se arată în fișa lui.
staff-referral-heading = Referirea { $reference }
staff-referral-service = Serviciu
staff-referral-referrer = Referită de
staff-referral-sent = Trimisă
staff-referral-consent = Dat de { $who } la { $date }, pentru a transmite: { $shares }
staff-referral-withdraw = Retrageți referirea
staff-referral-withdraw-hint = Dacă clientul nu mai are nevoie de acest serviciu, retrageți referirea: serviciul este anunțat, iar referirea este închisă.
staff-referral-from = De la { $email }, { $date }
staff-referral-reason-label = Motivul, dacă este refuzată
staff-referral-reason-hint = Necesar doar când refuzați referirea.

## Căsuța de intrare a furnizorilor
staff-inbox-requests = Cereri de contact
staff-inbox-referrals = Referiri
staff-inbox-no-referrals = Nu există încă referiri.
staff-assigned-to = Persoana responsabilă: { $email }
staff-assign-heading = Persoana responsabilă
staff-assign-label = Colegul care se ocupă de aceasta
staff-assign-nobody = Nimeni deocamdată
staff-assign = Atribuiți
staff-notes-title = Note interne
staff-notes-private = Doar organizația dumneavoastră poate citi aceste note. Consilierul de caz și clientul nu le pot citi.
staff-notes-none = Nu există încă note.
staff-note-label = Notă nouă
staff-note-hint = Cel mult 2.000 de caractere.
staff-note-add = Adăugați nota
staff-note-meta = { $date }, { $email }
staff-error-note-empty = Nota este goală. Vă rugăm să scrieți ceva sau să vă întoarceți.
staff-error-note-long = Nota are mai mult de 2.000 de caractere. Vă rugăm să o scurtați.
staff-back = Înapoi
staff-timeline-someone = cineva
staff-timeline-assigned = { $date }: { $email } a atribuit-o lui { $assignee }
staff-timeline-unassigned = { $date }: { $email } a anulat atribuirea
staff-done-assigned = Atribuirea a fost salvată.
staff-done-note-added = Nota a fost salvată.
staff-done-referral-sent = Referirea a fost trimisă. Veți primi un e-mail când serviciul o actualizează.
staff-done-referral-withdrawn = Referirea a fost retrasă.

## E-mailuri: un link pentru conectare, niciodată nimic despre persoană
staff-mail-new-referral-subject = Referire nouă
staff-mail-new-referral-body = Un consilier de caz a referit o persoană către unul dintre serviciile organizației dumneavoastră. Conectați-vă pentru a citi referirea:

    { $link }
staff-mail-referral-update-subject = O referire s-a modificat
staff-mail-referral-update-body = Există o actualizare la o referire. Conectați-vă pentru a o vedea:

    { $link }
staff-mail-assigned-subject = Vi s-a atribuit un element
staff-mail-assigned-body = Un coleg v-a atribuit un element din căsuța de intrare a organizației dumneavoastră. Conectați-vă pentru a-l vedea:

    { $link }
