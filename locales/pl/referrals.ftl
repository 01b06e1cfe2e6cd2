# Skierowania wysyłane przez osoby prowadzące sprawy oraz to, co prośby o kontakt i skierowania mają wspólnego w skrzynce usługodawcy:
# przypisanie, notatki wewnętrzne, historia i e-maile na ich temat (nigdy nic osobistego).

## Formularz skierowania
referral-client-heading = Klient
referral-name-label = Imię, którego organizacja może używać w kontakcie z klientem
referral-name-hint = Wystarczy imię, inicjały lub pseudonim.
referral-method-legend = Jak organizacja ma się kontaktować z klientem?
referral-method-phone = Telefon
referral-method-text = SMS
referral-method-email = E-mail
referral-method-none = Przeze mnie, osobę prowadzącą sprawę
referral-detail-label = Numer telefonu lub adres e-mail klienta
referral-safe-times-label = Kiedy można bezpiecznie kontaktować się z klientem? (opcjonalnie)
referral-message-legend = Czy organizacja może zostawić wiadomość?
referral-message-yes = Tak, można zostawić wiadomość
referral-message-no = Nie, nigdy nie zostawiać wiadomości
referral-language-label = Język klienta
referral-interpreter-label = Potrzebny tłumacz (podaj język, jeśli nie ma go wśród powyższych)
referral-need-heading = Czego potrzebuje klient
referral-help-label = Jakiej pomocy potrzebuje klient?
referral-risk-label = Zagrożenia, o których organizacja powinna wiedzieć
referral-risk-hint = Na przykład poziom ryzyka według oceny ryzyka, skierowanie do MARAC albo to, czy osoba wyrządzająca krzywdę ma wgląd w telefon klienta.
referral-urgency-legend = Pilność
referral-urgency-routine = Zwykły tryb
referral-urgency-soon = Wkrótce: w ciągu tygodnia
referral-urgency-urgent = Pilne: w ciągu jednego dnia roboczego
referral-consent-heading = Zgoda
referral-consent-label = Klient zgodził się na to skierowanie (albo zgodę wyraziła osoba uprawniona do wyrażenia jej w jego imieniu).
referral-consent-by-legend = Kto wyraził zgodę?
referral-consent-by-client = Klient
referral-consent-by-parent-or-carer = Rodzic lub opiekun (w przypadku dziecka)
referral-consent-by-legal-authority = Osoba prawnie upoważniona do działania w imieniu klienta
referral-consent-on-label = Data wyrażenia zgody
referral-shares-legend = Zgoda pozwala mi przekazać
referral-share-contact-details = dane kontaktowe klienta
referral-share-situation = informacje o tym, co się stało, i o potrzebnej pomocy
referral-share-risk = informacje o zagrożeniach
referral-notes-label = Inne informacje, które organizacja powinna znać (opcjonalnie)
referral-send = Wyślij skierowanie

## Problemy z formularzem
referral-error-name = Podaj imię, którego organizacja może używać w kontakcie z klientem (najwyżej 100 znaków).
referral-error-method = Wybierz, jak organizacja ma się kontaktować z klientem.
referral-error-message = Zaznacz, czy organizacja może zostawić wiadomość.
referral-error-urgency = Wybierz, jak pilne jest skierowanie.
referral-error-consent = Skierowanie wymaga zgody: potwierdź, że została wyrażona.
referral-error-consent-by = Zaznacz, kto wyraził zgodę.
referral-error-consent-date = Podaj datę wyrażenia zgody: prawdziwą datę, która nie jest datą przyszłą.
referral-error-share-contact = Zgoda nie obejmuje danych kontaktowych: wybierz „Przeze mnie, osobę prowadzącą sprawę” albo zaznacz dane kontaktowe, jeśli klient się na to zgodził.
referral-error-share-situation = Zgoda nie obejmuje informacji o tym, co się stało: zostaw pole z potrzebną pomocą puste albo zaznacz tę pozycję, jeśli klient się na to zgodził.
referral-error-share-risk = Zgoda nie obejmuje informacji o zagrożeniach: zostaw pole z zagrożeniami puste albo zaznacz tę pozycję, jeśli klient się na to zgodził.
referral-error-decline-reason = Wybierz powód odmowy przyjęcia skierowania.

## Statusy i powody
referral-status-sent = Wysłane
referral-status-received = Otrzymane
referral-status-accepted = Przyjęte
referral-status-contacting = Próba kontaktu
referral-status-engaged = W kontakcie
referral-status-helped = Udzielono pomocy
referral-status-declined = Odmowa
referral-status-closed = Zamknięte
referral-reason-not-eligible = klient nie spełnia kryteriów
referral-reason-no-capacity = brak możliwości przyjęcia
referral-reason-could-not-contact = nie udało się nawiązać kontaktu
referral-reason-no-longer-wanted = klient nie chce już pomocy

## Strony dla osób prowadzących sprawy
staff-nav-referrals = Moje skierowania
staff-nav-refer = Skieruj klienta
staff-referrals-title = Moje skierowania
staff-referrals-new = Skieruj klienta
staff-referrals-none = Nie masz jeszcze żadnych wysłanych skierowań.
staff-referral-updated = Ostatnia zmiana: { $date }
staff-referral-news = Zmiany od twojego ostatniego wyświetlenia
staff-referral-find-title = Znajdź usługę, do której chcesz skierować klienta
staff-referral-find-label = Słowa opisujące usługę lub potrzebną pomoc
staff-referral-find-button = Szukaj
staff-referral-find-none = Żaden wpis nie pasuje do tych słów. Spróbuj użyć innych.
staff-referral-listing = Zobacz wpis
staff-referral-refer = Skieruj tu klienta
staff-referral-new-title = Skierowanie klienta do: { $service }
staff-referral-not-receivable = Ta usługa nie przyjmuje jeszcze skierowań przez portal. Skontaktuj się z nią w sposób podany we wpisie.
staff-referral-heading = Skierowanie { $reference }
staff-referral-service = Usługa
staff-referral-referrer = Skierowane przez
staff-referral-sent = Wysłano
staff-referral-consent = Zgoda wyrażona przez: { $who }, { $date }; obejmuje przekazanie: { $shares }
staff-referral-withdraw = Wycofaj skierowanie
staff-referral-withdraw-hint = Jeśli klient nie potrzebuje już tej usługi, wycofaj skierowanie: organizacja zostanie o tym poinformowana, a skierowanie zostanie zamknięte.
staff-referral-from = Od: { $email }, { $date }
staff-referral-reason-label = Powód (w przypadku odmowy)
staff-referral-reason-hint = Wymagany tylko wtedy, gdy odmawiasz przyjęcia skierowania.

## Skrzynka usługodawcy
staff-inbox-requests = Prośby o kontakt
staff-inbox-referrals = Skierowania
staff-inbox-no-referrals = Nie ma jeszcze żadnych skierowań.
staff-assigned-to = Osoba przypisana: { $email }
staff-assign-heading = Osoba przypisana
staff-assign-label = Kto z zespołu się tym zajmuje
staff-assign-nobody = Jeszcze nikt
staff-assign = Przypisz
staff-notes-title = Notatki wewnętrzne
staff-notes-private = Te notatki widzi tylko twoja organizacja. Nie widzi ich ani osoba prowadząca sprawę, ani klient.
staff-notes-none = Nie ma jeszcze żadnych notatek.
staff-note-label = Nowa notatka
staff-note-hint = Najwyżej 2000 znaków.
staff-note-add = Dodaj notatkę
staff-note-meta = { $date }, { $email }
staff-error-note-empty = Notatka jest pusta. Napisz coś albo wróć.
staff-error-note-long = Notatka ma więcej niż 2000 znaków. Skróć ją.
staff-back = Wróć
staff-timeline-someone = ktoś
staff-timeline-assigned = { $date }: { $email } przypisuje do: { $assignee }
staff-timeline-unassigned = { $date }: { $email } usuwa przypisanie
staff-done-assigned = Przypisanie zostało zapisane.
staff-done-note-added = Notatka została zapisana.
staff-done-referral-sent = Skierowanie zostało wysłane. Gdy organizacja je zaktualizuje, dostaniesz e-mail.
staff-done-referral-withdrawn = Skierowanie zostało wycofane.

## E-maile: link do zalogowania się, nigdy nic o samej osobie
staff-mail-new-referral-subject = Nowe skierowanie
staff-mail-new-referral-body = Osoba prowadząca sprawę skierowała kogoś do jednej z usług Twojej organizacji. Zaloguj się, aby przeczytać skierowanie:

    { $link }
staff-mail-referral-update-subject = Zmiana w skierowaniu
staff-mail-referral-update-body = W jednym ze skierowań nastąpiła zmiana. Zaloguj się, aby ją zobaczyć:

    { $link }
staff-mail-assigned-subject = Przypisano Ci nową pozycję
staff-mail-assigned-body = W skrzynce Twojej organizacji przypisano Ci nową pozycję. Zaloguj się, aby ją zobaczyć:

    { $link }
