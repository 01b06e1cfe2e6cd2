home-title = Co się stało?
home-lead = Opisz to własnymi słowami, a pokażemy ci pomoc, która pasuje do twojej sytuacji. Nie musisz podawać imienia ani nazwiska.
describe-label = Co się stało? Możesz to opisać własnymi słowami
describe-hint = Możesz pisać w dowolnym języku. To, co piszesz, nie jest zapisywane.
describe-counter = Pozostało znaków: { $remaining }
describe-submit = Znajdź pomoc
describe-privacy = To, co piszesz, wykorzystujemy tylko po to, żeby zaproponować pomoc. Nie zapisujemy tego i nie pojawia się to w historii przeglądarki.
home-situations = Albo wybierz, co się dzieje
home-needs = Czego potrzebujesz?
home-not-your-fault-title = To nie twoja wina
home-not-your-fault = Cokolwiek się stało, zasługujesz na to, żeby ktoś ci uwierzył i cię wspierał. Możesz dostać pomoc bez względu na to, czy zgłosisz sprawę na policję, i bez względu na twój status imigracyjny.
home-safety-link = Jak bezpiecznie korzystać z tej strony

results-page-title = Informacje
results-title = Pomoc, która może pasować
results-lead = Te usługi mogą pomóc w sytuacji, którą opisujesz. Ty decydujesz, z kim się skontaktować.
results-none = Nie udało nam się dopasować twojego opisu do żadnej usługi. Spróbuj opisać to inaczej albo wybierz z listy poniżej.
results-situations = Może chodzić o
results-services = Usługi, które mogą pomóc
results-refine = Zmień swój opis


topic-not-your-fault = To nie twoja wina. Możesz dostać pomoc bez względu na to, czy zgłosisz sprawę na policję.
topic-services = Usługi, które mogą pomóc
topic-service-count = { $count ->
    [0] Żadna usługa nie pasuje do tych wyborów. Spróbuj wybrać większy obszar.
    [one] 1 usługa
    [few] { $count } usługi
    [many] { $count } usług
   *[other] { $count } usługi
}
filters-submit = Pokaż usługi
borough-label = Gdzie mieszkasz? (nieobowiązkowo)
borough-any = Gdziekolwiek w Londynie albo wolę nie mówić
group-label = Dla kogo? (nieobowiązkowo)
group-any = Dla wszystkich
results-needs = Może potrzebujesz też
