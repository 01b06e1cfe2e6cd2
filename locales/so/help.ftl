home-title = Maxaa dhacay?
home-lead = Nagu sheeg erayadaada, waxaanan ku tusi doonnaa caawimaad kugu habboon. Uma baahnid inaad magacaaga sheegto.
describe-label = Maxaa dhacay? Waxaad ku qori kartaa erayadaada
describe-hint = Waxaad ku qori kartaa luqad kasta. Waxaad qorto lama kaydiyo.
describe-counter = Waxaad qori kartaa { $remaining } xaraf oo kale.
describe-submit = Raadi caawimaad
describe-privacy = Waxaad qorto waxaan u isticmaalnaa oo keliya inaan kuu soo jeedino caawimaad. Lama kaydiyo, kamana muuqdo taariikhda browser-kaaga.
home-situations = Ama dooro waxa dhacaya
home-needs = Maxaad u baahan tahay?
home-not-your-fault-title = Adigu eed kuma lihid
home-not-your-fault = Wax kasta oo dhacay, waxaad mudan tahay in lagu rumaysto oo lagu taageero. Caawimaad waad heli kartaa haddii aad booliska u sheegto iyo haddii kaleba, sharcigaaga socdaalku wuxuu doono ha ahaadee.
home-safety-link = Sida boggan loogu isticmaalo si ammaan ah

results-page-title = Macluumaad
results-title = Caawimaad kugu habboonaan karta
results-lead = Adeegyadan waxay kaa caawin karaan waxaad sheegtay. Adiga ayaa dooranaya cidda aad la xiriirto.
results-none = Ma aanan helin adeeg ku habboon erayadaada. Isku day inaad si kale u sheegto, ama ka dooro liiska hoose.
results-situations = Tani waxay ku saabsanaan kartaa
results-services = Adeegyo kaa caawin kara
results-refine = Beddel waxaad qortay


topic-not-your-fault = Adigu eed kuma lihid. Caawimaad waad heli kartaa haddii aad booliska u sheegto iyo haddii kaleba.
topic-services = Adeegyada kaa caawin kara
topic-service-count = { $count ->
    [0] Ma jiro adeeg ku habboon doorashooyinkan. Isku day aag ka ballaaran.
    [one] 1 adeeg
   *[other] { $count } adeeg
}
filters-submit = Tus adeegyada
borough-label = Xaggee ku nooshahay? (ma aha qasab)
borough-any = Meel kasta oo London ah, ama ma rabo inaan sheego
group-label = Adeegyo loogu talagalay (ma aha qasab)
group-any = Qof walba
results-needs = Waxaa laga yaabaa inaad sidoo kale u baahato
