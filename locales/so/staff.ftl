staff-site-name = Bogga Dhibbanayaasha London: qaybta shaqaalaha
staff-sign-in-title = Soo gal
staff-sign-in = Soo gal
staff-sign-out = Ka bax
staff-email = Cinwaanka iimaylka
staff-password = Furaha sirta ah
staff-forgot-link = Ma ilowday furahaaga sirta ah?
staff-code-title = Geli koodhkaaga
staff-code = Koodh
staff-code-hint = Koodhka lixda lambar ah ee ku jira app-kaaga xaqiijinta (authenticator), ama mid ka mid ah koodhadhkaaga soo-celinta.
staff-continue = Sii wad
staff-back-home = Ku noqo bogga hore ee shaqaalaha
staff-nav-label = Bogagga shaqaalaha
staff-nav-home = Bogga hore
staff-nav-services = Adeegyada
staff-nav-moderation = Isbeddellada sugaya oggolaansho
staff-nav-stale = Adeegyada aan la xaqiijin
staff-nav-organizations = Hay'adaha
staff-nav-users = Akoonnada
staff-nav-audit = Diiwaanka hawlaha
staff-nav-account = Akoonkaaga

staff-error-title = Wax baa khaldamay
staff-error-summary = Dhibaato ayaa jirta
staff-error-signed-out = Fadhigaagii (session) wuu dhammaaday. Fadlan mar kale soo gal.
staff-error-forbidden = Akoonkaagu ma samayn karo tan.
staff-error-form-expired = Foomkan waqtigiisii wuu dhacay. Dib u noqo, bogga dib u cusboonaysii (reload), kadibna mar kale isku day.
staff-error-not-found = Boggani ma jiro, ama akoonkaagu ma arki karo.
staff-error-bad-form = Foomka lama akhrin karin. Bogga dib u cusboonaysii oo mar kale isku day.
staff-error-email = Geli cinwaan iimayl, sida name@example.org.
staff-error-credentials = Cinwaanka iimaylka ama furaha sirta ah sax ma aha.
staff-error-account-locked = Akoonkan waa la xiray 15 daqiiqo, sababtoo ah isku dayo badan oo guuldareystay. Mar dambe isku day, ama dib u deji furahaaga sirta ah.
staff-error-too-many-attempts = Isku dayo badan oo guuldareystay ayaa ka yimid shabakaddan. Sug 15 daqiiqo, kadibna mar kale isku day.
staff-error-code = Koodhkaas sax ma aha, ama hore ayaa loo isticmaalay. Koodhadhku waxay isbeddelaan 30-kii ilbiriqsi kasta.
staff-error-password-short = Dooro furo sir ah oo ugu yaraan 12 xaraf ah. Dhowr eray oo aan isku xirnayn ayaa si fiican u shaqeeya.
staff-error-password-long = Dooro furo sir ah oo ugu badnaan 256 xaraf ah.
staff-error-password-mismatch = Labada furo ee sirta ah isku mid ma aha.
staff-error-password-like-email = Dooro furo sir ah oo aanu ku jirin cinwaanka iimaylkaagu.
staff-error-password-simple = Dooro furo sir ah oo ay ku jiraan xarfo kala duwan oo ka badan.
staff-error-current-password = Furahaaga sirta ah ee hadda sax ma aha.
staff-error-link-unknown = Linkigani sax ma aha. Hubi inaad koobiyeysay dhammaantiis.
staff-error-link-expired = Linkigan waqtigiisii wuu dhacay ama hore ayaa loo isticmaalay. Codso mid cusub.
staff-error-age = Da'du waa inay ahaataa tiro dhan oo u dhaxaysa 0 ilaa 120.
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = Waxba lama beddelin. Beddel qayb, ama taa beddelkeeda isticmaal "Xogta adeeggan waa sax".
staff-error-already-reviewed = Qof kale ayaa horay u oggolaaday ama u diiday isbeddelkan.
staff-error-reason = Qor sabab aan ka badnayn 2,000 xaraf: bixiyaha adeegga ayaa arki doona.
staff-error-organization-name = Geli magaca hay'adda (ugu badnaan 200 xaraf).
staff-error-organization-slug = Magaca gaaban waxa keliya oo ku jiri kara xarfo yaryar, lambarro iyo xariijimo (-) kala go'an, sida "solace-women".
staff-error-organization-website = Websaydhku waa inuu ku bilowdaa https://.
staff-error-organization-exists = Hay'ad leh magacan gaaban ayaa horay u jirta.
staff-error-organization-needed = Bixiyaha adeegga ama hawlwadeenka kiisaska, u dooro ugu yaraan hal hay'ad.
staff-error-user-exists = Akoon leh cinwaankan iimaylka ayaa horay u jira.
staff-error-date = Taariikhda waxaa loo qoraa sannad-bil-maalin, sida 2026-11-29.

staff-done-revision-sent = Isbeddelkaagii waa la diray. Maamule ayaa hubin doona ka hor inta aan la daabicin.
staff-done-confirmed = Mahadsanid. Xogta adeeggu hadda waxay muujinaysaa taariikhda maanta oo ah markii ugu dambaysay ee la hubiyay.
staff-done-approved = Isbeddelka waa la oggolaaday, waana la daabacay.
staff-done-rejected = Isbeddelka waa la diiday; bixiyaha adeegga ayaa arki doona sababtaada.
staff-done-password-changed = Furahaaga sirta ah waa la beddelay. Fadhiyadaada kale (sessions) waa laga saaray.
staff-done-language-changed = Luqaddaada waa la kaydiyay.
staff-done-invited = Akoonka waa la sameeyay, waxaana iimayl lagu diray linki lagu diyaarinayo.
staff-done-organization-created = Hay'adda waa la sameeyay.
staff-done-user-disabled = Akoonka waa la joojiyay, waana laga saaray.
staff-done-user-enabled = Akoonka mar kale waa la hawlgeliyay.
staff-done-memberships-changed = Hay'adaha akoonka waa la cusboonaysiiyay.
staff-done-password-reset = Furahaaga sirta ah waa la beddelay. Hadda ku soo gal.
staff-done-reset-sent = Haddii akoon uu isticmaalo cinwaankaas, waxaan iimayl ugu dirnay linki lagu doorto furo sir ah oo cusub. Linkigu wuxuu shaqaynayaa hal saac.

staff-setup-title = Diyaari akoonkaaga
staff-reset-title = Dooro furo sir ah oo cusub
staff-setup-for = Akoon: { $email }
staff-link-title = Linkigu sax ma aha
staff-new-password = Furaha sirta ah ee cusub
staff-new-password-hint = Ugu yaraan 12 xaraf. Dhowr eray oo aan isku xirnayn way fudud yihiin in la xasuusto, wayna adag tahay in la qiyaaso.
staff-confirm-password = Mar kale qor furaha sirta ah ee cusub
staff-save-password = Kaydi furaha sirta ah
staff-enrol-title = Diyaari app-kaaga xaqiijinta
staff-enrol-intro = Akoon kasta oo shaqaale wuxuu u baahan yahay tallaabo labaad marka la soo galayo. Koodhkan ku akhri (scan) app xaqiijin (authenticator) oo telefoonkaaga ku jira (tusaale ahaan Microsoft Authenticator, Google Authenticator ama FreeOTP).
staff-enrol-manual = Haddii aadan akhrin karin (scan), taa beddelkeeda furahan ku qor app-ka:
staff-enrol-code = Koodhka lixda lambar ah ee app-ku muujinayo
staff-enrol-confirm = Xaqiiji
staff-recovery-title = Koodhadhka soo-celinta
staff-recovery-intro = Koodhadhkan ku kaydi meel ammaan ah, sida maamulaha furayaasha sirta ah (password manager). Haddii telefoonkaagu kaa lumo, mid kastaa hal mar ayuu kugu soo gelin karaa. Mar dambe lama tusi doono.
staff-recovery-remaining = { $count ->
    [one] Waxaad haysataa hal koodh soo-celin ah oo aan la isticmaalin.
   *[other] Waxaad haysataa { $count } koodh soo-celin ah oo aan la isticmaalin.
}
staff-recovery-new = Samee koodhadh soo-celin oo cusub (kuwii hore way shaqayn waayayaan)
staff-forgot-title = Dib u deji furahaaga sirta ah
staff-forgot-intro = Geli cinwaanka iimaylka akoonkaaga. Waxaan iimayl kuugu soo diri doonnaa linki aad ku doorato furo sir ah oo cusub.
staff-forgot-send = Dir linkiga
staff-mail-reset-subject = Dib u deji furahaaga sirta ah ee Bogga Dhibbanayaasha London
staff-mail-reset-body = Qof ayaa codsaday in dib loo dejiyo furaha sirta ah ee akoonkaaga shaqaale ee Bogga Dhibbanayaasha London. Si aad u doorato furo sir ah oo cusub, fur linkigan hal saac gudaheed:

    { $link }

    Haddii aanad adigu codsan, iska dhaaf iimaylkan: furahaaga sirta ah sidiisa ayuu ahaanayaa.
staff-mail-invite-subject = Akoonkaaga shaqaale ee Bogga Dhibbanayaasha London
staff-mail-invite-body = Maamule ayaa kuu sameeyay akoon shaqaale oo ku jira Bogga Dhibbanayaasha London. Si aad u doorato furahaaga sirta ah oo aad u diyaariso app-kaaga xaqiijinta, fur linkigan 72 saacadood gudahood:

    { $link }

staff-home-title = Bogga hore ee shaqaalaha
staff-role-admin = Waxaad tahay maamule.
staff-role-provider = Adiga ayaa cusboonaysiiya xogta adeegyada hay'addaada.
staff-role-caseworker = Waxaad tahay hawlwadeenka kiisaska.
staff-member-of = Hay'adaha: { $organizations }
staff-home-services = { $count ->
    [one] Hal adeeg oo aad xogtiisa cusboonaysiinayso
   *[other] { $count } adeeg oo aad xogtooda cusboonaysiinayso
}
staff-home-pending = { $count ->
    [one] Hal isbeddel oo sugaya oggolaansho
   *[other] { $count } isbeddel oo sugaya oggolaansho
}
staff-home-stale = { $count ->
    [one] Hal adeeg oo aan la xaqiijin lix bilood
   *[other] { $count } adeeg oo aan la xaqiijin lix bilood
}
staff-home-directory = Ka raadi adeegyada hagaha
staff-account-title = Akoonkaaga
staff-language = Luqadda
staff-save = Kaydi
staff-change-password = Beddel furahaaga sirta ah
staff-current-password = Furaha sirta ah ee hadda

staff-services-title = Adeegyadaada
staff-services-none = Akoonkaagu weli ma laha wax adeeg ah. Maamule ka codso inuu ku daro hay'addaada.
staff-never-confirmed = Bixiyaha adeegga weligii ma xaqiijin
staff-confirmed-on = Markii ugu dambaysay ee la xaqiijiyay: { $date }
staff-last-confirmed = Markii ugu dambaysay ee la xaqiijiyay
staff-revision-pending = Isbeddel ayaa sugaya oggolaansho.
staff-revision-rejected = Isbeddelkaagii ugu dambeeyay lama oggolaan: { $reason }
staff-revision-approved = Isbeddelkaagii ugu dambeeyay waxaa la oggolaaday { $date }.
staff-edit = Wax ka beddel
staff-confirm-correct = Xogta adeeggan waa sax
staff-edit-title = Wax ka beddel { $name }
staff-edit-intro = Beddel wax kasta oo aan sax ahayn. Maamule ayaa hubiya isbeddel kasta ka hor inta aan la daabicin.
staff-edit-pending = Foomkani wuxuu muujinayaa isbeddelkaaga sugaya oggolaanshaha. Haddii aad mar kale dirto, kan cusub ayaa beddelaya.
staff-listing-about = Ku saabsan adeegga
staff-listing-availability = Helitaanka adeegga
staff-listing-contact = Xiriirka
staff-listing-languages = Luqadaha
staff-listing-submit = U dir oggolaansho
staff-hint-one-per-line = Hal shay saddar kasta.
staff-capacity-unstated = Lama sheegin
staff-closure-message = Fariinta inta uu xiran yahay
staff-closure-until = Xiran ilaa (ma aha qasab)
staff-phone-n = Telefoon { $n }
staff-phone-number = Lambarka
staff-phone-kind = Nooca
staff-phone-kind-voice = Wicitaanno cod ah
staff-phone-kind-sms = Fariimo qoraal ah (SMS)
staff-phone-kind-textphone = Telefoonka qoraalka (textphone)
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = Qoraal (ma aha qasab)
staff-hours-hint = Waqtiyada ku qor waqtiga London, qaabka HH:MM. Haddii waqtiga xiritaanku ka horreeyo waqtiga furitaanka, waxay ka dhigan tahay inuu dhaafayo saqda dhexe; 24:00 waa dhammaadka maalinta. Saddar madhan ka tag si aad u tirtirto.
staff-hours-n = Saacadaha furitaanka { $n }
staff-hours-opens = Wuu furmaa
staff-hours-closes = Wuu xirmaa
staff-hours-note = Qoraal (ma aha qasab)
staff-languages-hint = Koodhadhka luqadaha ee laba ama saddex xaraf ah, oo hakad lagu kala saaray, sida "en, so, ar".
staff-places-hint = Goob qarsoodi ah (hoy ama guri ammaan ah) cinwaankeeda meelna laguma muujiyo: cinwaan kasta oo loo qoro waa la tirtirayaa.
staff-place-n = Goob { $n }
staff-place-name = Magaca
staff-place-confidential = Qarsoodi: meesha ay ku taal weligeed lama muujiyo
staff-place-address = Cinwaanka waddada
staff-place-city = Magaalada
staff-place-postcode = Koodhka boostada (postcode)
staff-place-borough = Degmada (borough)
staff-place-borough-none = Kuma jirto degmo London ah
staff-place-description = Qoraal (ma aha qasab)

staff-field-id = Aqoonsiga
staff-field-name = Magaca
staff-field-organization = Hay'adda
staff-field-description = Sharaxaad
staff-field-offers = Waxa uu bixiyo
staff-field-eligibility_description = Cidda loogu talagalay
staff-field-url = Websaydh
staff-field-email = Iimayl
staff-field-chat_url = Wada-sheekaysi internet (web chat)
staff-field-phones = Telefoonnada
staff-field-schedules = Saacadaha furitaanka
staff-field-languages = Luqadaha lagu hadlo
staff-field-interpretation_services = Turjubaanno
staff-field-areas = Aagagga uu adeego
staff-field-situations = Xaaladaha uu ka caawiyo
staff-field-needs = Baahiyaha uu daboolo
staff-field-groups = Kooxaha uu ku takhasusay
staff-field-fees = Khidmadaha
staff-field-minimum_age = Da'da ugu yar
staff-field-maximum_age = Da'da ugu weyn
staff-field-accepts_online_contact = Wuxuu aqbalaa codsiyada xiriirka ee laga soo diro bogga
staff-field-locations = Goobaha
staff-field-translations = Tarjumaadaha
staff-field-capacity = Awoodda qaadashada
staff-field-capacity_note = Qoraal ku saabsan awoodda (tusaale ahaan, inta uu le'eg yahay sugitaanku)
staff-field-closure = Si ku meel gaar ah u xiran

staff-queue-title = Isbeddellada sugaya oggolaansho
staff-queue-empty = Ma jiraan isbeddello sugaya.
staff-proposed-by = Waxaa soo diray { $email } { $date }
staff-revision-title = Isbeddel lagu sameeyay xogta adeeg
staff-revision-heading = Isbeddel ku saabsan { $name }
staff-revision-changed-since = Xogta adeegga ee la daabacay way isbeddeshay tan iyo markii isbeddelkan la sameeyay. Shaxdu waxay isbarbardhigaysaa xogta hadda la daabacay.
staff-diff-caption = Waxa isbeddelaya
staff-diff-field = Qaybta
staff-diff-before = Hadda
staff-diff-after = La soo jeediyay
staff-approve = Oggolow oo daabac
staff-reject = Diid
staff-reject-reason = Sababta diidmada (bixiyaha adeegga ayaa arkaya)
staff-status-approved = La oggolaaday
staff-status-rejected = La diiday
staff-status-withdrawn = Waxaa beddelay isbeddel ka cusub
staff-status-pending = Sugaya

staff-organizations-title = Hay'adaha
staff-organization-new = Ku dar hay'ad
staff-organization-name = Magaca
staff-organization-slug = Magaca gaaban
staff-organization-slug-hint = Xarfo yaryar, lambarro iyo xariijimo (-), sida "solace-women". Mar dambe lama beddeli karo.
staff-organization-website = Websaydh (ma aha qasab)
staff-organization-create = Ku dar hay'adda
staff-organization-services = Adeegyada
staff-organization-members = Akoonnada shaqaalaha

staff-users-title = Akoonnada shaqaalaha
staff-invite-title = Samee akoon
staff-invite-intro = Qofku wuxuu helayaa iimayl leh linki uu ku doorto furo sir ah oo uu ku diyaariyo app xaqiijin.
staff-invite-organizations = Hay'adaha (si aad dhowr u doorato, hay Ctrl ama ⌘)
staff-invite-send = Samee oo dir linkiga
staff-role = Doorka
staff-role-name-admin = Maamule
staff-role-name-provider = Bixiyaha adeegga
staff-role-name-caseworker = Hawlwadeenka kiisaska
staff-user-organizations = Hay'adaha
staff-user-state = Xaaladda
staff-user-actions = Falalka
staff-user-active = Firfircoon
staff-user-invited = La casuumay, weli lama diyaarin
staff-user-locked = Hadda waa xiran yahay
staff-user-disabled = La joojiyay
staff-user-disable = Jooji
staff-user-enable = Hawlgeli
staff-membership-add = Ku dar hay'ad
staff-membership-add-button = Ku dar

staff-stale-title = Adeegyada aan la xaqiijin lix bilood
staff-stale-count = { $count ->
    [one] Hal adeeg ayaan bixiyihiisu xaqiijin muddo lix bilood ah ama ka badan.
   *[other] { $count } adeeg ayaan bixiyayaashoodu xaqiijin muddo lix bilood ah ama ka badan.
}

staff-audit-title = Diiwaanka hawlaha
staff-audit-when = Goorma (UTC)
staff-audit-actor = Yaa
staff-audit-action = Hawsha
staff-audit-any = Hawl kasta
staff-audit-target = Xogta
staff-audit-from = Laga bilaabo
staff-audit-to = Ilaa
staff-audit-filter = Shaandhee
staff-audit-change = Ka hor iyo ka dib
staff-audit-show = Muuji
staff-audit-older = Qoraallada hore

staff-nav-inbox = Sanduuqa fariimaha
staff-inbox-title = Sanduuqa fariimaha
staff-inbox-empty = Weli ma jiraan codsiyo xiriir.
staff-inbox-admin-counts = Maamulayaashu waxay arkaan inta codsi ee jirta, marnaba ma arkaan waxa ku qoran.
staff-inbox-received = La helay { $date }
staff-done-status-changed = Xaaladda waa la kaydiyay.
staff-contact-heading = Codsiga xiriirka { $reference }
staff-contact-name = Magaca loo isticmaalayo
staff-contact-method = Sida loola xiriirayo
staff-contact-message = Fariin
staff-contact-safe-times = Waqtiyada ammaanka ah
staff-contact-help = Caawimaadda la rabo
staff-contact-interpreter = Turjubaan
staff-contact-language = Luqadda foomka
staff-contact-status = Xaaladda
staff-contact-status-new = Cusub
staff-contact-status-contacting = Waxaa la isku dayayaa in lala xiriiro
staff-contact-status-engaged = Xiriir ayaa jira
staff-contact-status-helped = La caawiyay
staff-contact-status-declined = Diidmo
staff-contact-status-closed = La xiray
staff-mail-new-request-subject = Codsi xiriir oo cusub
staff-mail-new-request-body = Qof ayaa codsaday in mid ka mid ah adeegyada hay'addaada uu la soo xiriiro. Soo gal si aad u akhriso codsiga:

    { $link }

    Si loo ilaaliyo badbaadada qofkaas, iimaylkan kuma jiro wax xog ah oo ku saabsan.
staff-contact-timeline = Taariikhda
staff-contact-timeline-entry = { $date }: { $email } wuxuu xaaladda u beddelay “{ $status }”
staff-membership-remove = Ka saar
staff-membership-remove-label = Ka saar { $organization }
