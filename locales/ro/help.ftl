home-title = Ce s-a întâmplat?
home-lead = Spune-ne cu cuvintele tale și îți vom arăta ajutorul potrivit. Nu trebuie să îți spui numele.
describe-label = Ce s-a întâmplat? Poți scrie cu cuvintele tale
describe-hint = Poți scrie în orice limbă. Ce scrii nu este păstrat.
describe-counter = Caractere rămase: { $remaining }
describe-submit = Găsește ajutor
describe-privacy = Folosim ce scrii doar ca să îți sugerăm ajutor. Textul nu este salvat și nu apare în istoricul browserului.
home-situations = Sau alege ce se întâmplă
home-needs = De ce ai nevoie?
home-not-your-fault-title = Nu este vina ta
home-not-your-fault = Orice s-ar fi întâmplat, meriți să ți se dea crezare și să primești sprijin. Poți primi ajutor indiferent dacă faci sau nu plângere la poliție și indiferent de statutul tău de imigrare.
home-safety-link = Cum să folosești acest site în siguranță

results-page-title = Informații
results-title = Ajutor care s-ar putea potrivi
results-lead = Aceste servicii te-ar putea ajuta cu ce ai descris. Tu alegi pe cine contactezi.
results-none = Nu am găsit un serviciu potrivit pentru ce ai scris. Încearcă să spui altfel sau alege din lista de mai jos.
results-situations = Ar putea fi vorba despre
results-services = Servicii care te-ar putea ajuta
results-refine = Schimbă ce ai scris


topic-not-your-fault = Nu este vina ta. Poți primi ajutor indiferent dacă faci sau nu plângere la poliție.
topic-services = Servicii care te pot ajuta
topic-service-count = { $count ->
    [0] Niciun serviciu nu se potrivește cu aceste alegeri. Încearcă o zonă mai mare.
    [one] 1 serviciu
    [few] { $count } servicii
   *[other] { $count } de servicii
}
filters-submit = Arată serviciile
borough-label = Unde locuiești? (opțional)
borough-any = Oriunde în Londra sau prefer să nu spun
group-label = Servicii pentru (opțional)
group-any = Toată lumea
results-needs = S-ar putea să ai nevoie și de
