# Gudbinnada ay sameeyaan hawlwadeennada kiisaska, iyo waxa ay codsiyada xiriirka iyo gudbinnadu ka wadaagaan sanduuqa bixiyaha adeegga:
# u xilsaarid, qoraallada gudaha, taariikhda, iyo iimaylada ku saabsan (marnaba wax shakhsi ah kuma jiraan).

## Foomka gudbinta
referral-client-heading = Macmiilka
referral-name-label = Magac uu adeeggu u isticmaali karo macmiilka
referral-name-hint = Magaca koowaad, xarfaha hore ee magaca, ama naanays ayaa ku filan.
referral-method-legend = Sidee buu adeeggu ula xiriiraa macmiilka?
referral-method-phone = Wicitaan telefoon
referral-method-text = Fariin qoraal ah (SMS)
referral-method-email = Iimayl
referral-method-none = Aniga, hawlwadeenka kiisaska, ayaa la iga soo marayaa
referral-detail-label = Lambarka telefoonka ama cinwaanka iimaylka macmiilka
referral-safe-times-label = Goorma ayay ammaan tahay in lala xiriiro macmiilka? (ma aha qasab)
referral-message-legend = Adeeggu ma dhaafi karaa fariin?
referral-message-yes = Haa, fariin waa la dhaafi karaa
referral-message-no = Maya, marnaba fariin ha la dhaafin
referral-language-label = Luqadda macmiilka
referral-interpreter-label = Turjubaan ayaa loo baahan yahay (qor luqadda, haddii aysan ka mid ahayn kuwan)
referral-need-heading = Waxa macmiilku u baahan yahay
referral-help-label = Caawimaad noocee ah ayuu macmiilku u baahan yahay?
referral-risk-label = Khataraha ay tahay in adeeggu ogaado
referral-risk-hint = Tusaale ahaan heerka qiimaynta khatarta, gudbin MARAC ah, ama in qofka waxyeellada geysanaya uu arki karo telefoonka macmiilka.
referral-urgency-legend = Degdegnimada
referral-urgency-routine = Caadi
referral-urgency-soon = Dhowaan: toddobaad gudihiis
referral-urgency-urgent = Degdeg: hal maalin shaqo gudaheed
referral-consent-heading = Oggolaanshaha
referral-consent-label = Macmiilku wuu oggolaaday gudbintan (ama qof awood u leh inuu isaga u oggolaado ayaa oggolaaday).
referral-consent-by-legend = Yaa bixiyay oggolaanshaha?
referral-consent-by-client = Macmiilka
referral-consent-by-parent-or-carer = Waalid ama daryeele (haddii uu yahay ilmo)
referral-consent-by-legal-authority = Qof sharci ahaan awood u leh inuu macmiilka u matalo
referral-consent-on-label = Taariikhda oggolaanshaha la bixiyay
referral-shares-legend = Oggolaanshuhu wuxuu ii oggolaanayaa inaan wadaago
referral-share-contact-details = xogta xiriirka macmiilka
referral-share-situation = waxa dhacay iyo caawimaadda loo baahan yahay
referral-share-risk = macluumaad ku saabsan khataraha
referral-notes-label = Wax kale oo ay tahay in adeeggu ogaado (ma aha qasab)
referral-send = Dir gudbinta

## Dhibaatooyinka foomka
referral-error-name = Fadlan qor magac uu adeeggu u isticmaali karo macmiilka (ugu badnaan 100 xaraf).
referral-error-method = Fadlan dooro sida uu adeeggu ula xiriirayo macmiilka.
referral-error-message = Fadlan sheeg in adeeggu fariin dhaafi karo iyo in kale.
referral-error-urgency = Fadlan dooro inta ay le'eg tahay degdegnimada gudbintu.
referral-error-consent = Gudbintu waxay u baahan tahay oggolaansho: fadlan xaqiiji in la bixiyay.
referral-error-consent-by = Fadlan sheeg cidda bixisay oggolaanshaha.
referral-error-consent-date = Fadlan qor taariikhda oggolaanshaha la bixiyay, oo ah taariikh dhab ah oo aan mustaqbalka ahayn.
referral-error-share-contact = Oggolaanshuhu ma daboolo xogta xiriirka: dooro "Aniga, hawlwadeenka kiisaska, ayaa la iga soo marayaa", ama calaamadee xogta xiriirka haddii macmiilku oggolaaday.
referral-error-share-situation = Oggolaanshuhu ma daboolo waxa dhacay: caawimaadda loo baahan yahay madhan uga tag, ama calaamadee haddii macmiilku oggolaaday.
referral-error-share-risk = Oggolaanshuhu ma daboolo khataraha: khataraha madhan uga tag, ama calaamadee haddii macmiilku oggolaaday.
referral-error-decline-reason = Fadlan dooro sababta gudbinta loo diiday.

## Xaaladaha iyo sababaha
referral-status-sent = La diray
referral-status-received = La helay
referral-status-accepted = La aqbalay
referral-status-contacting = Waxaa la isku dayayaa in lala xiriiro
referral-status-engaged = Xiriir ayaa jira
referral-status-helped = La caawiyay
referral-status-declined = Diidmo
referral-status-closed = La xiray
referral-reason-not-eligible = uma qalmo
referral-reason-no-capacity = awood qaadasho ma jirto
referral-reason-could-not-contact = lama xiriiri karin
referral-reason-no-longer-wanted = hadda lama rabo

## Bogagga hawlwadeennada kiisaska
staff-nav-referrals = Gudbinnadayda
staff-nav-refer = U gudbi macmiil
staff-referrals-title = Gudbinnadayda
staff-referrals-new = U gudbi macmiil
staff-referrals-none = Weli ma aadan dirin wax gudbin ah.
staff-referral-updated = Isbeddelkii ugu dambeeyay: { $date }
staff-referral-news = Waa la cusboonaysiiyay tan iyo markii ugu dambaysay ee aad eegtay
staff-referral-find-title = Raadi adeeg aad u gudbiso
staff-referral-find-label = Erayo ku saabsan adeegga ama caawimaadda loo baahan yahay
staff-referral-find-button = Raadi
staff-referral-find-none = Ma jirto xog adeeg oo erayadan la jaanqaadaysa. Isku day erayo kale.
staff-referral-listing = Eeg xogta adeegga
staff-referral-refer = Halkan u gudbi macmiil
staff-referral-new-title = U gudbi macmiil { $service }
staff-referral-not-receivable = Adeeggani weli kuma aqbalo gudbinnada bogga. Fadlan ula xiriir sida ku qoran xogtiisa adeegga.
staff-referral-heading = Gudbinta { $reference }
staff-referral-service = Adeegga
staff-referral-referrer = Waxaa gudbiyay
staff-referral-sent = La diray
staff-referral-consent = Waxaa bixiyay { $who } { $date }, si loo wadaago: { $shares }
staff-referral-withdraw = Ka noqo gudbinta
staff-referral-withdraw-hint = Haddii macmiilku aanu hadda u baahnayn adeeggan, ka noqo gudbinta: adeegga waa la ogeysiinayaa, gudbintana waa la xirayaa.
staff-referral-from = Waxaa soo diray { $email }, { $date }
staff-referral-reason-label = Sababta, haddii la diido
staff-referral-reason-hint = Waxaa loo baahan yahay oo keliya marka aad diiddo gudbinta.

## Sanduuqa bixiyeyaasha adeegga
staff-inbox-requests = Codsiyada xiriirka
staff-inbox-referrals = Gudbinnada
staff-inbox-no-referrals = Weli ma jiraan gudbinno.
staff-assigned-to = Waxaa loo xilsaaray { $email }
staff-assign-heading = Loo xilsaaray
staff-assign-label = Saaxiibka shaqada ee hawshan qabanaya
staff-assign-nobody = Weli cidna
staff-assign = U xilsaar
staff-notes-title = Qoraallada gudaha
staff-notes-private = Qoraalladan waxaa akhrin kara oo keliya hay'addaada. Hawlwadeenka kiisaska iyo macmiilku ma akhrin karaan.
staff-notes-none = Weli ma jiraan qoraallo.
staff-note-label = Qoraal cusub
staff-note-hint = Ugu badnaan 2,000 xaraf.
staff-note-add = Ku dar qoraalka
staff-note-meta = { $date }, { $email }
staff-error-note-empty = Qoraalku waa madhan yahay. Fadlan wax qor, ama dib u noqo.
staff-error-note-long = Qoraalku wuxuu ka dheer yahay 2,000 xaraf. Fadlan soo gaabi.
staff-back = Dib u noqo
staff-timeline-someone = qof
staff-timeline-assigned = { $date }: { $email } wuxuu u xilsaaray { $assignee }
staff-timeline-unassigned = { $date }: { $email } wuxuu ka qaaday xilsaarka
staff-done-assigned = Xilsaarka waa la kaydiyay.
staff-done-note-added = Qoraalka waa la kaydiyay.
staff-done-referral-sent = Gudbinta waa la diray. Iimayl ayaad heli doontaa marka adeeggu cusboonaysiiyo.
staff-done-referral-withdrawn = Gudbinta waa laga noqday.

## Iimaylada: linki lagu soo galo oo keliya, marnaba wax ku saabsan qofka
staff-mail-new-referral-subject = Gudbin cusub
staff-mail-new-referral-body = Hawlwadeen kiisas ayaa qof u gudbiyay mid ka mid ah adeegyada hay'addaada. Soo gal si aad u akhriso gudbinta:

    { $link }
staff-mail-referral-update-subject = Gudbin ayaa isbeddeshay
staff-mail-referral-update-body = Gudbin ayaa leh war cusub. Soo gal si aad u aragto:

    { $link }
staff-mail-assigned-subject = Wax ayaa laguu xilsaaray
staff-mail-assigned-body = Saaxiib shaqo ayaa kuu xilsaaray shay ku jira sanduuqa hay'addaada. Soo gal si aad u aragto:

    { $link }
