staff-site-name = Londyński portal dla osób pokrzywdzonych: strony dla pracowników
staff-sign-in-title = Logowanie
staff-sign-in = Zaloguj się
staff-sign-out = Wyloguj się
staff-email = Adres e-mail
staff-password = Hasło
staff-forgot-link = Nie pamiętasz hasła?
staff-code-title = Wpisz kod
staff-code = Kod
staff-code-hint = Sześciocyfrowy kod z aplikacji uwierzytelniającej albo jeden z kodów odzyskiwania.
staff-continue = Dalej
staff-back-home = Wróć na stronę główną dla pracowników
staff-nav-label = Strony dla pracowników
staff-nav-home = Strona główna
staff-nav-services = Wpisy
staff-nav-moderation = Zmiany do zatwierdzenia
staff-nav-stale = Niepotwierdzone wpisy
staff-nav-organizations = Organizacje
staff-nav-users = Konta
staff-nav-audit = Dziennik zdarzeń
staff-nav-account = Twoje konto

staff-error-title = Coś poszło nie tak
staff-error-summary = Wystąpił problem
staff-error-signed-out = Sesja wygasła. Zaloguj się ponownie.
staff-error-forbidden = Twoje konto nie ma uprawnień do tej czynności.
staff-error-form-expired = Ten formularz wygasł. Wróć, odśwież stronę i spróbuj ponownie.
staff-error-not-found = Ta strona nie istnieje albo twoje konto nie ma do niej dostępu.
staff-error-bad-form = Nie udało się odczytać formularza. Odśwież stronę i spróbuj ponownie.
staff-error-email = Wpisz adres e-mail, np. name@example.org.
staff-error-credentials = Adres e-mail lub hasło jest nieprawidłowe.
staff-error-account-locked = Po zbyt wielu nieudanych próbach to konto zostało zablokowane na 15 minut. Spróbuj ponownie później albo zresetuj hasło.
staff-error-too-many-attempts = Zbyt wiele nieudanych prób z tej sieci. Odczekaj 15 minut i spróbuj ponownie.
staff-error-code = Ten kod jest nieprawidłowy albo został już użyty. Kody zmieniają się co 30 sekund.
staff-error-password-short = Wybierz hasło, które ma co najmniej 12 znaków. Dobrze sprawdza się kilka niezwiązanych ze sobą słów.
staff-error-password-long = Wybierz hasło, które ma najwyżej 256 znaków.
staff-error-password-mismatch = Wpisane hasła nie są takie same.
staff-error-password-like-email = Wybierz hasło, które nie zawiera twojego adresu e-mail.
staff-error-password-simple = Wybierz hasło z większą liczbą różnych znaków.
staff-error-current-password = Obecne hasło jest nieprawidłowe.
staff-error-link-unknown = Ten link jest nieprawidłowy. Sprawdź, czy został skopiowany w całości.
staff-error-link-expired = Ten link wygasł albo został już użyty. Poproś o nowy.
staff-error-age = Wiek podaje się jako liczbę całkowitą od 0 do 120.
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = Nic się nie zmieniło. Zmień któreś pole albo użyj zamiast tego przycisku „Ten wpis jest poprawny”.
staff-error-already-reviewed = Ktoś już zatwierdził lub odrzucił tę zmianę.
staff-error-reason = Podaj powód (najwyżej 2000 znaków). Organizacja go zobaczy.
staff-error-organization-name = Wpisz nazwę organizacji (najwyżej 200 znaków).
staff-error-organization-slug = Nazwa skrócona może zawierać tylko małe litery, cyfry i pojedyncze łączniki, np. „solace-women”.
staff-error-organization-website = Adres strony internetowej musi zaczynać się od https://.
staff-error-organization-exists = Organizacja o tej nazwie skróconej już istnieje.
staff-error-organization-needed = Wybierz co najmniej jedną organizację dla usługodawcy lub osoby prowadzącej sprawy.
staff-error-user-exists = Konto z tym adresem e-mail już istnieje.
staff-error-date = Daty zapisuje się w formacie rok-miesiąc-dzień, np. 2026-11-29.

staff-done-revision-sent = Zmiana została wysłana. Zanim zostanie opublikowana, sprawdzi ją administrator.
staff-done-confirmed = Dziękujemy. Przy wpisie widnieje teraz dzisiejsza data jako data ostatniego sprawdzenia.
staff-done-approved = Zmiana została zatwierdzona i jest już widoczna na stronie.
staff-done-rejected = Zmiana została odrzucona. Organizacja zobaczy podany powód.
staff-done-password-changed = Hasło zostało zmienione. Pozostałe sesje zostały wylogowane.
staff-done-language-changed = Język został zapisany.
staff-done-invited = Konto zostało utworzone, a link do jego skonfigurowania wysłano e-mailem.
staff-done-organization-created = Organizacja została utworzona.
staff-done-user-disabled = Konto zostało wyłączone, a wszystkie jego sesje – wylogowane.
staff-done-user-enabled = Konto zostało ponownie włączone.
staff-done-memberships-changed = Lista organizacji przypisanych do konta została zaktualizowana.
staff-done-password-reset = Hasło zostało zmienione. Zaloguj się teraz, używając nowego hasła.
staff-done-reset-sent = Jeśli ten adres należy do któregoś konta, wysłaliśmy na niego link do ustawienia nowego hasła. Link jest ważny przez godzinę.

staff-setup-title = Skonfiguruj konto
staff-reset-title = Ustaw nowe hasło
staff-setup-for = Konto: { $email }
staff-link-title = Link jest nieprawidłowy
staff-new-password = Nowe hasło
staff-new-password-hint = Co najmniej 12 znaków. Kilka niezwiązanych ze sobą słów łatwo zapamiętać, a trudno odgadnąć.
staff-confirm-password = Wpisz nowe hasło jeszcze raz
staff-save-password = Zapisz hasło
staff-enrol-title = Skonfiguruj aplikację uwierzytelniającą
staff-enrol-intro = Każde konto pracownika wymaga przy logowaniu drugiego kroku. Zeskanuj ten kod aplikacją uwierzytelniającą w telefonie (np. Microsoft Authenticator, Google Authenticator lub FreeOTP).
staff-enrol-manual = Jeśli nie możesz zeskanować kodu, wpisz w aplikacji ten klucz:
staff-enrol-code = Sześciocyfrowy kod wyświetlany w aplikacji
staff-enrol-confirm = Potwierdź
staff-recovery-title = Kody odzyskiwania
staff-recovery-intro = Przechowuj te kody w bezpiecznym miejscu, np. w menedżerze haseł. Jeśli zgubisz telefon, każdy z nich pozwoli ci zalogować się jeden raz. Kody nie zostaną wyświetlone ponownie.
staff-recovery-remaining = { $count ->
    [one] Masz jeden nieużywany kod odzyskiwania.
    [few] Masz { $count } nieużywane kody odzyskiwania.
    [many] Masz { $count } nieużywanych kodów odzyskiwania.
   *[other] Masz { $count } nieużywanego kodu odzyskiwania.
}
staff-recovery-new = Wygeneruj nowe kody odzyskiwania (dotychczasowe przestaną działać)
staff-forgot-title = Zresetuj hasło
staff-forgot-intro = Wpisz adres e-mail swojego konta. Wyślemy na niego link do ustawienia nowego hasła.
staff-forgot-send = Wyślij link
staff-mail-reset-subject = Resetowanie hasła w Londyńskim portalu dla osób pokrzywdzonych
staff-mail-reset-body = Ktoś poprosił o zresetowanie hasła do Twojego konta pracownika w Londyńskim portalu dla osób pokrzywdzonych. Aby ustawić nowe hasło, otwórz ten link w ciągu godziny:

    { $link }

    Jeśli to nie Ty, zignoruj tę wiadomość – Twoje hasło pozostanie bez zmian.
staff-mail-invite-subject = Twoje konto pracownika w Londyńskim portalu dla osób pokrzywdzonych
staff-mail-invite-body = Administrator utworzył dla Ciebie konto pracownika w Londyńskim portalu dla osób pokrzywdzonych. Aby ustawić hasło i skonfigurować aplikację uwierzytelniającą, otwórz ten link w ciągu 72 godzin:

    { $link }

staff-home-title = Strona główna dla pracowników
staff-role-admin = Masz uprawnienia administratora.
staff-role-provider = Dbasz o to, by wpisy twojej organizacji były aktualne.
staff-role-caseworker = Masz rolę osoby prowadzącej sprawy.
staff-member-of = Organizacje: { $organizations }
staff-home-services = { $count ->
    [one] Jeden wpis, o którego aktualność dbasz
    [few] { $count } wpisy, o których aktualność dbasz
    [many] { $count } wpisów, o których aktualność dbasz
   *[other] { $count } wpisu, o których aktualność dbasz
}
staff-home-pending = { $count ->
    [one] Jedna zmiana do zatwierdzenia
    [few] { $count } zmiany do zatwierdzenia
    [many] { $count } zmian do zatwierdzenia
   *[other] { $count } zmiany do zatwierdzenia
}
staff-home-stale = { $count ->
    [one] Jeden wpis niepotwierdzony od sześciu miesięcy
    [few] { $count } wpisy niepotwierdzone od sześciu miesięcy
    [many] { $count } wpisów niepotwierdzonych od sześciu miesięcy
   *[other] { $count } wpisu niepotwierdzonego od sześciu miesięcy
}
staff-home-directory = Wyszukaj usługi w katalogu
staff-account-title = Twoje konto
staff-language = Język
staff-save = Zapisz
staff-change-password = Zmień hasło
staff-current-password = Obecne hasło

staff-services-title = Twoje wpisy
staff-services-none = Do twojego konta nie są jeszcze przypisane żadne wpisy. Poproś administratora o dodanie twojej organizacji.
staff-never-confirmed = Nigdy niepotwierdzone przez organizację
staff-confirmed-on = Ostatnio potwierdzone: { $date }
staff-last-confirmed = Ostatnie potwierdzenie
staff-revision-pending = Zmiana czeka na zatwierdzenie.
staff-revision-rejected = Twoja ostatnia zmiana nie została zatwierdzona: { $reason }
staff-revision-approved = Twoja ostatnia zmiana została zatwierdzona w dniu { $date }.
staff-edit = Edytuj
staff-confirm-correct = Ten wpis jest poprawny
staff-edit-title = Edycja: { $name }
staff-edit-intro = Popraw wszystko, co jest nieaktualne lub błędne. Każdą zmianę przed publikacją sprawdza administrator.
staff-edit-pending = Formularz pokazuje twoją zmianę, która czeka na zatwierdzenie. Jeśli wyślesz go ponownie, zastąpi on tę zmianę.
staff-listing-about = O usłudze
staff-listing-availability = Dostępność
staff-listing-contact = Kontakt
staff-listing-languages = Języki
staff-listing-submit = Wyślij do zatwierdzenia
staff-hint-one-per-line = Każdą pozycję wpisz w osobnym wierszu.
staff-capacity-unstated = Nie podano
staff-closure-message = Komunikat na czas zamknięcia
staff-closure-until = Zamknięte do (opcjonalnie)
staff-phone-n = Telefon { $n }
staff-phone-number = Numer
staff-phone-kind = Rodzaj
staff-phone-kind-voice = Połączenia głosowe
staff-phone-kind-sms = Wiadomości SMS
staff-phone-kind-textphone = Telefon tekstowy
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = Uwagi (opcjonalnie)
staff-hours-hint = Godziny według czasu londyńskiego, w formacie HH:MM. Jeśli godzina zamknięcia jest wcześniejsza niż godzina otwarcia, oznacza to, że usługa działa po północy; 24:00 oznacza koniec dnia. Aby usunąć wiersz, zostaw go pusty.
staff-hours-n = Godziny otwarcia { $n }
staff-hours-opens = Otwarcie
staff-hours-closes = Zamknięcie
staff-hours-note = Uwagi (opcjonalnie)
staff-languages-hint = Dwu- lub trzyliterowe kody języków rozdzielone przecinkami, np. „en, so, ar”.
staff-places-hint = Adres poufnego miejsca (schroniska, bezpiecznego mieszkania) nigdy nigdzie się nie wyświetla: każdy wpisany dla niego adres zostanie usunięty.
staff-place-n = Miejsce { $n }
staff-place-name = Nazwa
staff-place-confidential = Poufne – nigdy nie pokazuj, gdzie się znajduje
staff-place-address = Ulica i numer
staff-place-city = Miejscowość
staff-place-postcode = Kod pocztowy
staff-place-borough = Dzielnica
staff-place-borough-none = Poza londyńskimi dzielnicami
staff-place-description = Uwagi (opcjonalnie)

staff-field-id = Identyfikator
staff-field-name = Nazwa
staff-field-organization = Organizacja
staff-field-description = Opis
staff-field-offers = Co oferuje
staff-field-eligibility_description = Dla kogo
staff-field-url = Strona internetowa
staff-field-email = E-mail
staff-field-chat_url = Czat internetowy
staff-field-phones = Telefony
staff-field-schedules = Godziny otwarcia
staff-field-languages = Języki, w których można rozmawiać
staff-field-interpretation_services = Tłumaczenie ustne
staff-field-areas = Obszar działania
staff-field-situations = Sytuacje, w których pomaga
staff-field-needs = Potrzeby, na które odpowiada
staff-field-groups = Grupy, w pracy z którymi się specjalizuje
staff-field-fees = Opłaty
staff-field-minimum_age = Wiek minimalny
staff-field-maximum_age = Wiek maksymalny
staff-field-accepts_online_contact = Przyjmuje prośby o kontakt przez portal
staff-field-locations = Miejsca
staff-field-translations = Tłumaczenia
staff-field-capacity = Przyjmowanie nowych zgłoszeń
staff-field-capacity_note = Uwagi o przyjmowaniu zgłoszeń (np. jak długo się czeka)
staff-field-closure = Tymczasowo zamknięte

staff-queue-title = Zmiany do zatwierdzenia
staff-queue-empty = Żadne zmiany nie czekają na zatwierdzenie.
staff-proposed-by = Przesłane przez { $email } w dniu { $date }
staff-revision-title = Zmiana we wpisie
staff-revision-heading = Zmiana we wpisie: { $name }
staff-revision-changed-since = Opublikowany wpis zmienił się od czasu przesłania tej zmiany. Tabela porównuje ją z obecnie opublikowaną wersją.
staff-diff-caption = Co się zmienia
staff-diff-field = Pole
staff-diff-before = Obecnie
staff-diff-after = Proponowane
staff-approve = Zatwierdź i opublikuj
staff-reject = Odrzuć
staff-reject-reason = Powód odrzucenia (organizacja go zobaczy)
staff-status-approved = Zatwierdzona
staff-status-rejected = Odrzucona
staff-status-withdrawn = Zastąpiona nowszą zmianą
staff-status-pending = Oczekuje

staff-organizations-title = Organizacje
staff-organization-new = Dodaj organizację
staff-organization-name = Nazwa
staff-organization-slug = Nazwa skrócona
staff-organization-slug-hint = Małe litery, cyfry i łączniki, np. „solace-women”. Później nie można jej zmienić.
staff-organization-website = Strona internetowa (opcjonalnie)
staff-organization-create = Dodaj organizację
staff-organization-services = Wpisy
staff-organization-members = Konta pracowników

staff-users-title = Konta pracowników
staff-invite-title = Utwórz konto
staff-invite-intro = Ta osoba dostanie e-mail z linkiem do ustawienia hasła i skonfigurowania aplikacji uwierzytelniającej.
staff-invite-organizations = Organizacje (aby wybrać kilka, przytrzymaj Ctrl lub ⌘)
staff-invite-send = Utwórz konto i wyślij link
staff-role = Rola
staff-role-name-admin = Administrator
staff-role-name-provider = Usługodawca
staff-role-name-caseworker = Osoba prowadząca sprawy
staff-user-organizations = Organizacje
staff-user-state = Stan
staff-user-actions = Działania
staff-user-active = Aktywne
staff-user-invited = Zaproszenie wysłane, konto jeszcze nieskonfigurowane
staff-user-locked = Tymczasowo zablokowane
staff-user-disabled = Wyłączone
staff-user-disable = Wyłącz
staff-user-enable = Włącz
staff-membership-add = Dodaj do organizacji
staff-membership-add-button = Dodaj

staff-stale-title = Wpisy niepotwierdzone od sześciu miesięcy
staff-stale-count = { $count ->
    [one] Jeden wpis od co najmniej sześciu miesięcy nie został potwierdzony przez prowadzącą go organizację.
    [few] { $count } wpisy od co najmniej sześciu miesięcy nie zostały potwierdzone przez prowadzące je organizacje.
    [many] { $count } wpisów od co najmniej sześciu miesięcy nie zostało potwierdzonych przez prowadzące je organizacje.
   *[other] { $count } wpisu od co najmniej sześciu miesięcy nie zostało potwierdzone przez prowadzące je organizacje.
}

staff-audit-title = Dziennik zdarzeń
staff-audit-when = Kiedy (UTC)
staff-audit-actor = Kto
staff-audit-action = Działanie
staff-audit-any = Wszystkie działania
staff-audit-target = Rekord
staff-audit-from = Od
staff-audit-to = Do
staff-audit-filter = Filtruj
staff-audit-change = Przed i po
staff-audit-show = Pokaż
staff-audit-older = Starsze zdarzenia

staff-nav-inbox = Skrzynka odbiorcza
staff-inbox-title = Skrzynka odbiorcza
staff-inbox-empty = Nie ma jeszcze żadnych próśb o kontakt.
staff-inbox-admin-counts = Administratorzy widzą, ile jest próśb, ale nigdy nie widzą ich treści.
staff-inbox-received = Otrzymano: { $date }
staff-done-status-changed = Status został zapisany.
staff-contact-heading = Prośba o kontakt { $reference }
staff-contact-name = Imię, którego należy używać
staff-contact-method = Jak się skontaktować
staff-contact-message = Wiadomość
staff-contact-safe-times = Bezpieczne pory kontaktu
staff-contact-help = Oczekiwana pomoc
staff-contact-interpreter = Tłumacz
staff-contact-language = Język formularza
staff-contact-status = Status
staff-contact-status-new = Nowa
staff-contact-status-contacting = Próba kontaktu
staff-contact-status-engaged = W kontakcie
staff-contact-status-helped = Udzielono pomocy
staff-contact-status-declined = Odmowa
staff-contact-status-closed = Zamknięta
staff-mail-new-request-subject = Nowa prośba o kontakt
staff-mail-new-request-body = Ktoś poprosił o kontakt ze strony jednej z usług Twojej organizacji. Zaloguj się, aby przeczytać prośbę:

    { $link }

    Dla bezpieczeństwa tej osoby ta wiadomość nie zawiera żadnych informacji na jej temat.
staff-contact-timeline = Historia
staff-contact-timeline-entry = { $date }: { $email } zmienia status na „{ $status }”
staff-membership-remove = Usuń
staff-membership-remove-label = Usuń z organizacji { $organization }
